/**
 * Targets and actuals written in ways beyond a value and its unit: a move from where things stand ("45日→30日",
 * "現状45日 目標30日"), a count per period ("1か月あたり100件"), a target in a word ("ゼロ", "半減"), and an indicator
 * whose name says lower is better ("窓口待ち時間"). Each reads what the quantity reader has already read.
 */
import { normalizeText, parseQuantityText, withCompoundNumbers } from './quantity';
import type { ParsedText, Quantity } from './quantity-types';
import { LOWER_IS_BETTER_CONDITIONS, LOWER_IS_BETTER_WORDS } from './vocabulary';

/** What stands between where things are and the target: "45日→30日", "45日から30日へ", "45日を30日に短縮". */
const FROM_TO = /^\s*(?:→|⇒|->|から|を)\s*$/u;

/** The label of where things stand, at the end of the first value's label: "処理期間 現状", "基準値", "現在:". */
const BASELINE_LABEL = /[\s:]*(?:現状|現在|現況|基準|当初)値?[\s:]*$/u;
/** The label of the target that follows it: "目標", "→目標値", "target:". */
const TARGET_LABEL = /^[\s:→⇒]*(?:目標値?|target)[\s:]*$/iu;

/** The period a "1か月", "1ヶ月", "1週間", "1日" names, as units per period are written ("件/月"). */
const ONE_PERIOD: ReadonlyMap<string, string> = new Map([
  ...(['か月', 'ヶ月', 'カ月', 'ケ月', '箇月', '月'] as const).map((u) => [u, '月'] as const),
  ...(['週', '週間'] as const).map((u) => [u, '週'] as const),
  ...(['日', '日間'] as const).map((u) => [u, '日'] as const),
]);
/** The words of a rate: "あたり" of "1人あたり20時間", "につき" of "1週間につき3回". */
const PER_WORDS = 'あたり|当たり|当り|につき|平均';
/** What joins the period to its count: "1か月あたり100件", "1週間につき3回", "1か月に100件". */
const PER = new RegExp(`^\\s*(?:${PER_WORDS}|に)\\s*$`, 'u');
/**
 * What joins one of something to an amount, with the rest of the name after it: "1人当たり20時間", "1件につき30分",
 * "1施設平均5件", "職員1人あたり研修受講回数 3回", "1日当たり処理件数 100件" (not "1人に").
 */
const PER_ONE = new RegExp(`^\\s*(?:${PER_WORDS})\\s*`, 'u');

/** Units of a span of time: a "1か月以内に", "3日以内に" before a value is a deadline for it. */
const TIME_SPANS: ReadonlySet<string> = new Set(['日', '日間', 'か月', 'ヶ月', 'カ月', 'ケ月', '箇月', '週', '週間', '時間', '分', '年', '年間']);
/**
 * What follows a deadline and leads to the value it is for: "1か月以内に100件", "3日以内で処理した割合 90%",
 * "受付後14日以内の処理率 95%".
 */
const AFTER_DEADLINE = /^\s*(?:に|で|の)\s*/u;

/** A label made of parts of the text before the value ("申請から" and "交付"), in Japanese run together. */
function joinedLabel(...parts: (string | null)[]): string | null {
  return parts.join('').trim() || null;
}

/** A count of things ("1人", "1台"), not a span of time or a share, which "1人1台" pairs. */
function isCounterOfOne(q: Quantity): boolean {
  return q.value === 1 && q.unit !== null && q.direction === null && q.unit !== '%' && !TIME_SPANS.has(q.unit);
}

/**
 * The readings of values where the first qualifies the next: "相談件数 1か月あたり100件" is 100件 a month,
 * "1人当たり20時間" is 20 hours a person, "3日以内に処理した割合 90%以上" is 90%, the 3 days being a condition of
 * what is counted (and its 以内 no direction of the 90%), and "1人1台端末 100%" is 100%. Other texts as they are.
 * The words of a rate or a deadline are left out of the name: a name is read for a direction ("以内") and for what
 * it measures ("時間外勤務時間 1人当たり20時間" measures overtime, better when lower).
 */
export function withQualifiedValues(parsed: ParsedText): ParsedText {
  if (parsed.quantities.length < 2) return parsed;
  const [first, second, third] = parsed.quantities as [Quantity, Quantity, Quantity | undefined];
  const three = third === undefined ? null : (perPersonAndDay(first, second, third) ?? pairOfOnes(first, second, third));
  if (three !== null) return { quantities: [three, ...parsed.quantities.slice(3)], statement: parsed.statement };
  const two = third === undefined ? amountForEachOne(first, second) : null;
  const qualified = two ?? deadlineOrRate(first, second);
  return qualified === null ? parsed : { quantities: [qualified, ...parsed.quantities.slice(2)], statement: parsed.statement };
}

