/**
 * What the Office adapter needs from its host: Excel's `run` and the requirement-set check. In Excel these are
 * `Excel.run` and `Office.context.requirements.isSetSupported`; in the browser preview and in tests, the strict
 * Excel stand-in provides both, so the very same adapter code runs everywhere.
 */
export interface ExcelHost {
  readonly run: typeof Excel.run;
  /** True when the host implements `ExcelApi` at this version ("1.9"). */
  isSetSupported(version: string): boolean;
  /** The signed-in user's display name where the host knows it. */
  readonly userName?: () => string | null;
  /** Office's display language ("ja-JP"), for the default language of the pane. */
  readonly displayLanguage?: () => string;
}
