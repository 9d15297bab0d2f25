/**
 * The Excel stand-in against the behaviour of Excel's JavaScript API. Each test names the page that describes
 * what it models. Pages under learn.microsoft.com were read in their source repositories (OfficeDev/office-js-docs-pr,
 * OfficeDev/office-js-docs-reference); the reference text also ships in @types/office-js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ExcelHost } from '../../src/office/host';
import { MEMBER_API_SETS, PAYLOAD_LIMIT_BYTES, StandinError, StandinWorkbook, createStandin } from '../../src/standin';
import type { StandinRequestContext } from '../../src/standin';
import { utf8Length } from '../../src/standin/client-object';
import { inspectXlsx } from '../support/xlsx-inspect';

/** The rejection of a promise, which must be a RichApi.Error. */
async function richError(promise: Promise<unknown>): Promise<StandinError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StandinError) return error;
    throw error;
  }
  throw new Error('expected the batch to fail with a RichApi.Error');
}

/** The synchronous throw of `fn`, which must be a RichApi.Error. */
function thrown(fn: () => unknown): StandinError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StandinError) return error;
    throw error;
  }
  throw new Error('expected a RichApi.Error');
}

const SAMPLE = join(__dirname, '..', '..', 'examples', 'action-plan-r2.xlsx');

const sheet1 = (ctx: StandinRequestContext) => ctx.workbook.worksheets.getItem('Sheet1');

describe('host and Excel.run', () => {
  // "Excel.RequestContext class" (https://learn.microsoft.com/javascript/api/excel/excel.requestcontext): *.run
  // creates the context the batch gets, with `workbook` and `application`.
  test('run(batch) and run(options, batch) resolve with the batch result after a final sync', async () => {
    const standin = createStandin();
    const name = await standin.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await ctx.sync();
      ws.getRange('A1').values = [['queued, flushed by the final sync']];
      return ws.name;
    });
    expect(name).toBe('Sheet1');
    expect(standin.stats.syncs).toBe(2);
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)?.value).toEqual({ kind: 'string', value: 'queued, flushed by the final sync' });
    await expect(standin.run({ delayForCellEdit: true }, async () => 42)).resolves.toBe(42);
  });

  // "Excel JavaScript API requirement sets" (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
  // isSetSupported('ExcelApi', v) tells what the host implements; Office 2019 stops at 1.7.
  test('the host matches ExcelHost and answers isSetSupported, userName and displayLanguage', () => {
    const standin = createStandin({ apiVersion: '1.7', userName: '山田 太郎', displayLanguage: 'ja-JP' });
    const host: ExcelHost = standin.host;
    expect(host.isSetSupported('1.7')).toBe(true);
    expect(host.isSetSupported('1.4')).toBe(true);
    expect(host.isSetSupported('1.9')).toBe(false);
    expect(host.isSetSupported('2.0')).toBe(false);
    expect(host.isSetSupported('nonsense')).toBe(false);
    expect(host.userName?.()).toBe('山田 太郎');
    expect(host.displayLanguage?.()).toBe('ja-JP');
    expect(createStandin().host.isSetSupported('1.17')).toBe(true);
    expect(createStandin().host.userName()).toBeNull();
  });

  // "OfficeExtension.ErrorCodes class" (https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes)
  // lists runMustReturnPromise: the batch must return a promise.
  test('a batch that does not return a promise fails with RunMustReturnPromise', async () => {
    const standin = createStandin();
    const run = standin.run as unknown as (batch: (ctx: StandinRequestContext) => unknown) => Promise<unknown>;
    expect((await richError(run(() => 1))).code).toBe('RunMustReturnPromise');
  });

  // The adapter is typed against @types/office-js (Excel.RequestContext etc.) and takes an ExcelHost; the same code
  // runs on the stand-in. Enum values are written as their strings: there is no global `Excel` object at run time
  // outside Office.
  test('code typed against @types/office-js runs unchanged through host.run', async () => {
    const adapterLike = (host: ExcelHost): Promise<string[][]> =>
      host.run(async (context: Excel.RequestContext) => {
        const sheet = context.workbook.worksheets.add('Report');
        const range: Excel.Range = sheet.getRange('A1:B2');
        range.values = [['Status', 'Rate'], ['遅れ', 0.61]];
        range.format.font.bold = true;
        const cf = sheet.getRange('A2:A2').conditionalFormats.add('ContainsText');
        cf.textComparison.format.font.color = '#9C0006';
        cf.textComparison.rule = { operator: 'Contains', text: '遅れ' };
        sheet.freezePanes.freezeRows(1);
        context.workbook.names.add('Report', range);
        context.workbook.settings.add('lang', 'ja');
        const text = range.load('text');
        await context.sync();
        return text.text;
      });
    const standin = createStandin();
    expect(await adapterLike(standin.host)).toEqual([['Status', 'Rate'], ['遅れ', '0.61']]);
    expect(standin.workbook.sheet('Report')?.freeze).toEqual({ rows: 1, columns: 0 });
  });

  // Office.js refuses an object of another request context as an argument ("InvalidRequestContext", OfficeExtension.ErrorCodes).
  test('a range from another run cannot be passed as an argument', async () => {
    const standin = createStandin();
    await standin.run(async (outer) => {
      const foreign = sheet1(outer).getRange('A1:B2');
      await standin.run(async (inner) => {
        expect(thrown(() => inner.workbook.names.add('X', foreign as never)).code).toBe('InvalidRequestContext');
        expect(thrown(() => sheet1(inner).freezePanes.freezeAt(foreign as never)).code).toBe('InvalidRequestContext');
      });
    });
  });

  // "Application-specific API model", "*.run function" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
  // objects allocated in a run are released when it completes.
  test('objects of a finished run cannot be used', async () => {
    const standin = createStandin();
    let kept: ReturnType<typeof sheet1> | undefined;
    await standin.run(async (ctx) => {
      kept = sheet1(ctx);
    });
    expect(thrown(() => kept?.load('name')).code).toBe('InvalidObjectPath');
  });
});

describe('queued commands and loading', () => {
  // "Application-specific API model", "Proxy objects" and "sync()": sets and method calls are queued and run in
  // order at sync; a load reads the workbook at its place in the queue.
  test('sets apply at sync, in order', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const a1 = sheet1(ctx).getRange('A1');
      a1.values = [[1]];
      expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)).toBeUndefined();
      a1.load('values');
      a1.values = [[2]];
      await ctx.sync();
      expect(a1.values).toEqual([[1]]);
      expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)?.value).toEqual({ kind: 'number', value: 2 });
    });
  });

  // "Application-specific API model", "load()": a property must be loaded and synced before it is read;
  // "OfficeExtension.ErrorCodes" lists propertyNotLoaded. Errors carry code, message and debugInfo
  // ("Error handling with the application-specific JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const range = sheet1(ctx).getRange('A1:B2');
      const error = thrown(() => range.values);
      expect(error).toMatchObject({ name: 'RichApi.Error', code: 'PropertyNotLoaded', debugInfo: { code: 'PropertyNotLoaded', errorLocation: 'Range.values' } });
      expect(error.message).toMatch(/load/u);
      range.values = [[1, 2], [3, 4]];
      // The stand-in is stricter than Office.js: a value the add-in set is not readable until loaded.
      expect(() => range.values).toThrow(StandinError);
      range.load('address');
      expect(() => range.address).toThrow(/not loaded/u);
      await ctx.sync();
      expect(range.address).toBe('Sheet1!A1:B2');
      for (const read of [() => range.rowCount, () => range.numberFormat, () => range.format.font.bold, () => range.format.columnWidth, () => range.text]) {
        expect(thrown(read).code).toBe('PropertyNotLoaded');
      }
    });
  });

  // "Application-specific API model", "load()" and "Scalar and navigation properties": "values, address",
  // arrays, objects, navigation paths ("format/font/name") and "items/name" on collections.
  test('load takes strings, arrays, objects, navigation paths and items/…', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      const r = ws.getRange('B2:C3');
      r.format.font.bold = true;
      r.values = [['a', 'b'], ['c', 'd']];
      await ctx.sync();
      const a = ws.getRange('B2:C3').load('values, address');
      const b = ws.getRange('B2:C3').load(['rowCount', 'columnCount']);
      const c = ws.getRange('B2:C3').load({ rowIndex: true, format: { font: { bold: true } } });
      const d = ws.getRange('B2:C3').load('format/font/bold, format/fill/color');
      const e = ws.getRange('B2:C3').load({ select: 'columnIndex', expand: 'format/wrapText' });
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect([a.values, a.address]).toEqual([[['a', 'b'], ['c', 'd']], 'Sheet1!B2:C3']);
      expect([b.rowCount, b.columnCount, c.rowIndex, c.format.font.bold]).toEqual([2, 2, 1, true]);
      expect([d.format.font.bold, d.format.fill.color, e.columnIndex, e.format.wrapText]).toEqual([true, '#FFFFFF', 1, false]);
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(() => sheets.items[0]?.position).toThrow(/not loaded/u);
      expect(a.toJSON()).toEqual({ values: [['a', 'b'], ['c', 'd']], address: 'Sheet1!B2:C3' });
      expect(c.toJSON()).toEqual({ rowIndex: 1, format: { font: { bold: true } } });
    });
  });

  // "Application-specific API model", "ClientResult": a method returning a primitive delivers it at the next sync.
  test('getCount gives a ClientResult filled by sync; an unknown property fails the load', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      ctx.workbook.worksheets.add('Two');
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/not loaded/u);
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    const error = await richError(standin.run(async (ctx) => void sheet1(ctx).getRange('A1').load('colour')));
    expect(error.code).toBe('InvalidArgument');
  });

  // "Application-specific API model", "set()": several properties at once, nested objects to navigation properties.
  test('set() queues nested property sets', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1');
      r.set({ values: [['x']], format: { fill: { color: '#4472C4' }, font: { name: 'Verdana', color: 'white' } } });
      r.load('values, format/fill/color, format/font/name, format/font/color');
      await ctx.sync();
      expect([r.values[0]?.[0], r.format.fill.color, r.format.font.name, r.format.font.color]).toEqual(['x', '#4472C4', 'Verdana', '#FFFFFF']);
    });
  });
});

