/** Excel as the adapter's host, and the runtime's one AddinServices over it (pane and ribbon share it). */
import type { ExcelHost } from '../office/host';
import { createServices } from '../office/services';
import type { AddinServices } from '../office/use-cases';

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

let services: AddinServices | null = null;

/** Created on first use, after Office.onReady. */
export function officeServices(): AddinServices {
  services ??= createServices(officeHost());
  return services;
}
