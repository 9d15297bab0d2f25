import fc from 'fast-check';
import { lastUndoableBatch, readHistory, revisionNotation, revisionsInForce, historySheet, type Revision } from '../../src/core/revise/history';
import { stepFor, suggestNextTarget } from '../../src/core/revise/suggest';
import { inCellUnit, inUnitOf, isOtherUnit, parseTypedValue, rewriteTarget, targetWritten } from '../../src/core/revise/typed-value';
import { percentCellKey, type CellValue } from '../../src/core/grid';
import { evaluateGrid } from '../../src/core/evaluate';
import { changedCells, planWrites, targetSlots, type TargetSlot } from '../../src/core/revise/slots';
import { targetShown } from '../../src/core/revise/cell-shown';
import { grid } from '../support/grid';

describe('values planners type', () => {
  it.each([
    ['67000', 67000], ['67,000', 67000], ['6.7万', 67000], ['６．７万', 67000], ['６７，０００', 67000], ['67,000枚', 67000], [' 550 ', 550], ['1.5億', 150_000_000],
  ])('reads %s as %d', (typed, value) => {
    expect(parseTypedValue(typed)).toMatchObject({ ok: true, value });
  });

  it('keeps the unit typed after the number, and tells a unit other than the indicator\'s', () => {
    expect(parseTypedValue('70業務')).toEqual({ ok: true, value: 70, unit: '業務', scaleWord: false });
    expect(parseTypedValue('6.7万')).toEqual({ ok: true, value: 67000, unit: '', scaleWord: true });
    expect(isOtherUnit('業務', '枚')).toBe(true);
    expect(isOtherUnit('枚/年', '枚')).toBe(false);
    expect(isOtherUnit('枚以上', '枚')).toBe(false);
    expect(isOtherUnit('％', '%')).toBe(false);
    // One unit however written.
    expect(isOtherUnit('名', '人')).toBe(false);
    expect(isOtherUnit('ヶ月', 'か月')).toBe(false);
    expect(isOtherUnit('pt', 'ポイント')).toBe(false);
    expect(isOtherUnit('千円', '円')).toBe(true);
    // A unit of its own that starts with 千 is typed as such; before another unit, 千 is a scale.
    expect(parseTypedValue('6,000千円')).toEqual({ ok: true, value: 6000, unit: '千円', scaleWord: false });
    expect(inUnitOf({ value: 6000, unit: '千円' }, '千円')).toEqual({ value: 6000, unit: '千円' });
    expect(inUnitOf({ value: 3, unit: '千件' }, '件')).toEqual({ value: 3000, unit: '件' });
    // Nothing typed, or only a period or a bound: nothing to compare. A unit for a target written without one is refused.
    expect(isOtherUnit('', '枚')).toBe(false);
    expect(isOtherUnit('/年', null)).toBe(false);
    expect(isOtherUnit('以上', '枚')).toBe(false);
    expect(isOtherUnit('万円', null)).toBe(true);
  });

  it.each([
    ['', 'empty'], ['  ', 'empty'], ['-5', 'negative'], ['▲5', 'negative'], ['abc', 'notNumber'], ['6.7万千', 'notNumber'], ['1e5', 'notNumber'],
    ['99999999999999999999999', 'tooLarge'], ['10000000億', 'tooLarge'],
  ])('refuses %j (%s)', (typed, reason) => {
    expect(parseTypedValue(typed)).toEqual({ ok: false, reason });
  });
});

