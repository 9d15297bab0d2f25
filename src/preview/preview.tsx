/**
 * The preview: the pane outside Office, over the Excel stand-in. A toolbar opens an .xlsx, downloads it back
 * (with the summary sheets the add-in wrote) and shows the cell the pane last selected; below it, the same App
 * as in Excel. Loaded by dynamic import only when Office is absent; the stand-in itself only when a workbook is opened.
 * @jsxRuntime automatic
 */
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Root } from 'react-dom/client';
import { createServices } from '../office/services';
import type { AddinServices } from '../office/use-cases';
import { App } from '../taskpane/App';
import { LiveRegions } from '../taskpane/components/LiveRegions';
import { createEvaluationRun, type EvaluationRun } from '../taskpane/evaluation-run';
import { langOf, translator } from '../taskpane/t';
import type { StandinSession } from './standin-session';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What went wrong, in the UI's words; the library's own message only as a detail to unfold. */
interface PreviewError {
  readonly text: string;
  readonly detail: string | null;
}

function detailOf(error: unknown): string | null {
  const detail = error instanceof Error ? error.message : error === undefined || error === null ? '' : String(error);
  return detail.trim() === '' ? null : detail;
}

interface OpenWorkbook {
  readonly name: string;
  readonly session: StandinSession;
  readonly services: AddinServices;
  readonly run: EvaluationRun;
}

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  banner: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  status: { display: 'flex', flexDirection: 'column', flexBasis: '100%' },
  error: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexBasis: '100%', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  empty: { padding: tokens.spacingHorizontalM },
});

