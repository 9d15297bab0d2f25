/** Input errors that stop an evaluation: each names what is wrong in words a person can act on. */

export type EvaluationErrorCode =
  | 'fileNotFound'
  | 'notAFile'
  | 'notXlsx'
  | 'unreadableWorkbook'
  | 'sheetNotFound'
  | 'noPlanSheet'
  | 'noHeader'
  | 'emptySheet'
  | 'noInitiatives'
  | 'formPerSheet'
  | 'outputIsInput'
  | 'usage';

export class EvaluationError extends Error {
  constructor(
    readonly code: EvaluationErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'EvaluationError';
  }
}
