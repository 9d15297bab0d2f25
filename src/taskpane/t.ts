/**
 * The pane's text lookup: its own keys from src/core/messages-ui.ts, the engine's keys (status.*, cause.*,
 * severity.*, headline.*, error.*, problem.*, check.* …) from the one catalogue's `message()`.
 * To be folded into messages.ts once the UI keys are merged there.
 */
import { message, type Lang, type MessageKey } from '../core/messages';
import { UI_CATALOGUE, type UiKey } from '../core/messages-ui';

export type { Lang };
export type TextKey = UiKey | MessageKey;
export type Params = Readonly<Record<string, string | number>>;
/** A lookup bound to one language. */
export type Translate = (key: TextKey, params?: Params) => string;

function isUiKey(key: TextKey): key is UiKey {
  return key.startsWith('ui.') || key.startsWith('office.');
}

export function t(lang: Lang, key: TextKey, params: Params = {}): string {
  if (isUiKey(key)) {
    const template = UI_CATALOGUE[lang][key];
    return typeof template === 'function' ? template(params) : template;
  }
  return message(lang, key, params);
}

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** "ja-JP" / "en-US" / "ja" → the pane's language; anything not Japanese is English. */
export function langOf(tag: string | null | undefined): Lang {
  return (tag ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