describe('errors reported at sync', () => {
  // "Application-specific API model", "*OrNullObject methods and properties": getItem of a sheet that is not
  // in the workbook throws ItemNotFound — at sync, where Excel reports errors; commands before it stay applied.
  test('worksheets.getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const standin = createStandin();
    let afterCall = false;
    const error = await richError(
      standin.run(async (ctx) => {
        sheet1(ctx).getRange('A1').values = [['before']];
        const missing = ctx.workbook.worksheets.getItem('Missing');
        missing.getRange('A1').values = [['x']];
        afterCall = true;
        await ctx.sync();
      }),
    );
    expect(afterCall).toBe(true);
    expect(error).toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'WorksheetCollection.getItem' } });
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)?.value).toEqual({ kind: 'string', value: 'before' });
  });

  // NamedItemCollection.getItem (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection) and
  // SettingCollection.getItem (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection): ItemNotFound.
  test('names.getItem and settings.getItem of missing entries fail with ItemNotFound', async () => {
    const standin = createStandin();
    expect((await richError(standin.run(async (ctx) => void ctx.workbook.names.getItem('Nope').load('name')))).code).toBe('ItemNotFound');
    expect((await richError(standin.run(async (ctx) => void ctx.workbook.settings.getItem('nope').load('value')))).code).toBe('ItemNotFound');
  });

  // "Error handling with the application-specific JavaScript APIs": InvalidArgument — "The argument is invalid or
  // missing or has an incorrect format." A 2-D array must match the range's rows and columns.
  test('values, numberFormat and formulas of the wrong shape fail with InvalidArgument', async () => {
    const standin = createStandin();
    const attempt = (write: (ctx: StandinRequestContext) => void) => richError(standin.run(async (ctx) => write(ctx)));
    for (const write of [
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1:B2').values = [[1, 2]]),
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1:B2').values = [[1, 2], [3]]),
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1:B2').numberFormat = [['0'], ['0']]),
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1').formulas = [['=1', '=2']]),
    ]) {
      const error = await attempt(write);
      expect(error.code).toBe('InvalidArgument');
      expect(error.message).toMatch(/doesn't match the size or dimensions of the range/u);
    }
  });

  // Microsoft's own example of number formats ("Display the totals as US dollar amounts"): a 1×1 array of a number
  // format on the range E3:E6 formats every cell of it.
  test('a number format given as a 1×1 array formats every cell of the range', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const range = sheet1(ctx).getRange('E3:F6');
      range.numberFormat = [['$0.00']];
      range.load('numberFormat');
      await ctx.sync();
      expect(range.numberFormat).toEqual(Array.from({ length: 4 }, () => ['$0.00', '$0.00']));
    });
  });

  // "Blank and null values in Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values):
  // null is not a valid input for a single property (range.values = null, fill.color = null).
  test('null for a whole property, bad addresses, colours and sizes fail with InvalidArgument', async () => {
    const standin = createStandin();
    const cases: ((ctx: StandinRequestContext) => void)[] = [
      (ctx) => void (sheet1(ctx).getRange('A1').values = null),
      (ctx) => void (sheet1(ctx).getRange('A1').format.fill.color = null as unknown as string),
      (ctx) => void sheet1(ctx).getRange('A0').load('address'),
      (ctx) => void sheet1(ctx).getRange('XFE1').load('address'),
      (ctx) => void sheet1(ctx).getRange('A1:B').load('address'),
      (ctx) => void (sheet1(ctx).getRange('A1').format.font.color = 'not-a-colour'),
      (ctx) => void (sheet1(ctx).getRange('A1').format.rowHeight = -1),
      (ctx) => void (sheet1(ctx).getRange('A1').format.rowHeight = 410),
      (ctx) => void (sheet1(ctx).getRange('A1').format.columnWidth = -5),
      (ctx) => void (sheet1(ctx).getRange('A1').format.horizontalAlignment = 'Middle' as never),
      (ctx) => void sheet1(ctx).getRangeByIndexes(0, 0, 0, 1).load('address'),
      (ctx) => void sheet1(ctx).getRange('A1').getOffsetRange(-1, 0).load('address'),
    ];
    for (const write of cases) expect((await richError(standin.run(async (ctx) => write(ctx)))).code).toBe('InvalidArgument');
  });

  // Sheet names: 1–31 characters, none of : \ / ? * [ ], not blank, not "History" ("Excel Sheet Name Rules:
  // Maximum Length and Forbidden Characters", https://wisechecker.com/excel-sheet-name-rules-maximum-length-forbidden-characters/).
  test('sheet names Excel rejects fail with InvalidArgument; names in use with ItemAlreadyExists', async () => {
    const standin = createStandin();
    for (const name of ['x'.repeat(32), 'a[b', 'a]b', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b', '', '   ', 'History', "'quoted'"]) {
      expect((await richError(standin.run(async (ctx) => void ctx.workbook.worksheets.add(name)))).code).toBe('InvalidArgument');
    }
    await standin.run(async (ctx) => void ctx.workbook.worksheets.add('x'.repeat(31)));
    // "Error handling…": ItemAlreadyExists — "The resource being created already exists"; sheet names compare case-insensitively.
    expect((await richError(standin.run(async (ctx) => void ctx.workbook.worksheets.add('SHEET1')))).code).toBe('ItemAlreadyExists');
    const rename = await richError(standin.run(async (ctx) => void (ctx.workbook.worksheets.getItem('x'.repeat(31)).name = 'sheet1')));
    expect(rename.code).toBe('ItemAlreadyExists');
  });

  // "Work with worksheets", "Data protection" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets):
  // protection.protect() stops users and add-ins editing the sheet. Excel refuses with AccessDenied ("You cannot
  // perform the requested operation"; OfficeDev/office-js issue 6784 shows protection refusals as AccessDenied).
  test('writes to a protected sheet fail with AccessDenied; reads and unprotect work', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange('A1').values = [['kept']];
      ws.protection.protect();
      ws.load('protection/protected');
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
    });
    for (const write of [
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1').values = [['x']]),
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1').format.font.bold = true),
      (ctx: StandinRequestContext) => void sheet1(ctx).getRange('A1:B1').merge(),
      (ctx: StandinRequestContext) => void (sheet1(ctx).getRange('A1').numberFormat = [['0']]),
      (ctx: StandinRequestContext) => void sheet1(ctx).getRange('A1').conditionalFormats.add('DataBar'),
    ]) {
      expect((await richError(standin.run(async (ctx) => write(ctx)))).code).toBe('AccessDenied');
    }
    const value = await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1').load('values');
      await ctx.sync();
      return r.values[0]?.[0];
    });
    expect(value).toBe('kept');
    await standin.run(async (ctx) => {
      sheet1(ctx).protection.unprotect();
      sheet1(ctx).getRange('A1').values = [['changed']];
    });
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)?.value?.value).toBe('changed');
  });

  // The same protection read from a saved file (<sheetProtection sheet="1">) or set by a test on load.
  test('a sheet protected in the file, or flagged on load, is protected', async () => {
    const source = createStandin();
    await source.run(async (ctx) => {
      ctx.workbook.worksheets.add('Locked').protection.protect();
      ctx.workbook.worksheets.add('Open');
    });
    const bytes = await source.workbook.toXlsx();
    const loaded = createStandin({ workbook: await StandinWorkbook.fromXlsx(bytes, { protectedSheets: ['Open'] }) });
    for (const name of ['Locked', 'Open']) {
      const error = await richError(loaded.run(async (ctx) => void (ctx.workbook.worksheets.getItem(name).getRange('A1').values = [[1]])));
      expect(error.code).toBe('AccessDenied');
    }
    await loaded.run(async (ctx) => void (sheet1(ctx).getRange('A1').values = [[1]]));
  });

  // "Delay execution while cell is being edited" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit):
  // without delayForCellEdit the batch fails while the user edits a cell; with it, it waits for edit mode to end.
  // The code is Excel's InvalidOperationInCellEditMode ("Error handling…", Excel-specific codes).
  test('cell-edit mode fails a batch, or delays it under delayForCellEdit', async () => {
    const standin = createStandin();
    standin.setCellEditMode(true);
    const error = await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('A1').values = [['x']])));
    expect(error.code).toBe('InvalidOperationInCellEditMode');
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)).toBeUndefined();

    let done = false;
    const delayed = standin.run({ delayForCellEdit: true }, async (ctx) => {
      sheet1(ctx).getRange('A1').values = [['after edit']];
      await ctx.sync();
      done = true;
      return 'ran';
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    expect(standin.waitingForCellEdit).toBe(1);
    standin.setCellEditMode(false);
    await expect(delayed).resolves.toBe('ran');
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)?.value?.value).toBe('after edit');
  });

  // "Performance optimization using the Excel JavaScript API", "Payload size limit best practices"
  // (https://learn.microsoft.com/office/dev/add-ins/excel/performance): requests and responses are limited to 5 MB;
  // "If you get RequestPayloadSizeLimitExceeded", split the writes over several syncs.
  test('a sync whose request exceeds 5 MB fails with RequestPayloadSizeLimitExceeded; split syncs pass', async () => {
    const standin = createStandin();
    const row = Array.from({ length: 50 }, (_, i) => `cell text number ${String(i).padStart(10, '0')}`);
    const rows = Array.from({ length: 5000 }, () => row);
    const error = await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('A1:AX5000').values = rows)));
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(standin.stats.largestRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(standin.workbook.sheet('Sheet1')?.cell(0, 0)).toBeUndefined();
    standin.stats.reset();
    await standin.run(async (ctx) => {
      sheet1(ctx).getRange('A1:AX2500').values = rows.slice(0, 2500);
      await ctx.sync();
      sheet1(ctx).getRange('A2501:AX5000').values = rows.slice(2500);
    });
    expect(standin.stats.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(standin.stats.requests.length).toBe(2);
    // ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit" (error-code table).
    const read = await richError(standin.run(async (ctx) => void sheet1(ctx).getRange('A1:AX5000').load('values')));
    expect(read.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  // "Resource limits and performance optimization for Office Add-ins" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
  // "A range is limited to 5,000,000 cells for read operations"; the code is RangeExceedsLimit (Excel-specific codes).
  test('reading more than five million cells fails with RangeExceedsLimit', async () => {
    const standin = createStandin();
    expect((await richError(standin.run(async (ctx) => void sheet1(ctx).getRange('A:E').load('values')))).code).toBe('RangeExceedsLimit');
  });
});

describe('*OrNullObject', () => {
  // "Application-specific API model", "*OrNullObject methods and properties": the result is never null; its
  // isNullObject is filled by sync without loading it. "OfficeExtension.ClientObject class"
  // (https://learn.microsoft.com/javascript/api/office/officeextension.clientobject): "You must call context.sync()
  // before reading the isNullObject property."
  test('getItemOrNullObject gives a null object after sync; commands on it do nothing', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Data');
      const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      missing.load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(thrown(() => missing.name).code).toBe('PropertyNotLoaded');
      missing.delete();
      missing.getRange('A1').values = [['ignored']];
      await ctx.sync();
      const names = ctx.workbook.names.getItemOrNullObject('Nope');
      const setting = ctx.workbook.settings.getItemOrNullObject('nope');
      const blankUsed = sheet1(ctx).getUsedRangeOrNullObject();
      await ctx.sync();
      expect([names.isNullObject, setting.isNullObject, blankUsed.isNullObject]).toEqual([true, true, true]);
    });
  });

  // Worksheet.getUsedRange (https://learn.microsoft.com/javascript/api/excel/excel.worksheet): "If the entire
  // worksheet is blank, this function will return the top left cell"; the OrNullObject variant gives a null object.
  test('getUsedRange on a blank sheet is A1; used ranges cover values and formats', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const blank = sheet1(ctx).getUsedRange().load('address');
      await ctx.sync();
      expect(blank.address).toBe('Sheet1!A1');
      sheet1(ctx).getRange('B2').values = [['v']];
      sheet1(ctx).getRange('D5').format.fill.color = 'yellow';
      const used = sheet1(ctx).getUsedRange().load('address');
      const valuesOnly = sheet1(ctx).getUsedRange(true).load('address');
      const orNull = sheet1(ctx).getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect([used.address, valuesOnly.address, orNull.address, orNull.isNullObject]).toEqual(['Sheet1!B2:D5', 'Sheet1!B2', 'Sheet1!B2', false]);
    });
  });
});

