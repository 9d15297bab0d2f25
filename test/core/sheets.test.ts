import { evaluateGrid } from '../../src/core/evaluate';
import { gradingRules } from '../../src/core/grading';
import type { Lang } from '../../src/core/messages';
import type { CellSpec, SheetSpec } from '../../src/core/sheets/description';
import { displayWidth, linkAddress, rowHeightFor, text } from '../../src/core/sheets/description';
import { summaryWorkbook } from '../../src/core/sheets/layouts';
import { grid } from '../support/grid';

const PLAN = grid(
  [
    ['令和2年度 行財政改革行動計画'],
    ['No.', '方向性', '取組項目', '目標(抄)', 'R2年度末実績', '進捗状況', '遅れが生じている要因', '今後の取組'],
    [1, '県庁のICT化', 'RPAの推進', 'R2年度:50業務', '51業務', '順調', null, '拡大する'],
    [2, null, 'AI-OCRの活用', 'R2年度:12,000枚/年', '約62,000枚/年', '順調', null, null],
    [3, '県民参画', '「どこでも知事室」の実施', 'R2年度:4回/年', '2回/年', '遅れ', '=HYPERLINK("http://example.com")', '+オンライン開催を検討'],
    [4, null, 'アプリの広報', 'R2年度:28,400/累計', '23,183/累計', '遅れ', null, null],
  ],
  ['B3:B4', 'B5:B6'],
);

function build(lang: Lang = 'ja', plan = PLAN) {
  const evaluation = evaluateGrid(plan);
  return summaryWorkbook({ evaluation, rules: gradingRules({ lang }), lang, workbookName: 'plan.xlsx', generatedAt: new Date(2021, 4, 31, 9, 0) });
}

function cellText(cell: CellSpec | undefined): string | number | null {
  if (!cell) return null;
  const c = cell.content;
  return c.kind === 'text' || c.kind === 'number' || c.kind === 'percent' ? c.value : null;
}

function rowsOf(sheet: SheetSpec): (string | number | null)[][] {
  return sheet.rows.map((r) => r.cells.map(cellText));
}