function download(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Preview(): JSX.Element {
  const styles = useStyles();
  const displayLanguage = typeof navigator !== 'undefined' ? navigator.language : 'ja-JP';
  const t = useMemo(() => translator(langOf(displayLanguage)), [displayLanguage]);
  const [open, setOpen] = useState<OpenWorkbook | null>(null);
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState<{ readonly sheet: string; readonly cell: string } | null>(null);
  const [error, setError] = useState<PreviewError | null>(null);
  const [busy, setBusy] = useState(false);
  // What the pane wrote (summary sheets, revisions, settings) lives only in this page until downloaded.
  const [unsaved, setUnsaved] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The workbook open now: work still running on one opened before does not mark this one unsaved.
  const current = useRef<StandinSession | null>(null);

  useEffect(() => {
    if (!unsaved) return undefined;
    // The browser asks before a reload or a closed tab throws the changes away.
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const openFile = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    // Which step failed decides what the person is told: the page, the file, or the file's contents.
    let failure: (e: unknown) => PreviewError = (e) => ({ text: t('ui.preview.unavailable'), detail: detailOf(e) });
    try {
      // ?api=1.7 previews the pane as Office 2019 would run it (the stand-in's highest ExcelApi set).
      const apiVersion = new URLSearchParams(window.location.search).get('api') ?? undefined;
      // The stand-in (with ExcelJS, most of the preview's weight) loads when a workbook is opened, so the toolbar
      // shows at once; it is prefetched while the page is idle.
      const { openStandin } = await import(/* webpackChunkName: "standin", webpackPrefetch: true */ './standin-session');
      failure = (e) => ({ text: t('ui.preview.loadFailed', { name: file.name }), detail: detailOf(e) });
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A damaged file or one of another format: the reader's own words ("Can't find end of central directory")
      // stay in the detail.
      failure = (e) => ({ text: t('ui.preview.notXlsx', { name: file.name }), detail: detailOf(e) });
      // The workbook answers to the file's name, as in Excel (the summary sheet names the workbook it came from).
      const session = await openStandin(bytes, { displayLanguage, name: file.name, ...(apiVersion ? { apiVersion } : {}) });
      failure = (e) => ({ text: t('ui.preview.loadFailed', { name: file.name }), detail: detailOf(e) });
      const inner = createServices(session.host);
      const written = <T,>(work: Promise<T>): Promise<T> => work.then((result) => {
        if (current.current === session) setUnsaved(true);
        return result;
      });
      // The toolbar shows the cell the pane selects, as Excel would show it selected, and knows when the pane wrote.
      const services: AddinServices = {
        ...inner,
        selectCell: async (sheet, cell) => {
          await inner.selectCell(sheet, cell);
          setSelected({ sheet, cell });
        },
        evaluate: (settings, onStep) => written(inner.evaluate(settings, onStep)),
        saveSettings: (settings) => written(inner.saveSettings(settings)),
        applyRevisions: (sheet, changes, lang, replacing) => written(inner.applyRevisions(sheet, changes, lang, replacing)),
        undoLastRevision: (lang, batch) => written(inner.undoLastRevision(lang, batch)),
      };
      current.current = session;
      setOpen({ name: file.name, session, services, run: createEvaluationRun() });
      setUnsaved(false);
      // The preview's stand-in for "someone else edits the workbook": for trying the revision conflict check by
      // hand (window.apePreview.editCell('行動計画', 'D5', '…') in the console) and for the end-to-end tests.
      (window as unknown as { apePreview?: Pick<StandinSession, 'editCell'> }).apePreview = { editCell: session.editCell };
      setSelected(null);
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<void> => {
    if (!open) return;
    try {
      download(await open.session.save(), open.name);
      setUnsaved(false);
    } catch (e) {
      setError({ text: t('ui.preview.saveFailed'), detail: detailOf(e) });
    }
  };

  return (
    <>
      <FluentProvider theme={webLightTheme} lang={langOf(displayLanguage)}>
        {/* The toolbar's own live regions: an error opening a file is said aloud (the pane below has its own). */}
        <LiveRegions>
          <div className={styles.toolbar} role="region" aria-label={t('ui.preview.banner')} data-testid="preview-toolbar">
            <Caption1 className={styles.banner}>{t('ui.preview.banner')}</Caption1>
            <input
              ref={fileInput}
              id="ape-preview-file"
              className={styles.file}
              type="file"
              accept={`.xlsx,${XLSX_TYPE}`}
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void openFile(file);
              }}
            />
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => {
                // Opening another workbook replaces this one: asked first when the pane wrote to it since.
                if (!unsaved || window.confirm(t('ui.preview.discard', { name: open?.name ?? '' }))) fileInput.current?.click();
              }}
            >
              {t('ui.preview.open')}
            </Button>
            <Button disabledFocusable={!open} onClick={() => void save()}>
              {t('ui.preview.download')}
            </Button>
            <div className={styles.status} role="status" aria-live="polite">
              <Text weight="semibold" data-testid="preview-workbook">
                {open ? t('ui.preview.workbook', { name: open.name }) : t('ui.preview.noWorkbook')}
              </Text>
              {selected && <Text data-testid="preview-selected">{t('ui.selected', selected)}</Text>}
              {unsaved && <Text data-testid="preview-unsaved">{t('ui.preview.unsaved')}</Text>}
            </div>
            {error && (
              <div className={styles.error}>
                <MessageBar intent="error" layout="multiline" data-testid="preview-error">
                  <MessageBarBody>{error.text}</MessageBarBody>
                </MessageBar>
                {error.detail !== null && (
                  <details>
                    <summary>
                      <Caption1>{t('ui.preview.details')}</Caption1>
                    </summary>
                    <Caption1 as="p" block className={styles.detail} style={{ margin: 0 }}>{error.detail}</Caption1>
                  </details>
                )}
              </div>
            )}
          </div>
        </LiveRegions>
      </FluentProvider>
      {open ? (
        <App key={generation} services={open.services} run={open.run} />
      ) : (
        <FluentProvider theme={webLightTheme} lang={langOf(displayLanguage)}>
          <Body1 as="p" block className={styles.empty}>{t('ui.preview.openFirst')}</Body1>
        </FluentProvider>
      )}
    </>
  );
}

export function renderPreview(root: Root): void {
  root.render(<Preview />);
}