describe('values as Excel reads them', () => {
  // Excel.Range.values (https://learn.microsoft.com/javascript/api/excel/excel.range): "If the returned value starts
  // with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
  test('strings starting with =, + or - become formulas', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:E1');
      r.values = [['=1+2', '+1+2', '-A1', '=HYPERLINK("https://example.com","click")', '=A1*10']];
      r.load('values, formulas, valueTypes');
      await ctx.sync();
      // Simple arithmetic, same-sheet references and HYPERLINK are computed; other functions read as #NAME?.
      expect(r.values).toEqual([[3, 3, -3, 'click', 30]]);
      expect(r.formulas).toEqual([['=1+2', '=+1+2', '=-A1', '=HYPERLINK("https://example.com","click")', '=A1*10']]);
      expect(r.valueTypes).toEqual([['Double', 'Double', 'Double', 'String', 'Double']]);
    });
    const sheet = standin.workbook.sheet('Sheet1');
    expect(sheet?.cell(0, 1)?.formula).toBe('=+1+2');
  });

  // A cell formatted as Text keeps what is entered as text, formulas included ("Formulas Don't Calculate as
  // Formulas", https://excelribbon.tips.net/T003308_Formulas_Dont_Calculate_as_Formulas.html).
  // A leading apostrophe stores the rest as text (OfficeDev/office-js issue 6687: Excel stores '=AVERAGE(…) as a
  // string, and the apostrophe is not part of what the API reads).
  test('text-formatted cells and a leading apostrophe keep formula-like strings as text', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:C1');
      r.numberFormat = [['@', '@', 'General']];
      r.values = [['=HYPERLINK("http://evil","x")', '-1', "'=SUM(A1)"]];
      r.load('values, formulas, valueTypes');
      await ctx.sync();
      expect(r.values).toEqual([['=HYPERLINK("http://evil","x")', '-1', '=SUM(A1)']]);
      expect(r.formulas).toEqual([['=HYPERLINK("http://evil","x")', '-1', '=SUM(A1)']]);
      expect(r.valueTypes).toEqual([['String', 'String', 'String']]);
    });
    const sheet = standin.workbook.sheet('Sheet1');
    expect([0, 1, 2].map((c) => sheet?.cell(0, c)?.formula)).toEqual([undefined, undefined, undefined]);
    expect(sheet?.cell(0, 2)?.quotePrefix).toBe(true);
  });

  // "Blank and null values in Excel add-ins" writes values [['Eurasia', '29.96', '0.25', '15-Feb']]: strings are
  // read like typed input. The Range.values reference: locale-shaped dates stay text, ISO dates (YYYY-MM-DD) are dates;
  // "Work with dates" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates): dates are serial numbers.
  test('number-like, boolean, error and ISO-date strings become numbers, booleans, errors and date serials', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:F2');
      r.values = [
        ['Eurasia', '29.96', '1,234', '50%', 'TRUE', '#N/A'],
        ['2021-03-31', '15-Feb', '(12)', ' 42 ', 'false', '+81-3-1234-5678'],
      ];
      r.load('values, numberFormat, text');
      await ctx.sync();
      expect(r.values).toEqual([
        ['Eurasia', 29.96, 1234, 0.5, true, '#N/A'],
        [44286, '15-Feb', -12, 42, false, 81 - 3 - 1234 - 5678],
      ]);
      expect(r.numberFormat[0]).toEqual(['General', 'General', '#,##0', '0%', 'General', 'General']);
      expect(r.numberFormat[1]?.[0]).toBe('yyyy-mm-dd');
      expect(r.text[1]?.[0]).toBe('2021-03-31');
    });
  });

  // "Blank and null values in Excel add-ins": null inside a 2-D array leaves that cell as it is; "" clears it;
  // reading gives "" for an empty cell. "Set and get range values…" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values):
  // values are the raw values, text the displayed ones, formulas the formulas.
  test('null keeps a cell, "" clears it, a single value fills the range', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:C1');
      r.values = [[1, 2, 3]];
      await ctx.sync();
      r.values = [[null, '', 'x']];
      r.numberFormat = [[null, null, '@']];
      await ctx.sync();
      r.load('values, numberFormat');
      const filled = sheet1(ctx).getRange('A3:B4');
      filled.values = 7;
      filled.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[1, '', 'x']]);
      expect(r.numberFormat).toEqual([['General', 'General', '@']]);
      expect(filled.values).toEqual([[7, 7], [7, 7]]);
    });
  });

  // Not confirmed in the docs: what Excel answers for a malformed formula (the stand-in says InvalidArgument, the
  // generic "argument … has an incorrect format"). Range.text is the displayed text under the number format
  // ("Set and get range values, text, or formulas").
  test('a malformed "=" formula fails with InvalidArgument; text reflects number formats', async () => {
    const standin = createStandin();
    expect((await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('A1').values = [['=SUM(']])))).code).toBe('InvalidArgument');
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:D1');
      r.values = [[0.1234, 1234567.891, 45000, 'text']];
      r.numberFormat = [['0.0%', '#,##0.00', 'yyyy/mm/dd', '@']];
      r.load('text');
      await ctx.sync();
      expect(r.text).toEqual([['12.3%', '1,234,567.89', '2023/03/15', 'text']]);
    });
  });

  // Merging keeps the upper-left value only ("Range.merge", https://learn.microsoft.com/javascript/api/excel/excel.range).
  test('merging keeps the top-left value; writing into the rest of a merged area fails', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:B1');
      r.values = [['left', 'right']];
      r.merge();
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([['left', '']]);
      r.values = [['new', '']];
      await ctx.sync();
    });
    const error = await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('B1').values = [['x']])));
    expect(error.code).toBe('InvalidOperation');
  });
});