function sheet(name: string, lang: Lang = 'ja'): SheetSpec {
  const found = build(lang).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the summary sheets as data', () => {
  it('are the four sheets of the report, named in the chosen language, in a Japanese font for Japanese', () => {
    expect(build('ja').sheets.map((s) => s.name)).toEqual(['評価サマリー', '遅れ一覧', '主な成果', '要確認']);
    expect(build('ja').fontName).toBe('游ゴシック');
    expect(build('en').sheets.map((s) => s.name)).toEqual(['Summary', 'Delayed', 'Results', 'Check']);
  });

  it('open with the headline sentence and count each policy direction, with a total row', () => {
    const rows = rowsOf(sheet('評価サマリー'));
    expect(rows.flat()).toContain('行動計画の全4取組のうち、2の取組は順調に取り組んでおり、2の取組に遅れが生じている。');
    expect(rows).toContainEqual(['県庁のICT化', 2, 2, 2, 0, 0, 0, 1]);
    expect(rows).toContainEqual(['県民参画', 2, 0, 0, 0, 2, 0, 0]);
    expect(rows).toContainEqual(['合計', 4, 2, 2, 0, 2, 0, 0.5]);
    expect(rows.flat()).toContain('順調 ≥100% / 遅れ <100%');
  });

  it('list each delay with its cause as written, and mark a missing cause', () => {
    const delayed = sheet('遅れ一覧');
    const rows = rowsOf(delayed);
    const row = rows.find((r) => r[2] === '「どこでも知事室」の実施');
    expect(row).toEqual(['3', '県民参画', '「どこでも知事室」の実施', '', '4回/年', '2回/年', 0.5, '=HYPERLINK("http://example.com")', 'その他', '+オンライン開催を検討', '行動計画!A5']);
    const missingRow = delayed.rows.find((r) => cellText(r.cells[2]) === 'アプリの広報');
    expect(cellText(missingRow?.cells[7])).toBe('（要因の記入なし）');
    expect(missingRow?.cells[7]?.style?.fill).toBe('FFC7CE');
  });

  it('show each target as its cell writes the year\'s value, with a unit from a column of units added', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '単位', '進捗状況', '遅れが生じている要因'],
      [1, '経費の削減', 'R2年度:1,000万円以上', '780万円', null, '遅れ', '物価高騰'],
      [2, '審査の迅速化', 'R2年度:3日以内', '4日', null, '遅れ', '申請の集中'],
      [3, '研修', 300, 250, '人', '遅れ', '業務多忙'],
      [4, '紙の削減', 8000, 8500, '千枚以下', '遅れ', '会議資料の増加'],
    ]);
    const rows = rowsOf(build('ja', plan).sheets.find((x) => x.name === '遅れ一覧')!);
    const targets = (name: string): unknown => rows.find((r) => r[2] === name)?.[4];
    expect(targets('経費の削減')).toBe('1,000万円以上');
    expect(targets('審査の迅速化')).toBe('3日以内');
    expect(targets('研修')).toBe('300人');
    // A number under a unit with a scale, as the cells write it, not in the base unit.
    expect(rows.find((r) => r[2] === '紙の削減')?.slice(4, 6)).toEqual(['8,000千枚以下', '8,500千枚']);
    // Not a text that says less than was read: a milestone in brackets, a move, a range.
    const others = rowsOf(build('ja', grid([
      ['No.', '取組項目', '目標', 'R4年度実績', '進捗状況', '遅れが生じている要因'],
      [1, '職員の削減', 'R7年度までに100人削減（R4:20人）', '15人削減', '遅れ', '退職者の減少'],
      [2, '審査期間', '現状45日→30日', '35日', '遅れ', '申請の集中'],
      [3, '郵送料', '前年度比3%削減', '前年度比2.5%削減', '遅れ', '選挙関係の発送'],
      [4, '通信費', 'R3年度:前年度比2%削減 R4年度:前年度比3%削減', '前年度比2.5%削減', '遅れ', '回線の増設'],
    ])).sheets.find((x) => x.name === '遅れ一覧')!);
    expect(others.find((r) => r[2] === '職員の削減')?.[4]).toBe('20人削減');
    expect(others.find((r) => r[2] === '審査期間')?.[4]).toBe('30日以下');
    expect(others.find((r) => r[2] === '郵送料')?.[4]).toBe('前年度比3%削減');
    expect(others.find((r) => r[2] === '通信費')?.[4]).toBe('前年度比3%削減');
  });

  it('show the actual cell as staff wrote it: every item, its marks and full-width brackets kept', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '連携事業の推進', '〇新たな連携事業の推進 R2年度:100事業/年', '・新たな連携事業・109事業/年\n・新型コロナウイルス感染症関連の取組として県産農産物の販売支援等', '順調'],
      [2, '電子化', '○電子申請件数 1,000件\n○電子決裁率 80%', '○電子申請件数 1,200件（R3末時点）\n○電子決裁率 85%', '順調'],
      [3, '研修', 300, 320, '順調'],
    ]);
    const results = rowsOf(build('ja', plan).sheets.find((x) => x.name === '主な成果')!);
    const actual = (name: string): unknown => results.find((r) => r[1] === name)?.[4];
    expect(actual('連携事業の推進')).toBe('・新たな連携事業・109事業/年\n・新型コロナウイルス感染症関連の取組として県産農産物の販売支援等');
    // Two indicators from one cell: the cell once, not once per indicator.
    expect(actual('電子化')).toBe('○電子申請件数 1,200件（R3末時点）\n○電子決裁率 85%');
    // A number alone is shown as a value.
    expect(actual('研修')).toBe('320');
  });

  it('number each indicator of an initiative alike in the indicator and target columns, so their lines can be matched', () => {
    const plan = grid([
      ['No.', '取組項目', '指標', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, 'デジタル化', 'キャッシュレス決済を導入した窓口の数（市民課・税務課・保険年金課）\nデジタル人材育成数', '20窓口\n50人', '14窓口\n52人', '遅れ', 'ネットワーク整備の遅れ'],
    ]);
    const row = rowsOf(build('ja', plan).sheets.find((x) => x.name === '遅れ一覧')!).find((r) => r[2] === 'デジタル化');
    expect(row?.slice(3, 5)).toEqual(['① キャッシュレス決済を導入した窓口の数（市民課・税務課・保険年金課）\n② デジタル人材育成数', '① 20窓口\n② 50人']);
  });

  it('list a qualitative indicator beside a measured one, each numbered in its line', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      // The manual made by its deadline: a late one would delay the initiative, off this sheet.
      [1, 'RPAの推進', '①RPA導入業務数 50業務\n②運用マニュアル R4年9月までに策定', '①51業務\n②R4年8月策定', '順調'],
    ]);
    const row = rowsOf(build('ja', plan).sheets.find((x) => x.name === '主な成果')!).find((r) => r[1] === 'RPAの推進');
    expect((row?.[2] as string).split('\n')).toHaveLength(2);
    expect((row?.[3] as string).split('\n')).toHaveLength(2);
  });

  it('in English, keep a Japanese counter as the plan writes it and a target as its cell writes it, signed where needed', () => {
    const delayedEn = (plan: ReturnType<typeof grid>) => rowsOf(build('en', plan).sheets.find((x) => x.name === 'Delayed')!);
    const japanese = delayedEn(PLAN);
    expect(japanese.find((r) => r[2] === '「どこでも知事室」の実施')?.slice(4, 6)).toEqual(['4回/年', '2回/年']);
    expect(japanese.find((r) => r[2] === 'アプリの広報')?.[4]).toBe('28,400/累計');
    const english = delayedEn(grid([
      ['Ref', 'Initiative', 'Indicator', 'Target', 'Last year', 'Actual', 'Status', 'Reason for delay'],
      ['D1', 'Agency staff', 'Agency staff spend', 'No more than last year', '£2.4m', '£2.55m', 'Delayed', 'Sickness cover'],
      ['D2', 'Licensing', 'Days to issue a licence', '15 days or fewer', null, '17 days', 'Delayed', 'Backlog'],
      ['D3', 'Sickness absence', 'Average days lost', '8–9 days', null, '9.4 days', 'Delayed', 'Seasonal illness'],
      ['D4', 'Energy', 'Corporate energy use', '4.6 GWh or less', null, '4.7 GWh', 'Delayed', 'Cold winter'],
      ['D5', 'Print', 'Printing spend', 'no more than £120k', null, '£130k', 'Delayed', 'Elections'],
      ['D6', 'Fees', 'Fee income', '£2.4m', null, '£1.9m', 'Delayed', 'Fewer licences'],
    ]));
    const target = (name: string): unknown => english.find((r) => r[2] === name)?.[4];
    // Last year's £2.4m as a value in pounds, not 2.4 metres.
    expect(target('Agency staff')).toBe('≤ 2,400,000');
    expect(target('Licensing')).toBe('15 days or fewer');
    expect(target('Sickness absence')).toBe('≤ 9 days');
    expect(target('Energy')).toBe('4.6 GWh or less');
    // Money as written.
    expect(target('Print')).toBe('no more than £120k');
    expect(target('Fees')).toBe('£2.4m');
  });

  it('name the initiative of a problem on a later row of it, and none below the plan', () => {
    const plan = grid([
      ['No.', '取組項目', '指標', '目標', '実績', '進捗状況'],
      [1, '電子化の推進', '電子申請件数', '1,000件', '1,200件', null],
      [null, null, '電子決裁率', '80%', '75%', '順調'],
      [2, '研修', '受講者数', '300人', '320人', null],
    ], ['A2:A3', 'B2:B3']);
    const check = rowsOf(build('ja', plan).sheets.find((x) => x.name === '要確認')!);
    const named = check.filter((r) => typeof r[0] === 'string' && r[0].endsWith('!F3')).map((r) => r[2]);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set(['電子化の推進']));
    // A total row between initiatives is none of theirs.
    const withTotal = rowsOf(build('ja', grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '1,000件', '1,200件'],
      ['小計', { error: '#REF!' }, null, null],
      [2, '研修', '300人', '320人'],
    ])).sheets.find((x) => x.name === '要確認')!);
    expect(withTotal.find((r) => typeof r[0] === 'string' && r[0].endsWith('!B3'))?.[2]).toBe('');
  });

  it('keep a cause that starts with = as text content', () => {
    const cause = sheet('遅れ一覧').rows.flatMap((r) => r.cells).find((c) => cellText(c) === '=HYPERLINK("http://example.com")');
    expect(cause?.content.kind).toBe('text');
  });

  it('write no cell longer than Excel holds (32,767 characters), however long the text', () => {
    const long = grid([['取組項目', '目標', '実績', '遅延理由'], ['RPA', '50業務', '10業務', '予算'.repeat(20_000)]]);
    const cause = build('ja', long).sheets.find((s) => s.key === 'delayed')!.rows.flatMap((r) => r.cells).map(cellText).find((v) => typeof v === 'string' && v.startsWith('予算予算'));
    expect(String(cause).length).toBe(32_767);
  });

  it('count delays by cause, the commonest first and "other" last', () => {
    const causes = grid([
      ['取組項目', '目標', '実績', '遅延理由'],
      ['A', '50件', '10件', '天候不順のため。'],
      ['B', '50件', '10件', '天候不順のため。'],
      ['C', '50件', '10件', '予算の確保が困難であったため。'],
      ['D', '50件', '10件', '担当職員の欠員により体制が確保できなかったため。'],
      ['E', '50件', '10件', '欠員が生じたため。'],
      ['F', '50件', '10件', null],
    ]);
    const rows = rowsOf(build('ja', causes).sheets.find((s) => s.key === 'summary')!);
    const heading = rows.findIndex((r) => r[0] === '要因の分類');
    expect(rows.slice(heading + 1, heading + 5)).toEqual([['人員・体制', 2], ['予算・費用', 1], ['その他', 2], ['（要因の記入なし）', 1]]);
  });

  it('list results highest rate first within a direction, with status colours and data bars', () => {
    const results = sheet('主な成果');
    expect(rowsOf(results).slice(2).map((r) => r[1])).toEqual(['AI-OCRの活用', 'RPAの推進']);
    expect(results.conditionalFormats.map((f) => f.kind)).toEqual(expect.arrayContaining(['dataBar', 'textEquals']));
  });

  it('say there is nothing to check when there is nothing', () => {
    const clean = grid([['取組項目', '目標', '実績', '遅延理由'], ['RPA', '50業務', '51業務', null]]);
    const check = build('ja', clean).sheets.find((s) => s.key === 'check');
    expect(rowsOf(check!).flat()).toContain('要確認の項目はありません。');
  });

  it('freeze the table header, filter it, and print A4 landscape one page wide with the header on every page', () => {
    const delayed = sheet('遅れ一覧');
    expect(delayed.freeze).toEqual({ rows: 2, columns: 0 });
    expect(delayed.autoFilter).toEqual({ top: 1, left: 0, bottom: 3, right: 10 });
    expect(delayed.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { from: 2, to: 2 } });
    expect(delayed.print.footer).toContain('&A');
    expect(delayed.print.footer).toContain('&P');
  });
});

