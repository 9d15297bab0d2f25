/**
 * `evaluate --out`: the written workbook, read back with the independent reader (jszip + fast-xml-parser, never
 * ExcelJS) — what the summary sheets say, how they look and print, how they are marked, that a re-run replaces
 * only the tool's own sheets, and that the plan's own sheets and the input file are left as they were.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../support/cli';
import { hostileCellsPlan, mergedInitiativePlan, sectionRowsPlan } from '../fixtures/build-fixtures';
import { inspectXlsx, type XCell, type XSheet, type Xlsx } from '../support/xlsx-inspect';

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, '../../examples/action-plan-r2.xlsx');
const PLAN = '行動計画';
const SOURCE_SHEETS = ['表紙', PLAN];
const TOOL_SHEETS = ['評価サマリー', '遅れ一覧', '主な成果', '要確認'];
const KEYS = ['summary', 'delayed', 'results', 'check'];
const HEADLINE = '行動計画の全14取組のうち、8の取組は順調に取り組んでおり、6の取組に遅れが生じている。';



/** Runs `evaluate input --out out …`, expects success, and reads the output back. */
async function evaluate(input: string, out: string, ...extra: string[]): Promise<{ x: Xlsx; stdout: string }> {
  const result = await run(input, '--out', out, ...extra);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return { x: await inspect(out), stdout: result.stdout };
}