describe('ranges and addresses', () => {
  // Addresses are "Sheet!A1:B2"; a sheet name that is not a plain word is quoted ("Some notes on worksheet name
  // quoting", https://github.com/jmcnamara/XlsxWriter/issues/1078). Rows and columns are 0-based in getCell and
  // getRangeByIndexes ("Work with worksheets": "the zero-indexed row number and column number").
  test('addresses, indexes and derived ranges', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const spaced = sheets.add('My Sheet');
      const quote = sheets.add("Bob's");
      const japanese = sheets.add('行動計画');
      const cellLike = sheets.add('A1');
      const ranges = [
        spaced.getRange('a1'),
        quote.getRange('B2:C3'),
        japanese.getRange('$D$5'),
        cellLike.getRange('A:B'),
        sheet1(ctx).getRange('3:4'),
        sheet1(ctx).getRange(),
        sheet1(ctx).getRangeByIndexes(4, 3, 2, 3),
        sheet1(ctx).getCell(9, 0),
        sheet1(ctx).getRange('B2:C3').getCell(1, 1),
        sheet1(ctx).getRange('B2:C3').getOffsetRange(1, 2),
        sheet1(ctx).getRange('B2').getResizedRange(2, 1),
        sheet1(ctx).getRange('B2').getBoundingRect('D6'),
        sheet1(ctx).getRange('B2:D4').getRow(1),
        sheet1(ctx).getRange('B2:D4').getLastCell(),
        sheet1(ctx).getRange('B2:D4').getEntireColumn(),
      ].map((r) => r.load('address, rowIndex, columnIndex, rowCount, columnCount'));
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'My Sheet'!A1",
        "'Bob''s'!B2:C3",
        '行動計画!D5',
        "'A1'!A:B",
        'Sheet1!3:4',
        'Sheet1!1:1048576',
        'Sheet1!D5:F6',
        'Sheet1!A10',
        'Sheet1!C3',
        'Sheet1!D3:E4',
        'Sheet1!B2:C4',
        'Sheet1!B2:D6',
        'Sheet1!B3:D3',
        'Sheet1!D4',
        'Sheet1!B:D',
      ]);
      expect([ranges[6]?.rowIndex, ranges[6]?.columnIndex, ranges[6]?.rowCount, ranges[6]?.columnCount]).toEqual([4, 3, 2, 3]);
    });
  });

  // Range.getMergedAreasOrNullObject (ExcelApi 1.13; "Excel JavaScript API requirement set 1.13",
  // https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-13-requirement-set): a RangeAreas of
  // the merged areas, or a null object when there are none.
  test('merge, merge across, unmerge and getMergedAreasOrNullObject', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange('A1:C1').merge();
      ws.getRange('A3:B4').merge(true);
      const areas = ws.getRange('A1:D10').getMergedAreasOrNullObject();
      areas.load('areaCount, address');
      areas.areas.load('items/address');
      const none = ws.getRange('F1:G5').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.areas.items.map((r) => r.address)).toEqual(['Sheet1!A1:C1', 'Sheet1!A3:B3', 'Sheet1!A4:B4']);
      // "Work with multiple ranges simultaneously in Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges):
      // a RangeAreas address reads "Sheet1!F3:F5, Sheet1!H:H".
      expect(areas.address).toBe('Sheet1!A1:C1, Sheet1!A3:B3, Sheet1!A4:B4');
      expect(none.isNullObject).toBe(true);
      ws.getRange('A3:B4').unmerge();
      const after = ws.getRange('A1:D10').getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
      expect(after.areaCount).toBe(1);
    });
    const overlap = await richError(standin.run(async (ctx) => sheet1(ctx).getRange('B1:D1').merge()));
    expect(overlap.code).toBe('InvalidOperation');
  });

  // Range.select / Worksheet.activate / Workbook.getSelectedRange ("Work with worksheets", "Set the active worksheet").
  test('select() and activate() move the selection; getSelectedRange reads it', async () => {
    const standin = createStandin();
    expect(standin.selection).toEqual({ sheet: 'Sheet1', address: 'A1' });
    await standin.run(async (ctx) => {
      const other = ctx.workbook.worksheets.add('Other');
      other.getRange('B2:C3').select();
      await ctx.sync();
      expect(standin.selection).toEqual({ sheet: 'Other', address: 'B2:C3' });
      sheet1(ctx).activate();
      const selected = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(selected.address).toBe('Sheet1!A1');
      expect(standin.selection).toEqual({ sheet: 'Sheet1', address: 'A1' });
    });
  });

  // Range.clear(applyTo) — "Clear or delete ranges" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-clear-delete).
  test('clear() removes contents and/or formats', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:B1');
      r.values = [['a', 'b']];
      r.format.font.bold = true;
      await ctx.sync();
      sheet1(ctx).getRange('A1').clear('Contents');
      sheet1(ctx).getRange('B1').clear();
      r.load('values, format/font/bold');
      const a1 = sheet1(ctx).getRange('A1').load('format/font/bold');
      await ctx.sync();
      expect(r.values).toEqual([['', '']]);
      expect([r.format.font.bold, a1.format.font.bold]).toEqual([null, true]);
    });
  });
});