/** "1人1日当たり850g", "職員1人1日当たり相談対応10件": an amount per person and day. */
function perPersonAndDay(first: Quantity, second: Quantity, third: Quantity): Quantity | null {
  const perDay = second.unit === null || second.value !== 1 || second.direction !== null ? undefined : ONE_PERIOD.get(second.unit);
  if (perDay === undefined || !isCounterOfOne(first) || third.unit === null || third.unit.includes('/') || third.label === null) return null;
  const per = PER_ONE.exec(third.label);
  if (per === null) return null;
  const label = joinedLabel(first.label, third.label.slice(per[0].length));
  return { ...third, unit: `${third.unit}/${first.unit as string}${perDay}`, label, year: third.year ?? first.year };
}

/** "1人1台端末 100%", "1校1名": one of a thing to one of another is a name, not two values. */
function pairOfOnes(first: Quantity, second: Quantity, third: Quantity): Quantity | null {
  if (!isCounterOfOne(first) || !isCounterOfOne(second) || first.unit === second.unit) return null;
  return { ...third, label: joinedLabel(first.label, first.source, second.source, third.label), year: third.year ?? first.year };
}

/**
 * "1回45分以内", "1人1台": one of a counter and, with nothing between, an amount for each (a label the same as the
 * first's is the first's, carried on).
 */
function amountForEachOne(first: Quantity, second: Quantity): Quantity | null {
  if (!isCounterOfOne(first) || second.unit === null || second.label !== first.label || second.year !== first.year) return null;
  if (second.unit === first.unit || second.unit === '%' || second.unit.includes('/')) return null;
  return { ...second, unit: `${second.unit}/${first.unit as string}` };
}

/** "1か月以内に100件処理" (a deadline, then the value it is for), "1人当たり20時間", "相談件数 1か月あたり100件" (rates). */
function deadlineOrRate(first: Quantity, second: Quantity): Quantity | null {
  if (first.unit === null || second.unit === null || second.label === null) return null;
  const deadline = AFTER_DEADLINE.exec(second.label);
  // A second span of time is no value the deadline is for: "60日以内で完了（従来90日）" names the old one.
  if (deadline !== null && first.direction === 'atMost' && TIME_SPANS.has(first.unit) && !TIME_SPANS.has(second.unit) && first.source.includes('以内')) {
    return { ...second, label: joinedLabel(first.label, second.label.slice(deadline[0].length)), year: second.year ?? first.year };
  }
  if (first.value !== 1 || first.direction !== null || first.unit === '%' || second.unit.includes('/')) return null;
  const period = ONE_PERIOD.get(first.unit);
  const perOne = PER_ONE.exec(second.label);
  // The rest of the name after the rate's words; "1か月に100件" reads as "1か月あたり100件" ("1か月以内に100件" is a
  // deadline, above).
  const rest = perOne !== null ? second.label.slice(perOne[0].length) : period !== undefined && PER.test(second.label) ? '' : null;
  if (rest === null) return null;
  return { ...second, unit: `${second.unit}/${period ?? first.unit}`, label: joinedLabel(first.label, rest), year: second.year ?? first.year };
}

/** The label of the first of two values, without the word for where things stand ("処理期間 現状" → "処理期間"). */
export function nameBeforeTarget(parsed: ParsedText): string {
  const label = parsed.quantities[0]?.label ?? '';
  return baselineThenTarget(parsed) ? label.replace(BASELINE_LABEL, '').trim() : label;
}

/**
 * "現状45日 目標30日", "基準値100件 目標150件", "R2年度 現状45日 R5年度 目標30日": where things stand, then the target,
 * each labelled so.
 */
export function baselineThenTarget(parsed: ParsedText): boolean {
  if (parsed.quantities.length !== 2) return false;
  const from = parsed.quantities[0] as Quantity;
  const to = parsed.quantities[1] as Quantity;
  return from.label !== null && to.label !== null && BASELINE_LABEL.test(from.label) && TARGET_LABEL.test(to.label);
}

/**
 * The target of a cell written as a move from where things stand ("45日→30日", "100人→150人"): the value after the
 * move, lower or higher as the move goes unless a word says otherwise. Null for any other cell.
 */