describe('writing a new target back in the cell’s own style', () => {
  it('keeps a numeric cell numeric', () => {
    expect(rewriteTarget(20000, 2021, 67000)).toEqual({ ok: true, value: 67000 });
  });

  it('rewrites only the year asked for, in the same way of writing numbers', () => {
    const cell = '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:2万枚 R4年度:3万枚';
    expect(rewriteTarget(cell, 2021, 67000)).toEqual({ ok: true, value: '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:6.7万枚 R4年度:3万枚' });
    expect(rewriteTarget(cell, 2022, 70000)).toEqual({ ok: true, value: '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:2万枚 R4年度:7万枚' });
    expect(rewriteTarget('R3年度:250会議 R4年度:300会議', 2022, 550)).toEqual({ ok: true, value: 'R3年度:250会議 R4年度:550会議' });
  });

  it('writes exactly the value typed, in the cell’s style where that can say it', () => {
    const written = (value: number): unknown => {
      const r = rewriteTarget('R3年度:2万枚', 2021, value);
      return r.ok ? r.value : r.reason;
    };
    expect(written(25_250)).toBe('R3年度:2.525万枚');
    expect(written(1_234_567)).toBe('R3年度:123.4567万枚');
    expect(written(12.5)).toBe('R3年度:12.5枚');
    expect(written(12_345.6)).toBe('R3年度:12,345.6枚');
    expect(rewriteTarget('R3年度:3億円', 2021, 123_456_789)).toEqual({ ok: true, value: 'R3年度:123,456,789円' });
    for (const value of [25_250, 1_234_567, 12.5, 12_345.6, 67_000, 0.5]) {
      const r = rewriteTarget('R3年度:2万枚', 2021, value);
      expect(r.ok && parseTypedValue(String(r.value).replace('R3年度:', ''))).toMatchObject({ ok: true, value });
    }
  });

  it('writes a value below the cell’s 万 or 億 plainly ("1,200枚", not "0.12万枚"), in the cell’s digits', () => {
    const written = (cell: string, value: number): unknown => {
      const r = rewriteTarget(cell, 2021, value);
      return r.ok ? r.value : r.reason;
    };
    expect(written('R3年度:2万枚', 1_200)).toBe('R3年度:1,200枚');
    expect(written('R3年度:2万枚', 5_000)).toBe('R3年度:5,000枚');
    expect(written('R3年度:2万枚', 800)).toBe('R3年度:800枚');
    expect(written('R３年度：２万枚', 1_200)).toBe('R３年度：１，２００枚');
    expect(written('R3年度:3億円', 50_000_000)).toBe('R3年度:50,000,000円');
    // From one 万 up, still in the cell's 万.
    expect(written('R3年度:2万枚', 10_000)).toBe('R3年度:1万枚');
    expect(written('R3年度:2万枚', 15_000)).toBe('R3年度:1.5万枚');
    for (const value of [1_200, 5_000, 800, 9_999]) {
      const r = rewriteTarget('R3年度:2万枚', 2021, value);
      expect(r.ok && parseTypedValue(String(r.value).replace('R3年度:', ''))).toMatchObject({ ok: true, value });
    }
  });

  it('keeps thousands separators, full-width digits and undated cells as written', () => {
    expect(rewriteTarget('20,000枚', 2021, 67000)).toEqual({ ok: true, value: '67,000枚' });
    expect(rewriteTarget('R３年度：２万枚', 2021, 67000)).toEqual({ ok: true, value: 'R３年度：６．７万枚' });
  });

  it('refuses to guess where a cell has years but not the one asked for', () => {
    expect(rewriteTarget('R2年度:50業務', 2021, 60)).toEqual({ ok: false, reason: 'noYearInCell' });
  });

  it('finds the years written on the line under the indicator\'s name, and never another indicator\'s line', () => {
    const cell = '〇共同クラウドの参加団体の拡大\nR2年度:20団体 R3年度:30団体 R4年度:40団体';
    expect(rewriteTarget(cell, 2021, 35, '共同クラウドの参加団体の拡大')).toEqual({ ok: true, value: '〇共同クラウドの参加団体の拡大\nR2年度:20団体 R3年度:35団体 R4年度:40団体' });
    expect(targetWritten(cell, 2022, '共同クラウドの参加団体の拡大')).toBe('40団体');
    expect(rewriteTarget('AI-OCR利用枚数 R3年度:2万枚\n利用会議数 R4年度:250会議', 2022, 300, 'AI-OCR利用枚数')).toEqual({ ok: false, reason: 'noYearInCell' });
  });

  it('finds an indicator typed in full width in its own part of a cell listing several', () => {
    // The engine reads the name as "AI-OCR利用枚数"; staff typed it in full width, second in the cell.
    const cell = '○利用会議数 R3年度:250会議\n○ＡＩ－ＯＣＲ利用枚数 R3年度:2万枚';
    expect(rewriteTarget(cell, 2021, 67000, 'AI-OCR利用枚数')).toEqual({ ok: true, value: '○利用会議数 R3年度:250会議\n○ＡＩ－ＯＣＲ利用枚数 R3年度:6.7万枚' });
    expect(targetWritten(cell, 2021, 'AI-OCR利用枚数')).toBe('2万枚');
  });

  it('refuses rather than guess which indicator is meant where the name is not in a cell listing several', () => {
    const cell = '○利用会議数 R3年度:250会議\n○AI-OCR利用枚数 R3年度:2万枚';
    expect(rewriteTarget(cell, 2021, 67000, '電子申請件数')).toEqual({ ok: false, reason: 'indicatorNotFound' });
    expect(targetWritten(cell, 2021, '電子申請件数')).toBe('');
    // An unnamed list of two indicators' years, and a later-year column of one value per indicator.
    expect(rewriteTarget('○R2年度:50業務 R3年度:60業務\n○R2年度:2万枚 R3年度:3万枚', 2021, 70, 'RPA導入業務数')).toEqual({ ok: false, reason: 'indicatorNotFound' });
    expect(rewriteTarget('○60業務\n○3万枚', 2021, 70, 'RPA導入業務数')).toEqual({ ok: false, reason: 'indicatorNotFound' });
  });

  it('rewrites a cell without the name where it leaves no doubt which value is meant', () => {
    // One indicator (its name in a column of its own): each year on a bulleted line of its own.
    expect(rewriteTarget('○R2年度:50業務\n○R3年度:60業務', 2021, 70, 'RPA導入業務数')).toEqual({ ok: true, value: '○R2年度:50業務\n○R3年度:70業務' });
    expect(rewriteTarget('R3年度:2万枚', 2021, 67000, '電子申請件数')).toEqual({ ok: true, value: 'R3年度:6.7万枚' });
  });

  it('does not take a name for the end of a longer one', () => {
    const cell = '○年間利用件数 R2年度:90件 R3年度:100件\n○利用件数 R2年度:40件 R3年度:50件';
    expect(rewriteTarget(cell, 2021, 70, '利用件数')).toEqual({ ok: true, value: '○年間利用件数 R2年度:90件 R3年度:100件\n○利用件数 R2年度:40件 R3年度:70件' });
    expect(targetWritten(cell, 2021, '利用件数')).toBe('50件');
  });

  it('reads the target of a year as written, for the history', () => {
    expect(targetWritten('○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:2万枚', 2021)).toBe('2万枚');
    expect(targetWritten(250, null)).toBe('250');
  });

  it('round-trips: the rewritten cell reads back as the new value for that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom('件', '枚', '会議', '%'), (old, next, unit) => {
        const cell = `R2年度:${old.toLocaleString('en-US')}${unit} R3年度:${old}${unit}`;
        const rewritten = rewriteTarget(cell, 2021, next);
        expect(rewritten.ok).toBe(true);
        if (rewritten.ok) expect(targetWritten(rewritten.value as CellValue, 2021)).toBe(`${next}${unit}`);
      }),
    );
  });
});

