/**
 * Builds examples/action-plan-r2.xlsx: the action plan worksheet as prefectural staff keep it, holding
 * every initiative that Saitama prefecture's published FY2020 (令和2年度) progress report details
 * (令和2年度における行財政改革の取組について). The report's totals (62 initiatives, 56 on track, 6 delayed) are for the
 * whole plan; this sample holds only the 14 rows the report details: 8 on track, 6 delayed.
 *
 * Texts are as the report writes them, with only the PDF extraction damage repaired ("ORPA" → "○RPA",
 * "R P A ・ A I - O C R" → "RPA・AI-OCR", stray spaces, "へルプデスク" → "ヘルプデスク"). The report's own
 * typos are kept on purpose ("2.000件以上/年", "4.074件/年"), as are its two bullet glyphs (○ U+25CB and
 * 〇 U+3007). Which direction each delayed initiative belongs to, and every 所管課, are not in the report
 * and are plausible inventions.
 *
 * Deterministic: fixed workbook dates and fixed zip entry timestamps, so re-running gives the same bytes.
 *
 * Run: npx ts-node --transpile-only examples/build-sample.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';

const OUTPUT = path.join(__dirname, 'action-plan-r2.xlsx');

/** 2021-05-31 09:00 JST: the report's "令和3年5月31日現在". */
const FIXED_DATE = new Date('2021-05-31T00:00:00Z');

const DIR1 = '(1) 県庁のICT化・働き方改革';
const DIR2 = '(2) 多様な主体との連携・県民参画の推進';
const DIR3 = '(3) 経営感覚を持った行財政運営';

type Status = '順調' | '遅れ';

interface PlanRow {
  readonly direction: string;
  readonly title: string;
  readonly target: string;
  readonly actual: string;
  readonly status: Status;
  readonly cause?: string;
  readonly next: string;
  readonly division: string;
}

