/** The use-cases the task pane and the ribbon command call. Implemented over an ExcelHost. */
import type { Evaluation } from '../core/model';
import type { Lang } from '../core/messages';
import type { PresetName } from '../core/grading';
import type { Role } from '../core/model';
import type { Revision } from '../core/revise/history';
import type { PlannedChange, TargetSlot } from '../core/revise/slots';
import type { RewriteRefusal } from '../core/revise/typed-value';

export type Phase = 'reading' | 'judging' | 'writing' | 'done';

/** Settings stored in the workbook (workbook.settings), so the next person who opens it gets the same mapping. */
export interface PlanSettings {
  /** The plan sheet; null = detect. */
  readonly sheet: string | null;
  /** Column roles chosen by a person: role → 0-based column index from the used range's left edge; empty = detect. */
  readonly columnRoles: Partial<Record<Role, number>>;
  /** Evaluated fiscal year (2020 = R2); null = from the headers. */
  readonly year: number | null;
  readonly preset: PresetName;
  readonly onTrackTolerance: number;
  /** The office's own band thresholds for a band preset (ratios, highest first); null = the preset's. */
  readonly thresholds: readonly number[] | null;
  /** null = Office's display language. */
  readonly lang: Lang | null;
}

export const DEFAULT_SETTINGS: PlanSettings = { sheet: null, columnRoles: {}, year: null, preset: 'report', onTrackTolerance: 0, thresholds: null, lang: null };

export interface SheetChoice {
  readonly name: string;
  /** True when this sheet's header reads like a plan's. */
  readonly looksLikePlan: boolean;
}

/** The detected layout of a sheet, for Settings to prefill. */
export interface DetectedColumns {
  readonly sheet: string;
  /** 1-based sheet row of the header, or null when none was found. */
  readonly headerRow: number | null;
  readonly columns: readonly { readonly index: number; readonly header: string; readonly role: Role | null }[];
}

export interface EvaluationOutcome {
  readonly evaluation: Evaluation;
  /** The summary sheets as written (names may carry a suffix where a user's sheet had the name). */
  readonly sheets: readonly string[];
  readonly lang: Lang;
}

/** Errors the add-in turns into plain-language messages (catalogue keys `office.<code>`). */
export type AddinErrorCode =
  | 'cellEditMode'
  | 'protectedSheet'
  | 'payloadTooLarge'
  | 'sheetNotFound'
  | 'noPlanSheet'
  | 'busy'
  | 'revisionConflict'
  | 'revisionNotWritable'
  | 'revisionIndicatorUnclear'
  | 'revisionFormula'
  | 'undoConflict'
  | 'nothingToUndo'
  | 'undoChanged'
  | 'excelError';

/** Why a target cannot be rewritten, as the error the pane shows: the indicator's part of the cell, or its year's place. */
export function refusalCode(reason: RewriteRefusal): 'revisionIndicatorUnclear' | 'revisionNotWritable' {
  return reason === 'indicatorNotFound' ? 'revisionIndicatorUnclear' : 'revisionNotWritable';
}

export class AddinError extends Error {
  constructor(
    readonly code: AddinErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AddinError';
  }
}

/** A target cell holding a formula, as Apply found it: writing the new target puts a value in the formula's place. */
export interface FormulaCell {
  readonly cell: string;
  /** As Excel gives it: "=F4*1.2". */
  readonly formula: string;
}

/**
 * Apply found target cells holding formulas the planner has not agreed to replace, and wrote nothing: the pane shows
 * `formulas` and applies again with them once agreed.
 */
export class FormulaCellsError extends AddinError {
  constructor(readonly formulas: readonly FormulaCell[]) {
    super('revisionFormula', { cells: formulas.map((f) => f.cell).join(', '), formulas: formulas.map((f) => `${f.cell}: ${f.formula}`).join(', ') });
  }
}

/** instanceof, or the same shape from another copy of the module (as errorText tells an AddinError). */
export function isFormulaCellsError(error: unknown): error is FormulaCellsError {
  return error instanceof FormulaCellsError || (error instanceof Error && error.name === 'AddinError' && 'formulas' in error && Array.isArray(error.formulas));
}

/** What the pane and the ribbon command can do, over Excel or over the stand-in alike. */
export interface AddinServices {
  /** Reads the plan (one sync), judges it, writes the summary sheets (one batch). Rejects with AddinError or EvaluationError. */
  evaluate(settings: PlanSettings, onPhase?: (phase: Phase) => void): Promise<EvaluationOutcome>;
  /** Selects a cell such as "D14" on a sheet, so the user sees it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  listSheets(): Promise<SheetChoice[]>;
  /** The header row and column roles detection finds on a sheet (null = the sheet that looks most like a plan). */
  detectColumns(sheet: string | null): Promise<DetectedColumns | null>;
  loadSettings(): Promise<PlanSettings>;
  saveSettings(settings: PlanSettings): Promise<void>;
  /** The language Office displays in, for the default of the pane. */
  displayLanguage(): 'ja' | 'en';
  /** Next years' targets with suggestions, read (not written) from the plan sheet. */
  revisionSlots(settings: PlanSettings): Promise<RevisionSheet>;
  /**
   * Writes the changes (after the conflict check) and appends them to the history. Rejects with AddinError; with
   * FormulaCellsError where a target cell holds a formula not among `replacing`, the formulas the planner agreed to
   * replace by values.
   */
  applyRevisions(sheet: string, changes: readonly PlannedChange[], lang: Lang, replacing?: readonly FormulaCell[]): Promise<RevisionResult>;
  /**
   * Restores the cells of the last revision batch and records the undo. With `batch`, the round the person was shown:
   * refused (undoChanged) when another round was written since.
   */
  undoLastRevision(lang: Lang, batch?: number): Promise<RevisionResult>;
}

/** What a revision (or its undo) wrote: the cells, the batch number, and the history sheet's name as it stands. */
export interface RevisionResult {
  readonly cells: string[];
  readonly batch: number;
  readonly historySheet: string;
}

export interface RevisionSheet {
  readonly sheet: string;
  readonly year: number | null;
  readonly slots: readonly TargetSlot[];
  readonly lang: Lang;
  /** The revisions Undo would take back (the last round no undo has taken back yet); empty when there are none. */
  readonly undoable: readonly Revision[];
}