describe('row heights for wrapped text', () => {
  it('count Japanese characters as double width', () => {
    expect(displayWidth('RPA')).toBe(3);
    expect(displayWidth('遅れ')).toBe(4);
  });

  it('grow a row with long wrapped text and leave a short one alone', () => {
    const wrap = { wrap: true };
    expect(rowHeightFor([text('短い', wrap)], [20])).toBeUndefined();
    const long = rowHeightFor([text('新型コロナウイルス感染症の影響により、イベントの情報が減少したため。', wrap)], [20]) ?? 0;
    expect(long).toBeGreaterThanOrEqual(4 * 15);
    const twoLines = rowHeightFor([text('一行目\n二行目', wrap)], [20]) ?? 0;
    expect(twoLines).toBeGreaterThanOrEqual(2 * 15);
  });

  it('wrap a title too long for the sheet\'s width onto a taller row rather than cut it', () => {
    const long = grid([
      ['Northgate Borough Council — Efficiency and Reform Plan: progress 2023/24, with the annual performance review'],
      ['Ref', 'Initiative', 'Target', 'Actual'],
      ['D1', 'Online forms', '40 forms', '42 forms'],
    ]);
    const summary = build('en', long).sheets.find((s) => s.key === 'summary')!;
    expect(summary.rows[0]?.cells[0]?.style?.wrap).toBe(true);
    expect(summary.rows[0]?.height).toBeGreaterThan(28);
    // A short title keeps its height.
    expect(sheet('評価サマリー').rows[0]?.height).toBe(28);
  });

  it('never ask for more than Excel’s tallest row (409 points), however long the text', () => {
    expect(rowHeightFor([text('遅れが生じている要因。'.repeat(500), { wrap: true })], [20])).toBe(409);
  });
});