const ROWS: readonly PlanRow[] = [
  // ---- (1) 県庁のICT化・働き方改革 ----
  {
    direction: DIR1,
    title: 'RPA・AI-OCR・音声テキスト化による業務自動化の推進',
    target: [
      '○RPA導入業務数 R2年度:50業務',
      '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:2万枚 R4年度:3万枚',
      '○音声テキスト化システム利用会議数 R2年度:200会議/年 R3年度:250会議 R4年度:300会議',
    ].join('\n'),
    actual: [
      '○RPA導入業務数 51業務',
      '○AI-OCR利用枚数 約62,000枚/年',
      '○音声テキスト化システム利用会議数 約490会議/年',
    ].join('\n'),
    status: '順調',
    next: [
      '更なる業務効率化を推進するため、行動計画の目標値を再設定。',
      '〇AI-OCR利用枚数 R3年度:2万→6.7万枚 R4年度:3万→7万枚',
      '〇音声テキスト化システム利用会議数 R3年度:250→500会議 R4年度:300→550会議',
    ].join('\n'),
    division: '行政・デジタル改革課',
  },
  {
    direction: DIR1,
    title: 'AI等新技術の活用による業務効率化の推進',
    target: ['1 新技術を活用した取組の推進 R2年度:37事業/年', '2 全庁共通の取組の推進及び横展開'].join('\n'),
    actual: [
      '1 新技術を活用した取組の推進 37事業/年',
      '2 全庁共通の取組の推進及び横展開',
      '・音声翻訳システム導入 15拠点',
      '・業務アシスタント導入 3月仮運用(R3年度本格運用)',
    ].join('\n'),
    status: '順調',
    next: [
      '・各部局の取組については、引き続き、技術的支援等を行いながら取組の推進を図る。',
      '・音声翻訳システム、業務アシスタントについては、導入課所における活用を図りながら、庁内横展開にも取り組む。',
    ].join('\n'),
    division: '行政・デジタル改革課',
  },
  {
    direction: DIR1,
    title: '会議・打合せのペーパーレス化の推進',
    target: ['1 ペーパーレス会議・打合せ環境の整備', '2 既存資料の電子化の推進'].join('\n'),
    actual: [
      '1 ペーパーレス会議・打合せ環境の整備',
      '・部長級職員執務室への大型モニターの整備',
      '・タブレット端末等によるペーパーレス会議の実施',
      '2 既存資料の電子化の推進',
      '・モデル課でのペーパーレス化トライアルの実施(R元年度比コピー使用量61.2%減)',
    ].join('\n'),
    status: '順調',
    next: [
      'ペーパーレス化の更なる推進のため、行動計画に数値目標等を設定。',
      'R3年度:(上半期)全庁への環境整備 (下半期)コピー使用量50%以上削減',
      'R4年度:コピー使用量60%以上削減',
    ].join('\n'),
    division: '行政・デジタル改革課',
  },
  {
    direction: DIR1,
    title: '市町村との協働によるICT施策の実施',
    target: ['〇共同クラウドの参加団体の拡大', 'R2年度:20団体'].join('\n'),
    actual: '15団体',
    status: '遅れ',
    cause: '市町村において、新型コロナウイルス感染症の影響での厳しい財政状況で、費用面での調整が難航したため。',
    next: [
      '・スマート自治体推進会議等の場においてシステムの共同利用の検討等を進める。',
      '・国のDX関連予算などを注視しつつ、市町村の共同クラウドの利用を促進していく。',
    ].join('\n'),
    division: '市町村課',
  },
  // ---- (2) 多様な主体との連携・県民参画の推進 ----
  {
    direction: DIR2,
    title: '埼玉コラボレーションラウンジを活用した連携事業の推進',
    target: ['〇新たな連携事業の推進', 'R2年度:100事業/年'].join('\n'),
    actual: ['新たな連携事業・109事業/年', '・新型コロナウイルス感染症関連の取組として県産農産物の販売支援等'].join('\n'),
    status: '順調',
    next: '民間企業等からの連携事業提案を広く受け付け、関係課へのマッチングを行う。',
    division: '企画総務課',
  },
  {
    direction: DIR2,
    title: 'NPOとの連携による施策の推進',
    target: ['○NPO基金による助成・事業成果の確認', '助成数 R2年度:10件/年'].join('\n'),
    actual: '助成数55件(期間限定の緊急応援枠40件を含む)',
    status: '順調',
    next: 'NPO基金を活用し、引き続きNPO法人が実施する先駆的な取組等に財政的な支援を行う。',
    division: '共助社会づくり課',
  },
  {
    direction: DIR2,
    title: '「どこでも知事室」の実施',
    target: ['〇開催回数', 'R2年度:4回/年'].join('\n'),
    actual: '2回/年',
    status: '遅れ',
    cause: '新型コロナウイルス感染症の影響を踏まえ、開催を中止したため。',
    next: '県民本位の県政をより一層推進するため、引き続き知事が直接対話を通じて、多様な県民の声を聴取する機会の確保に努めていく。',
    division: '広聴広報課',
  },
  {
    direction: DIR2,
    title: 'SNS及びスマートフォンアプリ「まいたま」を活用した広報の充実',
    target: ['〇「まいたま」のアクセス数', 'R2年度:5,350,000/年'].join('\n'),
    actual: '4,217,829/年',
    status: '遅れ',
    cause: '新型コロナウイルス感染症の影響により、イベントの情報が減少したため。',
    next: 'ユーザーの多い子育て層向けの情報を増やす等、利用者ニーズに合った情報提供を行っていく。',
    division: '広聴広報課',
  },
  {
    direction: DIR2,
    title: '災害対策アプリ「まいたま防災」の機能充実',
    target: ['〇まいたま防災アプリ利用拡大', 'ダウンロード数 R2年度:28,400/累計'].join('\n'),
    actual: '23,183/累計',
    status: '遅れ',
    cause: '新型コロナウイルス感染症の影響により、イベント等でアプリのPRが十分できなかったため。',
    next: '一人でも多くの方に、平常時の身近な防災情報や災害発生時の非常時情報を御提供できるよう、関係課と連携し、県民のニーズに合致したコンテンツや機能の充実及び広報に取り組む。',
    division: '危機管理課',
  },
  {
    direction: DIR2,
    title: 'Webシステムを活用した情報収集の推進',
    target: ['○埼玉県政世論調査', '調査票回答数 R2年度:2.000件以上/年'].join('\n'),
    actual: '調査票回答数:2,834件',
    status: '順調',
    next: '順調に進捗しており、引き続き情報収集を推進していく。',
    division: '広聴広報課',
  },
  // ---- (3) 経営感覚を持った行財政運営 ----
  {
    direction: DIR3,
    title: 'データに基づいた施策立案(EBPM)の定着',
    target: '全新規事業の立案にEBPMの手法を導入',
    actual: [
      '・R3年度新規重点施策の検討においてEBPMの手法を導入。',
      '・各部局からの提案事業(全241事業)全てにおいて、EBPM調書の作成を必須とした。',
    ].join('\n'),
    status: '順調',
    next: [
      '・新規事業の立案時にEBPM調書を作成することで、職員へのデータに基づいた施策立案(EBPM)の定着を図る。',
      '・R2年度に作成したEBPM調書を踏まえ、R3年度予算を執行する。',
    ].join('\n'),
    division: '財政課',
  },
  {
    direction: DIR3,
    title: 'スマートステーションによる定型業務の集約化・効率化',
    target: [
      '職員が創造的な仕事に専念できる時間を確保し、その能力を最大限発揮できる職場づくりを行い、県民サービスの向上を図る。',
      '○AIの活用等による財務相談の促進',
      'ヘルプデスクAIの応答可能質問数 R2年度:1,100問',
    ].join('\n'),
    actual: [
      '〇庁内定型業務等の集約',
      '受注件数:4.074件/年',
      '〇AIの活用等による財務相談の促進',
      'ヘルプデスクAIの応答可能質問数:1,100問',
    ].join('\n'),
    status: '順調',
    next: [
      '既存文書をデータ化する等のペーパーレス化の推進支援、業務効率化の提案を行う。',
      '財務相談の内容の分析を行い、QAを、新たに750問、ヘルプデスクAIへ追加し、更なる利便性の向上を図る。',
    ].join('\n'),
    division: '総務事務センター',
  },
  {
    direction: DIR3,
    title: '指定管理者施設のサービスレベルの向上',
    target: ['〇公の施設の管理目標達成率(県・指定管理者協議により設定)', 'R2年度:90%以上'].join('\n'),
    actual: '90%以上達成が困難の見込み',
    status: '遅れ',
    cause: '新型コロナウイルス感染症の影響により、施設利用の一時休止や制限が行われたことで、利用者数等を基礎とする管理目標の多くが達成困難となったため。',
    next: 'コロナ禍による利用料金収入の減収や対策経費の増加が生じる中においても、県民サービスに支障が出ることのないように努めていく。',
    division: '行政・デジタル改革課',
  },
  {
    direction: DIR3,
    title: '指定出資法人の経営改善の推進',
    target: ['〇経営目標や経営指標達成率(指定出資法人が中期経営計画において設定)', 'R2年度:75%以上'].join('\n'),
    actual: '〇中期経営計画において設定する経営目標や経営指標達成率:40.5%',
    status: '遅れ',
    cause: '新型コロナウイルス感染症の影響により、指定出資法人の提供するサービス等の利用が休止又は制限されたことで、関連する目標や指標の多くが達成困難となったため。',
    next: '指定出資法人の提供する県民サービスに支障が出ることのないように、所管課とともに指定出資法人の動向に注視し、経営改善に繋げていく。',
    division: '行政・デジタル改革課',
  },
];

