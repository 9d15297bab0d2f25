/**
 * Values broken over two lines of a cell, as staff break them to fit a narrow column: "12,000\n件", "9,800\n万円",
 * "1億\n2,000万円", "95.0\n%以上", "2,000時間\n以上削減". Joined before the cell is split into indicators, where each
 * line would otherwise be read on its own ("件" an indicator without a value, "9,800" a value without its 万円).
 */
import { UNITS_BY_FIRST } from './units';

/** Directions and cuts that may stand alone on the line after a value: "以上", "以上削減", "%以下", "減". */
const DIRECTION_LINE = /^(?:%|％)?(?:以上|以下|未満|超|以内|程度)?(?:削減|減|増)?(?:\/年|／年)?$/u;
/** Scale characters, which start "万円" on the line after "9,800", and end "1億" on the line before "2,000万円". */
const SCALE_CHARS = '兆億万千百';

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/** Whether a line starts with a unit ("件", "万円", "%以上", "人/年"), a scale or a direction, and holds nothing else of note. */
function isUnitLine(line: string): boolean {
  if (line === '' || line.length > 8 || hasDigit(line)) return false;
  if (DIRECTION_LINE.test(line)) return true;
  const first = line.charAt(0);
  if (SCALE_CHARS.includes(first)) return true;
  const units = UNITS_BY_FIRST.get(first.toLowerCase().charCodeAt(0));
  return units !== undefined && units.some((u) => line.startsWith(u.unit) && !u.latin);
}

/** The text with a value's broken lines joined; the text itself when it has none (nearly every cell). */
export function joinBrokenValues(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let joined = lines[0] ?? '';
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    const next = (lines[i] ?? '').trim();
    const before = joined.trimEnd();
    const last = before.charCodeAt(before.length - 1);
    const endsInValue = isDigit(last) || SCALE_CHARS.includes(before.charAt(before.length - 1));
    const breaks =
      // "12,000\n件", "9,800\n万円": a value, then its unit.
      (endsInValue && isUnitLine(next)) ||
      // "1億\n2,000万円": a value in groups, then its next group.
      (/[兆億万]$/u.test(before) && hasDigit(before) && isDigit(next.charCodeAt(0))) ||
      // "2,000時間\n以上削減": a value with its unit, then its direction.
      (next !== '' && DIRECTION_LINE.test(next) && hasDigit(before)) ||
      // "1,0\n50件": a group of digits cut in two.
      (/\d[,，]\d{0,2}$/u.test(before) && isDigit(next.charCodeAt(0)));
    if (breaks) {
      joined = before + next;
      changed = true;
    } else {
      joined += `\n${lines[i] ?? ''}`;
    }
  }
  return changed ? joined : text;
}
