/**
 * Once per `npm run test:e2e`: build the pane (with the preview chunk) into test/e2e/output/dist — a directory of
 * its own, so a concurrent `npm run build` in dist/ cannot pull files from under the tests — and serve it on a
 * free localhost port. The tests read the address from APE_E2E_ORIGIN.
 *
 *   APE_E2E_BUILD=production   build with `npm run build` instead of `npm run build:dev` (≈60 s instead of ≈15 s)
 *   APE_E2E_DIST=path          serve an existing build and skip building
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serveDirectory, type StaticServer } from '../../scripts/static-server';

const ROOT = path.resolve(__dirname, '..', '..');
export const E2E_DIST = path.join(ROOT, 'test', 'e2e', 'output', 'dist');

declare global {
  // eslint-disable-next-line no-var
  var apeE2eServer: StaticServer | undefined;
}

function build(outDir: string): void {
  const script = process.env.APE_E2E_BUILD === 'production' ? 'build' : 'build:dev';
  mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const result = spawnSync('npm', ['run', script, '--', '--output-path', outDir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) {
    throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`\n[e2e] npm run ${script} -- --output-path ${path.relative(ROOT, outDir)}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function globalSetup(): Promise<void> {
  const reuse = process.env.APE_E2E_DIST;
  const dir = reuse ? path.resolve(reuse) : E2E_DIST;
  if (!reuse) build(dir);
  globalThis.apeE2eServer = await serveDirectory(dir);
  process.env.APE_E2E_ORIGIN = globalThis.apeE2eServer.origin;
  console.log(`[e2e] serving ${path.relative(ROOT, dir) || dir} on ${globalThis.apeE2eServer.origin}`);
}