describe('hyperlinks', () => {
  // Range.hyperlink (ExcelApi 1.7) takes an Excel.RangeHyperlink ("Excel.RangeHyperlink interface",
  // https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink): address (the URL target),
  // documentReference (the document reference target), screenTip, and textToDisplay ("the string that is displayed
  // in the top left most cell in the range").
  test('a link to a place in the workbook or to an address; textToDisplay is the cell\'s text; the saved file keeps both', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      ctx.workbook.worksheets.add("Bob's plan").getRange('A8').values = [['target']];
      sheet1(ctx).getRange('A1').hyperlink = { documentReference: "'Bob''s plan'!A8", textToDisplay: "'Bob''s plan'!A8" };
      sheet1(ctx).getRange('B1').values = [['kept']];
      sheet1(ctx).getRange('B1').hyperlink = { address: 'https://example.com/', screenTip: 'Example' };
      const a1 = sheet1(ctx).getRange('A1').load('hyperlink, values');
      const b1 = sheet1(ctx).getRange('B1').load('hyperlink, values');
      const c1 = sheet1(ctx).getRange('C1').load('hyperlink');
      await ctx.sync();
      expect(a1.hyperlink).toEqual({ documentReference: "'Bob''s plan'!A8", textToDisplay: "'Bob''s plan'!A8" });
      expect(a1.values).toEqual([["'Bob''s plan'!A8"]]);
      expect(b1.hyperlink).toEqual({ address: 'https://example.com/', screenTip: 'Example', textToDisplay: 'kept' });
      expect(c1.hyperlink).toBeNull();
    });
    const bytes = await standin.workbook.toXlsx();
    const saved = (await inspectXlsx(bytes)).sheet('Sheet1');
    // As Excel writes them: a place in the workbook as a location, an address as a relationship.
    expect(saved.hyperlinks.get('A1')).toEqual({ location: "'Bob''s plan'!A8", target: null });
    expect(saved.hyperlinks.get('B1')).toEqual({ location: null, target: 'https://example.com/' });
    expect(saved.cells.get('B1')?.value).toBe('kept');
    const reopened = (await StandinWorkbook.fromXlsx(bytes)).sheet('Sheet1');
    expect(reopened?.cell(0, 0)?.hyperlink).toEqual({ documentReference: "'Bob''s plan'!A8" });
    expect(reopened?.cell(0, 1)?.hyperlink).toEqual({ address: 'https://example.com/' });
    expect(reopened?.cell(0, 1)?.value).toEqual({ kind: 'string', value: 'kept' });
  });

  test('what is not an Excel.RangeHyperlink fails with InvalidArgument; clear("Hyperlinks") removes a link and keeps the text', async () => {
    const standin = createStandin();
    for (const bad of [null, 'Sheet1!A1', { documentReference: 1 }, { screenTip: 'no target' }, { documentReference: 'Sheet1!A1', url: 'x' }]) {
      const error = await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('A1').hyperlink = bad)));
      expect({ bad, code: error.code }).toEqual({ bad, code: 'InvalidArgument' });
    }
    await standin.run(async (ctx) => {
      sheet1(ctx).getRange('A1').hyperlink = { documentReference: 'Sheet1!B2', textToDisplay: 'go' };
      await ctx.sync();
      sheet1(ctx).getRange('A1').clear('Hyperlinks');
      const a1 = sheet1(ctx).getRange('A1').load('hyperlink, values');
      await ctx.sync();
      expect([a1.hyperlink, a1.values]).toEqual([null, [['go']]]);
    });
  });

  // "[Api set: ExcelApi 1.7]" on Range.hyperlink; ApiNotFound as in 'requirement sets' below.
  test('needs ExcelApi 1.7', async () => {
    const office2016 = createStandin({ apiVersion: '1.6' });
    const error = await richError(office2016.run(async (ctx) => void (sheet1(ctx).getRange('A1').hyperlink = { documentReference: 'Sheet1!B2' })));
    expect(error.code).toBe('ApiNotFound');
    expect(error.message).toMatch(/Range\.hyperlink needs ExcelApi 1\.7/u);
  });
});

describe('formats', () => {
  // "Set range format" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format) and
  // "Blank and null values…": a format read over cells that differ is null. Colours are "#RRGGBB" or HTML names.
  test('font, fill, alignment and wrap; mixed formats read as null', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('A1:B2');
      r.format.font.set({ bold: true, italic: true, size: 14, color: 'red', name: 'Yu Gothic' });
      r.format.fill.color = '4472c4';
      r.format.horizontalAlignment = 'Center';
      r.format.verticalAlignment = 'Top';
      r.format.wrapText = true;
      sheet1(ctx).getRange('B2').format.font.color = '#00FF00';
      const read = sheet1(ctx).getRange('A1:B2').load('format/font, format/fill/color, format/horizontalAlignment, format/verticalAlignment, format/wrapText');
      const a1 = sheet1(ctx).getRange('A1').load('format/font/color');
      await ctx.sync();
      expect(read.format.font.toJSON()).toEqual({ bold: true, italic: true, size: 14, color: null, name: 'Yu Gothic', underline: 'None', strikethrough: false });
      expect([read.format.fill.color, read.format.horizontalAlignment, read.format.verticalAlignment, read.format.wrapText]).toEqual(['#4472C4', 'Center', 'Top', true]);
      expect(a1.format.font.color).toBe('#FF0000');
      sheet1(ctx).getRange('A1').format.fill.clear();
      const cleared = sheet1(ctx).getRange('A1').load('format/fill/color');
      await ctx.sync();
      expect(cleared.format.fill.color).toBe('#FFFFFF');
    });
  });

  // RangeBorderCollection.getItem("EdgeTop" | … | "InsideVertical") with style, color and weight
  // (https://learn.microsoft.com/javascript/api/excel/excel.rangeborder).
  test('borders by edge', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const r = sheet1(ctx).getRange('B2:C3');
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        const b = r.format.borders.getItem(edge);
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = '#BFBFBF';
      }
      r.format.borders.getItem('EdgeBottom').weight = 'Thick';
      const top = r.format.borders.getItem('EdgeTop').load('style, color, weight, sideIndex');
      const bottom = r.format.borders.getItem('EdgeBottom').load('weight');
      const outside = sheet1(ctx).getRange('D2').format.borders.getItem('EdgeLeft').load('style');
      const borders = r.format.borders.load('items/sideIndex, count');
      await ctx.sync();
      expect([top.style, top.color, top.weight, top.sideIndex, bottom.weight, outside.style]).toEqual(['Continuous', '#BFBFBF', 'Thin', 'EdgeTop', 'Thick', 'None']);
      expect(borders.count).toBe(8);
      expect(borders.items.map((b) => b.sideIndex).slice(0, 2)).toEqual(['EdgeTop', 'EdgeBottom']);
    });
    const cell = standin.workbook.sheet('Sheet1')?.cell(2, 2);
    expect(cell?.style.borders.bottom).toEqual({ style: 'Continuous', weight: 'Thick', color: '#BFBFBF' });
    expect(cell?.style.borders.left).toEqual({ style: 'Continuous', weight: 'Thin', color: '#BFBFBF' });
  });

  // RangeFormat.columnWidth / rowHeight are points, null when the columns/rows differ; autofitColumns/autofitRows
  // (ExcelApi 1.2; https://learn.microsoft.com/javascript/api/excel/excel.rangeformat).
  test('column widths and row heights in points; autofit', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      ws.getRange('A:A').format.columnWidth = 105;
      ws.getRange('1:1').format.rowHeight = 30;
      const both = ws.getRange('A1:B1').load('format/columnWidth');
      const a = ws.getRange('A1').load('format/columnWidth, format/rowHeight');
      await ctx.sync();
      expect([a.format.columnWidth, a.format.rowHeight, both.format.columnWidth]).toEqual([105, 30, null]);
      ws.getRange('C1').values = [['a fairly long piece of text']];
      ws.getRange('D2').values = [['line one line two line three line four']];
      ws.getRange('D2').format.wrapText = true;
      ws.getRange('C1').format.autofitColumns();
      ws.getRange('D2').format.autofitRows();
      const c = ws.getRange('C1').load('format/columnWidth');
      const d = ws.getRange('D2').load('format/rowHeight');
      await ctx.sync();
      expect(c.format.columnWidth).toBeGreaterThan(48);
      expect(d.format.rowHeight).toBeGreaterThan(15);
    });
  });
});

