/**
 * The words staff write, as data: header words for each column role, recorded statuses, and the keywords that
 * sort delay causes into categories. Japanese and English side by side; extend here, not in code.
 */
import type { CauseCategory, Role, Status } from './model';

/**
 * Header words per role, in the order roles are tried: specific roles first, so that "今後の方向性" is next
 * steps rather than a policy direction and "遅れが生じている要因" is a cause rather than a status.
 */
export const ROLE_HEADER_WORDS: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['cause', ['遅れが生じている要因', '遅れの要因', '遅延の要因', '遅延理由', '遅れの理由', '遅延要因', '未達成の理由', '未達成理由', '遅れている理由', '遅れている要因', '要因', '原因', 'reason for delay', 'reasons for delay', 'cause of delay', 'causes of delay', 'delay reason', 'explanation of variance', 'variance explanation', 'reason for variance', 'cause', 'reason']],
  ['nextSteps', ['今後の取組', '今後の取組予定', '今後の取組等', '今後の取り組み', '今後の方向性', '今後の方針', '今後の対応', '今後の予定', '次年度以降の取組', '次年度の取組', '来年度の取組', '次年度の方針', '今後の取組方針', 'next steps', 'next step', 'next actions', 'future actions', 'way forward',
    'mitigating actions', 'mitigating action', 'mitigation', 'mitigations', 'remedial actions', 'recovery actions', 'corrective actions']],
  ['status', ['進捗状況', '進捗', '評価', '達成度', '進捗評価', '自己評価', '判定', '状況', 'status', 'progress', 'rating', 'assessment', 'grade', 'rag', 'rag status', 'rag rating', 'brag', 'brag status', 'brag rating',
    // A New Zealand council's Statement of Service Performance asks it of each measure: Achieved / Not achieved.
    'achieved?']],
  ['actual', ['実績', '実績値', '年度末実績', '末実績', '取組実績', '成果', 'actual', 'actuals', 'result', 'results', 'achievement', 'outcome', 'outturn', 'out-turn', 'year end', 'year-end', 'progress to date']],
  ['target', ['目標', '目標値', '数値目標', '達成目標', '目標(抄)', '年度目標', 'target', 'targets']],
  ['indicator', ['指標', '指標名', '成果指標', '数値指標', '評価指標', '目標指標', '目標項目', 'kpi', 'indicator', 'indicators', 'metric', 'performance measure', 'performance measures', 'performance indicator', 'measure of success']],
  ['unit', ['単位', 'unit', 'units']],
  ['pillar', ['方向性', '改革の方向性', '改革の方向', '目指す方向性', '柱', '施策の柱', '改革の柱', '取組の柱', '体系', '施策体系', '取組体系', '基本方針', '基本目標', '視点', '分野',
    '重点分野', '大項目', '中項目', '推進項目', '重点項目', '重点取組', '取組区分', '施策区分', '取組分類', '分類', '施設類型', '類型', 'policy area', 'policy direction', 'direction', 'pillar', 'area', 'theme', 'goal', 'goals', 'strategic goal', 'priority', 'priorities', 'strategic priority']],
  ['name', ['取組項目', '取組名', '取組', '取組内容', '取り組み項目', '取組事項', '項目', '小項目', '事業名', 'initiative', 'initiatives', 'action', 'measure', 'item', 'deliverable', 'deliverables', 'commitment', 'commitments']],
  ['id', ['no', 'no.', '番号', '項番', '通し番号', '整理番号', '#', 'id', 'ref', 'ref.', 'reference']],
];

/**
 * Header words that name a role only as the whole header: "計画" under a year ("令和4年度計画") is the year's target, but
 * "計画期間" or "実施計画" is not; "決算" is the year's actual ("令和4年度決算"), "実施内容" under a year what was done
 * in it. Each gives way to a column named by the role's own words (目標, 実績; Action, Ref).
 */
