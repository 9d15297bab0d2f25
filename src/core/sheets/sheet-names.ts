/** Sheet names Excel accepts: at most 31 characters, none of \ / ? * [ ] :, unique regardless of case. */

const FORBIDDEN = /[\\/?*[\]:]/gu;
const MAX_LENGTH = 31;

/** `wanted`, made acceptable, or with " (2)", " (3)"… where a sheet already has that name. */
export function freeSheetName(taken: Iterable<string>, wanted: string): string {
  const base = wanted.replace(FORBIDDEN, ' ').slice(0, MAX_LENGTH);
  const names = new Set([...taken].map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}