describe('worksheet features', () => {
  // WorksheetFreezePanes (ExcelApi 1.7; https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes):
  // freezeRows(count), freezeAt(range), getLocationOrNullObject().
  test('freeze panes', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      const none = ws.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      ws.freezePanes.freezeRows(4);
      const rows = ws.freezePanes.getLocationOrNullObject().load('address');
      await ctx.sync();
      expect(rows.address).toBe('Sheet1!1:4');
      ws.freezePanes.freezeAt('A1:B3');
      const both = ws.freezePanes.getLocation().load('address');
      await ctx.sync();
      expect(both.address).toBe('Sheet1!A1:B3');
    });
    expect(standin.workbook.sheet('Sheet1')?.freeze).toEqual({ rows: 3, columns: 2 });
  });

  // "Work with worksheets", "Filter data": autoFilter.apply(range, …) (ExcelApi 1.9).
  test('autofilter', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      sheet1(ctx).autoFilter.apply(sheet1(ctx).getRange('A4:F20'));
      const f = sheet1(ctx).autoFilter.load('enabled');
      const range = sheet1(ctx).autoFilter.getRange().load('address');
      await ctx.sync();
      expect([f.enabled, range.address]).toEqual([true, 'Sheet1!A4:F20']);
    });
  });

  // Excel.PageLayout (ExcelApi 1.9; https://learn.microsoft.com/javascript/api/excel/excel.pagelayout). "Application-
  // specific API model", "Some properties cannot be set directly": zoom is set as a whole object;
  // `pageLayout.zoom.scale = 200` fails because zoom is not loaded.
  test('page layout: orientation, paper, zoom, centring, print titles, footer', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const layout = sheet1(ctx).pageLayout;
      expect(thrown(() => layout.zoom).code).toBe('PropertyNotLoaded');
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.firstPageNumber = 1;
      layout.setPrintTitleRows('$1:$3');
      layout.headersFooters.defaultForAllPages.centerFooter = '&P / &N';
      layout.headersFooters.defaultForAllPages.leftFooter = '&A';
      layout.load('orientation, paperSize, zoom, centerHorizontally, firstPageNumber');
      const titles = layout.getPrintTitleRowsOrNullObject().load('address');
      const footer = layout.headersFooters.defaultForAllPages.load('centerFooter, leftFooter, rightFooter');
      await ctx.sync();
      expect([layout.orientation, layout.paperSize, layout.zoom, layout.centerHorizontally, layout.firstPageNumber]).toEqual(['Landscape', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }, true, 1]);
      expect(titles.address).toBe('Sheet1!1:3');
      expect([footer.centerFooter, footer.leftFooter, footer.rightFooter]).toEqual(['&P / &N', '&A', '']);
    });
    expect((await richError(standin.run(async (ctx) => void (sheet1(ctx).pageLayout.orientation = 'Sideways')))).code).toBe('InvalidArgument');
    expect((await richError(standin.run(async (ctx) => void (sheet1(ctx).pageLayout.zoom = { scale: 5 })))).code).toBe('InvalidArgument');
    expect((await richError(standin.run(async (ctx) => void (sheet1(ctx).pageLayout.firstPageNumber = 1.5)))).code).toBe('InvalidArgument');
  });

  // Worksheet name/position/visibility/tabColor/delete ("Work with worksheets": a very hidden sheet cannot be
  // deleted; a workbook keeps at least one visible sheet).
  test('rename, move, hide, tab colour and delete', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const b = sheets.add('B');
      sheets.add('C');
      b.position = 0;
      b.name = 'First';
      b.tabColor = 'green';
      sheets.getItem('C').visibility = 'Hidden';
      sheets.load('items/name, items/position, items/visibility, items/tabColor');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility, s.tabColor])).toEqual([
        ['First', 0, 'Visible', '#008000'],
        ['Sheet1', 1, 'Visible', ''],
        ['C', 2, 'Hidden', ''],
      ]);
      sheets.getItem('C').visibility = 'VeryHidden';
      await ctx.sync();
    });
    expect((await richError(standin.run(async (ctx) => ctx.workbook.worksheets.getItem('C').delete()))).code).toBe('InvalidOperation');
    await standin.run(async (ctx) => ctx.workbook.worksheets.getItem('First').delete());
    expect((await richError(standin.run(async (ctx) => sheet1(ctx).delete()))).code).toBe('InvalidOperation');
    expect(standin.workbook.sheetNames).toEqual(['Sheet1', 'C']);
  });
});

describe('names', () => {
  // NamedItemCollection.add(name, reference: Range | string, comment?) (ExcelApi 1.4) and NamedItem
  // (https://learn.microsoft.com/javascript/api/excel/excel.nameditem): name, type, value, formula, visible.
  test('add from a Range or a formula, read items, getRange, delete', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Summary Sheet');
      ctx.workbook.names.add('PlanTable', ws.getRange('A1:C10'), 'the plan');
      ctx.workbook.names.add('Tolerance', '=0.05');
      ctx.workbook.names.add('Label', '="R2"');
      const names = ctx.workbook.names.load('items/name, items/type, items/value, items/formula, items/visible, items/comment');
      const range = ctx.workbook.names.getItem('plantable').getRange().load('address');
      const notRange = ctx.workbook.names.getItem('Tolerance').getRangeOrNullObject();
      await ctx.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value, n.formula, n.visible, n.comment])).toEqual([
        ['PlanTable', 'Range', "'Summary Sheet'!$A$1:$C$10", "='Summary Sheet'!$A$1:$C$10", true, 'the plan'],
        ['Tolerance', 'Double', 0.05, '=0.05', true, ''],
        ['Label', 'String', 'R2', '="R2"', true, ''],
      ]);
      expect(range.address).toBe("'Summary Sheet'!A1:C10");
      expect(notRange.isNullObject).toBe(true);
      ctx.workbook.names.getItem('Label').delete();
      const count = ctx.workbook.names.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    // Names are unique case-insensitively and follow Excel's rules ("Rules for what a name can and cannot contain",
    // https://www.itprotoday.com/management-mobility/rules-what-name-can-and-cannot-contain).
    expect((await richError(standin.run(async (ctx) => void ctx.workbook.names.add('PLANTABLE', '=1')))).code).toBe('ItemAlreadyExists');
    for (const bad of ['A1', '1abc', 'has space', 'R1C1', 'x'.repeat(256)]) {
      expect((await richError(standin.run(async (ctx) => void ctx.workbook.names.add(bad, '=1')))).code).toBe('InvalidArgument');
    }
    expect((await richError(standin.run(async (ctx) => void ctx.workbook.names.getItem('Tolerance').getRange().load('address')))).code).toBe('InvalidOperation');
  });
});

describe('settings', () => {
  // "Work with workbooks", "Access document settings" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks):
  // settings.add(key, value), getItem(key).value. SettingCollection.add "Sets or adds the specified setting".
  test('add, overwrite, getItem, getItemOrNullObject, items, delete', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const settings = ctx.workbook.settings;
      settings.add('NeedsReview', true);
      settings.add('mapping', { sheet: '行動計画', columnRoles: { target: 4 } });
      settings.add('NeedsReview', false);
      const item = settings.getItem('NeedsReview').load('key, value');
      const all = settings.load('items/key, items/value');
      await ctx.sync();
      expect([item.key, item.value]).toEqual(['NeedsReview', false]);
      expect(all.items.map((s) => [s.key, s.value])).toEqual([
        ['NeedsReview', false],
        ['mapping', { sheet: '行動計画', columnRoles: { target: 4 } }],
      ]);
      settings.getItem('NeedsReview').delete();
      const gone = settings.getItemOrNullObject('NeedsReview');
      await ctx.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect([...standin.workbook.settings.keys()]).toEqual(['mapping']);
  });
});

describe('conditional formats', () => {
  // "Apply conditional formatting to Excel ranges" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting):
  // conditionalFormats.add(type) then the type's object; rules and data-bar bounds are set as whole objects
  // (DataBarConditionalFormat.lowerBoundRule: "must be set as a JSON object"). ConditionalFormatCollection.add puts the
  // new format "at the first/top priority" (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection).
  test('data bars, cell-value rules and text comparisons', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      const ws = sheet1(ctx);
      const bar = ws.getRange('C2:C10').conditionalFormats.add('DataBar');
      bar.dataBar.positiveFormat.fillColor = '#638EC6';
      bar.dataBar.barDirection = 'LeftToRight';
      bar.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
      bar.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
      const value = ws.getRange('D2:D10').conditionalFormats.add('CellValue');
      value.cellValue.format.fill.color = '#FFC7CE';
      value.cellValue.format.font.color = '#9C0006';
      value.cellValue.rule = { formula1: '=0', operator: 'LessThan' };
      const text = ws.getRange('D2:D10').conditionalFormats.add('ContainsText');
      text.textComparison.format.font.color = 'red';
      text.textComparison.rule = { operator: 'Contains', text: '遅れ' };
      const onD = ws.getRange('D2:D10').conditionalFormats.load('items/type, items/priority');
      const barRead = bar.dataBar.load('barDirection, lowerBoundRule, positiveFormat/fillColor');
      const textRule = text.textComparison.load('rule');
      const notBar = value.dataBarOrNullObject;
      await ctx.sync();
      expect(onD.items.map((cf) => [cf.type, cf.priority])).toEqual([
        ['ContainsText', 0],
        ['CellValue', 1],
      ]);
      expect([barRead.barDirection, barRead.lowerBoundRule, barRead.positiveFormat.fillColor]).toEqual(['LeftToRight', { type: 'Number', formula: '=0' }, '#638EC6']);
      expect(textRule.rule).toEqual({ operator: 'Contains', text: '遅れ' });
      expect(notBar.isNullObject).toBe(true);
    });
    const wrongType = await richError(standin.run(async (ctx) => void sheet1(ctx).getRange('D2').conditionalFormats.getItemAt(0).dataBar.load('barDirection')));
    expect(wrongType.code).toBe('ItemNotFound');
    const partial = await richError(standin.run(async (ctx) => void (sheet1(ctx).getRange('C2').conditionalFormats.getItemAt(0).dataBar.lowerBoundRule = { type: 'Number' } as never)));
    expect(partial.code).toBe('InvalidArgument');
  });
});