describe('suggested next-year targets', () => {
  it('raises a target this year’s actual already passes, to the actual rounded up to a sensible step', () => {
    expect(suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual: 61_840, current: 20_000 })).toEqual({ value: 62_000, reason: 'raiseToActual', rule: 'keepOrRaiseToActual' });
    expect(suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual: 490, current: 250 }).value).toBe(490);
    expect(suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual: 486, current: 250 }).value).toBe(490);
  });

  it('keeps a target the initiative is on course for, and keeps but flags a delayed one', () => {
    expect(suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual: 51, current: 60 })).toMatchObject({ value: 60, reason: 'keepOnCourse' });
    expect(suggestNextTarget({ status: 'delayed', direction: 'atLeast', actual: 15, current: 25 })).toMatchObject({ value: 25, reason: 'keepDelayed' });
  });

  it('lowers a lower-is-better bound the actual is already under', () => {
    expect(suggestNextTarget({ status: 'achieved', direction: 'atMost', actual: 18.4, current: 20 })).toMatchObject({ value: 18, reason: 'lowerToActual' });
  });

  it('applies growth when the rule asks for it', () => {
    expect(suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual: 62_000, current: 20_000 }, { name: 'keepOrRaiseToActual', significantDigits: 2, growth: 0.08 }).value).toBe(67_000);
  });

  it('never suggests less than the actual when raising', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), (actual) => {
      const s = suggestNextTarget({ status: 'achieved', direction: 'atLeast', actual, current: actual / 2 });
      expect(s.value).toBeGreaterThanOrEqual(actual - 1e-6);
      expect(s.value).toBeLessThanOrEqual(actual + stepFor(actual, 2) + 1e-6);
    }));
  });
});