export const EXACT_ROLE_HEADER_WORDS: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['actual', ['決算', '決算額', '決算値', '実施内容']],
  ['target', ['計画', '計画値', '計画額', '年度計画']],
  // English councils' words, only as the whole header ("Strategy", not "Actions to deliver the strategy"; "Code", not
  // "Budget code"; "Objective" beside no "Action").
  // Remedies, only as the whole header: "課題・対応策" holds the issues too.
  ['nextSteps', ['改善策', '改善方策', '今後の改善策', '改善の方向性', '対応策', '今後の対応策']],
  // Not "2024/25 Ambition", a column of levels aimed at.
  ['pillar', ['ambition', 'ambitions', 'strategic ambition', 'service area', 'focus area', 'outcome area', 'workstream', 'work stream', 'strategy', 'csp strategy', 'strategic direction',
    // A New Zealand council's groups of activities (Water supply, Roads and footpaths) over their performance measures.
    'activity', 'group of activities',
    // An Australian council's Delivery Program strategy, over the Operational Plan's actions.
    'delivery program strategy', 'delivery programme strategy', 'dp strategy']],
  ['name', ['objective', 'objectives']],
  ['id', ['code']],
];

/**
 * What an indicator measures that is better when lower: a wait, the time a procedure takes, overtime, mishaps. An
 * indicator so named whose target states no direction ("窓口待ち時間 15分") is judged as a ceiling, and a note says
 * so. A name that speaks of cutting it ("待ち時間短縮率") is a cut, read as such, and not listed here.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  '待ち時間', '待ち日数', '在院日数', '待機時間', '待機日数', '所要時間', '所要日数', '処理時間', '処理日数', '処理期間', '審査期間', '審査日数',
  '時間外勤務', '超過勤務', '残業', '待機児童', '事故件数', '苦情件数', '誤り件数', 'ミス件数', '排出量',
  // Fiscal indicators of a burden: ratios of fixed costs and debt, debt outstanding, salary levels.
  '経常収支比率', '実質公債費比率', '将来負担比率', '公債費比率', '人件費比率', '市債残高', '県債残高', '町債残高', '村債残高', '地方債残高',
  '起債残高', '借入金残高', 'ラスパイレス指数',
  'waiting time', 'wait time', 'waiting days', 'processing time', 'processing days', 'turnaround', 'lead time', 'overtime',
  'accidents', 'complaints', 'errors', 'emissions', 'days lost', 'sickness absence', 'sick days', 'staff turnover', 'turnover',
  'days to process', 'time to process', 'time to hire', 'response time', 'missed bins', 'missed collections', 'agency spend',
  'gender pay gap', 'incidents', 'injuries', 'vacancy rate',
  // Road safety: counts to bring down ("Work zone crashes", "Traffic fatalities on state roads").
  'crashes', 'crash rate', 'collisions', 'fatalities', 'fatality rate', 'deaths',
  // A state to bring things out of ("Number of bridges in poor condition"); not "improved from poor condition".
  'in poor condition',
  // A state written before what is in it ("structurally deficient bridges"): see LOWER_IS_BETTER_CONDITIONS.
  'structurally deficient', 'deficient',
];

/**
 * Of LOWER_IS_BETTER_WORDS, the states written before the thing in them: what follows is that thing, one word
 * ("Number of deficient bridges"), and only then what may follow a measure; not "deficient bridges repaired".
 */
export const LOWER_IS_BETTER_CONDITIONS: readonly string[] = ['structurally deficient', 'deficient'];

/**
 * What a column of its own says of the way an indicator should go ("目指す方向", "方向": 増加/減少, ↑/↓), in lower case:
 * up is better when higher, down when lower, level states no direction.
 */
export const DIRECTION_MARK_WORDS: Readonly<Record<'up' | 'down' | 'level', readonly string[]>> = {
  // Not 拡充/縮小/現状維持: what a review decides for the initiative itself ("今後の方向性"), not where a number should go.
  // A British plan's polarity: "Higher is better"; not "High" and "Low" alone, a priority's words.
  up: ['↑', '⇧', '↗', '⤴', '増', '増加', '上昇', 'up', 'increase', 'higher', 'higher is better', 'high is good', 'higher is good',
    'bigger is better', 'more is better', '大きいほどよい', '高いほどよい', '多いほどよい', '大きいほど良い', '高いほど良い', '多いほど良い'],
  down: ['↓', '⇩', '↘', '⤵', '減', '減少', '低下', 'down', 'decrease', 'lower', 'lower is better', 'low is good', 'lower is good',
    'smaller is better', 'less is better', '小さいほどよい', '低いほどよい', '少ないほどよい', '小さいほど良い', '低いほど良い', '少ないほど良い'],
  level: ['→', '⇒', '維持', '横ばい', 'maintain', 'level'],
};