async function inspect(file: string): Promise<Xlsx> {
  return inspectXlsx(await fs.readFile(file));
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

const COLUMNS = 'ABCDEFGHIJK';

/** Values of one row, columns A.. up to `last`. */
function rowValues(sheet: XSheet, row: number, last: string): XCell['value'][] {
  return [...COLUMNS.slice(0, COLUMNS.indexOf(last) + 1)].map((col) => sheet.cells.get(`${col}${row}`)?.value ?? null);
}

/** The address of the one cell whose text is exactly `text`. */
function addressOf(sheet: XSheet, text: string): string {
  const found = [...sheet.cells].filter(([, c]) => c.value === text).map(([a]) => a);
  if (found.length !== 1) throw new Error(`"${text}" found ${found.length} times in ${sheet.name}`);
  return found[0]!;
}

function rowNumber(address: string): number {
  return Number(/\d+$/u.exec(address)?.[0]);
}

/** Every cell that holds a value or formula, as type/value/formula, for comparing sheets across files. */
function contentOf(sheet: XSheet): Record<string, Omit<XCell, 'style'>> {
  const content: Record<string, Omit<XCell, 'style'>> = {};
  for (const [address, { type, value, formula }] of sheet.cells) {
    if (value !== null || formula !== null) content[address] = { type, value, formula };
  }
  return content;
}

/** Rows r (from `first`) of the plan sheet whose recorded 進捗状況 (column F) is `status`. */
function planRowsWithStatus(plan: XSheet, status: string, first = 5): number[] {
  const rows: number[] = [];
  for (let r = first; plan.cells.has(`A${r}`); r++) if (plan.cells.get(`F${r}`)?.value === status) rows.push(r);
  return rows;
}

/** Excel's character units: East Asian wide characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
}

function markerOf(x: Xlsx, key: string): string | undefined {
  return x.definedNames.find((d) => d.name === `ActionPlanEvaluator_${key}` && d.localSheetId === null)?.value;
}

/** A1 of a sheet, as a defined name may spell it: quoted always, or unquoted for a plain name. */
function a1Of(sheet: string): string[] {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(sheet) ? [`'${sheet}'!$A$1`, `${sheet}!$A$1`] : [`'${sheet}'!$A$1`];
}

function expectMarkers(x: Xlsx, sheets: readonly string[]): void {
  KEYS.forEach((key, i) => expect(a1Of(sheets[i]!)).toContain(markerOf(x, key)));
}

/** The column letter whose header (in `row`) reads `text`; the last header column when no text is given. */
function columnOf(sheet: XSheet, row: number, text?: string): string {
  const headers = [...COLUMNS].filter((col) => sheet.cells.get(`${col}${row}`)?.value != null);
  const col = text === undefined ? headers[headers.length - 1] : headers.find((c) => sheet.cells.get(`${c}${row}`)?.value === text);
  if (col === undefined) throw new Error(`no header ${text ?? ''} in row ${row} of ${sheet.name}`);
  return col;
}

function widthOf(sheet: XSheet, col: string): number {
  return sheet.columnWidths.get(COLUMNS.indexOf(col) + 1) ?? 8.43;
}

/** A copy of an .xlsx with extra parts added, each registered in [Content_Types].xml (and _rels/.rels if given). */
async function withParts(bytes: Buffer, parts: { path: string; xml: string; contentType: string; rootRelType?: string }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let rels = await zip.file('_rels/.rels')!.async('string');
  parts.forEach((part, i) => {
    zip.file(part.path, part.xml);
    types = types.replace('</Types>', `<Override PartName="/${part.path}" ContentType="${part.contentType}"/></Types>`);
    if (part.rootRelType) rels = rels.replace('</Relationships>', `<Relationship Id="rIdTest${i}" Type="${part.rootRelType}" Target="${part.path}"/></Relationships>`);
  });
  zip.file('[Content_Types].xml', types);
  zip.file('_rels/.rels', rels);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

const CUSTOM_PROPERTIES = {
  path: 'docProps/custom.xml',
  contentType: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  rootRelType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  xml:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="所管課"><vt:lpwstr>行政・デジタル改革課</vt:lpwstr></property>' +
    '</Properties>',
};

const CHART_PART = {
  path: 'xl/charts/chart1.xml',
  contentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  xml:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
};

/** Points every defined name at a renamed sheet, as Excel does when a sheet is renamed. */
async function renameInDefinedNames(bytes: Buffer, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const renamed = workbook.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/gu, (_all, open: string, ref: string, close: string) =>
    `${open}${ref.split(`&apos;${from}&apos;!`).join(`&apos;${to}&apos;!`).split(`'${from}'!`).join(`'${to}'!`)}${close}`);
  zip.file('xl/workbook.xml', renamed);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ape-write-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the sample plan, evaluated with --out', () => {
  let planFile: string;
  let outFile: string;
  let hashBefore: string;
  let input: Xlsx;
  let output: Xlsx;
  let stdout: string;

  beforeAll(async () => {
    planFile = path.join(dir, 'plan.xlsx');
    outFile = path.join(dir, 'evaluated.xlsx');
    await fs.copyFile(SAMPLE, planFile);
    hashBefore = await sha256(planFile);
    input = await inspect(planFile);
    ({ x: output, stdout } = await evaluate(planFile, outFile));
  });

  it('adds the four summary sheets after the plan’s own sheets and says so', () => {
    expect(input.sheetNames).toEqual(SOURCE_SHEETS);
    expect(output.sheetNames).toEqual([...SOURCE_SHEETS, ...TOOL_SHEETS]);
    expect(stdout).toContain(`評価結果のブックを書き出しました: ${outFile}（シート: ${TOOL_SHEETS.join(', ')}）`);
  });

  describe('content', () => {
    it('評価サマリー holds the headline', () => {
      const summary = output.sheet('評価サマリー');
      const at = addressOf(summary, HEADLINE);
      expect(summary.merges).toContain(`${at}:H${rowNumber(at)}`);
    });

    it('評価サマリー counts each direction, with a 合計 row of 14 / 8 / 6 / 2 / 6 / 0', () => {
      const summary = output.sheet('評価サマリー');
      const header = rowNumber(addressOf(summary, '取組数'));
      expect(rowValues(summary, header, 'H')).toEqual(['方向性', '取組数', '順調', 'うち達成', 'うち達成以外', '遅れ', '判定不能', '順調の割合']);
      const total = rowNumber(addressOf(summary, '合計'));
      expect(rowValues(summary, total, 'G')).toEqual(['合計', 14, 8, 6, 2, 6, 0]);
      expect(summary.cells.get(`H${total}`)?.value).toBeCloseTo(8 / 14, 10);

      // One row per direction, in the plan's order, and the rows add up to the total.
      const plan = input.sheet(PLAN);
      const directions = ['B5', 'B9', 'B15'].map((a) => plan.cells.get(a)?.value);
      const body = Array.from({ length: total - header - 1 }, (_, i) => rowValues(summary, header + 1 + i, 'G'));
      expect(body.map((r) => r[0])).toEqual(directions);
      expect(body.map((r) => r.slice(1, 3))).toEqual([[4, 3], [6, 3], [4, 2]]);
      for (let c = 1; c <= 6; c++) expect(body.reduce((sum, r) => sum + Number(r[c]), 0)).toBe(rowValues(summary, total, 'G')[c]);
    });

    it('評価サマリー counts the delays by cause category', () => {
      const summary = output.sheet('評価サマリー');
      const header = rowNumber(addressOf(summary, '要因の分類'));
      expect(rowValues(summary, header, 'B')).toEqual(['要因の分類', '件数']);
      expect(rowValues(summary, header + 1, 'B')).toEqual(['新型コロナウイルス感染症', 5]);
      expect(rowValues(summary, header + 2, 'B')).toEqual(['関係者との調整', 1]);
      expect(summary.cells.get(`A${header + 3}`)?.value ?? null).toBeNull();
    });

    it('評価サマリー says where it came from and how it judged', () => {
      const summary = output.sheet('評価サマリー');
      const value = (label: string): XCell['value'] => summary.cells.get(`B${rowNumber(addressOf(summary, label))}`)?.value ?? null;
      expect(value('元のブック')).toBe('plan.xlsx');
      expect(value('元のシート')).toBe(`${PLAN}（見出し 4行目）`);
      expect(value('要確認の件数')).toBe(3);
      // Every band of the rule names its threshold (no dangling "遅れ <").
      expect(value('判定基準')).toMatch(/^順調 ≥100(\.0)?% \/ 遅れ <100(\.0)?%$/u);
    });

    it('遅れ一覧 lists the six delays, each cause and next step in full, with its category and source cell', () => {
      const delayed = output.sheet('遅れ一覧');
      const plan = input.sheet(PLAN);
      expect(delayed.cells.get('A1')?.value).toBe('遅れが生じている取組（6件）');
      expect(rowValues(delayed, 2, 'K')).toEqual([
        'No.', '方向性', '取組項目', '指標', '目標', '実績', '達成率', '遅れが生じている要因', '要因の分類', '今後の取組', '元のセル',
      ]);
      const planRows = planRowsWithStatus(plan, '遅れ');
      expect(planRows).toEqual([8, 11, 12, 13, 17, 18]);
      planRows.forEach((planRow, i) => {
        const r = 3 + i;
        expect(delayed.cells.get(`K${r}`)?.value).toBe(`${PLAN}!A${planRow}`);
        expect(delayed.cells.get(`C${r}`)?.value).toBe(plan.cells.get(`C${planRow}`)?.value);
        expect(delayed.cells.get(`H${r}`)?.value).toBe(plan.cells.get(`G${planRow}`)?.value);
        expect(delayed.cells.get(`J${r}`)?.value).toBe(plan.cells.get(`H${planRow}`)?.value);
      });
      expect(delayed.cells.has('A9')).toBe(false);

      // Two causes compared verbatim with the plan's cells, as read from the input file.
      expect(plan.cells.get('G8')?.value).toBe('市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。');
      expect(delayed.cells.get('H3')?.value).toBe(plan.cells.get('G8')?.value);
      expect(plan.cells.get('G18')?.value).toBe(
        '新型コロナウイルス感染症の影響により、指定出資法人の提供するサービス等の利用が休止又は制限されたことで、関連する目標や指標の多くが達成困難となったため。',
      );
      expect(delayed.cells.get('H8')?.value).toBe(plan.cells.get('G18')?.value);

      expect([3, 4, 5, 6, 7, 8].map((r) => delayed.cells.get(`I${r}`)?.value)).toEqual([
        '関係者との調整', ...Array(5).fill('新型コロナウイルス感染症'),
      ]);
    });

    it('主な成果 lists the eight initiatives on track, by direction in plan order, highest rate first', () => {
      const results = output.sheet('主な成果');
      const plan = input.sheet(PLAN);
      expect(results.cells.get('A1')?.value).toBe('主な成果（順調8件、方向性ごとに達成率の高い順）');
      expect(rowValues(results, 2, 'I')).toEqual(['方向性', '取組項目', '指標', '目標', '実績', '達成率', '判定', '今後の取組', '元のセル']);
      const rows = [3, 4, 5, 6, 7, 8, 9, 10].map((r) => rowValues(results, r, 'I'));
      expect(results.cells.has('A11')).toBe(false);
      expect(rows.map((r) => r[8]).sort()).toEqual(planRowsWithStatus(plan, '順調').map((r) => `${PLAN}!A${r}`).sort());
      for (const r of rows) expect(['達成', '順調']).toContain(r[6]);

      const directions = ['B5', 'B9', 'B15'].map((a) => plan.cells.get(a)?.value);
      const seen = [...new Set(rows.map((r) => r[0]))];
      expect(seen).toEqual(directions);
      for (const direction of directions) {
        const rates = rows.filter((r) => r[0] === direction).map((r) => (typeof r[5] === 'number' ? r[5] : -Infinity));
        expect(rates).toEqual([...rates].sort((a, b) => b - a));
      }
      // The plan's first initiative: 51 of 50 RPA tasks and two more indicators met → 102%, achieved.
      expect(rows[0]).toEqual([directions[0], plan.cells.get('C5')?.value, expect.stringContaining('RPA導入業務数'), expect.any(String), expect.any(String), 1.02, '達成', plan.cells.get('H5')?.value, `${PLAN}!A5`]);
      // The actual as written, remarks and all; the rate of a value that looks mistyped (D14, "2.000件") is not shown.
      expect(rows.map((r) => r[4])).toContain(plan.cells.get('E10')?.value);
      const suspect = rows.find((r) => r[8] === `${PLAN}!A14`);
      expect(suspect?.[5]).toBe('要確認');
      expect(rows.filter((r) => r[0] === suspect?.[0]).at(-1)).toBe(suspect);
    });

    it('要確認 lists the cells to check, starting with D14', () => {
      const check = output.sheet('要確認');
      expect(check.cells.get('A1')?.value).toBe('要確認（3件）');
      expect(rowValues(check, 2, 'D')).toEqual(['セル', '重要度', '取組項目', '内容']);
      expect(rowValues(check, 3, 'C')).toEqual([`${PLAN}!D14`, '警告', input.sheet(PLAN).cells.get('C14')?.value]);
      expect(check.cells.get('D3')?.value).toBe('「2.000件以上/年」は 2 と読んだが、桁区切りのカンマを小数点と打ち間違えた可能性がある。');
      expect([4, 5].map((r) => rowValues(check, r, 'B'))).toEqual([[`${PLAN}!E16`, '警告'], [`${PLAN}!E17`, '情報']]);
      expect(check.cells.has('A6')).toBe(false);
    });
  });

  describe('formatting', () => {
    const HEADER_ROW: Record<string, number> = { 評価サマリー: 7, 遅れ一覧: 2, 主な成果: 2, 要確認: 2 };
    it('header rows are bold, filled, bordered and wrapped', () => {
      for (const name of TOOL_SHEETS) {
        const row = HEADER_ROW[name]!;
        const last = columnOf(output.sheet(name), row);
        expect(last).toBe({ 評価サマリー: 'H', 遅れ一覧: 'K', 主な成果: 'I', 要確認: 'D' }[name]);
        for (const col of COLUMNS.slice(0, COLUMNS.indexOf(last) + 1)) {
          const style = output.styleOf(name, `${col}${row}`);
          expect({ at: `${name}!${col}${row}`, bold: style.font.bold, fill: style.fill, border: style.border, wrap: style.alignment.wrapText })
            .toEqual({ at: `${name}!${col}${row}`, bold: true, fill: 'FFDDEBF7', border: true, wrap: true });
        }
      }
    });

    it('every cell of the summary sheets is in the Japanese font; titles are large and bold', () => {
      for (const name of TOOL_SHEETS) {
        for (const address of output.sheet(name).cells.keys()) expect(output.styleOf(name, address).font.name).toBe('游ゴシック');
        expect(output.styleOf(name, 'A1').font).toMatchObject({ bold: true, size: 16 });
      }
      expect(output.styleOf('評価サマリー', addressOf(output.sheet('評価サマリー'), HEADLINE)).font).toMatchObject({ bold: true, size: 12 });
    });

    it('long text wraps, in columns wide enough to read, on rows tall enough to show it', () => {
      const delayed = output.sheet('遅れ一覧');
      const widths = [...COLUMNS].map((col) => widthOf(delayed, col));
      const [cause, nextSteps, no] = ['遅れが生じている要因', '今後の取組', 'No.'].map((h) => widthOf(delayed, columnOf(delayed, 2, h)));
      expect(cause).toBe(Math.max(...widths));
      expect(cause).toBeGreaterThanOrEqual(24);
      expect(nextSteps).toBeGreaterThanOrEqual(24);
      expect(no).toBeLessThan(10);
      for (let r = 3; r <= 8; r++) {
        let lines = 1;
        for (const col of 'BCDEFHIJ') {
          const cell = delayed.cells.get(`${col}${r}`);
          const style = output.styleOf('遅れ一覧', `${col}${r}`);
          expect({ at: `${col}${r}`, wrap: style.alignment.wrapText, vertical: style.alignment.vertical }).toEqual({ at: `${col}${r}`, wrap: true, vertical: 'top' });
          const width = widthOf(delayed, col);
          const text = typeof cell?.value === 'string' ? cell.value : '';
          lines = Math.max(lines, text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / width)), 0));
        }
        expect({ row: r, heightSet: delayed.rowHeights.has(r) }).toEqual({ row: r, heightSet: true });
        expect(delayed.rowHeights.get(r)).toBeGreaterThanOrEqual(lines * 15);
      }
      const check = output.sheet('要確認');
      expect(widthOf(check, columnOf(check, 2, '内容'))).toBeGreaterThanOrEqual(50);
    });

    it('rates carry a percent format, counts a number format', () => {
      const summary = output.sheet('評価サマリー');
      const total = rowNumber(addressOf(summary, '合計'));
      for (let r = HEADER_ROW['評価サマリー']! + 1; r <= total; r++) {
        expect(output.styleOf('評価サマリー', `H${r}`).numFmt).toMatch(/%$/u);
        expect(output.styleOf('評価サマリー', `B${r}`).numFmt).not.toMatch(/%/u);
      }
      for (let r = 3; r <= 8; r++) expect(output.styleOf('遅れ一覧', `G${r}`).numFmt).toMatch(/%$/u);
      for (let r = 3; r <= 10; r++) {
        if (output.sheet('主な成果').cells.get(`F${r}`)?.value !== '要確認') expect(output.styleOf('主な成果', `F${r}`).numFmt).toMatch(/^#,##0\.0%$/u);
      }
      expect(output.styleOf('評価サマリー', `A${total}`).font.bold).toBe(true);
      expect(output.styleOf('評価サマリー', `B${total}`).fill).toBe('FFF2F2F2');
    });

    it('the header row is frozen and carries an autofilter over the table', () => {
      expect(output.sheet('評価サマリー').autoFilter).toBe('A7:H10');
      expect(output.sheet('遅れ一覧').autoFilter).toBe('A2:K8');
      expect(output.sheet('主な成果').autoFilter).toBe('A2:I10');
      expect(output.sheet('要確認').autoFilter).toBe('A2:D5');
      for (const name of TOOL_SHEETS) {
        expect(output.sheet(name).pane).toEqual({ xSplit: 0, ySplit: HEADER_ROW[name], state: 'frozen' });
      }
    });

    it('rates get data bars and statuses get colours', () => {
      const results = output.sheet('主な成果').conditionalFormats;
      expect(results.filter((f) => f.dataBar).map((f) => f.sqref)).toEqual(['F3:F10']);
      const statusRules = results.filter((f) => f.sqref === 'G3:G10');
      expect(statusRules.every((f) => f.types.every((t) => t === 'cellIs'))).toBe(true);
      expect(statusRules.flatMap((f) => f.formulas).sort()).toEqual(['"判定不能"', '"順調"', '"達成"', '"遅れ"'].sort());
      expect(output.sheet('評価サマリー').conditionalFormats).toEqual([{ sqref: 'H8:H10', types: ['dataBar'], formulas: [], dataBar: true }]);
    });

    it('prints landscape on A4, one page wide (the summary on one page), header row repeated where the table runs on, sheet name and page in the footer', () => {
      for (const name of TOOL_SHEETS) {
        const sheet = output.sheet(name);
        expect({ name, ...sheet.pageSetup, fitToPage: sheet.fitToPage }).toEqual({
          name, orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: name === '評価サマリー' ? 1 : 0, firstPageNumber: 1, fitToPage: true,
        });
        expect(sheet.oddFooter).toContain('&A');
        expect(sheet.oddFooter).toContain('&P');
        // Pages are numbered per sheet: a count of all pages printed at once would read "1 / 7" on a one-page sheet.
        expect(sheet.oddFooter).not.toContain('&N');
        const row = HEADER_ROW[name];
        const titles = output.definedNames.filter((d) => d.name === '_xlnm.Print_Titles' && d.localSheetId === output.sheetNames.indexOf(name));
        // The summary's table is followed by its notes: its header is not repeated over them.
        expect(titles.map((d) => d.value)).toEqual(name === '評価サマリー' ? [] : [`'${name}'!$${row}:$${row}`]);
      }
    });
  });

  describe('links to the plan', () => {
    /** Each source cell of a summary sheet: its address and text, its link, how it looks. */
    function sourceCells(name: string, column: string, rows: readonly number[]) {
      const sheet = output.sheet(name);
      return rows.map((r) => {
        const at = `${column}${r}`;
        const style = output.styleOf(name, at);
        return {
          at, text: sheet.cells.get(at)?.value, link: sheet.hyperlinks.get(at),
          look: { color: style.font.color, underline: style.font.underline, font: style.font.name, border: style.border, horizontal: style.alignment.horizontal, numFmt: style.numFmt },
        };
      });
    }
    const LINK_LOOK = { color: 'FF0563C1', underline: true, font: '游ゴシック', border: true, horizontal: 'center', numFmt: '@' };

    it('遅れ一覧: a delayed initiative’s 元のセル goes to its row of the plan, and reads as before', () => {
      const planRows = planRowsWithStatus(input.sheet(PLAN), '遅れ');
      expect(sourceCells('遅れ一覧', 'K', [3, 4, 5, 6, 7, 8])).toEqual(planRows.map((planRow, i) => ({
        at: `K${3 + i}`, text: `${PLAN}!A${planRow}`,
        // A place in this workbook, written as Excel writes one: a location, no relationship to a target outside.
        link: { location: `${PLAN}!A${planRow}`, target: null },
        look: LINK_LOOK,
      })));
    });

    it('要確認: a problem’s セル goes to the plan’s cell it is about', () => {
      expect(sourceCells('要確認', 'A', [3, 4, 5]).map(({ text, link }) => ({ text, link }))).toEqual(['D14', 'E16', 'E17'].map((cell) => ({
        text: `${PLAN}!${cell}`, link: { location: `${PLAN}!${cell}`, target: null },
      })));
    });

    it('主な成果: every 元のセル links to the cell it names; no other cell of any sheet links anywhere', () => {
      const results = sourceCells('主な成果', 'I', [3, 4, 5, 6, 7, 8, 9, 10]);
      for (const cell of results) expect(cell).toEqual({ ...cell, link: { location: cell.text, target: null }, look: LINK_LOOK });
      const linked = output.sheetNames.flatMap((name) => [...output.sheet(name).hyperlinks.keys()].map((at) => `${name}!${at}`));
      expect(linked).toHaveLength(6 + 8 + 3);
      expect(output.parts.filter((p) => /^xl\/worksheets\/_rels\//u.test(p))).toEqual([]);
    });
  });

  it('marks each summary sheet with a workbook-level defined name pointing at its A1', () => {
    expectMarkers(output, TOOL_SHEETS);
    expect(output.definedNames.filter((d) => d.name.startsWith('ActionPlanEvaluator_'))).toHaveLength(4);
    expect(input.definedNames.filter((d) => d.name.startsWith('ActionPlanEvaluator_'))).toHaveLength(0);
  });

  describe('the source sheets and the input file', () => {
    it('leaves every cell of 表紙 and 行動計画 as it was, and the merges too', () => {
      for (const name of SOURCE_SHEETS) {
        expect(contentOf(output.sheet(name))).toEqual(contentOf(input.sheet(name)));
        expect([...output.sheet(name).merges].sort()).toEqual([...input.sheet(name).merges].sort());
      }
      expect(Object.keys(contentOf(input.sheet(PLAN))).length).toBeGreaterThan(100);
    });

    it('keeps their layout: widths, heights, frozen pane, page setup, print titles and cell styles', () => {
      for (const name of SOURCE_SHEETS) {
        const [before, after] = [input.sheet(name), output.sheet(name)];
        expect([...after.columnWidths]).toEqual([...before.columnWidths]);
        expect([...after.rowHeights]).toEqual([...before.rowHeights]);
        expect(after.pane).toEqual(before.pane);
        expect(after.pageSetup).toEqual(before.pageSetup);
        expect(after.fitToPage).toBe(before.fitToPage);
        for (const address of before.cells.keys()) {
          expect({ address, style: output.styleOf(name, address) }).toEqual({ address, style: input.styleOf(name, address) });
        }
      }
      expect(output.definedNames.filter((d) => d.localSheetId === 1)).toEqual(input.definedNames.filter((d) => d.localSheetId === 1));
    });

    it('never writes the input file', async () => {
      expect(await sha256(planFile)).toBe(hashBefore);
      expect(await sha256(SAMPLE)).toBe(hashBefore);
    });
  });

  it('is idempotent: evaluating the output again gives the same sheets and names, sources unchanged', async () => {
    const again = path.join(dir, 'evaluated-again.xlsx');
    const outHash = await sha256(outFile);
    const { x: third } = await evaluate(outFile, again);
    expect(third.sheetNames).toEqual(output.sheetNames);
    expect(third.definedNames).toHaveLength(output.definedNames.length);
    expect(third.definedNames).toEqual(expect.arrayContaining(output.definedNames.map((d) => expect.objectContaining(d))));
    for (const name of SOURCE_SHEETS) {
      expect(contentOf(third.sheet(name))).toEqual(contentOf(input.sheet(name)));
      expect(third.sheet(name).merges).toEqual(output.sheet(name).merges);
    }
    // The summary sheets are remade, not kept: the same contents (bar the date and the file name).
    for (const name of ['遅れ一覧', '主な成果', '要確認']) expect(contentOf(third.sheet(name))).toEqual(contentOf(output.sheet(name)));
    expect(addressOf(third.sheet('評価サマリー'), HEADLINE)).toBe(addressOf(output.sheet('評価サマリー'), HEADLINE));
    expect(await sha256(outFile)).toBe(outHash);
  });
});