describe('the revision history', () => {
  const revision = (batch: number, kind: Revision['kind'], cell = 'D5'): Revision => ({
    at: '2021-06-01 10:15', user: '県庁 太郎', sheet: '行動計画', cell, initiative: 'RPA・AI-OCR', indicator: 'AI-OCR利用枚数',
    year: 2021, oldValue: '2万枚', newValue: '6.7万枚', reason: '実績が大きく上回ったため', kind, batch,
    oldCell: '○AI-OCR利用枚数 R3年度:2万枚', newCell: '○AI-OCR利用枚数 R3年度:6.7万枚',
  });

  it('writes the report’s notation', () => {
    expect(revisionNotation(revision(1, 'revise'), 'ja')).toBe('AI-OCR利用枚数 R3年度:2万→6.7万枚');
    expect(revisionNotation({ indicator: '利用会議数', year: 2022, oldValue: '300会議', newValue: '550会議' }, 'ja')).toBe('利用会議数 R4年度:300→550会議');
  });

  it('reads back the rows the sheet was written with', () => {
    const sheet = historySheet([revision(1, 'revise'), revision(1, 'undo')], 'ja');
    const rows = sheet.rows.map((r) => r.cells.map((c) => (c.content.kind === 'text' ? c.content.value : null)));
    expect(readHistory(rows)).toEqual([revision(1, 'revise'), revision(1, 'undo')]);
  });

  it('undoes the last batch not yet undone, and leaves undone batches out of the summary', () => {
    const history = [revision(1, 'revise', 'D5'), revision(2, 'revise', 'D5'), revision(2, 'revise', 'D6'), revision(2, 'undo', 'D5'), revision(2, 'undo', 'D6')];
    expect(lastUndoableBatch(history).map((r) => r.batch)).toEqual([1]);
    expect(revisionsInForce(history).map((r) => r.batch)).toEqual([1]);
    expect(lastUndoableBatch([])).toEqual([]);
  });
});

