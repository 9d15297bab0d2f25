/** Any error an evaluation or a settings call can end with, as the catalogue's plain text and the next step. */
import { EvaluationError, type EvaluationErrorCode } from '../core/errors';
import { errorMessage } from '../core/messages';
import { AddinError, type AddinErrorCode } from '../office/use-cases';
import { t, type Lang } from './t';

export interface ErrorText {
  readonly text: string;
  /** A further sentence saying where to fix it, or null. */
  readonly hint: string | null;
  /** The fix is in Settings: the message offers a button that opens them. */
  readonly opensSettings: boolean;
  /** The code, for tests and logs ("office.cellEditMode", "error.noPlanSheet", "unexpected"). */
  readonly key: string;
}

const SETTINGS_ADDIN: ReadonlySet<AddinErrorCode> = new Set(['noPlanSheet', 'sheetNotFound', 'payloadTooLarge']);
const SETTINGS_EVALUATION: ReadonlySet<EvaluationErrorCode> = new Set(['noPlanSheet', 'sheetNotFound', 'noHeader']);

type Coded<C> = { readonly code: C; readonly params: Readonly<Record<string, string | number>> };

/** instanceof, or the same shape from another copy of the module (a second bundle, a test double). */
function isAddinError(error: unknown): error is Coded<AddinErrorCode> {
  return error instanceof AddinError || (error instanceof Error && error.name === 'AddinError' && 'code' in error);
}
function isEvaluationError(error: unknown): error is Coded<EvaluationErrorCode> {
  return error instanceof EvaluationError || (error instanceof Error && error.name === 'EvaluationError' && 'code' in error);
}

/**
 * `action`: the button that does it again where the error happened ("直前の見直しを取り消す"), named in the
 * messages that say to press it again; without one they name Evaluate.
 */
export function errorText(lang: Lang, error: unknown, action?: string): ErrorText {
  const again: Readonly<Record<string, string>> = action ? { action } : {};
  if (isAddinError(error)) {
    const opensSettings = SETTINGS_ADDIN.has(error.code);
    return { text: t(lang, `office.${error.code}`, { ...(error.params ?? {}), ...again }), hint: null, opensSettings, key: `office.${error.code}` };
  }
  if (isEvaluationError(error)) {
    // The engine's words for an empty sheet speak to the command line ("give a workbook that holds the plan"):
    // in the pane, the way out is to open that workbook or to choose the sheet.
    if (error.code === 'emptySheet') {
      return { text: t(lang, 'ui.error.emptySheet', error.params ?? {}), hint: t(lang, 'ui.error.emptySheetHint'), opensSettings: true, key: 'error.emptySheet' };
    }
    const opensSettings = SETTINGS_EVALUATION.has(error.code);
    return {
      text: errorMessage(lang, error.code, error.params ?? {}),
      hint: opensSettings ? t(lang, 'ui.error.chooseSheet') : null,
      opensSettings,
      key: `error.${error.code}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { text: t(lang, 'office.excelError', { detail, ...again }), hint: null, opensSettings: false, key: 'unexpected' };
}