describe('a user’s own sheet that shares a summary sheet’s name', () => {
  it('is kept with its content; the tool’s sheet becomes 「要確認 (2)」 and only that one is replaced on a re-run', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const own = workbook.addWorksheet('要確認');
    own.getCell('A1').value = '担当者メモ';
    own.getCell('A2').value = 'RPAの目標値をR3年度に見直すこと。';
    own.getCell('B2').value = 42;
    workbook.definedNames.add(`'${PLAN}'!$A$5:$I$18`, '取組一覧');
    const withOwn = path.join(dir, 'with-own-sheet.xlsx');
    await workbook.xlsx.writeFile(withOwn);
    const before = await inspect(withOwn);
    const ownContent = contentOf(before.sheet('要確認'));
    expect(Object.keys(ownContent)).toEqual(['A1', 'A2', 'B2']);

    const first = path.join(dir, 'with-own-sheet-evaluated.xlsx');
    const { x: once, stdout } = await evaluate(withOwn, first);
    expect(once.sheetNames).toEqual([...SOURCE_SHEETS, '要確認', '評価サマリー', '遅れ一覧', '主な成果', '要確認 (2)']);
    expect(stdout).toContain('要確認 (2)');
    expect(contentOf(once.sheet('要確認'))).toEqual(ownContent);
    expect(markerOf(once, 'check')).toBe("'要確認 (2)'!$A$1");
    expect(once.text('要確認 (2)', 'A1')).toBe('要確認（3件）');

    const second = path.join(dir, 'with-own-sheet-evaluated-again.xlsx');
    const { x: twice } = await evaluate(first, second);
    expect(twice.sheetNames).toEqual(once.sheetNames);
    expect(contentOf(twice.sheet('要確認'))).toEqual(ownContent);
    expect(markerOf(twice, 'check')).toBe("'要確認 (2)'!$A$1");
    expect(contentOf(twice.sheet('要確認 (2)'))).toEqual(contentOf(once.sheet('要確認 (2)')));
    expect(twice.definedNames.filter((d) => d.name === '取組一覧').map((d) => d.value)).toEqual([`'${PLAN}'!$A$5:$I$18`]);
    expect(twice.definedNames).toHaveLength(once.definedNames.length);
  });
});