describe('target series: later years in columns of their own or in the target cell', () => {
  it('reads "R3年度目標" and "目標(R4)" columns as next years\u2019 targets, each in its own cell', () => {
    const plan = grid([
      ['取組項目', '指標', 'R2年度目標', 'R2年度末実績', 'R3年度目標', '目標(R4)', '所管課'],
      ['RPAの推進', 'RPA導入業務数', '50業務', '51業務', '60業務', 70, '行政改革課'],
    ]);
    const e = evaluateGrid(plan);
    expect(e.year).toBe(2020);
    expect(e.initiatives[0]?.indicators[0]?.series.map(({ year, value, cell }) => ({ year, value, cell }))).toEqual([
      { year: 2020, value: 50, cell: 'C2' }, { year: 2021, value: 60, cell: 'E2' }, { year: 2022, value: 70, cell: 'F2' },
    ]);
    // Target columns are read as targets, not kept as unknown columns.
    expect(e.initiatives[0]?.extra).toEqual({ 所管課: '行政改革課' });
    const slots = targetSlots(e, (cell) => (cell === 'E2' ? '60業務' : cell === 'F2' ? 70 : null));
    expect(slots.map((s) => [s.year, s.cell, s.written, s.suggestion.value])).toEqual([[2021, 'E2', '60業務', 60], [2022, 'F2', '70業務', 70]]);
  });

  it('reads a later year’s number shown as a percentage as the percentage shown, as the year’s own target is', () => {
    const rows: CellValue[][] = [['取組項目', '指標', '単位', 'R2年度目標', 'R2年度実績', 'R3年度目標'], ['電子化', '電子決裁率', '%', 0.9, 0.95, 0.92]];
    const e = evaluateGrid({ ...grid(rows), percentCells: new Set([3, 4, 5].map((col) => percentCellKey(1, col))) });
    expect(e.initiatives[0]?.indicators[0]?.series.map((p) => [p.year, p.value, p.quantity.unit])).toEqual([[2020, 90, '%'], [2021, 92, '%']]);
  });

  it('reads several years in one target cell ("R3年度:250会議 R4年度:300会議")', () => {
    const e = evaluateGrid(grid([['取組項目', '目標', 'R2年度末実績'], ['会議の音声テキスト化', 'R2年度:200会議 R3年度:250会議 R4年度:300会議', '約490会議']]));
    expect(e.initiatives[0]?.indicators[0]?.series.map((p) => [p.year, p.value, p.cell])).toEqual([[2020, 200, 'B2'], [2021, 250, 'B2'], [2022, 300, 'B2']]);
  });
});

describe('the conflict check before writing', () => {
  const slotFor = (cell: string, read: CellValue, year: number, indicatorName: string): TargetSlot => ({
    id: `${cell}|${year}|0`, sheet: '行動計画', row: 5, initiative: 'RPA', indicator: indicatorName, indicatorName, status: 'achieved', direction: 'atLeast',
    thisYearTarget: 12000, actual: 62000, rate: 5.2, unit: '枚', scale: 1, baseUnit: '枚', shownAsPercent: false, year, cell, read, current: 20000, written: '2万枚',
    suggestion: { value: 62000, reason: 'raiseToActual', rule: 'keepOrRaiseToActual' },
  });
  const cell = '○AI-OCR利用枚数 R3年度:2万枚 R4年度:3万枚\n○利用会議数 R3年度:250会議 R4年度:300会議';

  it('rewrites each cell once with all of its changes, each in its own indicator’s part', () => {
    const planned = planWrites([
      { slot: slotFor('D5', cell, 2021, 'AI-OCR利用枚数'), value: 67000, reason: '' },
      { slot: slotFor('D5', cell, 2022, '利用会議数'), value: 550, reason: '' },
    ]);
    expect(planned).toEqual({ ok: true, writes: [expect.objectContaining({ cell: 'D5', expected: cell, value: '○AI-OCR利用枚数 R3年度:6.7万枚 R4年度:3万枚\n○利用会議数 R3年度:250会議 R4年度:550会議' })] });
  });

  it('names the cells that changed since they were read, and only those', () => {
    const writes = [{ cell: 'D5', expected: cell as CellValue }, { cell: 'E5', expected: 20000 as CellValue }, { cell: 'F5', expected: null as CellValue }];
    const now: Record<string, CellValue> = { D5: cell, E5: 25000, F5: '' };
    expect(changedCells(writes, (c) => now[c] ?? null)).toEqual(['E5']);
  });
});