export function movedTo(parsed: ParsedText, written: string): Quantity | null {
  if (parsed.quantities.length !== 2) return null;
  const from = parsed.quantities[0] as Quantity;
  const to = parsed.quantities[1] as Quantity;
  if (baselineThenTarget(parsed)) return { ...to, year: to.year ?? from.year, direction: to.direction ?? (to.value < from.value ? 'atMost' : 'atLeast') };
  if (from.year !== to.year) return null;
  // The sources are slices of the text as the reader saw it: normalised, numbers in 万/千 groups written out.
  const text = withCompoundNumbers(normalizeText(written), true);
  const fromEnd = text.indexOf(from.source) + from.source.length;
  const toStart = text.lastIndexOf(to.source);
  if (fromEnd < from.source.length || toStart < fromEnd || !FROM_TO.test(text.slice(fromEnd, toStart))) return null;
  return { ...to, direction: to.direction ?? (to.value < from.value ? 'atMost' : 'atLeast') };
}

/** What joins the ends of a range: "80〜90%", "5,000~6,000人"; anywhere in the text as written, and between them. */
const ANY_RANGE_MARK = /[~〜～–—-]|\bto\b/u;
const RANGE_MARK = /^\s*(?:[~〜～–—-]|to)\s*$/u;
/**
 * A target written as a range, "80〜90%", "5,000〜6,000人": at least its low end, in the unit written after the high
 * one; at most its high end where lower is better ("事務処理ミス件数 3〜5件", by the indicator's name) or the range
 * starts at zero ("0〜5人"). Null for any other target.
 */
export function rangeOf(parsed: ParsedText, written: string, name: string): Quantity | null {
  if (parsed.quantities.length !== 2) return null;
  const low = parsed.quantities[0] as Quantity;
  const high = parsed.quantities[1] as Quantity;
  if (high.unit === null || (low.unit !== null && low.unit !== high.unit) || low.year !== high.year || low.value >= high.value) return null;
  if (low.direction !== null || high.direction !== null || low.reduction || high.reduction || !ANY_RANGE_MARK.test(written)) return null;
  const text = withCompoundNumbers(normalizeText(written), true);
  const lowEnd = text.indexOf(low.source) + low.source.length;
  const highStart = text.lastIndexOf(high.source);
  if (lowEnd < low.source.length || highStart < lowEnd || !RANGE_MARK.test(text.slice(lowEnd, highStart))) return null;
  const source = text.slice(lowEnd - low.source.length, highStart + high.source.length);
  const ceiling = low.value <= 0 || measuresLowerIsBetter(name) || measuresLowerIsBetter(low.label ?? '');
  return ceiling ? { ...high, direction: 'atMost', source } : { ...low, unit: high.unit, direction: 'atLeast', source };
}

/** A target written in a word rather than a number: "重大事故 ゼロ", "紙使用量 半減". */
const TARGET_WORD = /^(.*?)[\s:]*(?:を)?(ゼロ|半減)(?:に|化|させる|する|を目指す)?[\s。]*$/u;

/** A year label ending the words before the target word ("待機児童数 R2年度:ゼロ"). */
const YEAR_AT_END = /\s*(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年?度?\s*$/u;

/**
 * The target a word states: ゼロ is at most 0, 半減 a cut of at least 50%. Null for any other text, which is no
 * measurable target.
 */
export function targetInWords(text: string): Quantity | null {
  if (!text.includes('ゼロ') && !text.includes('半減')) return null;
  const m = TARGET_WORD.exec(text.trim());
  if (m === null) return null;
  const label = (m[1] ?? '').replace(YEAR_AT_END, '').trim() || null;
  const half = m[2] === '半減';
  return {
    value: half ? 50 : 0, unit: half ? '%' : null, perYear: false, cumulative: false, approximate: false,
    direction: half ? 'atLeast' : 'atMost', reduction: half, year: null, label, source: m[2] ?? '', suspicion: null,
  };
}

/** LOWER_IS_BETTER_WORDS by their first character. */
const LOWER_IS_BETTER_BY_FIRST = new Map<number, string[]>();
for (const word of LOWER_IS_BETTER_WORDS) {
  const first = word.charCodeAt(0);
  const words = LOWER_IS_BETTER_BY_FIRST.get(first);
  if (words === undefined) LOWER_IS_BETTER_BY_FIRST.set(first, [word]);
  else words.push(word);
}
/** 1 for a character some word begins with: most names hold none, and are told in one pass. */
const LOWER_IS_BETTER_FIRSTS = new Uint8Array(0x10000);
for (const first of LOWER_IS_BETTER_BY_FIRST.keys()) LOWER_IS_BETTER_FIRSTS[first] = 1;

/** An ASCII capital as its small letter; any other code as it is. */
function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether `word` (lower-case) stands in `text` at `at`, ASCII letters of either case. */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) if (foldAscii(text.charCodeAt(at + j)) !== word.charCodeAt(j)) return false;
  return true;
}

