/**
 * The one message catalogue, Japanese and English, for everything a person reads: problems, errors, statuses,
 * cause categories, headlines, and the task pane's words (kept in messages-ui.ts, merged here). The command
 * line, the summary sheets and the task pane all speak from here.
 */
import type { CauseCategory, Counts, Problem, ProblemCode, Severity, Status } from './model';
import type { EvaluationErrorCode } from './errors';
import { UI_EN, UI_JA } from './messages-ui';
import { formatYearLabel } from './quantity/years';
import { formatWhen } from './when';
import { formatNumber } from './format-quantity';

/** A bound as written after a value in Japanese ("12,600件以上") and before it in English ("≥ 12,600"). */
const DIRECTION_JA: Readonly<Record<string, string>> = { atLeast: '以上', atMost: '以下', moreThan: '超', lessThan: '未満' };
const DIRECTION_EN: Readonly<Record<string, string>> = { atLeast: '≥ ', atMost: '≤ ', moreThan: '> ', lessThan: '< ' };

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** "ja-JP" / "en-US" / "ja" → the language to speak; anything not Japanese is English. */
export function langOfTag(tag: string | null | undefined): Lang {
  return (tag ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export type Params = Readonly<Record<string, string | number>>;
/** A message as written: text, or text made from its parameters. */
export type Template = string | ((p: Params) => string);

/** A template's text for these parameters. */
export function fillTemplate(template: Template, params: Params): string {
  return typeof template === 'function' ? template(params) : template;
}

const ja = {
  ...UI_JA,
  'status.achieved': '達成',
  'status.on-track': '順調',
  'status.delayed': '遅れ',
  'status.unknown': '判定不能',
  'cause.pandemic': '新型コロナウイルス感染症',
  'cause.budget': '予算・費用',
  'cause.coordination': '関係者との調整',
  'cause.staffing': '人員・体制',
  'cause.schedule': 'スケジュール',
  'cause.other': 'その他',
  'severity.error': 'エラー',
  'severity.warning': '警告',
  'severity.info': '情報',
  'problem.causeMissing': (p: Params) => `「${p.name}」は遅れと判定されたが、遅れが生じている要因が記入されていない。`,
  'problem.statusUnknown': (p: Params) => p.recorded
    ? `「${p.name}」は目標・実績から判定できず、記入された進捗状況「${p.recorded}」も進捗状況として読み取れない。`
    : `「${p.name}」は目標・実績から判定できず、進捗状況も記入されていない。`,
  'problem.statusPending': (p: Params) => `「${p.name}」は目標・実績から判定できず、記入された進捗状況「${p.recorded}」は結果がまだ出ていないことを示すため、判定不能とした。結果が出たら記入してください。`,
  'problem.actualPending': (p: Params) => `「${p.name}」は実績が「${p.actual}」で結果がまだ出ていないため、判定不能とした。結果が出たら記入してください。`,
  'problem.statusContradiction': (p: Params) => `記入された進捗状況「${p.recorded}」が、目標と実績による判定（${statusJa(String(p.measured))}）と食い違う。判定を採用した。`,
  'problem.judgedByDeadline': (p: Params) =>
    `期限（${formatWhen(Number(p.deadline), 'ja')}まで）と実施の時期（${formatWhen(Number(p.done), 'ja')}）を比べて判定した。`,
  'problem.underWayPastDeadline': (p: Params) =>
    `期限（${formatWhen(Number(p.deadline), 'ja')}まで）は${p.asOf !== undefined ? `表の時点（${formatWhen(Number(p.asOf), 'ja')}現在）まで` : `評価年度（${yearJa(p.year)}年度）のうち`}に来ているが、` +
    `進捗状況は「${p.recorded}」で、実績にも完了したとの記載がないため、遅れと判定した。`,
  'problem.comparedWithLastYear': (p: Params) =>
    `目標「${p.target}」を、前年度の実績（${p.lastYearCell}「${p.lastYear}」）から${formatNumber(Number(p.value))}${p.unit}${DIRECTION_JA[String(p.direction)] ?? ''}と読んで実績と比べた。`,
  'problem.cutFromBaseline': (p: Params) =>
    `目標「${p.target}」を、基準値（${p.baselineCell}「${p.baseline}」）から${formatNumber(Number(p.value))}${p.unit}以下と読んで実績と比べた。`,
  'problem.directionFromColumn': (p: Params) => `「${p.header}」列の向き（増加・減少、↑・↓など）を、各指標の目標の向きとして読んだ。`,
  'problem.statusRemarkSetAside': (p: Params) =>
    `記入された進捗状況「${p.recorded}」は、括弧の外の評価で「${statusJa(String(p.status))}」と読んだ。括弧内の「${p.remark}」は判定に使っていない。`,
  'problem.delayedByCause': (p: Params) =>
    `記入された進捗状況は「${p.recorded}」だが、遅れが生じている要因が記入されているため、遅れとした。`,
  'problem.statusLegend': (p: Params) => `記入された評価（${p.marks}）は、シートの凡例のとおりに読んだ。`,
  'problem.approximateTarget': (p: Params) => `目標「${p.target}」はおおよその値のため、達成率${p.rate}%の実績を順調とした。`,
  'problem.lastYearMissing': (p: Params) => (p.lastYearCell
    ? `目標「${p.target}」は前年度の実績と比べるものだが、前年度の実績（${p.lastYearCell}）が読み取れないため`
    : `目標「${p.target}」は前年度の実績と比べるものだが、前年度の実績の列（「${p.lastYear ? yearJa(p.lastYear) : 'R2'}年度実績」「前年度実績」など）がないため`) +
    '、数値では比べていない。',
  'problem.actualSummed': (p: Params) => `実績は期間ごとの${p.parts}つの値の合計（${p.value}）として目標と比べた。`,
  'problem.otherTableBelow': (p: Params) => `${p.row}行目からは行動計画でない別の表とみて、取組として読まなかった。`,
  'problem.causeFromIssues': (p: Params) => `遅れが生じている要因の列がないため、「${p.header}」列の記述を遅れの要因とした。`,
  'problem.suspectThousands': (p: Params) => `「${p.text}」は ${p.value} と読んだが、桁区切りのカンマを小数点と打ち間違えた可能性がある。`,
  'problem.fractionForPercent': (p: Params) =>
    `実績の数値 ${p.value} を ${p.value}% と読んだ（目標は ${p.target}%）。${p.percent}% のつもりなら、セルの表示形式をパーセントにしてください。`,
  'problem.actualIsStatement': (p: Params) => `実績「${p.text}」は数値ではなく見込みの記述のため、数値としては比べていない。`,
  'problem.unitMismatch': (p: Params) => `目標の単位「${p.target}」と実績の単位「${p.actual}」が異なる` +
    (p.compared === 0 ? 'ため、数値では比べていない。' : '。'),
  'problem.cellError': (p: Params) => `セルがエラー値（${p.value}）のため、読み取れない。`,
  'problem.formulaNotComputed': (p: Params) =>
    `数式${p.value ? `（=${p.value}）` : ''}の計算結果がファイルに保存されていないため、読み取れない。Excelで開いて保存し直してから評価してください。`,
  'problem.unexpectedCellType': (p: Params) => `セルの値（${p.value}）が${p.kind === 'date' ? '日付' : '真偽値'}で、目標・実績として読み取れない。`,
  'problem.noTargetForYear': (p: Params) => p.target
    ? `「${p.name}」の目標「${p.target}」に、評価年度（${yearJa(p.year)}年度）の値が書かれていない。`
    : `「${p.name}」に評価年度（${yearJa(p.year)}年度）の目標が書かれていない。`,
  // Two columns headed alike ("目標値" under "活動指標" and under "成果指標") are told apart by their letters.
  'problem.columnIgnored': (p: Params) => {
    const same = p.header === p.used && p.column !== undefined && p.usedColumn !== undefined;
    return `列「${p.header}」${same ? `（${p.column}列）` : ''}は「${p.used}」${same ? `（${p.usedColumn}列）` : ''}と同じ種類の列とも読めるが、${p.usedCell}の「${p.used}」の列を使い、この列は判定に使っていない。`;
  },
  'problem.otherPlanSheets': (p: Params) =>
    `シート${sheetList(p.others).map((s) => `「${s}」`).join('')}も行動計画のように見えるが、「${p.sheet}」を評価した。違う場合は評価するシートを指定してください（コマンドでは --sheet、作業ウィンドウでは設定で）。`,
  'problem.actualFromForecast': (p: Params) => `「${p.part}」は年度の途中の値のため、「${p.forecast}」の列を実績として年度の目標と比べた。`,
  'problem.lowerIsBetterByBaseline': (p: Params) =>
    `目標が基準値（${p.baselineCell}「${p.baseline}」）より低いため、少ないほどよい指標と読んで判定した。多いほどよい場合は目標に「以上」と書いてください。`,
  'problem.lowerIsBetterByName': (p: Params) => `「${p.name}」は少ない・短いほどよい指標と読んで判定した（目標に「以下」「以内」などの向きがない）。多いほどよい場合は目標に「以上」と書いてください。`,
  'problem.stepAsPlanned': (p: Params) => `「${p.name}」は実績「${p.actual}」が目標「${p.target}」のとおりのため順調とした（数値の比較はしていない）。`,
  'problem.statusFromActual': (p: Params) => `「${p.name}」は実績欄の「${p.text}」を進捗として判定した（数値の比較はしていない）。`,
  'problem.targetUnreadable': (p: Params) => `目標「${p.target}」から数値を読み取れないため、実績「${p.actual}」と比べていない。目標に数値を書いてください。`,
  'problem.yearFromTitle': (p: Params) => `見出しからは評価年度が決まらないため、表題「${p.title}」の${yearJa(p.year)}年度を評価年度とした。違う場合は評価年度を指定してください。`,
  'problem.yearFromActuals': (p: Params) => `見出しからは評価年度が決まらないため、実績が記入されている最新の${yearJa(p.year)}年度を評価年度とした。違う場合は評価年度を指定してください。`,
  'problem.targetActualRows': (p: Params) => `${p.kind ? `「${p.kind}」の列の` : ''}「目標」の行とその${p.order === 'above' ? '上' : '下'}の「実績」の行を組にして、${p.yearHeader}の列（${p.yearCell}）の値で判定した。`,
  'problem.noYearColumn': (p: Params) => `目標と実績が年度ごとの列に書かれているが、評価年度（${yearJa(p.year)}年度）の列がないため、数値では判定していない。評価年度を確認してください。`,
  'problem.yearActualBlank': (p: Params) => `「${p.header}」が空欄のため、実績なしとして扱った。${p.parts}の記入は足し合わせていない。年度の実績を記入してください。`,
  'problem.noActualsForYear': (p: Params) => `${p.yearHeader}の列の「実績」の行に記入がないため、数値では判定していない。評価年度を確認してください。`,
  'problem.yearInferred': (p: Params) => `見出しに年度がないため、目標に最も多く書かれた${yearJa(p.year)}年度を評価年度とした。違う場合は評価年度を指定してください。`,
  'problem.actualMissing': (p: Params) => `「${p.name}」は目標があるが、実績が読み取れない${p.text ? `（記入: 「${p.text}」）` : '（空欄）'}。取組は他の指標で判定した。`,
  'problem.actualYearDiffers': (p: Params) => `評価年度は${yearJa(p.year)}年度だが、実績の列「${p.header}」は${yearJa(p.columnYear)}年度のもの。実績がどの年度のものか確認してください。`,
  'problem.directionCarriedDown': (p: Params) => `このExcelでは結合セルを読み取れないため、空欄の方向性に上の行の「${p.pillar}」を当てはめた。`,
  'problem.targetNotPositive': (p: Params) => `目標値が ${p.value} のため達成率を計算できない。目標と実績の比較のみで判定した。`,
  'problem.indicatorCountMismatch': (p: Params) => `目標と実績の指標の数が合わない（目標${p.targets}件、実績${p.actuals}件）。`,
  'error.fileNotFound': (p: Params) => `ファイルが見つかりません: ${p.path}`,
  'error.notAFile': (p: Params) => `フォルダです。評価するブック（.xlsx）のファイルを指定してください: ${p.path}`,
  'error.notXlsx': (p: Params) => `Excelブック（.xlsx）ではありません: ${p.path}`,
  'error.unreadableWorkbook': (p: Params) => `ブックを読み込めません（破損しているか、.xlsx形式ではありません）: ${p.path}` + (p.detail ? `（${p.detail}）` : ''),
  'error.sheetNotFound': (p: Params) => `シート「${p.sheet}」がありません。あるシート: ${p.sheets}`,
  'error.noPlanSheet': (p: Params) => `行動計画らしいシートが見つかりません（取組項目・目標・実績などの見出し行がありません）。シート: ${p.sheets}`,
  'error.noHeader': (p: Params) => `シート「${p.sheet}」に行動計画の見出し行（取組項目・目標・実績など）が見つかりません。`,
  'error.emptySheet': (p: Params) => `シート「${p.sheet}」は空です。行動計画のシートを含むブックを指定してください。`,
  'error.noInitiatives': (p: Params) => `シート「${p.sheet}」の見出し行（${p.row}行目）の下に取組の行がありません。`,
  'error.formPerSheet': (p: Params) =>
    `シート「${p.sheet}」は、1つの取組を1枚に記入する調書の形式のようです（${p.namingCell}「${p.naming}」、${p.judgingCell}「${p.judging}」などの項目の横に記入）。` +
    'このツールは、1行に1つの取組を記入した一覧表のシートを読みます。調書の内容を一覧表にまとめてから評価してください。',
  'error.outputIsInput': (p: Params) => `出力先が入力ファイルと同じです。入力ファイルは書き換えません: ${p.path}`,
  'error.usage': (p: Params) => `${p.message}`,
  'headline.full': (p: Params) =>
    `行動計画の全${p.total}取組のうち、${p.onTrack}の取組は順調に取り組んでおり、${p.delayed}の取組に遅れが生じている。` +
    (p.unknown !== '0' ? `（このほか、${p.unknown}の取組は判定不能。）` : ''),
  'headline.short': (p: Params) =>
    `全${p.total}取組のうち、${p.onTrack}の取組は順調、${p.delayed}の取組に遅れ` + (p.unknown !== '0' ? `、${p.unknown}の取組は判定不能` : ''),
  'sheet.summary': '評価サマリー',
  'sheet.delayed': '遅れ一覧',
  'sheet.results': '主な成果',
  'sheet.check': '要確認',
  'sheet.revisions': '目標見直し',
  'summary.title': (p: Params) => `${p.title}　評価サマリー`,
  'summary.year': (p: Params) => `評価年度: ${p.year}　／　元のシート: ${p.sheet}`,
  'summary.byPillar': '方向性別の取組状況',
  'summary.byCause': '遅れの要因別の件数',
  'summary.about': '作成情報',
  'col.pillar': '方向性',
  'col.total': '取組数',
  'col.onTrack': '順調',
  'col.achieved': 'うち達成',
  // Of the 順調, those not achieved: "うち順調" under "順調" would name the whole as its part.
  'col.onTrackOnly': 'うち達成以外',
  'col.delayed': '遅れ',
  'col.unknown': '判定不能',
  'col.shareOnTrack': '順調の割合',
  'col.causeCategory': '要因の分類',
  'col.count': '件数',
  'col.no': 'No.',
  'col.initiative': '取組項目',
  'col.indicator': '指標',
  'col.target': '目標',
  'col.actual': '実績',
  'col.rate': '達成率',
  'col.status': '判定',
  'col.cause': '遅れが生じている要因',
  'col.nextSteps': '今後の取組',
  'col.source': '元のセル',
  'col.cell': 'セル',
  'col.severity': '重要度',
  'col.message': '内容',
  'row.total': '合計',
  'about.generatedAt': '作成日時',
  'about.workbook': '元のブック',
  'about.sheet': '元のシート',
  'about.sheetValue': (p: Params) => `${p.sheet}（見出し ${p.row}行目）`,
  'about.rules': '判定基準',
  'about.problems': '要確認の件数',
  'about.tool': '作成',
  'about.toolName': '行動計画評価ツール（このシートはツールが作成したもので、再評価のたびに作り直されます）',
  'delayed.title': (p: Params) => `遅れが生じている取組（${p.count}件）`,
  'delayed.none': '遅れが生じている取組はありません。',
  'results.title': (p: Params) => `主な成果（順調${p.count}件、${p.byPillar === 1 ? '方向性ごとに' : ''}達成率の高い順）`,
  'results.none': '順調な取組はありません。',
  'results.checkRate': '要確認',
  'check.title': (p: Params) => `要確認（${p.count}件）`,
  'check.none': '要確認の項目はありません。',
  'cause.missing': '（要因の記入なし）',
  'history.title': '目標見直しの履歴（見直しも取り消しも行を追加して記録します。行を書き換えたり消したりしないでください）',
  'history.at': '日時',
  'history.user': '担当者',
  'history.sheet': 'シート',
  'history.cell': 'セル',
  'history.initiative': '取組項目',
  'history.indicator': '指標',
  'history.year': '年度',
  'history.old': '変更前',
  'history.new': '変更後',
  'history.reason': '理由',
  'history.kind': '種別',
  'history.batch': '回',
  'history.oldCell': '変更前のセル',
  'history.newCell': '変更後のセル',
  'history.kindRevise': '見直し',
  'history.kindUndo': '取消し',
  'history.undoReason': (p: Params) => `${p.batch}回目の見直しの取り消し`,
  'summary.revisions': '目標の見直し',
  'suggest.keepOnCourse': '目標に向けて順調なため、目標を据え置く。',
  'suggest.raiseToActual': (p: Params) => `今年度の実績（${p.actual}）が既にこの年度の目標を上回るため、実績以上に引き上げる。`,
  'suggest.lowerToActual': (p: Params) => `今年度の実績（${p.actual}）が既にこの年度の目標を下回る（良い）ため、実績以下に引き下げる。`,
  'suggest.keepDelayed': '遅れが生じているため目標を据え置く（要検討）。',
  'suggest.rule.keepOrRaiseToActual': '据え置き／実績までの引き上げ（有効数字2桁で切り上げ）',
  'typed.empty': '値を入力してください。',
  'typed.notNumber': '数値として読めません（例: 67000、6.7万、６７，０００）。',
  'typed.negative': '負の値は目標にできません。',
  'typed.tooLarge': '値が大きすぎます（15桁まで）。',
  'year.none': '不明',
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, Template> = {
  ...UI_EN,
  'status.achieved': 'Achieved',
  'status.on-track': 'On track',
  'status.delayed': 'Delayed',
  'status.unknown': 'Unknown',
  'cause.pandemic': 'COVID-19 pandemic',
  'cause.budget': 'Budget and cost',
  'cause.coordination': 'Coordination with others',
  'cause.staffing': 'Staffing',
  'cause.schedule': 'Schedule',
  'cause.other': 'Other',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'problem.causeMissing': (p) => `"${p.name}" is delayed but no reason for the delay is recorded.`,
  'problem.statusUnknown': (p) => p.recorded
    ? `"${p.name}" cannot be judged from its target and actual, and the recorded status "${p.recorded}" could not be read as a status.`
    : `"${p.name}" cannot be judged from its target and actual, and no status is recorded.`,
  'problem.statusPending': (p) => `"${p.name}" cannot be judged from its target and actual, and the recorded status "${p.recorded}" says the result is not in yet: left as unknown. Record the result when it is in.`,
  'problem.actualPending': (p) => `"${p.name}" has the actual "${p.actual}": the result is not in yet, so it is left as unknown. Record the result when it is in.`,
  'problem.statusContradiction': (p) => `The recorded status "${p.recorded}" contradicts the judgement from target and actual (${statusEn(String(p.measured))}); the judgement stands.`,
  'problem.judgedByDeadline': (p) =>
    `Judged by comparing the deadline (${formatWhen(Number(p.deadline), 'en')}) with when it was done (${formatWhen(Number(p.done), 'en')}).`,
  'problem.underWayPastDeadline': (p) =>
    `The deadline (${formatWhen(Number(p.deadline), 'en')}) has come ${p.asOf !== undefined ? `by the date the table speaks as of (${formatWhen(Number(p.asOf), 'en')})` : `within the evaluated year (${yearEn(p.year)})`}, ` +
    `but the status is "${p.recorded}" and the actual does not say it was done: judged delayed.`,
  'problem.comparedWithLastYear': (p) =>
    `The target "${p.target}" was compared with last year's actual ("${p.lastYear}" at ${p.lastYearCell}), as ${DIRECTION_EN[String(p.direction)] ?? ''}${formatNumber(Number(p.value))}${p.unit === '' || p.unit === '%' ? p.unit : ` ${p.unit}`}.`,
  'problem.cutFromBaseline': (p) =>
    `The target "${p.target}" was compared as at most ${formatNumber(Number(p.value))}${p.unit === '' || p.unit === '%' ? p.unit : ` ${p.unit}`}, cut from the baseline ("${p.baseline}" at ${p.baselineCell}).`,
  'problem.directionFromColumn': (p) => `The "${p.header}" column (up/down, ↑/↓…) was read as the way each indicator should go.`,
  'problem.statusRemarkSetAside': (p) =>
    `The recorded status "${p.recorded}" was read by its rating outside the brackets, as ${statusEn(String(p.status))}; the remark "${p.remark}" was not used.`,
  'problem.delayedByCause': (p) =>
    `The recorded status is "${p.recorded}", but a reason for delay is recorded: judged as delayed.`,
  'problem.statusLegend': (p) => `The recorded ratings (${p.marks}) were read as the sheet's legend defines them.`,
  'problem.approximateTarget': (p) => `The target "${p.target}" is approximate: the actual, at ${p.rate}% of it, was taken as on track.`,
  'problem.lastYearMissing': (p) => (p.lastYearCell
    ? `The target "${p.target}" is set against last year's actual, but none could be read at ${p.lastYearCell}`
    : `The target "${p.target}" is set against last year's actual, but no column holds it ("${p.lastYear ? yearEn(p.lastYear) : 'FY2020'} actual", "Last year's actual")`) +
    ': no values were compared.',
  'problem.actualSummed': (p) => `The actual was compared with the target as the sum of its ${p.parts} parts of the year (${p.value}).`,
  'problem.otherTableBelow': (p) => `From row ${p.row} down is another kind of table, not read as initiatives.`,
  'problem.causeFromIssues': (p) => `With no column for causes of delay, the text in the "${p.header}" column was taken as the cause.`,
  'problem.suspectThousands': (p) => `"${p.text}" was read as ${p.value}; the decimal point may be a mistyped thousands separator.`,
  'problem.fractionForPercent': (p) =>
    `The actual ${p.value} was read as ${p.value}% (the target is ${p.target}%). If ${p.percent}% was meant, format the cell as a percentage.`,
  'problem.actualIsStatement': (p) => `The actual "${p.text}" is a statement about a value, not a value: it was not compared as one.`,
  'problem.unitMismatch': (p) => `The target's unit "${p.target}" differs from the actual's unit "${p.actual}"` +
    (p.compared === 0 ? ': the values were not compared.' : '.'),
  'problem.cellError': (p) => `The cell holds an error value (${p.value}) and cannot be read.`,
  'problem.formulaNotComputed': (p) =>
    `The formula${p.value ? ` (=${p.value})` : ''} was saved without its computed value and cannot be read. Open and save the workbook in Excel, then evaluate it again.`,
  'problem.unexpectedCellType': (p) => `The cell holds a ${p.kind} (${p.value}), which cannot be read as a target or actual.`,
  'problem.noTargetForYear': (p) => p.target
    ? `The target "${p.target}" of "${p.name}" gives no value for the evaluated year (${yearEn(p.year)}).`
    : `"${p.name}" has no target for the evaluated year (${yearEn(p.year)}).`,
  'problem.columnIgnored': (p) => {
    const same = p.header === p.used && p.column !== undefined && p.usedColumn !== undefined;
    return `The column "${p.header}"${same ? ` (column ${p.column})` : ''} could be read as the same kind of column as "${p.used}"${same ? ` (column ${p.usedColumn})` : ''}: the "${p.used}" column at ${p.usedCell} was used, and this one was not used in judging.`;
  },
  'problem.otherPlanSheets': (p) => {
    const others = sheetList(p.others);
    const named = others.map((s) => `"${s}"`).join(', ');
    const also = others.length === 1 ? `The sheet ${named} also looks like a plan` : `The sheets ${named} also look like plans`;
    return `${also}; "${p.sheet}" was evaluated. If that is wrong, name the sheet to evaluate (--sheet on the command line, Settings in the pane).`;
  },
  'problem.actualFromForecast': (p) => `"${p.part}" is a figure for part of the year: the "${p.forecast}" column was compared with the year's target as the actual.`,
  'problem.lowerIsBetterByBaseline': (p) =>
    `The target is below the baseline ("${p.baseline}" at ${p.baselineCell}), so the indicator was judged as better when lower. If higher is better, write "or more" in the target.`,
  'problem.lowerIsBetterByName': (p) => `"${p.name}" was judged as better when lower, as its name says (the target states no direction). If higher is better, write "or more" in the target.`,
  'problem.stepAsPlanned': (p) => `"${p.name}" was taken as on track: its actual "${p.actual}" is the step its target "${p.target}" plans (no values were compared).`,
  'problem.statusFromActual': (p) => `"${p.name}" was judged by the word "${p.text}" in its actual cell (no values were compared).`,
  'problem.targetUnreadable': (p) => `No value could be read from the target "${p.target}", so the actual "${p.actual}" was not compared with it. Write the target as a value.`,
  'problem.yearFromTitle': (p) => `The headers do not say which year is evaluated: it was taken as ${yearEn(p.year)}, from the title "${p.title}". If that is wrong, give the year.`,
  'problem.yearFromActuals': (p) => `The headers do not say which year is evaluated: it was taken as ${yearEn(p.year)}, the latest year with actuals written. If that is wrong, give the year.`,
  'problem.targetActualRows': (p) => `Each "target" row was read with the "actual" row ${p.order === 'above' ? 'above' : 'under'} it${p.kind ? ` (column "${p.kind}")` : ''}, taking the values of the column ${p.yearHeader} (${p.yearCell}).`,
  'problem.noYearColumn': (p) => `Targets and actuals are written in a column per year, but none is for the evaluated year (${yearEn(p.year)}), so no values were compared. Check the evaluated year.`,
  'problem.yearActualBlank': (p) => `"${p.header}" is blank, so no actual was read; ${p.parts} were not added up. Write the year's actual.`,
  'problem.noActualsForYear': (p) => `No "actual" row holds a value in the column ${p.yearHeader}, so no values were compared. Check the evaluated year.`,
  'problem.yearInferred': (p) => `No header names a year: the evaluated year was taken as ${yearEn(p.year)}, the year most targets are written for. If that is wrong, give the year.`,
  'problem.actualMissing': (p) => `"${p.name}" has a target but no actual that can be read${p.text ? ` (written: "${p.text}")` : ' (blank)'}; the initiative was judged by its other indicators.`,
  'problem.actualYearDiffers': (p) => `The evaluated year is ${yearEn(p.year)}, but the actual column "${p.header}" is for ${yearEn(p.columnYear)}: check which year the actuals are for.`,
  'problem.directionCarriedDown': (p) => `This version of Excel cannot report merged cells: the blank policy area was taken from the row above ("${p.pillar}").`,
  'problem.targetNotPositive': (p) => `The target is ${p.value}, so no rate can be computed; judged by comparing target and actual only.`,
  'problem.indicatorCountMismatch': (p) => `The target lists ${p.targets} indicators but the actual lists ${p.actuals}.`,
  'error.fileNotFound': (p) => `File not found: ${p.path}`,
  'error.notAFile': (p) => `This is a folder: give the workbook (.xlsx) file to evaluate: ${p.path}`,
  'error.notXlsx': (p) => `Not an Excel workbook (.xlsx): ${p.path}`,
  'error.unreadableWorkbook': (p) => `Cannot read the workbook (damaged or not in .xlsx format): ${p.path}` + (p.detail ? ` (${p.detail})` : ''),
  'error.sheetNotFound': (p) => `There is no sheet "${p.sheet}". Sheets: ${p.sheets}`,
  'error.noPlanSheet': (p) => `No sheet looks like an action plan (no header row with initiative, target, actual…). Sheets: ${p.sheets}`,
  'error.noHeader': (p) => `Sheet "${p.sheet}" has no action-plan header row (initiative, target, actual…).`,
  'error.emptySheet': (p) => `Sheet "${p.sheet}" is empty: give a workbook that holds the action plan.`,
  'error.noInitiatives': (p) => `Sheet "${p.sheet}" has no initiative rows below its header (row ${p.row}).`,
  'error.formPerSheet': (p) =>
    `Sheet "${p.sheet}" looks like a form for a single initiative (entries beside items such as ${p.namingCell} "${p.naming}" and ${p.judgingCell} "${p.judging}"). ` +
    'The tool reads a list with one initiative per row: gather the forms into such a list and evaluate that sheet.',
  'error.outputIsInput': (p) => `The output is the input file itself; the input is never overwritten: ${p.path}`,
  'error.usage': (p) => `${p.message}`,
  'headline.full': (p) =>
    `Of the plan's ${p.total} initiatives, ${p.onTrack} are on track and ${p.delayed} are delayed.` +
    (p.unknown !== '0' ? ` (${p.unknown} cannot be judged.)` : ''),
  'headline.short': (p) =>
    `${p.total} initiatives: ${p.onTrack} on track, ${p.delayed} delayed` + (p.unknown !== '0' ? `, ${p.unknown} unknown` : ''),
  'sheet.summary': 'Summary',
  'sheet.delayed': 'Delayed',
  'sheet.results': 'Results',
  'sheet.check': 'Check',
  'sheet.revisions': 'Target revisions',
  'summary.title': (p) => `${p.title}: evaluation summary`,
  'summary.year': (p) => `Fiscal year: ${p.year} / source sheet: ${p.sheet}`,
  'summary.byPillar': 'Initiatives by policy area',
  'summary.byCause': 'Delays by cause',
  'summary.about': 'About this evaluation',
  'col.pillar': 'Policy area',
  'col.total': 'Initiatives',
  'col.onTrack': 'On track',
  'col.achieved': 'of which achieved',
  'col.onTrackOnly': 'of which not yet achieved',
  'col.delayed': 'Delayed',
  'col.unknown': 'Unknown',
  'col.shareOnTrack': 'Share on track',
  'col.causeCategory': 'Cause category',
  'col.count': 'Count',
  'col.no': 'No.',
  'col.initiative': 'Initiative',
  'col.indicator': 'Indicator',
  'col.target': 'Target',
  'col.actual': 'Actual',
  'col.rate': 'Rate',
  'col.status': 'Status',
  'col.cause': 'Reason for delay',
  'col.nextSteps': 'Next steps',
  'col.source': 'Source cell',
  'col.cell': 'Cell',
  'col.severity': 'Severity',
  'col.message': 'Message',
  'row.total': 'Total',
  'about.generatedAt': 'Generated',
  'about.workbook': 'Workbook',
  'about.sheet': 'Sheet',
  'about.sheetValue': (p) => `${p.sheet} (header on row ${p.row})`,
  'about.rules': 'Grading rules',
  'about.problems': 'Items to check',
  'about.tool': 'Made by',
  'about.toolName': 'Action Plan Evaluator (this sheet is made by the tool and remade at every evaluation)',
  'delayed.title': (p) => `Delayed initiatives (${p.count})`,
  'delayed.none': 'No initiative is delayed.',
  'results.title': (p) => `Main results (${p.count} on track, ${p.byPillar === 1 ? 'by policy area, ' : ''}highest rate first)`,
  'results.none': 'No initiative is on track.',
  'results.checkRate': 'Check',
  'check.title': (p) => `To check (${p.count})`,
  'check.none': 'Nothing to check.',
  'cause.missing': '(no cause recorded)',
  'history.title': 'Target revision history (each revision and each undo is added as a new row; please do not edit or delete rows)',
  'history.at': 'Date and time',
  'history.user': 'User',
  'history.sheet': 'Sheet',
  'history.cell': 'Cell',
  'history.initiative': 'Initiative',
  'history.indicator': 'Indicator',
  'history.year': 'Year',
  'history.old': 'Old value',
  'history.new': 'New value',
  'history.reason': 'Reason',
  'history.kind': 'Kind',
  'history.batch': 'Batch',
  'history.oldCell': 'Cell before',
  'history.newCell': 'Cell after',
  'history.kindRevise': 'Revision',
  'history.kindUndo': 'Undo',
  'history.undoReason': (p) => `Undo of revision round ${p.batch}`,
  'summary.revisions': 'Target revisions',
  'suggest.keepOnCourse': 'On course for the target: keep it.',
  'suggest.raiseToActual': (p) => `This year's actual (${p.actual}) already passes the target for that year: raise it to at least the actual.`,
  'suggest.lowerToActual': (p) => `This year's actual (${p.actual}) is already below the bound for that year: lower it to the actual.`,
  'suggest.keepDelayed': 'Delayed: keep the target and review it.',
  'suggest.rule.keepOrRaiseToActual': 'Keep, or raise to the actual (rounded up to two significant digits)',
  'typed.empty': 'Enter a value.',
  'typed.notNumber': 'Not a number (e.g. 67000, 6.7万, ６７，０００).',
  'typed.negative': 'A target cannot be negative.',
  'typed.tooLarge': 'Too large a value (15 digits at most).',
  'year.none': 'unknown',
};

/** Sheet names travel in one message parameter, separated by a line break (a sheet name cannot hold one). */
export const SHEET_LIST_SEPARATOR = '\n';

function sheetList(names: Params[string] | undefined): string[] {
  return String(names ?? '').split(SHEET_LIST_SEPARATOR).filter((name) => name !== '');
}

/** A fiscal year in a message: "R3" / "FY2021" for a year number, anything else as given. */
function yearJa(year: Params[string] | undefined): string {
  return typeof year === 'number' ? formatYearLabel(year, 'ja') : String(year ?? '');
}
function yearEn(year: Params[string] | undefined): string {
  return typeof year === 'number' ? formatYearLabel(year, 'en') : String(year ?? '');
}

function statusJa(status: string): string {
  return typeof ja[`status.${status}` as MessageKey] === 'string' ? (ja[`status.${status}` as MessageKey] as string) : status;
}
function statusEn(status: string): string {
  return typeof en[`status.${status}` as MessageKey] === 'string' ? (en[`status.${status}` as MessageKey] as string) : status;
}

const CATALOGUE: Record<Lang, Record<MessageKey, Template>> = { ja, en };

export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fillTemplate(CATALOGUE[lang][key], params);
}

export function statusLabel(lang: Lang, status: Status): string {
  return message(lang, `status.${status}`);
}

export function causeLabel(lang: Lang, category: CauseCategory): string {
  return message(lang, `cause.${category}`);
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return message(lang, `severity.${severity}`);
}

export function problemMessage(lang: Lang, problem: Pick<Problem, 'code' | 'params'>): string {
  return message(lang, `problem.${problem.code}` as `problem.${ProblemCode}`, problem.params);
}

export function errorMessage(lang: Lang, code: EvaluationErrorCode, params: Params): string {
  return message(lang, `error.${code}`, params);
}

export function headline(lang: Lang, counts: Counts, form: 'full' | 'short' = 'full'): string {
  // Counts as the report writes numbers: "全10,000取組".
  const written = { total: formatNumber(counts.total), onTrack: formatNumber(counts.onTrack), delayed: formatNumber(counts.delayed), unknown: formatNumber(counts.unknown) };
  return message(lang, form === 'full' ? 'headline.full' : 'headline.short', written);
}