describe('the history sheet through the .xlsx writer', () => {
  it('renders with the same layout the add-in writes', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { renderSheet } = await import('../../src/workbook/xlsx-render');
    const book = new ExcelJS.Workbook();
    const spec = historySheet([{ at: '2021-06-01 10:15', user: '', sheet: '行動計画', cell: 'D5', initiative: 'RPA', indicator: 'AI-OCR利用枚数', year: 2021, oldValue: '2万枚', newValue: '6.7万枚', reason: '引き上げ', oldCell: 'a', newCell: 'b', kind: 'revise', batch: 1 }], 'ja');
    const sheet = renderSheet(book, spec, spec.name);
    expect(sheet.name).toBe('目標見直し');
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['日時', '変更前', '変更後', '理由']));
    expect(sheet.getCell('I3').value).toBe('6.7万枚');
  });
});

describe('targets counted in the unit column’s scale (千枚) and numbers shown as the sheet shows them', () => {
  // As the reviewer's workbook: a unit column of 千枚 over numeric targets and actuals, beside a row in 件.
  const rows: CellValue[][] = [
    ['No.', '方向性', '取組項目', '指標', '単位', 'R2年度目標', 'R2年度実績', 'R3年度目標', 'R4年度目標', '進捗状況'],
    [1, 'ICT', '電子申請の推進', '電子申請件数', '件', 1000, 1500, 1200, 1400, '順調'],
    [2, 'ICT', 'ペーパーレス', 'コピー用紙使用量', '千枚', 8000, 8500, 7500, 'R4年度:7,000', '順調'],
    [3, 'ICT', '印刷の削減', '印刷枚数', null, 'R2年度:8,000千枚 R3年度:7,500千枚', '8,500千枚', null, null, '順調'],
    [4, 'ICT', '電子化', '電子決裁率', '%', 0.9, 0.95, 0.92, null, '順調'],
  ];
  // The rate's cells are fractions shown as percentages (0.92 as 92%).
  const plan = { ...grid(rows), percentCells: new Set([5, 6, 7].map((col) => percentCellKey(4, col))) };
  const cellOf = (address: string): CellValue => {
    const m = /^([A-Z])(\d+)$/u.exec(address);
    return m ? (rows[Number(m[2]) - 1]?.[(m[1] ?? 'A').charCodeAt(0) - 65] ?? null) : null;
  };
  const slots = targetSlots(evaluateGrid(plan), cellOf);
  const at = (cell: string, year: number): TargetSlot => {
    const found = slots.find((s) => s.cell === cell && s.year === year);
    if (!found) throw new Error(`no slot ${cell} ${year}: ${slots.map((s) => s.id).join(' ')}`);
    return found;
  };

  it('gives a numeric cell under 千枚 its current target, this year’s results and the suggestion in 千枚, as the sheet shows them', () => {
    expect(at('H3', 2021)).toMatchObject({ unit: '千枚', scale: 1000, baseUnit: '枚', current: 7500, thisYearTarget: 8000, actual: 8500, written: '7,500千枚', suggestion: { value: 8500, reason: 'raiseToActual' } });
    // A text cell's bare number under the same unit column counts 千枚 as well.
    expect(at('I3', 2022)).toMatchObject({ unit: '千枚', current: 7000, written: '7,000千枚' });
    // A text cell that writes 千枚 itself.
    expect(at('F4', 2021)).toMatchObject({ unit: '千枚', current: 7500, actual: 8500, written: '7,500千枚' });
  });

  it('shows a numeric target with thousands separators and its unit (1,200件, 92%)', () => {
    expect(at('H2', 2021)).toMatchObject({ unit: '件', scale: 1, current: 1200, written: '1,200件' });
    expect(at('H5', 2021)).toMatchObject({ unit: '%', current: 92, written: '92%' });
  });

  it('writes the new target in the cell’s own unit: 8,500 into a numeric cell in 千枚, never 8,500,000', () => {
    const planned = planWrites([
      { slot: at('H3', 2021), value: 8500, reason: '' },
      { slot: at('I3', 2022), value: 8000, reason: '' },
      { slot: at('F4', 2021), value: 8500, reason: '' },
      { slot: at('H2', 2021), value: 1300, reason: '' },
      { slot: at('H5', 2021), value: 96, reason: '' },
    ]);
    expect(planned.ok && planned.writes.map((w) => [w.cell, w.value])).toEqual([
      ['H3', 8500], ['I3', 'R4年度:8,000'], ['F4', 'R2年度:8,000千枚 R3年度:8,500千枚'], ['H2', 1300], ['H5', 0.96],
    ]);
    // The history and the pane name the values as the sheet shows them.
    expect(planned.ok && planned.writes.map((w) => targetShown(w.changes[0]!.slot, w.value))).toEqual(['8,500千枚', '8,000千枚', '8,500千枚', '1,300件', '96%']);
  });

  it('reads a value typed in the cell’s unit as it is, and converts one typed in the indicator’s own unit', () => {
    const paper = at('H3', 2021);
    const typed = (text: string): unknown => {
      const parsed = parseTypedValue(text);
      return parsed.ok ? inCellUnit(parsed, paper) : parsed;
    };
    expect(typed('8,500')).toEqual({ ok: true, value: 8500 });
    expect(typed('7000千枚')).toEqual({ ok: true, value: 7000 });
    expect(typed('8,500,000枚')).toEqual({ ok: true, value: 8500 });
    expect(typed('850万枚')).toEqual({ ok: true, value: 8500 });
    expect(typed('8,500,000枚/年')).toEqual({ ok: true, value: 8500 });
    // 8,500枚 is 8.5千枚: most likely 千 was forgotten; not written without the planner saying so in 千枚.
    expect(typed('8,500枚')).toEqual({ ok: false, reason: 'notWhole', value: 8.5 });
    expect(typed('70業務')).toEqual({ ok: false, reason: 'otherUnit' });
    // A cell counted in the indicator's own unit is as before.
    expect(inCellUnit({ value: 3, unit: '千件' }, at('H2', 2021))).toEqual({ ok: true, value: 3000 });
    expect(inCellUnit({ value: 1300, unit: '件' }, at('H2', 2021))).toEqual({ ok: true, value: 1300 });
    expect(inCellUnit({ value: 96, unit: '％' }, at('H5', 2021))).toEqual({ ok: true, value: 96 });
    // A scale typed with the number says what is meant: 1.25万人 for a cell in 万人, 3.5億円 for one in 億円.
    const typedFor = (text: string, cell: { unit: string; scale: number; baseUnit: string }): unknown => {
      const parsed = parseTypedValue(text);
      return parsed.ok ? inCellUnit(parsed, cell) : parsed;
    };
    expect(typedFor('1.25万人', { unit: '万人', scale: 1e4, baseUnit: '人' })).toEqual({ ok: true, value: 1.25 });
    expect(typedFor('12,500人', { unit: '万人', scale: 1e4, baseUnit: '人' })).toEqual({ ok: false, reason: 'notWhole', value: 1.25 });
    expect(typedFor('3.5億円', { unit: '億円', scale: 1e8, baseUnit: '円' })).toEqual({ ok: true, value: 3.5 });
    expect(typedFor('4', { unit: '億円', scale: 1e8, baseUnit: '円' })).toEqual({ ok: true, value: 4 });
  });

  it('tells the scale of a zero by the indicator’s other cells', () => {
    const zero = rows.map((r) => [...r]);
    zero[2]![7] = 0;
    const slots0 = targetSlots(evaluateGrid(grid(zero)), (address) => {
      const m = /^([A-Z])(\d+)$/u.exec(address);
      return m ? (zero[Number(m[2]) - 1]?.[(m[1] ?? 'A').charCodeAt(0) - 65] ?? null) : null;
    });
    expect(slots0.find((s) => s.cell === 'H3')).toMatchObject({ unit: '千枚', scale: 1000, current: 0, written: '0千枚' });
  });
});