const HEADERS = [
  'No.',
  '方向性',
  '取組項目',
  '目標(抄)',
  'R2年度末実績',
  '進捗状況',
  '遅れが生じている要因',
  '今後の取組',
  '所管課',
] as const;

const COLUMN_WIDTHS = [5, 16, 26, 38, 38, 9, 34, 44, 16] as const;

const HEADER_ROW = 4;
const FONT: Partial<ExcelJS.Font> = { name: 'ＭＳ Ｐゴシック', size: 10 };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Display width in Excel column units, counting a full-width character as two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const halfWidthKana = code >= 0xff61 && code <= 0xff9f;
    width += code > 0xff && !halfWidthKana ? 2 : 1;
  }
  return width;
}

/** Lines a wrapped cell needs in a column of the given width. */
function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  return text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

function buildCoverSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('表紙', {
    pageSetup: { paperSize: 9, orientation: 'portrait' },
    views: [{ showGridLines: false }],
  });
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = 80;
  const lines: readonly [number, string, Partial<ExcelJS.Font>][] = [
    [3, '埼玉県行財政改革行動計画', { ...FONT, size: 20, bold: true }],
    [4, '令和2年度 進捗管理表', { ...FONT, size: 16, bold: true }],
    [7, '計画期間:令和2年度~令和4年度', { ...FONT, size: 11 }],
    [8, '実績時点:令和3年5月31日現在(令和2年度末実績)', { ...FONT, size: 11 }],
    [10, '※「行動計画」シートに、各取組項目の目標・実績・進捗状況を記載している。', { ...FONT, size: 11 }],
    [11, '※遅れが生じている取組については、その要因と今後の取組を所管課が記入すること。', { ...FONT, size: 11 }],
    [14, '企画財政部 行政・デジタル改革課', { ...FONT, size: 11 }],
  ];
  for (const [row, text, font] of lines) {
    const cell = sheet.getCell(row, 2);
    cell.value = text;
    cell.font = font;
  }
}