/**
 * Targets written as a way to move and nothing else, beside a column of last year's figures ("増加", "減少", "現状維持"):
 * set against last year's figure.
 */
export const BARE_MOVE_WORDS: Readonly<Record<'up' | 'down' | 'kept', readonly string[]>> = {
  up: ['増加', '増', '上昇', '向上', '拡大', '増加させる'],
  down: ['減少', '減', '低下', '縮小', '削減', '減少させる'],
  kept: ['現状維持', '維持', '横ばい', '現状以上'],
};

/** What staff write in a status, cause or issues cell for "nothing to say": read as a blank cell. */
export const NO_ENTRY_WORDS: readonly string[] = ['-', '－', '―', '—', '–', 'ー', '‐', '/', '／', 'n/a', 'na', 'なし', '無し', '該当なし', '特になし', 'none', 'nil'];

/** Row texts that are totals, not initiatives. */
export const TOTAL_ROW_WORDS: readonly string[] = ['合計', '計', '総計', '小計', '全体', 'total', 'subtotal', 'sum'];

/**
 * Recorded statuses as written. A word is read wherever it stands in the cell unless a longer word listed here
 * covers it there ("未達成" is not "達成", "遅れなし" is not "遅れ", "not met" is not "met"), so a negated or
 * qualified status is listed whole under the status it means. Where a cell holds words of different statuses the
 * first status here wins (the weakest). Single characters (marks and letters) count only as the whole cell or as
 * its first character. The year-end reading of the published report applies: a thing not started, not done or
 * only partly achieved by year end (未着手, 未実施, 一部達成) is a delay; "as planned" (予定どおり) is on track.
 */
export const RECORDED_STATUS_WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['delayed', [
    '未達成', '未達成見込', '達成困難見込', '未達', '未完了', '未了', '未実施', '未着手', '達成困難', '達成が困難', '実施困難', '一部達成', '一部完了', '一部実施',
    '一部導入', '一部策定', '一部整備', '一部公表', '一部設置', '中止', '中断', '断念', '見送り', '見送', '休止', '延期', '進んでいない',
    'できなかった',
    '遅れ', '遅延', 'やや遅れ', '停滞', '目標を下回', '目標に届かな', '計画を下回', '△', '×', '✕', 'c', 'd',
    'delayed', 'behind', 'off track', 'off-track', 'not on track', 'not achieved', 'not met', 'unmet', 'not done',
    'not completed', 'not complete', 'incomplete', 'not started', 'partly achieved', 'partially achieved', 'partly met', 'partially met', 'late', 'deferred',
    'off target', 'off-target', 'below target', 'not on target',
    'postponed', 'overdue', 'slipped',
  ]],
  ['on-track', [
    '概ね順調', 'おおむね順調', '順調', '予定どおり', '予定通り', '計画どおり', '計画通り', '概ね達成', 'おおむね達成', 'ほぼ達成',
    '達成見込', '目標どおり', '目標通り', '遅れなし', '遅れ無し', '遅れはない', '遅れていない', '遅延なし', '遅延無し', '遅延はない', '継続実施', '実施中', '取組中', '取り組み中',
    '進行中', '継続中', '推進中', '〇', '○', '◯', 'b',
    'on track', 'on-track', 'on schedule', 'on target', 'as planned', 'in progress', 'ongoing', 'underway', 'under way', 'no delay',
    'no delays', 'not delayed', 'good',
  ]],
  ['achieved', [
    '達成', '計画以上', '計画を上回', '目標を上回', '目標以上', '大きく上回', '予定より早く', '計画より早く', '予定を前倒し', '計画を前倒し', '前倒し', '完了', '実施済み', '実施済', '完了済み', '策定済', '公表済', '導入済', '整備済', '設置済', '開設済', '締結済', '済み', '済', '◎',
    's', 'a', 'achieved', 'completed', 'complete', 'done', 'met', 'exceeded', 'ahead of target', 'ahead of schedule',
  ]],
];

