/**
 * Debian's Chromium through playwright-core (no browser is ever downloaded), and the page set-up every check of
 * the pane shares: Office.js's CDN request fails at once, so taskpane.html goes to the preview without waiting
 * on DNS or the network.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
] as const;

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** A task-pane-sized, Japanese-speaking browser context whose Office.js request is aborted. */
export async function paneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  await context.route(OFFICE_CDN, (route) => route.abort('internetdisconnected'));
  return context;
}
