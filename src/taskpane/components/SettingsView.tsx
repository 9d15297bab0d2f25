/**
 * Settings, stored in the workbook: the plan sheet, the column roles (prefilled from detection), the evaluated
 * year, the grading preset and tolerance, the language. Save calls services.saveSettings.
 * The view stays mounted while another tab is shown, so what was typed and not saved is kept; coming back, it
 * reads the sheets and columns again (the workbook may have changed meanwhile), keeping what was typed.
 * @jsxRuntime automatic
 */
import {
  Button, Caption1, Field, Input, Select, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { gradingRules, PRESET_NAMES, validThresholds, type PresetName } from '../../core/grading';
import type { Lang } from '../../core/messages';
import type { Role } from '../../core/model';
import { formatYearLabel, parseYearLabel } from '../../core/quantity';
import { DEFAULT_SETTINGS, type AddinServices, type DetectedColumns, type PlanSettings, type SheetChoice } from '../../office/use-cases';
import { sameSettings } from '../settings-compare';
import { useText } from '../text-context';
import { ColumnRoles } from './ColumnRoles';
import { ErrorBar } from './ErrorBar';

export interface SettingsViewProps {
  readonly services: AddinServices;
  /** The stored settings; null while they load. */
  readonly saved: PlanSettings | null;
  /** Why the stored settings could not be read (then the defaults are shown). */
  readonly loadError?: unknown;
  readonly onSaved: (settings: PlanSettings) => void;
  /** Whether the view is the one shown (default true); shown again, it reads the sheets and columns again. */
  readonly active?: boolean;
  /** Told whenever the form starts or stops holding something other than the stored settings. */
  readonly onDirtyChange?: (dirty: boolean) => void;
}

/**
 * "R2", "令和2年度", "FY2020", "2020" → 2020, typed in half or full width ("２０２０", "Ｒ２"); "" → null; anything
 * else → undefined (invalid).
 */
export function parseYearInput(text: string): number | null | undefined {
  // NFKC: full-width digits and letters, and the ideographic space, as their ASCII forms (as parseYearLabel reads them).
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return null;
  if (/^\d{4}$/u.test(trimmed)) return Number(trimmed);
  return parseYearLabel(trimmed) ?? undefined;
}

/** The preset's own lower bounds, as percent texts for the inputs: abcd → ["100", "80", "50"]. */
export function defaultThresholdTexts(preset: PresetName): string[] {
  return gradingRules({ preset }).bands.filter((b) => Number.isFinite(b.minRate)).map((b) => String(Math.round(b.minRate * 1000) / 10));
}

/**
 * The thresholds typed for a band preset, as ratios: null when they are the preset's own (nothing to store),
 * undefined when they do not fit (a blank, not a number, not falling).
 */
export function parseThresholds(preset: PresetName, texts: readonly string[]): number[] | null | undefined {
  if (preset === 'report') return null;
  const values = texts.map((t) => (t.trim() === '' ? NaN : Number(t) / 100));
  const rules = gradingRules({ preset });
  if (!validThresholds(rules, values)) return undefined;
  const defaults = defaultThresholdTexts(preset).map((t) => Number(t) / 100);
  return values.every((v, i) => Math.abs(v - (defaults[i] ?? NaN)) < 1e-9) ? null : values;
}

/** The thresholds the settings hold, as percent texts for the inputs (the preset's own when none are stored). */
export function thresholdTextsOf(settings: PlanSettings): string[] {
  return settings.thresholds ? settings.thresholds.map((t) => String(Math.round(t * 1000) / 10)) : defaultThresholdTexts(settings.preset);
}

/** "5" (%) → 0.05; "" → 0; out of 0–100 or not a number → undefined. */
export function parseTolerancePercent(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : undefined;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '480px' },
  thresholds: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function SettingsView({ services, saved, loadError, onSaved, active = true, onDirtyChange }: SettingsViewProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const base = saved ?? DEFAULT_SETTINGS;

  const [sheets, setSheets] = useState<SheetChoice[] | null>(null);
  const [sheet, setSheet] = useState<string>(base.sheet ?? '');
  // undefined while detection runs; 'failed' when it could not run (the error is shown above).
  const [detected, setDetected] = useState<DetectedColumns | null | undefined | 'failed'>(undefined);
  const [roles, setRoles] = useState<Partial<Record<Role, number>>>(base.columnRoles);
  const [yearText, setYearText] = useState<string>(base.year === null ? '' : formatYearLabel(base.year, lang));
  const [preset, setPreset] = useState<PresetName>(base.preset);
  const [toleranceText, setToleranceText] = useState<string>(String(Math.round(base.onTrackTolerance * 1000) / 10));
  const [thresholdTexts, setThresholdTexts] = useState<string[]>(thresholdTextsOf(base));
  const [chosenLang, setChosenLang] = useState<Lang | ''>(base.lang ?? '');
  const [error, setError] = useState<unknown>(loadError ?? null);
  const [saving, setSaving] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);

  // The stored settings arrive after the pane opens: take them once, unless the person has started editing.
  const touched = useRef(false);
  useEffect(() => {
    if (!saved || touched.current) return;
    setSheet(saved.sheet ?? '');
    setRoles(saved.columnRoles);
    setYearText(saved.year === null ? '' : formatYearLabel(saved.year, lang));
    setPreset(saved.preset);
    setThresholdTexts(thresholdTextsOf(saved));
    setToleranceText(String(Math.round(saved.onTrackTolerance * 1000) / 10));
    setChosenLang(saved.lang ?? '');
  }, [saved]);

  // Shown again after another tab: read the workbook's sheets and the columns again (what was typed stays).
  const [refresh, setRefresh] = useState(0);
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current) setRefresh((n) => n + 1);
    wasActive.current = active;
  }, [active]);

  useEffect(() => {
    let live = true;
    services.listSheets().then(
      (list) => live && setSheets(list),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [services, refresh]);

  useEffect(() => {
    let live = true;
    setDetected(undefined);
    services.detectColumns(sheet === '' ? null : sheet).then(
      (columns) => live && setDetected(columns),
      (e: unknown) => {
        if (!live) return;
        setDetected('failed');
        setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [services, sheet, refresh]);

  const edit = <T,>(setter: (value: T) => void) => (value: T): void => {
    touched.current = true;
    setSavedNotice(false);
    setter(value);
  };

  const year = parseYearInput(yearText);
  const tolerance = parseTolerancePercent(toleranceText);
  const thresholds = parseThresholds(preset, thresholdTexts);
  const valid = year !== undefined && tolerance !== undefined && thresholds !== undefined;
  const bandGrades = gradingRules({ preset, lang }).bands.filter((b) => Number.isFinite(b.minRate)).map((b) => b.grade);
  const draft: PlanSettings | null = valid
    ? {
      sheet: sheet === '' ? null : sheet,
      columnRoles: roles,
      year,
      preset,
      onTrackTolerance: tolerance,
      thresholds: thresholds ?? null,
      lang: chosenLang === '' ? null : chosenLang,
    }
    : null;
  // Something typed that is not stored (an entry that cannot be read counts: it is not what is stored either).
  const dirty = draft === null || !sameSettings(draft, saved ?? DEFAULT_SETTINGS);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const save = (): void => {
    if (draft === null || saving) return;
    const next = draft;
    setSaving(true);
    setError(null);
    services.saveSettings(next).then(
      () => {
        setSaving(false);
        setSavedNotice(true);
        touched.current = false;
        onSaved(next);
      },
      (e: unknown) => {
        setSaving(false);
        setError(e);
      },
    );
  };

  const officeLang = services.displayLanguage();
  const sheetMissing = sheet !== '' && sheets !== null && !sheets.some((s) => s.name === sheet);

  return (
    <form
      className={styles.form}
      aria-labelledby="ape-settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div>
        <Text as="h2" block id="ape-settings-title" size={400} weight="semibold">{t('ui.settings.title')}</Text>
        <Caption1 as="p" block className={styles.hint}>{t('ui.settings.storedInWorkbook')}</Caption1>
      </div>

      {saved === null && <Spinner size="tiny" label={t('ui.loading')} labelPosition="after" />}
      {error !== null && <ErrorBar error={error} title="ui.error.settingsTitle" onDismiss={() => setError(null)} />}

      <Field
        label={t('ui.settings.sheet')}
        // The chosen sheet is not in the workbook (renamed or deleted since it was chosen): said, not dropped.
        validationState={sheetMissing ? 'warning' : 'none'}
        validationMessage={sheetMissing ? t('office.sheetNotFound', { sheet }) : undefined}
      >
        <Select
          value={sheet}
          onChange={(_, data) => {
            edit(setSheet)(data.value);
            // Column choices belong to a sheet: a new sheet starts from its own detection.
            setRoles({});
          }}
        >
          <option value="">{t('ui.settings.sheetAuto')}</option>
          {(sheets ?? []).map((s) => (
            <option key={s.name} value={s.name}>
              {s.looksLikePlan ? t('ui.settings.sheetLooksLikePlan', { name: s.name }) : s.name}
            </option>
          ))}
          {sheetMissing && <option value={sheet}>{sheet}</option>}
        </Select>
      </Field>

      {detected === undefined && <Spinner size="tiny" label={t('ui.loading')} labelPosition="after" />}
      {detected !== undefined && detected !== 'failed' && <ColumnRoles detected={detected} roles={roles} onChange={edit(setRoles)} />}

      <Field
        label={t('ui.settings.year')}
        hint={year === undefined ? undefined : year === null ? t('ui.settings.yearHint') : t('ui.settings.yearRead', { year: formatYearLabel(year, lang) })}
        validationState={year === undefined ? 'error' : 'none'}
        validationMessage={year === undefined ? t('ui.settings.yearInvalid') : undefined}
      >
        <Input value={yearText} placeholder="R2" onChange={(_, data) => edit(setYearText)(data.value)} />
      </Field>

      <Field label={t('ui.settings.preset')}>
        <Select
          value={preset}
          onChange={(_, data) => {
            edit(setPreset)(data.value as PresetName);
            setThresholdTexts(defaultThresholdTexts(data.value as PresetName));
          }}
        >
          {PRESET_NAMES.map((name) => (
            <option key={name} value={name}>{t(`ui.preset.${name}`)}</option>
          ))}
        </Select>
      </Field>

      {preset !== 'report' && (
        <Field
          label={t('ui.settings.thresholds')}
          hint={thresholds === undefined ? undefined : t('ui.settings.thresholdsHint')}
          validationState={thresholds === undefined ? 'error' : 'none'}
          validationMessage={thresholds === undefined ? t('ui.settings.thresholdsInvalid') : undefined}
        >
          <div className={styles.thresholds}>
            {bandGrades.map((grade, i) => (
              <Input
                key={`${preset}-${grade}`}
                type="number"
                inputMode="decimal"
                min={0}
                step={1}
                aria-label={t('ui.settings.thresholdFor', { grade })}
                contentBefore={<span>{grade} ≥</span>}
                contentAfter={<span>%</span>}
                value={thresholdTexts[i] ?? ''}
                onChange={(_, data) => edit(setThresholdTexts)(thresholdTexts.map((v, j) => (j === i ? data.value : v)))}
              />
            ))}
          </div>
        </Field>
      )}

      <Field
        label={t('ui.settings.tolerance')}
        hint={tolerance === undefined ? undefined : t('ui.settings.toleranceHint')}
        validationState={tolerance === undefined ? 'error' : 'none'}
        validationMessage={tolerance === undefined ? t('ui.settings.toleranceInvalid') : undefined}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={1}
          value={toleranceText}
          disabled={preset !== 'report'}
          onChange={(_, data) => edit(setToleranceText)(data.value)}
        />
      </Field>

      <Field label={t('ui.settings.lang')}>
        <Select value={chosenLang} onChange={(_, data) => edit(setChosenLang)(data.value as Lang | '')}>
          <option value="">{t('ui.settings.langOffice', { lang: t(`ui.lang.${officeLang}`) })}</option>
          <option value="ja" lang="ja">{t('ui.lang.ja')}</option>
          <option value="en" lang="en">{t('ui.lang.en')}</option>
        </Select>
      </Field>

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving || !valid}>
          {saving ? t('ui.settings.saving') : t('ui.settings.save')}
        </Button>
        <div role="status" aria-live="polite">
          {savedNotice && <Text>{t('ui.settings.saved')}</Text>}
          {!valid && <Text>{t('ui.settings.fixFirst')}</Text>}
        </div>
      </div>
    </form>
  );
}
