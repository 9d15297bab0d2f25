/**
 * The task pane's words, Japanese and English: part of the one catalogue, merged into `message()` by
 * messages.ts. Kept in a file of their own so the engine's messages stay readable.
 *
 * `office.<code>`: one plain message for every AddinErrorCode (src/office/use-cases.ts), saying what to do next.
 */
type Params = Readonly<Record<string, string | number>>;
export type UiTemplate = string | ((p: Params) => string);

/** "" where a parameter is missing, so a message never shows "undefined". */
const s = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

export const UI_JA = {
  'ui.appTitle': '行動計画評価',
  'ui.nav.label': '画面の切り替え',
  'ui.tab.evaluate': '評価',
  'ui.tab.settings': '設定',
  'ui.loading': '読み込み中…',

  'ui.evaluate.button': '評価',
  'ui.evaluate.busy': '評価中…',
  'ui.evaluate.again': 'もう一度評価',
  'ui.evaluate.empty': '［評価］を押すと、このブックの行動計画を判定します。',
  'ui.evaluate.emptyHint': '行動計画のシートは自動で見つけます。見つからないときは［設定］でシートを選べます。結果は集計シートとしてブックに書き込みます。',
  'ui.evaluate.fromRibbon': 'リボンの［評価］ボタンで実行した結果です。',

  'ui.progress.label': '評価の進み具合',
  'ui.phase.reading': 'シートを読み取っています',
  'ui.phase.judging': '取組を判定しています',
  'ui.phase.writing': '集計シートを書き込んでいます',
  'ui.phase.done': '仕上げています',
  'ui.phase.step': (p) => `${s(p.label)}（${s(p.step)}/${s(p.of)}）`,

  'ui.result.title': '評価結果',
  'ui.result.meta': (p) => `シート「${s(p.sheet)}」（見出し ${s(p.headerRow)}行目）・評価年度 ${s(p.year)}`,
  'ui.result.sheetsWritten': (p) => `書き込んだシート: ${s(p.sheets)}`,
  'ui.count.total': '全取組',
  'ui.count.onTrack': '順調',
  'ui.count.delayed': '遅れ',
  'ui.count.unknown': '判定不能',
  'ui.count.achieved': (p) => `うち達成 ${s(p.count)}`,

  'ui.filter.label': '表示する取組',
  'ui.filter.all': 'すべて',
  'ui.filter.delayed': '遅れ',
  'ui.filter.onTrack': '順調',
  'ui.filter.unknown': '判定不能',
  'ui.filter.option': (p) => `${s(p.label)}（${s(p.count)}）`,

  'ui.list.title': '取組の一覧（遅れを先頭に）',
  'ui.list.empty': 'この条件に当たる取組はありません。',
  'ui.item.row': (p) => `${s(p.row)}行目`,
  'ui.item.rate': (p) => `達成率 ${s(p.rate)}`,
  'ui.item.qualitative': '記入された進捗状況で判定',
  'ui.item.cause': '遅れが生じている要因',
  'ui.item.causeMissing': '要因の記入なし（要確認）',
  'ui.item.nextSteps': '今後の取組',
  'ui.item.showCell': (p) => `${s(p.cell)} を選択`,

  'ui.problems.hint': 'セルの番地を押すと、シートのそのセルを選択します。',
  'ui.selected': (p) => `選択したセル: ${s(p.sheet)}!${s(p.cell)}`,

  'ui.error.title': '評価できませんでした',
  'ui.error.settingsTitle': '設定を読み書きできませんでした',
  'ui.error.chooseSheet': '［設定］で行動計画のシートを選んでください。',
  'ui.error.openSettings': '設定を開く',
  'ui.error.dismiss': '閉じる',
  'ui.error.selectFailed': 'セルを選択できませんでした',

  'ui.settings.title': '評価の設定',
  'ui.settings.storedInWorkbook': '設定はこのブックに保存され、次にブックを開いた人も同じ設定で評価できます。',
  'ui.settings.sheet': '行動計画のシート',
  'ui.settings.sheetAuto': '自動で見つける',
  'ui.settings.sheetLooksLikePlan': (p) => `${s(p.name)}（行動計画らしい）`,
  'ui.settings.columns': '列の役割',
  'ui.settings.columnsHint': (p) => `シート「${s(p.sheet)}」の見出し（${s(p.row)}行目）から判断しました。違うときは列を選び直してください。`,
  'ui.settings.noHeader': 'このシートには行動計画の見出し行が見つかりません。列を選ぶか、別のシートを選んでください。',
  'ui.settings.noSheet': '行動計画らしいシートが見つかりません。上でシートを選んでください。',
  'ui.settings.roleAuto': (p) => `自動（${s(p.header)}）`,
  'ui.settings.roleAutoNone': '自動（該当する列なし）',
  'ui.settings.columnOption': (p) => `${s(p.n)}列目: ${s(p.header)}`,
  'ui.settings.noHeaderText': '（見出しなし）',
  'ui.settings.year': '評価年度',
  'ui.settings.yearHint': '例: R2、令和2年度、FY2020。空欄なら見出し（「R2年度末実績」など）から読み取ります。',
  'ui.settings.yearRead': (p) => `${s(p.year)}として評価します。`,
  'ui.settings.yearInvalid': '年度として読めません。R2、令和2年度、FY2020 のように入力してください。',
  'ui.settings.preset': '判定基準',
  'ui.settings.tolerance': '順調とみなす幅（%）',
  'ui.settings.toleranceHint': '判定基準が「報告書」のとき、目標に届かなくてもこの割合以内なら順調とします。0なら目標どおり。',
  'ui.settings.toleranceInvalid': '0から100までの数を入力してください。',
  'ui.settings.lang': '言語',
  'ui.settings.langOffice': (p) => `Officeの表示言語に合わせる（${s(p.lang)}）`,
  'ui.settings.save': '保存',
  'ui.settings.saving': '保存中…',
  'ui.settings.saved': '設定をブックに保存しました。',
  'ui.settings.fixFirst': '入力を直してから保存してください。',

  'ui.preset.report': '報告書（順調／遅れ）',
  'ui.preset.abcd': 'A〜D（100%・80%・50%）',
  'ui.preset.sabc': 'S〜C（120%・100%・80%）',
  'ui.preset.marks': '◎○△×（100%・80%・50%）',

  'ui.lang.ja': '日本語',
  'ui.lang.en': 'English',

  'ui.role.id': 'No.',
  'ui.role.pillar': '方向性',
  'ui.role.name': '取組項目',
  'ui.role.indicator': '指標',
  'ui.role.unit': '単位',
  'ui.role.target': '目標',
  'ui.role.actual': '実績',
  'ui.role.status': '進捗状況',
  'ui.role.cause': '遅れが生じている要因',
  'ui.role.nextSteps': '今後の取組',

  'ui.preview.banner': 'プレビュー（Excelの外で動いています）',
  'ui.preview.open': 'ブックを開く（.xlsx）',
  'ui.preview.download': 'ブックをダウンロード',
  'ui.preview.noWorkbook': 'ブックが開かれていません',
  'ui.preview.workbook': (p) => `開いているブック: ${s(p.name)}`,
  'ui.preview.openFirst': '.xlsx のブックを開くと、Excelの中と同じように評価できます。',
  'ui.preview.loadFailed': (p) => `ブックを開けませんでした: ${s(p.detail)}`,
  'ui.preview.unavailable': (p) => `プレビューを準備できませんでした: ${s(p.detail)}`,

  'office.cellEditMode': 'セルの編集中は評価できません。編集を終えて（Enterキー）から、もう一度［評価］を押してください。',
  'office.protectedSheet': (p) =>
    `${p.sheet ? `シート「${s(p.sheet)}」が` : 'シートかブックが'}保護されているため、書き込めません。［校閲］タブで保護を解除してから、もう一度［評価］を押してください。`,
  'office.payloadTooLarge': 'シートが大きすぎて、Excelが一度に受け渡しできません（Excel on the web の上限は5MB）。使っていない行・列を削除するか、［設定］で行動計画のシートを選んでから、もう一度お試しください。',
  'office.sheetNotFound': (p) =>
    `${p.sheet ? `シート「${s(p.sheet)}」` : '指定のシート'}が見つかりません。名前が変わったか、削除された可能性があります。［設定］でシートを選び直してください。`,
  'office.noPlanSheet': '行動計画らしいシートが見つかりません。［設定］でシートを選んでください。',
  'office.busy': '評価を実行中です。終わるまでお待ちください。',
  'office.excelError': (p) =>
    `Excelでエラーが起きました${p.detail ? `（${s(p.detail)}）` : ''}。もう一度［評価］を押してください。続くときは、ブックを保存して開き直してください。`,
} satisfies Record<string, UiTemplate>;

