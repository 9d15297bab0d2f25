/**
 * The add-in's use-cases over an ExcelHost: Excel itself, or the strict stand-in in the preview and the tests.
 * Evaluate = read (two syncs: names and settings, then the plan) → judge (pure core) → write (one batch).
 */
import { choosePlanSheet, evaluateWorkbook, type EvaluateOptions } from '../core/evaluate';
import { lastUndoableBatch } from '../core/revise/history';
import { targetSlots } from '../core/revise/slots';
import { EvaluationError } from '../core/errors';
import { gradingRules } from '../core/grading';
import { findHeader } from '../core/headers';
import { withTargetActualRows } from '../core/target-actual-rows';
import { langOfTag, type Lang } from '../core/messages';
import { summaryWorkbook } from '../core/sheets/layouts';
import { toAddinError } from './excel-errors';
import type { ExcelHost } from './host';
import { readGrids, readSnapshot, type WorkbookSnapshot } from './read-workbook';
import { applyRevisions, gridCell, queueHistory, undoLastRevision } from './revise-targets';
import { queueWriteSettings, readSettings } from './settings-store';
import {
  AddinError, type AddinServices, type DetectedColumns, type EvaluationOutcome, type Phase, type PlanSettings, type RevisionSheet, type SheetChoice,
} from './use-cases';
import { REQUEST_BUDGET_BYTES, writeSummarySheets, type Capabilities } from './write-sheets';

const RUN_OPTIONS = { delayForCellEdit: true };

function langOf(host: ExcelHost, settings: PlanSettings): Lang {
  if (settings.lang) return settings.lang;
  return langOfTag(host.displayLanguage?.() ?? 'ja');
}

function evaluateOptions(settings: PlanSettings, lang: Lang): EvaluateOptions {
  return {
    sheet: settings.sheet, year: settings.year, columnRoles: Object.keys(settings.columnRoles).length > 0 ? settings.columnRoles : undefined,
    preset: settings.preset, onTrackTolerance: settings.onTrackTolerance, thresholds: settings.thresholds, lang,
  };
}

function fontFor(lang: Lang): string {
  return lang === 'ja' ? '游ゴシック' : 'Calibri';
}

/** Sheets worth reading for the plan: the chosen one, else every sheet the tool did not make. */
function candidateSheets(snapshot: WorkbookSnapshot, settings: PlanSettings): string[] {
  if (settings.sheet) {
    if (!snapshot.sheetNames.includes(settings.sheet)) {
      throw new EvaluationError('sheetNotFound', { sheet: settings.sheet, sheets: snapshot.sheetNames.join(', ') });
    }
    return [settings.sheet];
  }
  return snapshot.sheetNames.filter((n) => !snapshot.owned.has(n));
}

export interface ServiceOptions {
  /** Bytes queued before a sync when writing; the default stays under Excel on the web's 5 MB. */
  readonly requestBudgetBytes?: number;
}

