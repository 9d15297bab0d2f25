/**
 * Where a plan without a cause column says why an initiative is delayed: columns whose headers name reasons for the
 * rating, issues, comments or remarks, the brackets after a status, the sentence before the next steps.
 */
import { headerWords } from './header-words';
import { normalizeText } from './quantity';
import { COMMENTARY_HEADER_WORDS, ISSUES_HEADER_WORDS, REASON_HEADER_WORDS, REASON_WHOLE_HEADER_WORDS, REMARKS_HEADER_WORDS } from './vocabulary';

const ISSUES_WORDS = ISSUES_HEADER_WORDS.map(headerWords);
const COMMENTARY_WORDS = COMMENTARY_HEADER_WORDS.map(headerWords);
const REMARKS_WORDS = REMARKS_HEADER_WORDS.map(headerWords);
const REASON_WHOLE_WORDS = REASON_WHOLE_HEADER_WORDS.map(headerWords);

/** A header that names issues: "課題", "課題・対応策", "今後の課題", "課題と今後の方向性", "Issues/next steps". */
export function namesIssues(header: string): boolean {
  const words = headerWords(header);
  return ISSUES_WORDS.some((w) => words.includes(w));
}

/** A header of comments on progress, as the whole header: "コメント", "所見", "Commentary". */
export function namesComments(header: string): boolean {
  return COMMENTARY_WORDS.includes(headerWords(header));
}

/** A header of remarks, as the whole header: "備考", "説明", "Remarks". */
export function namesRemarks(header: string): boolean {
  return REMARKS_WORDS.includes(headerWords(header));
}

/**
 * A header of reasons for the rating, in its words or its note: "評価の理由", "説明（評価の理由）"; not "選定理由". In
 * English, as the whole header: "Explanation".
 */
export function namesReasons(header: string): boolean {
  const normal = normalizeText(header);
  return REASON_HEADER_WORDS.some((w) => normal.includes(w)) || REASON_WHOLE_WORDS.includes(headerWords(header));
}

/**
 * Words that speak of what held things back ("遅れ", "難航", "不調", "できなかった", "〜の影響", "待ち時間が延びた"), or a
 * sentence that ends on its cause ("〜ため。", "〜が減少したことによる。"); not "〜のため", "〜により" or "〜による。"
 * alone, which as often say what something is for or done by ("利用促進を図るため、研修を実施する", "委託による。").
 */
const CAUSE_LIKE = /影響|遅れ|難し|困難|高騰|配慮し|遅延|難航|できな|できず|至らな|至らず|進まな|進んでいな|時間を要|不足|悪化|に伴い|に伴う|延期|見送|先送|先延ば|ずれ込|中止|休止|不調|間に合わ|伸びなかった|届かな|延びた|長期化|下回|ため(?:である|です)?[。.]?$|たことによる(?:もの)?(?:である|です)?[。.]?$|because of|due to|delay|shortage/iu;
/** A note that is a label and its value: "所管：総務課", "担当: 企画課". */
const LABELLED_NOTE = /^[^：:。]{1,8}[：:]/u;

/** Whether a remark gives a delay's cause: it speaks of one; not a label ("所管：総務課") or a plan ("〜する予定。"). */
export function remarkGivesCause(remark: string): boolean {
  return CAUSE_LIKE.test(remark) && !LABELLED_NOTE.test(remark);
}

/** A status with a remark in brackets after it: "遅れ（入札不調のため）". */
const STATUS_WITH_REMARK = /^[^(（]+?\s*[(（]([^()（）]+)[)）]\s*$/u;

/** The cause in brackets after a status ("入札不調のため" of "遅れ（入札不調のため）"), or null. */
export function causeBesideStatusWord(status: string): string | null {
  const remark = STATUS_WITH_REMARK.exec(status)?.[1] ?? '';
  return CAUSE_LIKE.test(remark) ? remark : null;
}

/** A sentence of next steps about what is to come, not what happened: "今後は…", "引き続き…", "次年度は…". */
const AHEAD = /^[(（【]?(?:今後|引き続き|次年度|来年度|令和\d+年度(?:以降)?は|また、?今後)/u;

/** The first sentence before the next steps that says why things were held up ("〜が遅れたため、〜伸びなかった。"), or null. */
export function causalSentence(written: string): string | null {
  for (const sentence of written.split(/(?<=。)|\n/u)) {
    const trimmed = sentence.trim();
    if (trimmed === '' || AHEAD.test(trimmed)) return null;
    if (CAUSE_LIKE.test(trimmed)) return trimmed;
  }
  return null;
}

/**
 * Whether a remark beside a row recorded as missed may say why, where the plan writes remarks beside its misses only:
 * any words but a label ("所管：総務課", "Lead: Transit Services") or next steps alone ("今後は…").
 */
export function remarkMayExplainMiss(remark: string): boolean {
  const trimmed = remark.trim();
  return trimmed !== '' && !LABELLED_NOTE.test(trimmed) && !AHEAD.test(trimmed);
}