describe('addresses of the plan\'s cells on the sheets', () => {
  it('quote a sheet name as Excel does where it needs it', () => {
    const plan = grid([
      ['Ref', 'Initiative', 'Target', 'Actual', 'Status', 'Reason for delay'],
      ['D1', 'Agency staff', '≤ 100', '120', 'Delayed', 'Sickness cover'],
    ], [], 'Reform Plan 2023-24');
    const delayed = rowsOf(build('en', plan).sheets.find((s) => s.key === 'delayed')!);
    expect(delayed.flat()).toContain("'Reform Plan 2023-24'!A2");
    expect(rowsOf(sheet('遅れ一覧')).flat()).toContain('行動計画!A5');
  });

  it('link to the cell they name, and only they: the sheet as the workbook spells it, the address as the cell reads', () => {
    const plan = grid([
      ['Ref', 'Initiative', 'Target', 'Actual', 'Status', 'Reason for delay'],
      ['D1', 'Agency staff', '≤ 100', '120', 'Delayed', 'Sickness cover'],
      ['D2', 'Online forms', '40 forms', '42 forms', 'On track', null],
    ], [], "O'Brien's Plan");
    const linked = build('en', plan).sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c.link).map((c) => ({ sheet: s.key, text: cellText(c), link: c.link }))));
    expect(linked).toEqual([
      { sheet: 'delayed', text: "'O''Brien''s Plan'!A2", link: { sheet: "O'Brien's Plan", cell: 'A2' } },
      { sheet: 'results', text: "'O''Brien''s Plan'!A3", link: { sheet: "O'Brien's Plan", cell: 'A3' } },
    ]);
    expect(build().sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c.link).map((c) => cellText(c) === linkAddress(c.link!))))).toEqual(Array(5).fill(true));
  });
});

