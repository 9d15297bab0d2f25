/**
 * The task pane: Evaluate, Revise targets and Settings over AddinServices, in the language the settings (or Office) choose.
 * Revise targets and Settings hold what a person types: once opened they stay mounted (hidden while another tab is
 * shown), so switching tabs loses nothing. Evaluate keeps its state in the shared run and is drawn when shown.
 * @jsxRuntime automatic
 */
import {
  Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, makeStyles, tokens, webLightTheme, type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS, type AddinServices, type PlanSettings } from '../office/use-cases';
import { EvaluateView } from './components/EvaluateView';
import { LiveRegions } from './components/LiveRegions';
import { ReviseView } from './components/ReviseView';
import { SettingsView } from './components/SettingsView';
import { sharedRun, type EvaluationRun } from './evaluation-run';
import { sameSettings } from './settings-compare';
import { translator, type Lang } from './t';
import { TextContext } from './text-context';

export type View = 'evaluate' | 'revise' | 'settings';

export interface AppProps {
  readonly services: AddinServices;
  /** The runtime's shared evaluation (default); tests and the preview give their own. */
  readonly run?: EvaluationRun;
  readonly theme?: Theme;
  readonly initialView?: View;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

const VIEWS: readonly View[] = ['evaluate', 'revise', 'settings'];

export function App({ services, run = sharedRun, theme = webLightTheme, initialView = 'evaluate' }: AppProps): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  // The views that hold typed work, once opened, stay mounted.
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set([initialView]));
  const [settings, setSettings] = useState<PlanSettings | null>(null);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [settingsDirty, setSettingsDirty] = useState(false);

  const show = useCallback((next: View): void => {
    setView(next);
    setOpened((previous) => (previous.has(next) ? previous : new Set([...previous, next])));
  }, []);
  // Opened from a message's button, which then goes: the keyboard moves to the Settings panel, not to the page's top.
  const [focusSettings, setFocusSettings] = useState(false);
  const openSettings = useCallback(() => {
    show('settings');
    setFocusSettings(true);
  }, [show]);
  useEffect(() => {
    if (!focusSettings || view !== 'settings') return;
    setFocusSettings(false);
    document.getElementById('ape-panel-settings')?.focus();
  }, [focusSettings, view]);

  useEffect(() => {
    let live = true;
    services.loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => {
        if (!live) return;
        setSettingsError(error);
        setSettings(DEFAULT_SETTINGS);
      },
    );
    return () => {
      live = false;
    };
  }, [services]);

  const lang: Lang = settings?.lang ?? services.displayLanguage();
  const text = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = text;

  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);

  /** The settings the next evaluation uses: the loaded ones, or read now if they have not arrived yet. */
  const currentSettings = useCallback(
    () => (settings ? Promise.resolve(settings) : services.loadSettings()),
    [services, settings],
  );

  return (
    <FluentProvider theme={theme} lang={lang} className={styles.root}>
      <TextContext.Provider value={text}>
        <LiveRegions>
          <header className={styles.header}>
            <h1 className={styles.title}>{t('ui.appTitle')}</h1>
            <TabList
              aria-label={t('ui.nav.label')}
              selectedValue={view}
              onTabSelect={(_, data) => show(data.value as View)}
            >
              {VIEWS.map((v) => (
                <Tab key={v} id={`ape-tab-${v}`} value={v} aria-controls={`ape-panel-${v}`}>{t(`ui.tab.${v}`)}</Tab>
              ))}
            </TabList>
          </header>
          <main className={styles.main}>
            {/* The evaluation and the revisions use the saved settings: say so while Settings holds unsaved changes. */}
            {settingsDirty && view !== 'settings' && (
              <MessageBar intent="info" layout="multiline" data-testid="settings-unsaved">
                <MessageBarBody>{t('ui.settings.unsaved')}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={openSettings}>{t('ui.error.openSettings')}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <div role="tabpanel" id="ape-panel-evaluate" aria-labelledby="ape-tab-evaluate" hidden={view !== 'evaluate'}>
              {view === 'evaluate' && (
                <EvaluateView services={services} run={run} settings={currentSettings} onOpenSettings={openSettings} />
              )}
            </div>
            <div role="tabpanel" id="ape-panel-revise" aria-labelledby="ape-tab-revise" hidden={view !== 'revise'}>
              {opened.has('revise') && (
                <ReviseView
                  services={services}
                  settings={currentSettings}
                  onOpenSettings={openSettings}
                  active={view === 'revise'}
                  onChanged={(change) => run.targetsChanged(change)}
                />
              )}
            </div>
            <div role="tabpanel" id="ape-panel-settings" aria-labelledby="ape-tab-settings" hidden={view !== 'settings'} tabIndex={-1}>
              {opened.has('settings') && (
                <SettingsView
                  services={services}
                  saved={settings}
                  loadError={settingsError}
                  active={view === 'settings'}
                  onDirtyChange={setSettingsDirty}
                  onSaved={(next) => {
                    if (!sameSettings(next, settings ?? DEFAULT_SETTINGS)) run.markOutdated('settings');
                    setSettings(next);
                    setSettingsError(null);
                  }}
                />
              )}
            </div>
          </main>
        </LiveRegions>
      </TextContext.Provider>
    </FluentProvider>
  );
}
