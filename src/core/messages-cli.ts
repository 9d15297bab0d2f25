/**
 * The command line's own words (its summary, usage errors, outputs it cannot write), Japanese and English: kept apart
 * from messages.ts so that the task pane, which never says them, does not carry them.
 */
import { fillTemplate, type Lang, type Params, type Template } from './messages';

const ja = {
  'usage.hint': '使い方は npm run evaluate -- --help で表示できます。',
  'usage.noWorkbook': '評価するブック（.xlsx）を指定してください。',
  'usage.manyWorkbooks': (p: Params) => `ブックは一度に一つだけ指定してください（指定: ${p.files}）。`,
  'usage.notSubcommand': (p: Params) => `「evaluate」は書かずに、ブックだけを指定してください（例: npm run evaluate -- ${p.file}）。`,
  'usage.unknownOption': (p: Params) => `不明なオプションです: ${p.option}。`,
  'usage.missingValue': (p: Params) => `${p.option} に値を指定してください。`,
  'usage.dashValue': (p: Params) => `${p.option} に値を指定してください（- で始まる値は ${p.option}=-… と書きます）。`,
  'usage.takesNoValue': (p: Params) => `${p.option} は値をとりません。`,
  'usage.lang': (p: Params) => `--lang には ja か en を指定してください（指定: ${p.value}）。`,
  'usage.preset': (p: Params) => `--preset には ${p.names} のいずれかを指定してください（指定: ${p.value}）。`,
  'usage.tolerance': (p: Params) => `--tolerance には 0 以上 1 未満の割合を指定してください（指定: ${p.value}）。`,
  'usage.thresholds': (p: Params) => `--thresholds には ${p.preset} の最後を除く各段階の下限（%）を高い順に指定してください（指定: ${p.value}）。`,
  'usage.year': (p: Params) => `--year の年度が読めません（指定: ${p.value}。例: R2、令和2年度、FY2020、2020）。`,
  'usage.outNotXlsx': (p: Params) => `--out には .xlsx のファイル名を指定してください（指定: ${p.value}）。`,
  'output.noFolder': (p: Params) => `書き出せません（フォルダー ${p.folder} がありません）: ${p.path}`,
  'output.isFolder': (p: Params) => `書き出せません（フォルダーです。ファイル名を指定してください）: ${p.path}`,
  'output.notWritable': (p: Params) => `書き出せません（書き込む権限がありません）: ${p.path}`,
  'output.failed': (p: Params) => `書き出せません: ${p.path}（${p.detail}）`,
  'cli.delayedTitle': '遅れが生じている取組',
  'cli.problemsTitle': '要確認',
  'cli.noProblems': '要確認の項目はありません。',
  'cli.delayedItem': (p: Params) => `${p.name}（${p.pillar ? `${p.pillar}、` : ''}${p.row}行目）`,
  'cli.cause': '要因',
  'cli.nextSteps': '今後の取組',
  'cli.sheet': (p: Params) => `シート「${p.sheet}」（見出し ${p.headerRow}行目、評価年度 ${p.year}）`,
  'cli.wrote': (p: Params) => `評価結果のブックを書き出しました: ${p.path}（シート: ${p.sheets}）`,
  'cli.reading': (p: Params) => `${p.file} を読み込んでいます…`,
  'cli.writing': (p: Params) => `${p.file} に書き出しています…`,
  'cli.separate': (p: Params) => `元のブックには${p.parts}があり、コピーすると失われるため、評価シートだけを別のブックとして書き出します。`,
  'part.pivotTables': 'ピボットテーブル',
  'part.charts': 'グラフ',
  'part.customProperties': 'ユーザー設定のプロパティ',
  'part.inWorkbookLinks': 'ブック内のセルへのリンク',
} satisfies Record<string, Template>;

export type CliMessageKey = keyof typeof ja;

const en: Record<CliMessageKey, Template> = {
  'usage.hint': 'See npm run evaluate -- --help for the usage.',
  'usage.noWorkbook': 'No workbook given: name the .xlsx file to evaluate.',
  'usage.manyWorkbooks': (p) => `One workbook at a time, not ${p.files}.`,
  'usage.notSubcommand': (p) => `Name the workbook alone, without "evaluate" (for example: npm run evaluate -- ${p.file}).`,
  'usage.unknownOption': (p) => `Unknown option ${p.option}.`,
  'usage.missingValue': (p) => `${p.option} needs a value.`,
  'usage.dashValue': (p) => `${p.option} needs a value (one starting with - is written ${p.option}=-…).`,
  'usage.takesNoValue': (p) => `${p.option} takes no value.`,
  'usage.lang': (p) => `--lang: ja or en, not ${p.value}.`,
  'usage.preset': (p) => `--preset: one of ${p.names}, not ${p.value}.`,
  'usage.tolerance': (p) => `--tolerance: a share between 0 and 1, not ${p.value}.`,
  'usage.thresholds': (p) => `--thresholds: one falling percentage for each band of ${p.preset} but the last, not ${p.value}.`,
  'usage.year': (p) => `--year: not a fiscal year: ${p.value} (e.g. R2, 令和2年度, FY2020, 2020).`,
  'usage.outNotXlsx': (p) => `--out: an .xlsx file name, not ${p.value}.`,
  'output.noFolder': (p) => `Cannot write ${p.path}: there is no folder ${p.folder}`,
  'output.isFolder': (p) => `Cannot write ${p.path}: it is a folder; give a file name`,
  'output.notWritable': (p) => `Cannot write ${p.path}: permission denied`,
  'output.failed': (p) => `Cannot write ${p.path} (${p.detail})`,
  'cli.delayedTitle': 'Delayed initiatives',
  'cli.problemsTitle': 'To check',
  'cli.noProblems': 'Nothing to check.',
  'cli.delayedItem': (p) => `${p.name} (${p.pillar ? `${p.pillar}, ` : ''}row ${p.row})`,
  'cli.cause': 'Cause',
  'cli.nextSteps': 'Next steps',
  'cli.sheet': (p) => `Sheet "${p.sheet}" (header on row ${p.headerRow}, fiscal year ${p.year})`,
  'cli.wrote': (p) => `Wrote the evaluated workbook: ${p.path} (sheets: ${p.sheets})`,
  'cli.reading': (p) => `Reading ${p.file}…`,
  'cli.writing': (p) => `Writing ${p.file}…`,
  'cli.separate': (p) => `The workbook holds ${p.parts}, which a copy would lose: the summary sheets are written to a workbook of their own.`,
  'part.pivotTables': 'pivot tables',
  'part.charts': 'charts',
  'part.customProperties': 'custom document properties',
  'part.inWorkbookLinks': 'links to cells of the workbook',
};

const CATALOGUE: Record<Lang, Record<CliMessageKey, Template>> = { ja, en };

export function cliMessage(lang: Lang, key: CliMessageKey, params: Params = {}): string {
  return fillTemplate(CATALOGUE[lang][key], params);
}