describe('names on the sheets', () => {
  it('show an indicator\'s name as its cell writes it, full-width brackets and letters kept', () => {
    const plan = grid([
      ['No.', '取組項目', '指標', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '職員数の削減', '職員数（人）', '4,175人以下', '4,200人', '遅れ', '退職者が想定を下回ったため。'],
      [2, 'ＲＰＡの推進', null, '〇ＲＰＡ導入業務数 R2年度:50業務', '〇ＲＰＡ導入業務数 42業務', '遅れ', '対象業務の選定に時間を要したため。'],
    ]);
    const delayed = rowsOf(build('ja', plan).sheets.find((s) => s.key === 'delayed')!).flat();
    expect(delayed).toContain('職員数（人）');
    expect(delayed).toContain('ＲＰＡ導入業務数');
    expect(delayed).not.toContain('職員数(人)');
  });
});

describe('targets on the sheets', () => {
  it('show a target as the plan writes it: its counter, its period, the base it is set against, and an English plan\'s own words', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', 'R4年度実績', 'R5年度実績', '進捗状況', '遅れが生じている要因'],
      [1, '苦情の削減', '前年度より20%削減', '24件', '21件', '遅れ', '対応件数が増えたため。'],
      [2, '光熱水費の削減', 'R3年度比15%削減', null, '12.4%削減', '遅れ', '工事が延期となったため。'],
      [3, '時間外勤務の縮減', 'R5:月12時間以内', null, '11時間', '順調', null],
      [4, 'オープンデータの推進', '○オープンデータ公開数 R5年度:435データセット', null, '440データセット', '順調', null],
      [5, 'Sickness absence', '8.5 days or fewer', null, '9.6 days', '遅れ', 'Long-term cases.'],
    ]);
    const evaluation = evaluateGrid(plan, { year: 2023 });
    const book = summaryWorkbook({ evaluation, rules: gradingRules({ lang: 'ja' }), lang: 'ja', workbookName: 'plan.xlsx', generatedAt: new Date(2024, 4, 31) });
    const shown = book.sheets.filter((s) => s.key === 'delayed' || s.key === 'results').flatMap((s) => rowsOf(s)).map((row) => row.join(' | '));
    const rowOf = (name: string): string => shown.find((r) => r.includes(name)) ?? '';
    expect(rowOf('苦情の削減')).toContain(' |  | 前年度より20%削減（19.2件以下） | ');
    expect(rowOf('光熱水費の削減')).toContain('R3年度比15%削減');
    expect(rowOf('時間外勤務の縮減')).toContain('月12時間以内');
    expect(rowOf('オープンデータの推進')).toContain('オープンデータ公開数 | 435データセット | 440データセット');
    expect(rowOf('Sickness absence')).toContain('8.5 days or fewer');
  });

  it('show a target worked out from last year without the year label written before it', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', 'R4年度実績', 'R5年度実績', '進捗状況', '遅れが生じている要因'],
      [1, '苦情の削減', 'R5年度:前年度より20%削減', '24件', '21件', '遅れ', '対応件数が増えたため。'],
    ]);
    const evaluation = evaluateGrid(plan, { year: 2023 });
    const book = summaryWorkbook({ evaluation, rules: gradingRules({ lang: 'ja' }), lang: 'ja', workbookName: 'plan.xlsx', generatedAt: new Date(2024, 4, 31) });
    const row = rowsOf(book.sheets.find((s) => s.key === 'delayed')!).find((r) => r[2] === '苦情の削減');
    expect(row?.[4]).toBe('前年度より20%削減（19.2件以下）');
  });

  it('show a sign alone as the report writes a bound, a base before "で", and a name without the base of its change', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '満足度の向上', '80%+', '72%', '遅れ', '周知が不足したため。'],
      [2, '光熱水費の削減', 'R3年度比で15%削減', '12.4%削減', '遅れ', '工事が延期となったため。'],
      [3, 'ペーパーレス化', 'コピー用紙 前年度より10%削減', '8%削減', '遅れ', '会議資料の電子化が遅れたため。'],
    ]);
    const rows = rowsOf(build('ja', plan).sheets.find((s) => s.key === 'delayed')!);
    const rowOf = (name: string) => rows.find((r) => r[2] === name) ?? [];
    expect(rowOf('満足度の向上')[4]).toBe('80%以上');
    expect(rowOf('光熱水費の削減')[4]).toBe('R3年度比で15%削減');
    expect(rowOf('ペーパーレス化')[3]).toBe('コピー用紙');
  });

  it('show a target in the characters its cell writes it in: full-width digits, brackets and spaces kept', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '業務改善', '年間２，０００時間以上削減', '1,500時間削減', '遅れ', '対象業務の選定が遅れたため。'],
      [2, '基準の整備', '処理基準の策定（R5年度中）', '素案を作成', '遅れ', '関係課との調整に時間を要したため。'],
    ]);
    const rows = rowsOf(build('ja', plan).sheets.find((s) => s.key === 'delayed')!);
    expect(rows.find((r) => r[2] === '業務改善')?.[4]).toBe('年間２，０００時間以上削減');
    expect(rows.find((r) => r[2] === '基準の整備')?.[4]).toBe('処理基準の策定（R5年度中）');
  });
});

