/** Text in the XML parts of an .xlsx package, read and written by hand where no library reads or writes a part. */

export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/gu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** An element's attributes (`name="value"`, values unescaped), by name. */
export function xmlAttributes(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/gu)].map((m) => [m[1] ?? '', unescapeXml(m[2] ?? '')]));
}
