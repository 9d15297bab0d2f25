/** The pane's text lookup: the one catalogue (src/core/messages.ts), bound to a language. */
import { message, type Lang, type MessageKey } from '../core/messages';

export type { Lang };
export type TextKey = MessageKey;
export type Params = Readonly<Record<string, string | number>>;
/** A lookup bound to one language. */
export type Translate = (key: TextKey, params?: Params) => string;

export function t(lang: Lang, key: TextKey, params: Params = {}): string {
  return message(lang, key, params);
}

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

export { langOfTag as langOf } from '../core/messages';
