/**
 * The Fluent theme that follows Office: high contrast when the system forces colours, dark when Office's theme
 * is dark (Office.context.officeTheme), light otherwise and outside Office.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export const THEMES: Readonly<Record<ThemeName, Theme>> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

function forcedColors(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white), or null. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function officeThemeName(): ThemeName {
  if (forcedColors()) return 'highContrast';
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}

/** Calls back when the system turns forced colours (high contrast) on or off. */
export function onForcedColorsChange(callback: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia('(forced-colors: active)');
  query.addEventListener?.('change', callback);
  return () => query.removeEventListener?.('change', callback);
}
