/**
 * Figures of the Excel add-in (prints figures, asserts nothing). Called at the end of bench/run.ts, whose final
 * JSON line it joins; or alone: npx ts-node --swc bench/office-figures.ts [--office-only] [--n=10000]
 *
 *  1. The Office path on the Excel stand-in, for a generated plan of N = 10,000 initiatives (the .xlsx from
 *     bench/plan-file.ts): createServices(standin.host).evaluate(DEFAULT_SETTINGS), as the pane and the ribbon run
 *     it. `officeSyncs` = syncs that carried operations (stats.syncs, which also counts each run's final empty
 *     sync, is printed too); `officeMaxRequestBytes` = the largest request (the largest response is printed and
 *     reported); `officeMs` = the evaluate call alone (the stand-in's .xlsx load is timed apart and excluded).
 *     One run on a freshly loaded workbook: a second evaluate on the same workbook takes another path (it
 *     replaces the sheets the first one wrote).
 *  2. The pane's production JavaScript (dist/ from `npm run build`; reused when it is a production build newer
 *     than src/, webpack.config.js and package*.json, else rebuilt — which takes about a minute):
 *     `paneInitialJsGzipBytes` = gzip -9 size of the scripts taskpane.html itself loads (chunks loaded by dynamic
 *     import(), such as the preview, are not in the HTML and not counted).
 *  3. First render in Debian's headless Chromium, navigation start → the control visible (performance.now() in
 *     the first animation frame after it is in the DOM with a size), median of 5 loads in fresh browser contexts
 *     after 1 discarded load:
 *     - `paneFirstRenderMs`: Office.js's CDN request aborted, so the page runs the preview. Outside Office the
 *       App (and its Evaluate button) appears only once a workbook is opened, so this is the preview's first
 *       control, the toolbar's "open workbook" button (the preview chunk with ExcelJS included).
 *     - `paneFirstRenderOfficeMs`: the add-in's own path to its Evaluate button, with office.js answered by a
 *       minimal stub (Office.onReady → Excel; Excel.run never answers): the initial bundle only. Real Office.js
 *       adds its own download and handshake, not measured here.
 * Targets (reported, not enforced): ≤ 3 syncs, every request and response < 5 MB, first render < 500 ms,
 * initial JS ≤ 200 KB gzip (200,000 bytes).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { createServices } from '../src/office/services';
import { DEFAULT_SETTINGS } from '../src/office/use-cases';
import { createStandin, PAYLOAD_LIMIT_BYTES, StandinWorkbook } from '../src/standin';
import { launchChromium, OFFICE_CDN } from '../test/e2e/support/browser';
import { serveDirectory } from '../scripts/static-server';
import { generatePlan, type GeneratedPlan } from './generate-plan';
import { planFile } from './plan-file';
import { median, ms, thousands } from './timing';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_N = 10_000;
const SYNC_TARGET = 3;
const FIRST_RENDER_TARGET_MS = 500;
const INITIAL_JS_TARGET_BYTES = 200_000;
const LOADS = 5;

export interface OfficeFigures {
  readonly officeSyncs: number | null;
  readonly officeMaxRequestBytes: number | null;
  readonly officeMaxResponseBytes: number | null;
  readonly officeMs: number | null;
  readonly paneInitialJsGzipBytes: number | null;
  readonly paneFirstRenderMs: number | null;
  readonly paneFirstRenderOfficeMs: number | null;
  readonly officeDetail: Record<string, unknown>;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
const verdict = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'MET' : 'NOT MET');
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

// ---------------------------------------------------------------------------------------------------------------
// 1. The Office path on the stand-in.

async function officePath(plan: GeneratedPlan, n: number) {
  const file = await planFile(plan.grid, n);
  const bytes = new Uint8Array(readFileSync(file.path));
  let started = performance.now();
  const workbook = await StandinWorkbook.fromXlsx(bytes);
  const loadMs = performance.now() - started;
  const standin = createStandin({ workbook, displayLanguage: 'ja-JP' });
  const services = createServices(standin.host);
  started = performance.now();
  const outcome = await services.evaluate(DEFAULT_SETTINGS);
  const evaluateMs = performance.now() - started;
  const stats = standin.stats;
  const maxResponseBytes = Math.max(0, ...stats.requests.map((r) => r.responseBytes));
  // A sync over the limit is refused by the stand-in (as by Excel on the web); the adapter may then retry smaller.
  const overLimit = stats.requests.filter((r) => r.bytes >= PAYLOAD_LIMIT_BYTES || r.responseBytes >= PAYLOAD_LIMIT_BYTES).length;
  console.log(`office  N=${thousands(n)}: ${file.path} (${(file.bytes / 2 ** 20).toFixed(1)} MiB), stand-in load ${ms(loadMs)} (excluded)`);
  console.log(
    `office  evaluate ${ms(evaluateMs)}; counts total ${outcome.evaluation.counts.total}, delayed ${outcome.evaluation.counts.delayed}; ` +
      `sheets ${outcome.sheets.join(', ')}`,
  );
  console.log(
    `office  syncs: ${stats.nonEmptySyncs} with operations (stats.syncs ${stats.syncs}, Excel.run calls ${stats.runs}); ` +
      `largest request ${thousands(stats.largestRequestBytes)} B, largest response ${thousands(maxResponseBytes)} B`,
  );
  stats.requests.forEach((r, i) => {
    const refused = r.bytes >= PAYLOAD_LIMIT_BYTES || r.responseBytes >= PAYLOAD_LIMIT_BYTES ? ' — over 5 MB: refused, the adapter retried' : '';
    console.log(`        sync ${i + 1}: ${thousands(r.operations)} operations, request ${thousands(r.bytes)} B, response ${thousands(r.responseBytes)} B${refused}`);
  });
  if (outcome.evaluation.counts.total !== n) console.log(`WARNING: the Office path read ${outcome.evaluation.counts.total} initiatives, the plan has ${n}.`);
  return {
    n,
    loadMs,
    evaluateMs,
    syncs: stats.syncs,
    nonEmptySyncs: stats.nonEmptySyncs,
    runs: stats.runs,
    largestRequestBytes: stats.largestRequestBytes,
    largestResponseBytes: maxResponseBytes,
    overLimit,
    requests: stats.requests.map((r) => ({ operations: r.operations, requestBytes: r.bytes, responseBytes: r.responseBytes })),
    total: outcome.evaluation.counts.total,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The production bundle and its initial scripts.

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Local script paths taskpane.html loads (the office.js CDN address left out). */
function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/giu)]
    .map((m) => m[1] ?? '')
    .filter((src) => src !== '' && !/^(https?:)?\/\//iu.test(src));
}

