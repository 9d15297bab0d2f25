/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code` from
 * `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, a `message` and `debugInfo` (code, message, errorLocation,
 * statement). Adapter code that branches on `error.code` therefore behaves the same against the stand-in as
 * against Excel.
 *
 * Codes and their messages follow "Error handling with the application-specific JavaScript APIs"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */

export type StandinErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'InvalidSelection'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise';

/** The messages Excel gives for each code (from the error-code table of the page cited above). */
const MESSAGES: Record<StandinErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of the Office application.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: 'The object path is not valid for the current operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

export interface StandinDebugInfo {
  readonly code: StandinErrorCode;
  readonly message: string;
  /** The API member where the error happened, as Excel reports it: "Range.values", "WorksheetCollection.getItem". */
  readonly errorLocation?: string;
  /** The queued statement that failed, in the stand-in's own path notation. */
  readonly statement?: string;
}

/** An `OfficeExtension.Error` look-alike. `instanceof Error` holds, so jest's `rejects.toThrow` works. */
export class StandinError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: StandinErrorCode;
  readonly debugInfo: StandinDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: StandinErrorCode, detail?: string, where?: { errorLocation?: string; statement?: string }) {
    const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(where?.errorLocation ? { errorLocation: where.errorLocation } : {}), ...(where?.statement ? { statement: where.statement } : {}) };
  }

  /** A copy carrying where in the batch the error happened (sync fills this in). */
  at(errorLocation: string | undefined, statement: string): StandinError {
    const located = new StandinError(this.code, undefined, { errorLocation: this.debugInfo.errorLocation ?? errorLocation, statement });
    Object.defineProperty(located, 'message', { value: this.message });
    (located.debugInfo as { message: string }).message = this.message;
    return located;
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function isStandinError(value: unknown): value is StandinError {
  return value instanceof StandinError;
}

/** Thrown synchronously on reading a property that was not loaded and synced (as Office.js does). */
export function propertyNotLoaded(property: string, objectName: string, nullObject = false): StandinError {
  const detail = nullObject
    ? `'${objectName}.${property}': the object is a null object (isNullObject is true), so it has no properties to read`
    : `'${objectName}.${property}' was not loaded: call load("${property}") and await context.sync() first`;
  return new StandinError('PropertyNotLoaded', detail, { errorLocation: `${objectName}.${property}` });
}

export function fail(code: StandinErrorCode, detail?: string, errorLocation?: string): never {
  throw new StandinError(code, detail, errorLocation ? { errorLocation } : undefined);
}