function buildPlanSheet(workbook: ExcelJS.Workbook): void {
  const lastCol = HEADERS.length;
  const sheet = workbook.addWorksheet('行動計画', {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: 'A5' }],
  });

  COLUMN_WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  // Row 1: title, merged across the table.
  sheet.mergeCells(1, 1, 1, lastCol);
  const title = sheet.getCell(1, 1);
  title.value = '令和2年度 行財政改革行動計画 進捗状況';
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 24;

  // Row 2: as-of date on the right. Row 3: blank.
  const asOf = sheet.getCell(2, lastCol);
  asOf.value = '令和3年5月31日現在';
  asOf.font = FONT;
  asOf.alignment = { horizontal: 'right' };

  // Row 4: header.
  const header = sheet.getRow(HEADER_ROW);
  HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 30;

  // Data rows.
  const first = HEADER_ROW + 1;
  ROWS.forEach((plan, i) => {
    const r = first + i;
    const values: (string | number | null)[] = [
      i + 1,
      plan.direction,
      plan.title,
      plan.target,
      plan.actual,
      plan.status,
      plan.cause ?? null,
      plan.next,
      plan.division,
    ];
    const row = sheet.getRow(r);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // The direction goes only in the first cell of its group; the merge below covers the rest.
      const previous = ROWS[i - 1];
      const directionRepeat = c === 1 && previous !== undefined && previous.direction === plan.direction;
      if (value !== null && !directionRepeat) cell.value = value;
      const centred = c === 0 || c === 5;
      cell.font = c === 5 && plan.status === '遅れ' ? { ...FONT, color: { argb: 'FFC00000' }, bold: true } : FONT;
      cell.alignment = {
        vertical: c === 1 ? 'middle' : 'top',
        horizontal: centred ? 'center' : 'left',
        wrapText: true,
      };
      cell.border = BORDER;
    });
    const lines = Math.max(
      ...values.map((value, c) =>
        c === 1 || typeof value !== 'string' ? 1 : wrappedLines(value, COLUMN_WIDTHS[c] ?? 10),
      ),
    );
    row.height = Math.round((lines * 13.5 + 5) * 4) / 4;
  });

  // 方向性: merge each run of equal directions vertically.
  let start = 0;
  for (let i = 1; i <= ROWS.length; i++) {
    if (i === ROWS.length || ROWS[i]?.direction !== ROWS[start]?.direction) {
      if (i - 1 > start) sheet.mergeCells(first + start, 2, first + i - 1, 2);
      start = i;
    }
  }
}

const DOS_DATE = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();
const DOS_TIME = 9 << 11; // 09:00:00

/**
 * Overwrites the modification time of every zip entry (local headers and central directory) with a fixed
 * one, so that the .xlsx bytes do not depend on when the script ran.
 */
function fixZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

export async function buildSample(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '埼玉県 企画財政部 行政・デジタル改革課';
  workbook.lastModifiedBy = '埼玉県 企画財政部 行政・デジタル改革課';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = '令和2年度 行財政改革行動計画 進捗状況';
  buildCoverSheet(workbook);
  buildPlanSheet(workbook);
  const raw = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(Buffer.from(raw as ArrayBuffer));
}

async function main(): Promise<void> {
  const bytes = await buildSample();
  fs.writeFileSync(OUTPUT, bytes);
  const delayed = ROWS.filter((r) => r.status === '遅れ').length;
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${ROWS.length} initiatives, ` +
      `${ROWS.length - delayed} on track, ${delayed} delayed`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