describe('a summary sheet the user renamed', () => {
  it('is still the tool’s and is replaced on the next run, not duplicated', async () => {
    const evaluated = path.join(dir, 'rename-evaluated.xlsx');
    await evaluate(SAMPLE, evaluated);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(evaluated);
    workbook.getWorksheet('評価サマリー')!.name = '評価R2';
    let bytes: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    // Excel rewrites the defined names that point into a renamed sheet; ExcelJS (4.4) does not, so do it here.
    if (markerOf(await inspectXlsx(bytes), 'summary') !== "'評価R2'!$A$1") bytes = await renameInDefinedNames(bytes, '評価サマリー', '評価R2');
    const renamed = path.join(dir, 'renamed.xlsx');
    await fs.writeFile(renamed, bytes);
    const before = await inspectXlsx(bytes);
    expect(before.sheetNames).toEqual([...SOURCE_SHEETS, '評価R2', '遅れ一覧', '主な成果', '要確認']);
    expect(markerOf(before, 'summary')).toBe("'評価R2'!$A$1");

    const { x: after } = await evaluate(renamed, path.join(dir, 'renamed-evaluated.xlsx'));
    expect(after.sheetNames).not.toContain('評価R2');
    expect(after.sheetNames.filter((n) => n.startsWith('評価'))).toEqual(['評価サマリー']);
    expect(after.sheetNames).toHaveLength(6);
    expectMarkers(after, TOOL_SHEETS);
    expect(addressOf(after.sheet('評価サマリー'), HEADLINE)).toBeDefined();
  });
});

