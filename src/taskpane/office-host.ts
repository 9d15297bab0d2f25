/** Excel as the adapter's host, and the runtime's one AddinServices over it (pane and ribbon share it). */
import type { ExcelHost } from '../office/host';
import type { AddinServices } from '../office/use-cases';
import { langOfTag } from '../core/messages';

export function officeHost(): ExcelHost {
  return {
    run: Excel.run.bind(Excel) as typeof Excel.run,
    isSetSupported: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    // Excel's JavaScript API does not expose the signed-in user's name (only Outlook's does; elsewhere it takes
    // single sign-on and Microsoft Graph), so the summary sheets go without it.
    userName: () => null,
    displayLanguage: () => Office.context.displayLanguage,
  };
}

let engine: Promise<AddinServices> | null = null;

/**
 * The engine and the Excel adapter, loaded on first use: the pane's first render does not wait for them, and the
 * browser fetches them (prefetch) while the pane shows.
 */
function loadEngine(): Promise<AddinServices> {
  engine ??= import(/* webpackChunkName: "engine", webpackPrefetch: true */ '../office/services').then(
    ({ createServices }) => createServices(officeHost()),
    (error: unknown) => {
      // A failed fetch (a dropped connection) is tried again on the next press, not kept.
      engine = null;
      throw error;
    },
  );
  return engine;
}

let services: AddinServices | null = null;

/** Created on first use, after Office.onReady; each call loads the engine if it is not there yet. */
export function officeServices(): AddinServices {
  services ??= {
    evaluate: (settings, onPhase) => loadEngine().then((s) => s.evaluate(settings, onPhase)),
    selectCell: (sheet, cell) => loadEngine().then((s) => s.selectCell(sheet, cell)),
    listSheets: () => loadEngine().then((s) => s.listSheets()),
    detectColumns: (sheet) => loadEngine().then((s) => s.detectColumns(sheet)),
    loadSettings: () => loadEngine().then((s) => s.loadSettings()),
    saveSettings: (settings) => loadEngine().then((s) => s.saveSettings(settings)),
    displayLanguage: () => langOfTag(Office.context.displayLanguage),
    revisionSlots: (settings) => loadEngine().then((s) => s.revisionSlots(settings)),
    applyRevisions: (sheet, changes, lang, replacing) => loadEngine().then((s) => s.applyRevisions(sheet, changes, lang, replacing)),
    undoLastRevision: (lang, batch) => loadEngine().then((s) => s.undoLastRevision(lang, batch)),
  };
  return services;
}