export function createServices(host: ExcelHost, options: ServiceOptions = {}): AddinServices {
  const can: Capabilities = {
    conditionalFormats: host.isSetSupported('1.6'),
    hyperlinks: host.isSetSupported('1.7'),
    pageLayout: host.isSetSupported('1.9'),
    requestBudgetBytes: options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES,
  };
  const mergesSupported = host.isSetSupported('1.13');
  // One evaluation at a time, shared by the ribbon button and the pane (one runtime).
  let inFlight: Promise<EvaluationOutcome> | null = null;

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, sheet = ''): Promise<T> {
    try {
      return await host.run(RUN_OPTIONS, batch);
    } catch (error) {
      throw toAddinError(error, sheet);
    }
  }

  /**
   * Judging and building the sheets run without a pause on the pane's own thread: a turn of the event loop after
   * each phase is reported lets the pane show it before the work starts.
   */
  function paintPhase(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  async function evaluateOnce(settings: PlanSettings, onPhase: (phase: Phase) => void): Promise<EvaluationOutcome> {
    const lang = langOf(host, settings);
    return run(async (context) => {
      onPhase('reading');
      const snapshot = await readSnapshot(context);
      // The history rides on the plan's read: no round trip of its own.
      const history = queueHistory(context);
      const grids = await readGrids(context, snapshot.workbookName, candidateSheets(snapshot, settings), mergesSupported);
      onPhase('judging');
      await paintPhase();
      const options = evaluateOptions(settings, lang);
      const evaluation = evaluateWorkbook(grids, options);
      onPhase('writing');
      await paintPhase();
      const revisions = history().revisions;
      const spec = summaryWorkbook({ evaluation, rules: gradingRules(options), lang, workbookName: snapshot.workbookName, generatedAt: new Date(), revisions });
      const sheets = await writeSummarySheets(context, spec, snapshot, can);
      onPhase('done');
      return { evaluation, sheets, lang };
    });
  }

  return {
    evaluate(settings, onPhase = () => undefined) {
      if (inFlight) return Promise.reject(new AddinError('busy'));
      inFlight = evaluateOnce(settings, onPhase).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },

    selectCell(sheet, cell) {
      return run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        await context.sync();
      }, sheet);
    },

    listSheets() {
      return run(async (context): Promise<SheetChoice[]> => {
        const snapshot = await readSnapshot(context);
        const names = snapshot.sheetNames.filter((n) => !snapshot.owned.has(n));
        const grids = await readGrids(context, '', names, mergesSupported);
        return grids.sheets.map((grid) => ({ name: grid.sheetName, looksLikePlan: findHeader(grid) !== null }));
      });
    },

    detectColumns(sheet) {
      return run(async (context): Promise<DetectedColumns | null> => {
        const snapshot = await readSnapshot(context);
        const grids = await readGrids(context, '', candidateSheets(snapshot, { ...snapshot.settings, sheet }), mergesSupported);
        let grid;
        try {
          grid = choosePlanSheet(grids, { sheet });
        } catch (error) {
          if (error instanceof EvaluationError) return null;
          throw error;
        }
        const header = findHeader(grid);
        // As the reader takes them: in rows of targets and actuals, the kinds and years are no role's columns.
        const columns = header === null ? [] : withTargetActualRows(grid, header.columns, header.row, header.lastRow).columns;
        return {
          sheet: grid.sheetName,
          headerRow: header ? grid.top + header.row + 1 : null,
          columns: columns.map((c) => ({ index: c.index, header: c.header, role: c.role })),
        };
      }, sheet ?? '');
    },

    loadSettings() {
      return run(async (context) => {
        const settings = readSettings(context);
        await context.sync();
        return settings.value();
      });
    },

    saveSettings(settings) {
      return run(async (context) => {
        queueWriteSettings(context, settings);
        await context.sync();
      });
    },

    revisionSlots(settings) {
      const lang = langOf(host, settings);
      return run(async (context): Promise<RevisionSheet> => {
        // Loaded with the snapshot's round trip: what Undo would take back, for the pane to name before it is asked.
        const history = queueHistory(context);
        const snapshot = await readSnapshot(context);
        const grids = await readGrids(context, snapshot.workbookName, candidateSheets(snapshot, settings), mergesSupported);
        const evaluation = evaluateWorkbook(grids, evaluateOptions(settings, lang));
        const plan = grids.sheets.find((g) => g.sheetName === evaluation.plan.sheet);
        const slots = plan ? targetSlots(evaluation, (cell) => gridCell(plan, cell)) : [];
        return { sheet: evaluation.plan.sheet, year: evaluation.year, slots, lang, undoable: lastUndoableBatch(history().revisions) };
      });
    },

    applyRevisions(sheet, changes, lang, replacing = []) {
      return run((context) => applyRevisions(context, sheet, changes, replacing, host.userName?.() ?? null, new Date(), { lang, fontName: fontFor(lang), can }), sheet);
    },

    undoLastRevision(lang, batch) {
      return run((context) => undoLastRevision(context, host.userName?.() ?? null, new Date(), { lang, fontName: fontFor(lang), can }, batch));
    },

    displayLanguage() {
      return langOfTag(host.displayLanguage?.() ?? 'ja');
    },
  };
}