describe('a plan sheet whose name has spaces and an apostrophe', () => {
  it('is quoted in the address as Excel quotes it, and the link goes to its cell', async () => {
    const name = "Reform Plan '23-24";
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    workbook.getWorksheet(PLAN)!.name = name;
    const plan = path.join(dir, 'quoted-plan.xlsx');
    await workbook.xlsx.writeFile(plan);

    const { x } = await evaluate(plan, path.join(dir, 'quoted-plan-evaluated.xlsx'));
    const delayed = x.sheet('遅れ一覧');
    expect(delayed.cells.get('K3')?.value).toBe("'Reform Plan ''23-24'!A8");
    expect(delayed.hyperlinks.get('K3')).toEqual({ location: "'Reform Plan ''23-24'!A8", target: null });
    // Read back as Excel reads the location: the quoted name is the plan sheet's, and the row is the initiative's.
    const [, quoted, row] = /^'((?:[^']|'')+)'!A(\d+)$/u.exec(delayed.hyperlinks.get('K3')?.location ?? '') ?? [];
    expect(quoted?.replace(/''/gu, "'")).toBe(name);
    expect(x.sheet(name).cells.get(`C${row}`)?.value).toBe(delayed.cells.get('C3')?.value);
    expect(x.sheet('要確認').hyperlinks.get('A3')).toEqual({ location: "'Reform Plan ''23-24'!D14", target: null });
  });
});