describe('requirement sets', () => {
  // "Error handling with the application-specific JavaScript APIs": ApiNotFound — "The API you are trying to use could
  // not be found. It may be available in a newer version of the Office application." Office 2019 is ExcelApi 1.7
  // ("Excel JavaScript API requirement sets"); page layout, autofilter and suspendScreenUpdatingUntilNextSync are 1.9
  // ("Excel JavaScript API requirement set 1.9", https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-9-requirement-set),
  // getMergedAreasOrNullObject 1.13.
  test('members newer than the host fail at sync with ApiNotFound', async () => {
    const office2019 = createStandin({ apiVersion: '1.7' });
    const newer: ((ctx: StandinRequestContext) => void)[] = [
      (ctx) => void (sheet1(ctx).pageLayout.orientation = 'Landscape'),
      (ctx) => void sheet1(ctx).pageLayout.load('orientation'),
      (ctx) => void (sheet1(ctx).pageLayout.headersFooters.defaultForAllPages.centerFooter = '&P'),
      (ctx) => sheet1(ctx).autoFilter.apply('A1:B2'),
      (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
      (ctx) => void sheet1(ctx).getRange('A1:B2').getMergedAreasOrNullObject(),
      (ctx) => void (sheet1(ctx).getRange('A1').format.font.strikethrough = true),
    ];
    for (const use of newer) {
      const error = await richError(office2019.run(async (ctx) => use(ctx)));
      expect(error.code).toBe('ApiNotFound');
      expect(error.message).toMatch(/ExcelApi 1\.(9|13); this host supports ExcelApi 1\.7/u);
    }
    // 1.7 members work on 1.7.
    await office2019.run(async (ctx) => {
      sheet1(ctx).freezePanes.freezeRows(1);
      sheet1(ctx).getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      sheet1(ctx).tabColor = '#FF0000';
      ctx.workbook.settings.add('k', 1);
      ctx.application.suspendApiCalculationUntilNextSync();
    });
    // ExcelApi 1.4 has settings and getItemOrNullObject but not freeze panes (1.7) or conditional formats (1.6).
    const excel2016 = createStandin({ apiVersion: '1.4' });
    for (const use of [(ctx: StandinRequestContext) => sheet1(ctx).freezePanes.freezeRows(1), (ctx: StandinRequestContext) => void sheet1(ctx).getRange('A1').conditionalFormats.add('DataBar')]) {
      expect((await richError(excel2016.run(async (ctx) => use(ctx)))).code).toBe('ApiNotFound');
    }
    await excel2016.run(async (ctx) => void ctx.workbook.worksheets.getItemOrNullObject('x'));
    const excel13 = createStandin({ apiVersion: '1.3' });
    expect((await richError(excel13.run(async (ctx) => void ctx.workbook.settings.add('k', 1)))).code).toBe('ApiNotFound');
    expect((await richError(excel13.run(async (ctx) => void ctx.workbook.worksheets.getItemOrNullObject('x')))).code).toBe('ApiNotFound');
    expect(() => createStandin({ apiVersion: 'latest' })).toThrow(TypeError);
  });

  // The tags of the Excel JavaScript API reference ("[Api set: ExcelApi 1.9]"), as shipped in @types/office-js.
  test('the stand-in tags members with the sets of the Excel API reference', () => {
    const dts = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8').split('\n');
    const start = dts.findIndex((l) => l.startsWith('declare namespace Excel {'));
    const end = dts.findIndex((l, i) => i > start && l.startsWith('declare namespace '));
    const tags = new Map<string, string>();
    let cls: string | null = null;
    let pending: string | null = null;
    for (const line of dts.slice(start, end)) {
      const c = /^ {4}class (\w+) /u.exec(line);
      if (c) {
        cls = c[1] ?? null;
        pending = null;
        continue;
      }
      const set = /\[Api set: ExcelApi (\d+\.\d+)/u.exec(line);
      if (set && pending === null) pending = set[1] ?? null;
      const member = /^ {8}(?:readonly )?(\w+)\??[(:]/u.exec(line);
      if (member && cls) {
        const key = `${cls}.${member[1] ?? ''}`;
        if (pending && !tags.has(key)) tags.set(key, pending);
        pending = null;
      }
    }
    const checked = Object.entries(MEMBER_API_SETS).filter(([key]) => key.split('.').length === 2 && tags.has(key));
    expect(checked.length).toBeGreaterThan(40);
    for (const [key, set] of checked) expect(`${key} ${set}`).toBe(`${key} ${tags.get(key)}`);
    for (const key of ['Range.values', 'Range.formulas', 'Range.numberFormat', 'Range.getCell', 'Range.select', 'Worksheet.getRange', 'Worksheet.activate', 'WorksheetCollection.getItem', 'WorksheetCollection.add', 'NamedItemCollection.getItem', 'Workbook.getSelectedRange', 'RangeFont.bold', 'RangeFill.color', 'RangeBorder.style']) {
      expect(`${key} ${tags.get(key)}`).toBe(`${key} 1.1`);
      expect(MEMBER_API_SETS[key]).toBeUndefined();
    }
  });
});

describe('instrumentation', () => {
  // "Performance optimization…", "Suspend Excel processes temporarily": suspendApiCalculationUntilNextSync (1.6) and
  // suspendScreenUpdatingUntilNextSync (1.9) are accepted; context.trackedObjects exists (untracking is a no-op).
  test('stats count syncs, request sizes and suspensions; reset clears them', async () => {
    const standin = createStandin();
    await standin.run(async (ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const r = sheet1(ctx).getRange('A1:B1');
      ctx.trackedObjects.add(r);
      r.values = [['x', 'y']];
      await ctx.sync();
      ctx.trackedObjects.remove(r);
      r.untrack();
    });
    expect(standin.stats.syncs).toBe(2);
    expect(standin.stats.nonEmptySyncs).toBe(1);
    expect(standin.stats.requests[0]?.operations).toBe(3);
    expect(standin.stats.requests[0]?.bytes).toBeGreaterThan(20);
    expect([standin.stats.screenUpdatingSuspensions, standin.stats.calculationSuspensions]).toEqual([1, 1]);
    expect(standin.stats.runs).toBe(1);
    standin.stats.reset();
    expect([standin.stats.syncs, standin.stats.requests.length, standin.stats.largestRequestBytes]).toEqual([0, 0, 0]);
    // Request sizes are UTF-8 bytes of the JSON, as a browser would send them.
    for (const text of ['plain', '行動計画', 'a€😀あ', '']) expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('round trip through .xlsx', () => {
  // Everything above, end to end on the bundled sample plan; the saved file is read by ExcelJS, by an independent
  // jszip reader (test/support/xlsx-inspect.ts) and by the stand-in itself.
  test('reads the sample plan in one sync, writes a formatted sheet, saves, and the file keeps it all', async () => {
    const workbook = await StandinWorkbook.fromXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const standin = createStandin({ workbook });

    const plan = await standin.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('行動計画').getUsedRange(true);
      used.load('values, address, rowIndex, columnIndex');
      await ctx.sync();
      return { values: used.values, address: used.address, top: used.rowIndex, left: used.columnIndex };
    });
    expect(standin.stats.syncs).toBe(2); // one read, plus the final sync of run
    expect(plan.address).toBe('行動計画!A1:I18');
    const cell = (a1Row: number, col: string): unknown => plan.values[a1Row - 1 - plan.top]?.[col.charCodeAt(0) - 65 - plan.left];
    expect(String(cell(5, 'D'))).toMatch(/^○RPA導入業務数/u);
    expect([cell(4, 'A'), cell(4, 'B'), cell(4, 'F')]).toEqual(['No.', '方向性', '進捗状況']);
    expect(cell(5, 'A')).toBe(1);

    await standin.run(async (ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      const ws = ctx.workbook.worksheets.add('評価結果');
      ws.getRange('A1').values = [['行動計画の評価']];
      ws.getRange('A1:D1').merge();
      ws.getRange('A1').format.font.set({ bold: true, size: 14, name: 'Yu Gothic', color: '#1F4E79' });
      const header = ws.getRange('A3:D3');
      header.values = [['No.', '取組項目', '達成率', '状況']];
      header.format.fill.color = '#DDEBF7';
      header.format.font.bold = true;
      header.format.horizontalAlignment = 'Center';
      const body = ws.getRange('A4:D6');
      body.numberFormat = [['0', '@', '0.0%', '@'], ['0', '@', '0.0%', '@'], ['0', '@', '0.0%', '@']];
      body.values = [
        [1, '=HYPERLINK("http://evil.example","click")', 1.02, '順調'],
        [2, '+1+2', 0.61, '遅れ'],
        [3, 'RPA導入', 0.95, '順調'],
      ];
      ws.getRange('E4:E6').formulas = [['=C4*100'], ['=C5*100'], ['=C6*100']];
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        const b = ws.getRange('A3:D6').format.borders.getItem(edge);
        b.style = 'Continuous';
        b.color = '#BFBFBF';
      }
      ws.getRange('B4:B6').format.wrapText = true;
      ws.getRange('B:B').format.columnWidth = 210;
      ws.getRange('4:4').format.rowHeight = 36;
      ws.freezePanes.freezeRows(3);
      ws.autoFilter.apply(ws.getRange('A3:D6'));
      const bar = ws.getRange('C4:C6').conditionalFormats.add('DataBar');
      bar.dataBar.positiveFormat.fillColor = '#5B9BD5';
      bar.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
      bar.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
      const late = ws.getRange('D4:D6').conditionalFormats.add('ContainsText');
      late.textComparison.format.fill.color = '#FFC7CE';
      late.textComparison.format.font.color = '#9C0006';
      late.textComparison.rule = { operator: 'Contains', text: '遅れ' };
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows('$3:$3');
      ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = '&P / &N';
      ws.tabColor = '#70AD47';
      ctx.workbook.names.add('EvaluationTable', ws.getRange('A3:D6'), 'written by the evaluator');
      ctx.workbook.settings.add('planSettings', { sheet: '行動計画', year: 2020, preset: 'report' });
      ws.activate();
    });
    const bytes = await standin.workbook.toXlsx();

    // ExcelJS reads the saved file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['表紙', '行動計画', '評価結果']);
    const planSheet = book.getWorksheet('行動計画');
    expect(String(planSheet?.getCell('D5').value)).toMatch(/^○RPA導入業務数/u);
    expect(Object.keys((planSheet as unknown as { _merges: Record<string, unknown> })._merges)).toEqual(expect.arrayContaining(['A1', 'B5']));
    const out = book.getWorksheet('評価結果');
    if (!out) throw new Error('no output sheet');
    expect(out.getCell('A1').value).toBe('行動計画の評価');
    expect(out.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: 'Yu Gothic', color: { argb: 'FF1F4E79' } });
    expect(out.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(out.getCell('B3').alignment).toMatchObject({ horizontal: 'center' });
    expect(out.getCell('C4').numFmt).toBe('0.0%');
    expect(out.getCell('C4').value).toBe(1.02);
    expect(out.getCell('B4').value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(out.getCell('B5').value).toBe('+1+2');
    expect(out.getCell('E4').value).toMatchObject({ formula: 'C4*100' });
    expect(out.getCell('B4').alignment).toMatchObject({ wrapText: true });
    expect(out.getCell('A3').border.top).toMatchObject({ style: 'thin', color: { argb: 'FFBFBFBF' } });
    expect(out.getColumn(2).width).toBeCloseTo(40, 0);
    expect(out.getRow(4).height).toBe(36);
    expect(out.model.merges).toEqual(['A1:D1']);
    expect(out.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(out.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, printTitlesRow: '3:3' });
    expect(out.headerFooter.oddFooter).toBe('&C&P / &N');
    expect((out.properties.tabColor as { argb?: string } | undefined)?.argb).toBe('FF70AD47');
    expect(book.definedNames.model).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'EvaluationTable' })]));

    // An independent reader: injected text is not a formula; the real formula is; names and parts are there.
    const x = await inspectXlsx(bytes);
    expect(x.sheet('評価結果').cells.get('B4')).toMatchObject({ formula: null, value: '=HYPERLINK("http://evil.example","click")' });
    expect(x.sheet('評価結果').cells.get('E4')?.formula).toBe('C4*100');
    expect(x.sheet('評価結果').autoFilter).toBe('A3:D6');
    // The format added last has the top priority and is written first.
    expect(x.sheet('評価結果').conditionalFormats.map((c) => [c.sqref, c.dataBar])).toEqual([
      ['D4:D6', false],
      ['C4:C6', true],
    ]);
    expect(x.definedNames).toEqual(expect.arrayContaining([{ name: 'EvaluationTable', localSheetId: null, value: '評価結果!$A$3:$D$6' }]));
    expect(x.parts).toEqual(expect.arrayContaining(['xl/webextensions/webextension1.xml', 'xl/webextensions/taskpanes.xml']));
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/webextensions/webextension1.xml')?.async('string')).toContain('name="planSettings"');

    // The stand-in reads its own file back: settings, names, formats, layout.
    const again = createStandin({ workbook: await StandinWorkbook.fromXlsx(bytes) });
    const reread = await again.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('評価結果');
      const r = ws.getRange('A3:E6').load('values, formulas, numberFormat');
      const title = ws.getRange('A1').load('format/font/bold, format/font/size, format/font/color');
      const widths = ws.getRange('B1').load('format/columnWidth, format/rowHeight');
      const merged = ws.getRange('A1:D1').getMergedAreasOrNullObject().load('areaCount');
      const freeze = ws.freezePanes.getLocationOrNullObject().load('address');
      const layout = ws.pageLayout.load('orientation, paperSize, zoom');
      const footer = ws.pageLayout.headersFooters.defaultForAllPages.load('centerFooter');
      const setting = ctx.workbook.settings.getItem('planSettings').load('value');
      const name = ctx.workbook.names.getItem('EvaluationTable').load('formula, comment');
      const cfs = ws.getRange('C4:D6').conditionalFormats.load('items/type');
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name, tabColor');
      await ctx.sync();
      return {
        values: r.values,
        formulas: r.formulas,
        formats: r.numberFormat,
        title: title.format.font.toJSON(),
        width: widths.format.columnWidth,
        mergedCount: merged.areaCount,
        freeze: freeze.address,
        layout: [layout.orientation, layout.paperSize, layout.zoom],
        footer: footer.centerFooter,
        setting: setting.value,
        name: [name.formula, name.comment],
        cfs: cfs.items.map((c) => c.type),
        active: [active.name, active.tabColor],
      };
    });
    expect(reread.values[1]).toEqual([1, '=HYPERLINK("http://evil.example","click")', 1.02, '順調', 102]);
    expect(reread.formulas[1]?.[4]).toBe('=C4*100');
    expect(reread.formats[1]).toEqual(['0', '@', '0.0%', '@', 'General']);
    expect(reread.title).toEqual({ bold: true, size: 14, color: '#1F4E79' });
    expect(reread.width).toBe(210);
    expect(reread.mergedCount).toBe(1);
    expect(reread.freeze).toBe('評価結果!1:3');
    expect(reread.layout).toEqual(['Landscape', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(reread.footer).toBe('&P / &N');
    expect(reread.setting).toEqual({ sheet: '行動計画', year: 2020, preset: 'report' });
    expect(reread.name).toEqual(['=評価結果!$A$3:$D$6', 'written by the evaluator']);
    expect(reread.cfs).toEqual(['ContainsText', 'DataBar']);
    expect(reread.active).toEqual(['評価結果', '#70AD47']);
  });

  // Browser-safe I/O: ArrayBuffer in, Uint8Array out; Workbook.name (ExcelApi 1.7, "Excel JavaScript API requirement set 1.7",
  // https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-7-requirement-set).
  test('loads from an ArrayBuffer and saves to a plain Uint8Array', async () => {
    const file = readFileSync(SAMPLE);
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const workbook = await StandinWorkbook.fromXlsx(buffer);
    expect(workbook.sheetNames).toEqual(['表紙', '行動計画']);
    workbook.name = 'action-plan-r2.xlsx';
    const name = await createStandin({ workbook }).run(async (ctx) => {
      const wb = ctx.workbook.load('name');
      await ctx.sync();
      return wb.name;
    });
    expect(name).toBe('action-plan-r2.xlsx');
    // Workbook.name is ExcelApi 1.7.
    expect((await richError(createStandin({ apiVersion: '1.6' }).run(async (ctx) => void ctx.workbook.load('name')))).code).toBe('ApiNotFound');
    const bytes = await workbook.toXlsx();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