/**
 * Recorded statuses that say the year's result is not in yet (集計中, Not yet reported): no status, and not a delay
 * whatever a comment beside them says ("Data from the state EPA is due in August."). As the cell is matched:
 * normalised, lower-case, without a final stop.
 */
export const PENDING_STATUS_WORDS: readonly string[] = [
  '集計中', '未集計', '精査中', '確認中', '調査中', '算定中', '結果待ち', '実績集計中', 'not yet reported', 'not reported', 'not yet available',
  'awaiting data', 'data pending', 'data not available', 'data not yet available', 'pending', 'tbc', 'to be confirmed', 'to be reported',
];

/**
 * Recorded statuses that say a thing is under way, not done (実施中, In progress): on track until its deadline, a delay
 * once the deadline falls within the evaluated year. As the cell is matched: normalised, lower-case.
 */
export const UNDER_WAY_STATUS_WORDS: readonly string[] = [
  '実施中', '取組中', '取り組み中', '進行中', '継続中', '推進中', '継続実施', 'in progress', 'ongoing', 'underway', 'under way',
];

/**
 * Statuses read only as the whole cell, or at its start before 。, です, のため or a bracket ("未策定のため次年度へ"):
 * words that also begin longer words of other meaning ("未整備" in "未整備地区の解消を完了", "終了" in "事業終了に向け調整中").
 */
export const WHOLE_CELL_STATUS_WORDS: ReadonlyArray<readonly [Status, readonly string[]]> = [
  ['delayed', ['未策定', '未作成', '未整備', '未導入', '未設置', '未開催', '未公表', '未完成', '未着工', '未稼働']],
  // RAG ratings, only as the rating itself ("Red", not "red tape cut"): amber is at risk, which the report's two
  // counts put among the delays.
  ['delayed', ['red', 'amber']],
  ['on-track', ['green']],
  // Not "事業終了に向け調整中", "協議終了後に着手". Blue is BRAG's complete.
  ['achieved', ['終了', '事業終了', '終了済み', 'blue']],
];

/**
 * Words that deny or hedge a status ("達成できず", "遅れていない", "達成の見込み", "not yet achieved"). A cell that
 * holds one outside the status words it was read by is not read at all: better unread than read the wrong way.
 * Latin entries count as whole words only; "'t" is the end of "isn't", "didn't".
 */
export const STATUS_NEGATIONS: readonly string[] = [
  // Not "ず" or "非" alone: わずかに遅れ and 非常に順調 say what they say.
  '未', '不', '無', 'なし', 'ない', 'なかっ', 'できず', 'せず', 'おらず', '至らず', 'ません', '難', '見込', '予定', '?',
  // "達成見込みは厳しい", "達成見込みは低い": a forecast doubted.
  '厳し', '低い', '薄い', '立たない',
  'not', 'no', 'never', 'without', 'cannot', "'t", '’t', 'unlikely', 'expected', 'difficult',
];

/**
 * Words in the header of a column of issues ("課題", "課題・対応策", "今後の課題"): not a cause column, since on-track
 * initiatives have issues too, but where a plan has no cause column, what it says of a delayed initiative is the
 * nearest thing to a recorded cause.
 */
export const ISSUES_HEADER_WORDS: readonly string[] = ['課題', '問題点', 'issues', 'challenges', 'problems', 'barriers', 'barrier'];

/**
 * Words in the header of a column of reasons for the rating ("評価の理由", "説明（評価の理由）"): written for every row,
 * so no sign of a delay, but for a delayed initiative the reason it is one. Looked for in the whole header, its note too;
 * not a reason for something else ("選定理由").
 */
export const REASON_HEADER_WORDS: readonly string[] = ['評価の理由', '評価理由', '判定の理由', '判定理由', '進捗の理由', '達成状況の理由', '評価の根拠', '判定の根拠'];

/**
 * English headers of a column of reasons for the result, as the whole header ("Explanation" beside "Status" in a US
 * performance report; "FY2024 Explanation"): not a note of what a measure is ("Measure explanation").
 */