/** Words of where things stand or stood, not of a target: "（R3年度実績:150人）", "（現状:120人）". */
const STANDING_LABEL = /実績|現状|現在|現況|基準|当初|actual|baseline/iu;

/** A remark in brackets: "（R3年度:200件）", "(R3:20人)". */
const BRACKETED = /[(（]([^()（）]*)[)）]/gu;

/**
 * A milestone in brackets after a target for a later year: "R7年度:500件（R3年度:200件）", "R7年度までに100人削減
 * （R3:20人）" set 200件 and 20人 for R3. Only a dated value in the brackets, earlier than every dated value outside
 * them: after an undated target, "80%（R3：65%）" says where things stood, and sets nothing.
 */
export function milestoneInBrackets(text: string, parsed: ParsedText): Quantity | null {
  const quantities = parsed.quantities;
  if (quantities.length === 0 || parsed.remarks !== true) return null;
  let earliest = Infinity;
  for (const q of quantities) {
    if (q.year === null) return null;
    earliest = Math.min(earliest, q.year);
  }
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m !== null; m = BRACKETED.exec(text)) {
    const inside = parseQuantityText(m[1] ?? '').quantities;
    const milestone = inside.length === 1 ? inside[0] : undefined;
    if (milestone !== undefined && milestone.year !== null && milestone.year < earliest && !STANDING_LABEL.test(m[1] ?? '')) {
      // The cut or bound outside goes for the milestone too: "100人削減（R3:20人）" is 20人 cut by R3.
      const outside = quantities[0] as Quantity;
      return {
        ...milestone, direction: milestone.direction ?? outside.direction, reduction: milestone.reduction || outside.reduction,
        unit: milestone.unit ?? outside.unit, source: m[0],
      };
    }
  }
  return null;
}

/**
 * What may follow the word when it is what the indicator measures: a counter, an average, a note in brackets
 * ("待ち時間", "時間外勤務時間(月平均)", "事故件数", "waiting time at counters"). Anything else makes the word part of
 * another measure ("待機児童解消率", "ノー残業デー実施率", "errors fixed").
 */
const AFTER_MEASURED =
  /^(?:\s|数|件数|時間|日数|人数|の?平均|月平均|年平均|[(（][^)）]*[)）])*$|^\s+(?:at|in|for|of|per|on|to|as|hours|days|minutes)(?![a-z])/iu;

/** The time a thing takes to be done ("days to process"): whatever follows is what is done ("new benefit claims"). */
const TIME_TO_DO = /^(?:days|time|weeks|hours) to /u;

const CONDITIONS: ReadonlySet<string> = new Set(LOWER_IS_BETTER_CONDITIONS);
/** The thing in a state written before it: a word ("bridges" of "deficient bridges"). */
const THING_IN_STATE = /^\s+[a-z][a-z-]*/iu;

/** Whether what follows a word of LOWER_IS_BETTER_WORDS in a name leaves it what the indicator measures. */
function measuredByWord(word: string, rest: string): boolean {
  if (TIME_TO_DO.test(word)) return true;
  if (!CONDITIONS.has(word)) return AFTER_MEASURED.test(rest);
  const thing = THING_IN_STATE.exec(rest);
  return thing !== null && AFTER_MEASURED.test(rest.slice(thing[0].length));
}

/**
 * Whether an indicator's name says it measures something better when lower (a wait, overtime; see the words): the
 * word must be the head of the name. Capitals are folded by hand: toLowerCase on a Japanese text ("RPA導入業務数")
 * costs more than reading the rest of its row.
 */
export function measuresLowerIsBetter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = foldAscii(name.charCodeAt(i));
    if (LOWER_IS_BETTER_FIRSTS[code] !== 1) continue;
    for (const word of LOWER_IS_BETTER_BY_FIRST.get(code) ?? []) {
      if (wordAt(name, i, word) && measuredByWord(word, name.slice(i + word.length))) return true;
    }
  }
  return false;
}