describe('formula injection', () => {
  it('writes causes and next steps that start with =, +, -, @ as text, exactly as in the plan', async () => {
    const plan = path.join(dir, 'hostile.xlsx');
    await hostileCellsPlan(plan);
    const source = (await inspect(plan)).sheet(PLAN);
    const hostile = [...source.cells.entries()]
      .filter(([a, c]) => /^[GH]\d+$/u.test(a) && typeof c.value === 'string' && /^[=+\-@]/u.test(c.value))
      .map(([, c]) => c.value as string);
    expect(hostile).toHaveLength(8);
    expect(hostile).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.com")', '=1+1', '-コロナの影響により導入が遅れたため。', '@知事室と調整する。']));

    const { x } = await evaluate(plan, path.join(dir, 'hostile-evaluated.xlsx'));
    const delayed = x.sheet('遅れ一覧');
    for (const text of hostile) {
      const cells = [...delayed.cells.entries()].filter(([a]) => /^[HJ]\d+$/u.test(a)).filter(([, c]) => c.value === text);
      expect({ text, found: cells.length }).toEqual({ text, found: 1 });
      const [address, cell] = cells[0]!;
      expect({ address, type: cell.type, formula: cell.formula }).toEqual({ address, type: expect.stringMatching(/^(s|inlineStr|str)$/u), formula: null });
    }
    for (const name of x.sheetNames) {
      if (name === PLAN) continue;
      for (const [address, cell] of x.sheet(name).cells) expect({ sheet: name, address, formula: cell.formula }).toEqual({ sheet: name, address, formula: null });
    }
  });
});