export const REASON_WHOLE_HEADER_WORDS: readonly string[] = ['explanation', 'explanations', 'explanation of results', 'explanation of performance'];

/**
 * English headers of next steps, as the whole header, a year after them or not ("Strategies for FY2025", "Actions
 * for 2025", "Strategies for next year"): a year's plan for the next, not the actions evaluated. Not "Actions" nor
 * "Planned actions for the Council", and only as the whole header, since "action" alone names the initiatives.
 */
export const NEXT_STEPS_WHOLE_HEADER_WORDS: readonly string[] = [
  'strategies for', 'strategies for next year', 'strategies for the next year', 'strategies for the coming year',
  'actions for', 'actions for next year', 'actions for the next year', 'actions for the coming year', 'planned actions', 'planned actions for next year',
];

/**
 * Headers of a column of remarks ("備考", "説明"), as the whole header: where a plan has no cause, issues or comments
 * column, what it says of a delayed initiative is where staff wrote why.
 */
export const REMARKS_HEADER_WORDS: readonly string[] = ['備考', '説明', '特記事項', '補足', 'remarks', 'notes', 'note'];

/** Headers of a column of comments on progress, read as issues only as the whole header ("Commentary", not "Committee comments"). */
export const COMMENTARY_HEADER_WORDS: readonly string[] = ['コメント', '所見', 'commentary', 'comments', 'comment', 'progress commentary', 'progress comments'];

/** Marks in an actual cell that introduce the recorded cause, as in the published report. */
export const CAUSE_MARKERS: readonly string[] = [
  '【遅れが生じている要因】', '【遅れの要因】', '【遅れの理由】', '【遅延の理由】', '【遅延理由】', '【要因】', '【理由】', '遅れの理由：', '遅延理由：',
  '[Reason for delay]', 'Reason for delay:',
];

/**
 * Keywords per cause category. The category with the most distinct keywords in the cause wins; on a tie, the one
 * whose keyword is written last (see categorizeCause).
 */
export const CAUSE_KEYWORDS: ReadonlyArray<readonly [CauseCategory, readonly string[]]> = [
  ['pandemic', ['コロナ', '感染症', '感染拡大', '緊急事態宣言', 'まん延', 'covid', 'coronavirus', 'pandemic', 'infection', 'lockdown']],
  ['budget', [
    '財政', '予算', '費用', '経費', 'コスト', '財源', '減収', '単価', '物価', '高騰', '燃料費', '資材価格', '基金', '扶助費', '入札不調', '市況', '税収', '歳入',
    '地方債', 'budget', 'cost', 'funding', 'financial', 'fiscal', 'inflation', 'price', 'grant', 'tax credit', 'tax-credit', 'overspend', 'tender',
  ]],
  ['coordination', [
    '調整', '難航', '協議', '合意', '関係機関', '関係者', '市町村', '事業者との', '事業者側', '業者選定', '委託事業者', 'coordination', 'stakeholder',
    'negotiat', 'agreement', 'partner', 'contractor', 'supplier', 'vendor', 'consultation', 'government', 'approval', 'permission', 'consent',
    'operator', 'third part', 'insolvenc', 'landlord', 'dispute',
  ]],
  ['staffing', [
    '人員', '人手', '職員', '担当者', '人材', '体制', '欠員', '保育士', '担い手', '講師', '退職', '繁忙', '採用試験', '業務を優先', '他業務', '災害対応',
    'staff', 'personnel', 'workforce', 'vacanc', 'recruit', 'resourcing', 'absence', 'sickness', 'turnover', 'driver shortage', 'hiring',
  ]],
  ['schedule', [
    'スケジュール', '工期', '延期', '日程', '納期', '遅延', '後ろ倒し', '年度後半', 'ずれ込', '更新の遅れ', '導入遅れ', '改修の遅れ', '開発の遅れ', '配備の遅れ',
    '調達が遅れ', '選定が遅れ', 'schedule', 'postpone', 'deadline', 'timeline', 'supply chain', 'slipp', 'deferred', 'rescheduled',
  ]],
];
