import { EvaluationError } from '../../src/core/errors';
import { message } from '../../src/core/messages';
import { toAddinError } from '../../src/office/excel-errors';
import { AddinError } from '../../src/office/use-cases';

/** Excel's errors as Office.js reports them (OfficeExtension.Error: name "RichApi.Error", a code, a message). */
const excelError = (code: string, text = ''): object => ({ name: 'RichApi.Error', code, message: text });

describe("Excel's errors in plain words", () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cellEditMode', 'セルの編集'],
    ['AccessDenied', 'protectedSheet', '保護'],
    ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge', ''],
    ['ResponsePayloadSizeLimitExceeded', 'payloadTooLarge', ''],
    ['ItemNotFound', 'sheetNotFound', ''],
  ])('%s becomes %s, with a message that says what to do', (code, expected, words) => {
    const error = toAddinError(excelError(code), '行動計画');
    expect(error).toBeInstanceOf(AddinError);
    expect(error).toMatchObject({ code: expected });
    const text = message('ja', `office.${expected}` as never, (error as AddinError).params);
    expect(text.length).toBeGreaterThan(10);
    expect(text).toContain(words);
    expect(message('en', `office.${expected}` as never, (error as AddinError).params)).toMatch(/[A-Za-z]/);
  });

  it('keeps the engine’s own errors as they are, and names anything else with its code', () => {
    const noPlan = new EvaluationError('noPlanSheet', { sheets: 'Sheet1' });
    expect(toAddinError(noPlan)).toBe(noPlan);
    expect(toAddinError(excelError('GeneralException', 'boom'))).toMatchObject({ code: 'excelError', params: { detail: 'GeneralException: boom' } });
  });
});