describe('column widths', () => {
  it('fit a long sheet name\'s addresses and long numbers on one line, so print never cuts them', () => {
    const plan = grid([
      ['Ref', 'Initiative', 'Target', 'Actual', 'Status', 'Reason for delay'],
      ['1-(2)-①', 'Agency staff', '≤ 100', '120', 'Delayed', 'Sickness cover'],
      ['CP1.1', 'Online forms', '40 forms', '42 forms', 'On track', null],
      ['CP1.2', 'Paperless meetings', '50%', '40%', 'Delayed', null],
    ], [], 'SDP 2023 Monitoring');
    const book = build('en', plan);
    for (const key of ['delayed', 'results', 'check'] as const) {
      const spec = book.sheets.find((s) => s.key === key)!;
      const linked = spec.rows.flatMap((r) => r.cells.map((c, col) => ({ c, col }))).filter(({ c }) => c.link);
      expect(linked.length).toBeGreaterThan(0);
      for (const { c, col } of linked) expect(spec.columnWidths[col]).toBeGreaterThanOrEqual(displayWidth(String(cellText(c))) + 1);
    }
    const delayed = book.sheets.find((s) => s.key === 'delayed')!;
    expect(delayed.columnWidths[0]).toBeGreaterThanOrEqual(displayWidth('1-(2)-①'));
  });

  it('narrow a column the plan leaves blank throughout to its header, and keep the others as they are', () => {
    // No policy directions and no next steps in this plan.
    const plan = grid([
      ['取組項目', '目標', '実績', '遅延理由'],
      ['RPA', '50業務', '10業務', '予算の確保が困難であったため。'],
      ['AI-OCR', '1,000枚', '1,200枚', null],
    ]);
    const widthsOf = (key: string, p = plan) => build('ja', p).sheets.find((s) => s.key === key)!.columnWidths;
    const headerOf = (key: string, col: number) => rowsOf(build('ja', plan).sheets.find((s) => s.key === key)!)[1]![col] as string;
    const delayed = widthsOf('delayed');
    expect(headerOf('delayed', 1)).toBe('方向性');
    expect(delayed[1]).toBe(displayWidth('方向性') + 2);
    expect(delayed[9]).toBe(displayWidth(headerOf('delayed', 9)) + 2);
    expect(delayed[7]).toBe(widthsOf('delayed', PLAN)[7]);
    const results = widthsOf('results');
    expect(results[0]).toBe(displayWidth(headerOf('results', 0)) + 2);
    // The sample plan has directions and next steps: their columns keep their width.
    expect(widthsOf('delayed', PLAN)[1]).toBeGreaterThan(delayed[1]!);
    expect(widthsOf('delayed', PLAN)[9]).toBeGreaterThan(delayed[9]!);
  });
});

describe('a target in words', () => {
  it('is shown once, in the target column, not again as the indicator\'s name', () => {
    const plan = grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, 'ペーパーレス化', 'ペーパーレス会議環境の整備', '大型モニターを整備した', '遅れ', '機器の納期が遅れたため。'],
    ]);
    const row = rowsOf(build('ja', plan).sheets.find((s) => s.key === 'delayed')!).find((r) => r[2] === 'ペーパーレス化')!;
    expect(row.slice(3, 5)).toEqual(['', 'ペーパーレス会議環境の整備']);
  });
});