describe('plans with nothing to report', () => {
  it('要確認 says 「要確認の項目はありません。」 for a plan with no problems', async () => {
    const plan = path.join(dir, 'clean.xlsx');
    await sectionRowsPlan(plan);
    const { x } = await evaluate(plan, path.join(dir, 'clean-evaluated.xlsx'));
    const check = x.sheet('要確認');
    expect(check.cells.get('A1')?.value).toBe('要確認（0件）');
    expect(check.cells.get('A3')?.value).toBe('要確認の項目はありません。');
    expect(check.merges).toContain('A3:D3');
    expect(check.autoFilter).toBeNull();
    expect(x.text('遅れ一覧', 'A1')).toBe('遅れが生じている取組（2件）');
  });

  it('遅れ一覧 says so when nothing is delayed', async () => {
    const plan = path.join(dir, 'no-delays.xlsx');
    await mergedInitiativePlan(plan);
    const { x } = await evaluate(plan, path.join(dir, 'no-delays-evaluated.xlsx'));
    expect(x.text('遅れ一覧', 'A3')).toBe('遅れが生じている取組はありません。');
    expect(x.sheet('評価サマリー').cells.get('A1')?.value).toEqual(expect.stringContaining('評価サマリー'));
  });
});

describe('English sheets', () => {
  it('names the sheets Summary / Delayed / Results / Check and marks them the same way', async () => {
    const { x } = await evaluate(SAMPLE, path.join(dir, 'english.xlsx'), '--lang', 'en');
    const names = ['Summary', 'Delayed', 'Results', 'Check'];
    expect(x.sheetNames).toEqual([...SOURCE_SHEETS, ...names]);
    expectMarkers(x, names);
    // The plan's own words stay Japanese: a font that has them, whatever the language of the labels.
    expect(x.styleOf('Summary', 'A1').font.name).toBe('游ゴシック');
  });
});

