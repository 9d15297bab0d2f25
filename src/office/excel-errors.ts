/** Excel's errors, turned into what a person can act on (catalogue keys `office.<code>`). */
import { EvaluationError } from '../core/errors';
import { AddinError } from './use-cases';

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** Excel's error as an AddinError; the engine's own EvaluationError (no plan sheet…) passes through as it is. */
export function toAddinError(error: unknown, sheet = ''): unknown {
  if (error instanceof AddinError || error instanceof EvaluationError) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as OfficeErrorLike;
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new AddinError('cellEditMode');
    case 'AccessDenied':
    case 'InvalidOperation':
      return /protect/iu.test(String(message ?? '')) || code === 'AccessDenied' ? new AddinError('protectedSheet', { sheet }) : new AddinError('excelError', { detail: String(message ?? code) });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return new AddinError('payloadTooLarge');
    case 'ItemNotFound':
      return new AddinError('sheetNotFound', { sheet });
    default:
      return typeof code === 'string' ? new AddinError('excelError', { detail: `${code}: ${String(message ?? '')}` }) : error;
  }
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = (typeof error === 'object' && error !== null ? (error as OfficeErrorLike).code : undefined);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}
