/**
 * The hooks every browser test file of the pane shares: one Chromium per file, a fresh pane-sized context per test,
 * and the page errors seen in it (other than Office.js's aborted request, which is expected).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, paneContext } from './browser';
import { OUTPUT } from './preview-page';

export interface PaneSession {
  readonly context: BrowserContext;
  readonly pageErrors: string[];
}

/** Registers the hooks in the calling test file; read the session's fields inside tests only. */
export function usePaneSession(): PaneSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    context = await paneContext(browser);
    pageErrors = [];
  });
  afterEach(async () => {
    await context?.close();
  });

  return {
    get context(): BrowserContext {
      if (!context) throw new Error('no browser context outside a test');
      return context;
    },
    get pageErrors(): string[] {
      return pageErrors;
    },
  };
}