describe('where the output may not go', () => {
  let planFile: string;
  let hash: string;
  beforeAll(async () => {
    planFile = path.join(dir, 'guarded.xlsx');
    await fs.copyFile(SAMPLE, planFile);
    hash = await sha256(planFile);
  });

  it('refuses --out equal to the input, however it is spelled, and leaves the input as it was', async () => {
    for (const out of [planFile, path.join(dir, '.', 'sub', '..', 'guarded.xlsx'), path.relative(process.cwd(), planFile)]) {
      const result = await run(planFile, '--out', out);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/出力先が入力ファイルと同じです/u);
      expect(await sha256(planFile)).toBe(hash);
    }
  });

  it('refuses --out that reaches the input through a symbolic link, and leaves the input as it was', async () => {
    const target = path.join(dir, 'linked.xlsx');
    await fs.copyFile(SAMPLE, target);
    const link = path.join(dir, 'link-to-linked.xlsx');
    await fs.symlink(target, link);
    const result = await run(target, '--out', link);
    expect(await sha256(target)).toBe(hash);
    expect(result.code).toBe(2);
  });

  it('refuses an --out that is not an .xlsx name and writes nothing', async () => {
    for (const name of ['evaluated.xls', 'evaluated.csv', 'evaluated', 'evaluated.xlsx.bak']) {
      const out = path.join(dir, name);
      const result = await run(planFile, '--out', out);
      expect({ name, code: result.code }).toEqual({ name, code: 2 });
      expect(result.stderr).toContain('--out');
      expect(await exists(out)).toBe(false);
    }
    expect(await sha256(planFile)).toBe(hash);
  });
});

/** The sample with a link from its plan sheet's A1 to one of its cells, as Excel writes one (a location alone). */
async function withInWorkbookLink(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(p))!;
  const xml = await zip.file(sheetPath)!.async('string');
  const link = `<hyperlinks><hyperlink ref="A1" location="'${PLAN}'!A8" display="A8"/></hyperlinks>`;
  zip.file(sheetPath, xml.includes('<pageMargins') ? xml.replace('<pageMargins', `${link}<pageMargins`) : xml.replace('</worksheet>', `${link}</worksheet>`));
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('a workbook holding parts ExcelJS would drop', () => {
  it('with a link in a plan sheet named as a summary sheet: the summary written alone links nowhere', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Summary');
    sheet.addRows([
      ['Ref', 'Initiative', 'Target', 'Actual', 'Status', 'Reason for delay'],
      ['D1', 'Agency staff', '≤ 100', '120', 'Delayed', 'Sickness cover'],
    ]);
    const plain = path.join(dir, 'summary-named.xlsx');
    await fs.writeFile(plain, Buffer.from(await book.xlsx.writeBuffer()));
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', xml.replace('<pageMargins', '<hyperlinks><hyperlink ref="G1" location="Summary!A2" display="A2"/></hyperlinks><pageMargins'));
    const plan = path.join(dir, 'summary-named-linked.xlsx');
    await fs.writeFile(plan, Buffer.from(await zip.generateAsync({ type: 'nodebuffer' })));
    const { x, stdout } = await evaluate(plan, path.join(dir, 'summary-named-evaluated.xlsx'), '--lang', 'en');
    expect(stdout).toContain('links to cells of the workbook');
    expect(x.sheetNames).toContain('Summary');
    for (const name of x.sheetNames) expect(x.sheet(name).hyperlinks.size).toBe(0);
  });

  it('with a link to a cell of the workbook: says so and writes the summary sheets alone', async () => {
    const plan = path.join(dir, 'lossy-links.xlsx');
    await fs.writeFile(plan, await withInWorkbookLink(await fs.readFile(SAMPLE)));
    const hash = await sha256(plan);
    const out = path.join(dir, 'lossy-links-evaluated.xlsx');
    const { x, stdout } = await evaluate(plan, out);
    expect(stdout).toContain('元のブックにはブック内のセルへのリンクがあり、コピーすると失われるため、評価シートだけを別のブックとして書き出します。');
    expect(x.sheetNames).toEqual(TOOL_SHEETS);
    expect(await sha256(plan)).toBe(hash);
  });


  it.each([
    ['custom document properties', [CUSTOM_PROPERTIES]],
    ['charts', [CHART_PART]],
  ])('with %s: says so and writes the summary sheets alone, as a separate workbook', async (what, parts) => {
    const plan = path.join(dir, `lossy-${what.replace(/ /gu, '-')}.xlsx`);
    await fs.writeFile(plan, await withParts(await fs.readFile(SAMPLE), parts));
    const hash = await sha256(plan);
    const input = await inspect(plan);
    expect(input.parts).toContain(parts[0]!.path);
    expect(input.sheetNames).toEqual(SOURCE_SHEETS);

    const out = path.join(dir, `lossy-${what.replace(/ /gu, '-')}-evaluated.xlsx`);
    const { x, stdout } = await evaluate(plan, out);
    const named = what === 'charts' ? 'グラフ' : 'ユーザー設定のプロパティ';
    expect(stdout).toContain(`元のブックには${named}があり、コピーすると失われるため、評価シートだけを別のブックとして書き出します。`);
    expect(x.sheetNames).toEqual(TOOL_SHEETS);
    expectMarkers(x, TOOL_SHEETS);
    expect(addressOf(x.sheet('評価サマリー'), HEADLINE)).toBe('A4');
    // The plan is not in this workbook: its addresses stay text, in the table's own look.
    expect(x.text('遅れ一覧', 'K3')).toBe(`${PLAN}!A8`);
    for (const name of TOOL_SHEETS) expect(x.sheet(name).hyperlinks.size).toBe(0);
    expect(x.styleOf('遅れ一覧', 'K3').font).toMatchObject({ underline: false, color: null });
    expect(await sha256(plan)).toBe(hash);
  });
});
