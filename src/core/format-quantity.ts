/** Writing a quantity back the way the report does: "12,000枚/年", "90%以上", "約62,000枚/年", "50%以上削減". */
import type { Lang } from './messages';
import type { Direction, Quantity } from './quantity-types';

const DIRECTION_JA: Record<Direction, string> = { atLeast: '以上', atMost: '以下', moreThan: '超', lessThan: '未満' };
const DIRECTION_EN: Record<Direction, string> = { atLeast: '≥ ', atMost: '≤ ', moreThan: '> ', lessThan: '< ' };

/**
 * One formatter for every call: toLocaleString builds a new one each time, which dominates large plans. Made on
 * first use, not when the module loads: building the first Intl formatter is costly, and the pane imports this at
 * start-up.
 */
let numberFormat: Intl.NumberFormat | null = null;

export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  return numberFormat.format(value);
}

/** A unit in Japanese script (件, 回, 団体): its value is written with it as the plan writes it. */
const JAPANESE_UNIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** `direction` is shown for targets only: an actual is a value, not a bound. */
export function formatQuantity(q: Quantity, lang: Lang, showDirection = false): string {
  const unit = q.unit ?? '';
  const period = q.perYear ? '/年' : q.cumulative ? '/累計' : '';
  // A Japanese counter keeps the plan's own notation in English too: "≥ 4回/年", not "4 回 a year".
  if (lang === 'en' && !JAPANESE_UNIT.test(unit)) {
    const bound = showDirection && q.direction ? DIRECTION_EN[q.direction] : '';
    const spaced = unit === '' || unit === '%' ? unit : ` ${unit}`;
    const per = q.perYear ? ' a year' : q.cumulative ? ' cumulative' : '';
    return `${q.approximate ? '~' : ''}${bound}${formatNumber(q.value)}${spaced}${per}${q.reduction ? ' reduction' : ''}`;
  }
  if (lang === 'en') {
    const bound = showDirection && q.direction ? DIRECTION_EN[q.direction] : '';
    return `${q.approximate ? '~' : ''}${bound}${formatNumber(q.value)}${unit}${period}${q.reduction ? ' reduction' : ''}`;
  }
  const bound = showDirection && q.direction ? DIRECTION_JA[q.direction] : '';
  const cut = q.reduction ? (showDirection ? '削減' : '減') : '';
  // "10件以上/年", as the report writes a bound on a yearly count.
  return `${q.approximate ? '約' : ''}${formatNumber(q.value)}${unit}${bound}${period}${cut}`;
}