/** dist/ as a production build no older than its sources: reused, or rebuilt with `npm run build`. */
function productionDist(): { reused: boolean; buildMs: number | null } {
  const html = path.join(DIST, 'taskpane.html');
  const sources = Math.max(...['src', 'webpack.config.js', 'package.json', 'package-lock.json'].map((p) => newestMtime(path.join(ROOT, p))));
  let built: number | null = null;
  let production = false;
  try {
    built = statSync(html).mtimeMs;
    production = initialScripts(readFileSync(html, 'utf8')).every((src) => /\.[0-9a-f]{8}\.js$/u.test(src));
  } catch {
    built = null;
  }
  if (built !== null && built > sources && production) {
    console.log(`pane    reusing dist/ (production build of ${new Date(built).toISOString()}, newer than src/ and the build config)`);
    return { reused: true, buildMs: null };
  }
  const why = built === null ? 'no dist/taskpane.html' : !production ? 'dist/ is a development build' : 'src/ changed since dist/ was built';
  console.log(`pane    ${why}: npm run build (about a minute)…`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  const buildMs = performance.now() - started;
  console.log(`pane    built in ${ms(buildMs)}`);
  return { reused: false, buildMs };
}

function initialJs(): { gzipBytes: number; rawBytes: number; files: { file: string; bytes: number; gzipBytes: number }[] } {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const files = initialScripts(html).map((src) => {
    const body = readFileSync(path.join(DIST, src.replace(/^\//u, '')));
    return { file: src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const rawBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`pane    initial JS (scripts in taskpane.html): ${thousands(rawBytes)} B, gzip -9 ${thousands(gzipBytes)} B (${kib(gzipBytes)})`);
  for (const f of files) console.log(`        ${f.file}: ${thousands(f.bytes)} B → ${thousands(f.gzipBytes)} B gzip`);
  return { gzipBytes, rawBytes, files };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. First render in Chromium.

/** A stand-in for office.js that says "Excel" and never answers Excel.run: the add-in's own start-up path. */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: 'ja-JP', requirements: { isSetSupported: function () { return true; } } },
  actions: { associate: function () {} },
  addin: { showAsTaskpane: function () { return Promise.resolve(); } },
  onReady: function (callback) {
    var info = { host: 'Excel', platform: 'PC' };
    return Promise.resolve().then(function () { if (callback) callback(info); return info; });
  }
};
window.Excel = { run: function () { return new Promise(function () {}); } };`;

type Target = 'previewOpen' | 'evaluate';

/** Sets window.apeFirstRender to performance.now() in the first frame after the target has a box. */
function watchForTarget(target: Target): void {
  const find = (): Element | undefined =>
    target === 'evaluate'
      ? [...document.querySelectorAll('main button')].find((b) => b.textContent === '評価')
      : [...document.querySelectorAll('[data-testid="preview-toolbar"] button')].find((b) => (b.textContent ?? '').startsWith('ブックを開く'));
  const observer = new MutationObserver(() => {
    const element = find();
    if (!element || element.getBoundingClientRect().height === 0) return;
    observer.disconnect();
    const w = window as unknown as { apeInDom: number; apeFirstRender: number };
    w.apeInDom = performance.now();
    requestAnimationFrame(() => {
      w.apeFirstRender = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

interface LoadSample {
  readonly firstRender: number;
  readonly inDom: number;
  readonly domContentLoaded: number;
}

async function oneLoad(browser: Browser, url: string, target: Target): Promise<LoadSample> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 420, height: 900 } });
  try {
    await context.route(OFFICE_CDN, (route) =>
      target === 'evaluate'
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB })
        : route.abort('internetdisconnected'),
    );
    await context.addInitScript(watchForTarget, target);
    const page: Page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { apeFirstRender?: number }).apeFirstRender === 'number', undefined, { timeout: 30_000 });
    // `return await`: the context must not close (finally) before the page has answered.
    return await page.evaluate(() => {
      const w = window as unknown as { apeInDom: number; apeFirstRender: number };
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      // DOMContentLoaded fires after the deferred scripts ran: the part of the time spent loading and running them.
      return { firstRender: w.apeFirstRender, inDom: w.apeInDom, domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN };
    });
  } finally {
    await context.close();
  }
}

async function firstRender(browser: Browser, url: string, target: Target) {
  await oneLoad(browser, url, target); // warm-up, discarded
  const samples: LoadSample[] = [];
  for (let i = 0; i < LOADS; i++) samples.push(await oneLoad(browser, url, target));
  const medianMs = median(samples.map((s) => s.firstRender));
  const label = target === 'evaluate' ? 'Evaluate button (office.js stub, add-in path)' : 'preview "open workbook" button (office.js aborted)';
  console.log(
    `pane    first render → ${label}: median ${ms(medianMs)} of ${LOADS} (in DOM median ${ms(median(samples.map((s) => s.inDom)))}, ` +
      `DOMContentLoaded median ${ms(median(samples.map((s) => s.domContentLoaded)))}; ` +
      `samples ${samples.map((s) => s.firstRender.toFixed(0)).join(', ')} ms)`,
  );
  return {
    medianMs,
    samplesMs: samples.map((s) => round(s.firstRender)),
    inDomMedianMs: median(samples.map((s) => s.inDom)),
    domContentLoadedMedianMs: round(median(samples.map((s) => s.domContentLoaded))),
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface OfficeFigureOptions {
  /** The 10,000-initiative plan, when the caller has already generated it. */
  readonly plan?: GeneratedPlan;
  readonly n?: number;
  /** Only the Office path (no build, no browser). */
  readonly officeOnly?: boolean;
}

export async function officeFigures(options: OfficeFigureOptions = {}): Promise<OfficeFigures> {
  const n = options.n ?? OFFICE_N;
  console.log(`\n— the add-in: the Office path on the Excel stand-in (N=${thousands(n)}), the pane's JavaScript and first render —`);
  const office = await officePath(options.plan ?? generatePlan(n), n).catch((error: unknown) => {
    console.log(`office  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });

  let pane: { bundle: ReturnType<typeof initialJs>; dist: ReturnType<typeof productionDist>; preview: Awaited<ReturnType<typeof firstRender>>; addin: Awaited<ReturnType<typeof firstRender>> } | null = null;
  if (!options.officeOnly) {
    try {
      const dist = productionDist();
      const bundle = initialJs();
      const server = await serveDirectory(DIST);
      const browser = await launchChromium();
      try {
        const url = `${server.origin}/taskpane.html`;
        const preview = await firstRender(browser, url, 'previewOpen');
        const addin = await firstRender(browser, url, 'evaluate');
        pane = { bundle, dist, preview, addin };
      } finally {
        await browser.close();
        await server.close();
      }
    } catch (error) {
      console.log(`pane    FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const syncsMet = office ? office.nonEmptySyncs <= SYNC_TARGET : null;
  const requestsMet = office ? office.overLimit === 0 : null;
  const jsMet = pane ? pane.bundle.gzipBytes <= INITIAL_JS_TARGET_BYTES : null;
  const renderMet = pane ? pane.preview.medianMs < FIRST_RENDER_TARGET_MS : null;
  const renderAddinMet = pane ? pane.addin.medianMs < FIRST_RENDER_TARGET_MS : null;
  console.log('\n— the add-in\'s targets —');
  console.log(`syncs ≤ ${SYNC_TARGET} (N=${thousands(n)}): ${office ? `${office.nonEmptySyncs} (stats.syncs ${office.syncs})` : '-'} → ${verdict(syncsMet)}`);
  console.log(
    `every request and response < 5 MB (${thousands(PAYLOAD_LIMIT_BYTES)} B): ` +
      `${office ? `largest request ${thousands(office.largestRequestBytes)} B, response ${thousands(office.largestResponseBytes)} B, ${office.overLimit} refused` : '-'} → ${verdict(requestsMet)}`,
  );
  console.log(`evaluate (N=${thousands(n)}): ${office ? ms(office.evaluateMs) : '-'} (reported; no target)`);
  console.log(`initial JS ≤ 200 KB gzip (${thousands(INITIAL_JS_TARGET_BYTES)} B): ${pane ? `${thousands(pane.bundle.gzipBytes)} B` : '-'} → ${verdict(jsMet)}`);
  console.log(`first render < ${FIRST_RENDER_TARGET_MS} ms, preview (office.js aborted): ${pane ? ms(pane.preview.medianMs) : '-'} → ${verdict(renderMet)}`);
  console.log(`first render < ${FIRST_RENDER_TARGET_MS} ms, add-in path (office.js stub): ${pane ? ms(pane.addin.medianMs) : '-'} → ${verdict(renderAddinMet)}`);

  return {
    officeSyncs: office?.nonEmptySyncs ?? null,
    officeMaxRequestBytes: office?.largestRequestBytes ?? null,
    officeMaxResponseBytes: office?.largestResponseBytes ?? null,
    officeMs: office ? round(office.evaluateMs) : null,
    paneInitialJsGzipBytes: pane?.bundle.gzipBytes ?? null,
    paneFirstRenderMs: pane ? round(pane.preview.medianMs) : null,
    paneFirstRenderOfficeMs: pane ? round(pane.addin.medianMs) : null,
    officeDetail: {
      n,
      office: office && {
        syncs: office.syncs,
        nonEmptySyncs: office.nonEmptySyncs,
        runs: office.runs,
        largestRequestBytes: office.largestRequestBytes,
        largestResponseBytes: office.largestResponseBytes,
        refusedOverLimit: office.overLimit,
        requests: office.requests,
        standinLoadMs: round(office.loadMs),
      },
      pane: pane && {
        distReused: pane.dist.reused,
        buildMs: pane.dist.buildMs === null ? null : Math.round(pane.dist.buildMs),
        initialJsBytes: pane.bundle.rawBytes,
        initialJs: pane.bundle.files,
        firstRender: {
          method: `navigation start → first animation frame with the control laid out; median of ${LOADS} loads after 1 discarded, fresh context each`,
          preview: { target: 'preview toolbar "open workbook" button, office.js aborted', ...pane.preview, medianMs: round(pane.preview.medianMs), inDomMedianMs: round(pane.preview.inDomMedianMs) },
          addin: { target: 'Evaluate button, office.js stub (Excel host)', ...pane.addin, medianMs: round(pane.addin.medianMs), inDomMedianMs: round(pane.addin.inDomMedianMs) },
        },
      },
      targets: {
        officeSyncs: { target: SYNC_TARGET, met: syncsMet },
        requestBytes: { target: PAYLOAD_LIMIT_BYTES, met: requestsMet },
        paneInitialJsGzipBytes: { target: INITIAL_JS_TARGET_BYTES, met: jsMet },
        paneFirstRenderMs: { target: FIRST_RENDER_TARGET_MS, met: renderMet },
        paneFirstRenderOfficeMs: { target: FIRST_RENDER_TARGET_MS, met: renderAddinMet },
      },
    },
  };
}

if (require.main === module) {
  const nArg = process.argv.find((a) => a.startsWith('--n='));
  officeFigures({ officeOnly: process.argv.includes('--office-only'), ...(nArg ? { n: Number(nArg.slice(4)) } : {}) })
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