export type UiKey = keyof typeof UI_JA;

export const UI_EN: Record<UiKey, UiTemplate> = {
  'ui.appTitle': 'Action Plan Evaluator',
  'ui.nav.label': 'Views',
  'ui.tab.evaluate': 'Evaluate',
  'ui.tab.settings': 'Settings',
  'ui.loading': 'Loading…',

  'ui.evaluate.button': 'Evaluate',
  'ui.evaluate.busy': 'Evaluating…',
  'ui.evaluate.again': 'Evaluate again',
  'ui.evaluate.empty': 'Press Evaluate to judge the plan in this workbook.',
  'ui.evaluate.emptyHint': 'The plan sheet is found automatically; if it is not, choose it in Settings. The results are written to the workbook as summary sheets.',
  'ui.evaluate.fromRibbon': 'This result comes from the Evaluate button on the ribbon.',

  'ui.progress.label': 'Evaluation progress',
  'ui.phase.reading': 'Reading the sheet',
  'ui.phase.judging': 'Judging the initiatives',
  'ui.phase.writing': 'Writing the summary sheets',
  'ui.phase.done': 'Finishing',
  'ui.phase.step': (p) => `${s(p.label)} (${s(p.step)}/${s(p.of)})`,

  'ui.result.title': 'Result',
  'ui.result.meta': (p) => `Sheet "${s(p.sheet)}" (header on row ${s(p.headerRow)}), fiscal year ${s(p.year)}`,
  'ui.result.sheetsWritten': (p) => `Sheets written: ${s(p.sheets)}`,
  'ui.count.total': 'Initiatives',
  'ui.count.onTrack': 'On track',
  'ui.count.delayed': 'Delayed',
  'ui.count.unknown': 'Unknown',
  'ui.count.achieved': (p) => `${s(p.count)} achieved`,

  'ui.filter.label': 'Show initiatives',
  'ui.filter.all': 'All',
  'ui.filter.delayed': 'Delayed',
  'ui.filter.onTrack': 'On track',
  'ui.filter.unknown': 'Unknown',
  'ui.filter.option': (p) => `${s(p.label)} (${s(p.count)})`,

  'ui.list.title': 'Initiatives (delayed first)',
  'ui.list.empty': 'No initiative matches this filter.',
  'ui.item.row': (p) => `row ${s(p.row)}`,
  'ui.item.rate': (p) => `rate ${s(p.rate)}`,
  'ui.item.qualitative': 'judged from the recorded status',
  'ui.item.cause': 'Reason for delay',
  'ui.item.causeMissing': 'Cause missing (to check)',
  'ui.item.nextSteps': 'Next steps',
  'ui.item.showCell': (p) => `Select ${s(p.cell)}`,

  'ui.problems.hint': 'Press a cell address to select that cell in the sheet.',
  'ui.selected': (p) => `Selected cell: ${s(p.sheet)}!${s(p.cell)}`,

  'ui.error.title': 'Could not evaluate',
  'ui.error.settingsTitle': 'Could not read or write the settings',
  'ui.error.chooseSheet': 'Choose the plan sheet in Settings.',
  'ui.error.openSettings': 'Open Settings',
  'ui.error.dismiss': 'Dismiss',
  'ui.error.selectFailed': 'Could not select the cell',

  'ui.settings.title': 'Evaluation settings',
  'ui.settings.storedInWorkbook': 'Settings are saved in this workbook, so the next person who opens it evaluates the same way.',
  'ui.settings.sheet': 'Plan sheet',
  'ui.settings.sheetAuto': 'Detect automatically',
  'ui.settings.sheetLooksLikePlan': (p) => `${s(p.name)} (looks like a plan)`,
  'ui.settings.columns': 'Column roles',
  'ui.settings.columnsHint': (p) => `Read from the header of sheet "${s(p.sheet)}" (row ${s(p.row)}). Choose another column where it is wrong.`,
  'ui.settings.noHeader': 'No action-plan header row was found on this sheet. Choose the columns, or choose another sheet.',
  'ui.settings.noSheet': 'No sheet looks like an action plan. Choose the sheet above.',
  'ui.settings.roleAuto': (p) => `Automatic (${s(p.header)})`,
  'ui.settings.roleAutoNone': 'Automatic (no column found)',
  'ui.settings.columnOption': (p) => `Column ${s(p.n)}: ${s(p.header)}`,
  'ui.settings.noHeaderText': '(no header)',
  'ui.settings.year': 'Fiscal year evaluated',
  'ui.settings.yearHint': 'For example R2, 令和2年度 or FY2020. Leave empty to take it from the headers (such as "R2年度末実績").',
  'ui.settings.yearRead': (p) => `Evaluates ${s(p.year)}.`,
  'ui.settings.yearInvalid': 'Not a fiscal year. Write it like R2, 令和2年度 or FY2020.',
  'ui.settings.preset': 'Grading',
  'ui.settings.tolerance': 'On-track tolerance (%)',
  'ui.settings.toleranceHint': 'With the Report grading, an initiative this close to its target still counts as on track. 0 = the target itself.',
  'ui.settings.toleranceInvalid': 'Enter a number from 0 to 100.',
  'ui.settings.lang': 'Language',
  'ui.settings.langOffice': (p) => `Same as Office (${s(p.lang)})`,
  'ui.settings.save': 'Save',
  'ui.settings.saving': 'Saving…',
  'ui.settings.saved': 'Settings saved in the workbook.',
  'ui.settings.fixFirst': 'Correct the entries above, then save.',

  'ui.preset.report': 'Report (on track / delayed)',
  'ui.preset.abcd': 'A–D (100%, 80%, 50%)',
  'ui.preset.sabc': 'S–C (120%, 100%, 80%)',
  'ui.preset.marks': '◎○△× (100%, 80%, 50%)',

  'ui.lang.ja': '日本語',
  'ui.lang.en': 'English',

  'ui.role.id': 'No.',
  'ui.role.pillar': 'Policy area',
  'ui.role.name': 'Initiative',
  'ui.role.indicator': 'Indicator',
  'ui.role.unit': 'Unit',
  'ui.role.target': 'Target',
  'ui.role.actual': 'Actual',
  'ui.role.status': 'Status',
  'ui.role.cause': 'Reason for delay',
  'ui.role.nextSteps': 'Next steps',

  'ui.preview.banner': 'Preview (running outside Excel)',
  'ui.preview.open': 'Open workbook (.xlsx)',
  'ui.preview.download': 'Download workbook',
  'ui.preview.noWorkbook': 'No workbook open',
  'ui.preview.workbook': (p) => `Open workbook: ${s(p.name)}`,
  'ui.preview.openFirst': 'Open an .xlsx workbook to evaluate it as you would inside Excel.',
  'ui.preview.loadFailed': (p) => `Could not open the workbook: ${s(p.detail)}`,
  'ui.preview.unavailable': (p) => `The preview could not start: ${s(p.detail)}`,

  'office.cellEditMode': 'Excel is editing a cell. Finish editing (press Enter), then press Evaluate again.',
  'office.protectedSheet': (p) =>
    `${p.sheet ? `Sheet "${s(p.sheet)}"` : 'A sheet or the workbook'} is protected, so nothing can be written. Unprotect it (Review tab), then press Evaluate again.`,
  'office.payloadTooLarge': 'The sheet is too large for Excel to pass in one go (Excel on the web allows 5 MB). Delete unused rows and columns, or choose the plan sheet in Settings, then try again.',
  'office.sheetNotFound': (p) =>
    `${p.sheet ? `Sheet "${s(p.sheet)}"` : 'The chosen sheet'} is not in this workbook; it may have been renamed or deleted. Choose the sheet again in Settings.`,
  'office.noPlanSheet': 'No sheet looks like an action plan: choose one in Settings.',
  'office.busy': 'An evaluation is running. Wait until it has finished.',
  'office.excelError': (p) =>
    `Excel reported an error${p.detail ? ` (${s(p.detail)})` : ''}. Press Evaluate again; if it keeps happening, save the workbook and open it again.`,
};

