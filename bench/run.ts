/**
 * Benchmark (prints figures, asserts nothing). Run: npx ts-node --swc bench/run.ts [--sizes=1000,10000,100000]
 *
 * What is measured, on generated plans of 1,000 / 10,000 / 100,000 initiatives (bench/generate-plan.ts):
 *  1. engine: evaluateGrid + reportJson on the in-memory grid, as initiatives per second. Warm-up runs first, then
 *     the MEDIAN of several runs (the best is printed too). Node runs this JavaScript on one thread.
 *  2. the whole command vs the bare read: evaluateFile(path) (read + grid conversion + engine) against ExcelJS
 *     alone reading the same file (new ExcelJS.Workbook().xlsx.readFile), run alternately; MEDIAN of each and their
 *     ratio. The .xlsx files are written once with ExcelJS and cached in os.tmpdir() (bench/plan-file.ts). A size
 *     whose first read takes over 60 s is skipped for this part.
 * Targets (reported, not enforced): engine ≥ 200,000 initiatives/s; evaluateFile ≤ 1.3 × the bare read.
 * The last line printed is one JSON object of all the figures.
 */
import os from 'node:os';
import ExcelJS from 'exceljs';
import { evaluateGrid } from '../src/core/evaluate';
import type { Counts } from '../src/core/model';
import { reportJson } from '../src/core/report';
import { evaluateFile } from '../src/workbook/evaluate-file';
import { generatePlan, type GeneratedPlan } from './generate-plan';
import { officeFigures } from './office-figures';
import { CACHE_DIR, planFile } from './plan-file';
import { measure, measurePair, ms, thousands, timeOnce, type Timing } from './timing';

const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;
const ENGINE_TARGET_PER_SECOND = 200_000;
const RATIO_TARGET = 1.3;
const READ_LIMIT_MS = 60_000;
/** [warm-up, measured runs] by plan size. */
const ENGINE_RUNS = (n: number): [number, number] => (n <= 1_000 ? [3, 15] : n <= 10_000 ? [2, 9] : [1, 3]);
const FILE_RUNS = (n: number): [number, number] => (n <= 1_000 ? [1, 9] : n <= 10_000 ? [1, 5] : [0, 3]);

interface EngineFigure {
  readonly n: number;
  readonly timing: Timing;
  readonly initiativesPerSecond: number;
}

type FileFigure =
  | { readonly n: number; readonly skipped: string; readonly firstReadMs?: number }
  | {
      readonly n: number;
      readonly fileBytes: number;
      readonly writeMs: number | null;
      readonly read: Timing;
      readonly evaluateFile: Timing;
      readonly ratio: number;
    };

function sizesFromArgs(): number[] {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  if (!arg) return [...DEFAULT_SIZES];
  return arg.slice('--sizes='.length).split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    /** 1-minute load average at start: other processes on the machine make the figures noisy. */
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

function runEngine(plan: GeneratedPlan): ReturnType<typeof reportJson> {
  return reportJson(evaluateGrid(plan.grid), 'bench.xlsx', 'ja');
}

async function measureEngine(n: number, plan: GeneratedPlan): Promise<EngineFigure> {
  const [warmup, runs] = ENGINE_RUNS(n);
  const timing = await measure(() => runEngine(plan), runs, warmup);
  const figure = { n, timing, initiativesPerSecond: n / (timing.medianMs / 1000) };
  console.log(
    `engine  N=${thousands(n).padStart(7)}: median ${ms(timing.medianMs).padStart(9)} (best ${ms(timing.bestMs)}, ` +
      `${timing.runs} runs after ${timing.warmup} warm-up) → ${thousands(figure.initiativesPerSecond)} initiatives/s`,
  );
  return figure;
}

/** Prints the engine's counts for a plan and warns where they do not add up. */
function checkCounts(n: number, plan: GeneratedPlan): Counts {
  const evaluation = evaluateGrid(plan.grid);
  const c = evaluation.counts;
  const i = plan.intended;
  console.log(
    `counts  N=${thousands(n)}: total ${c.total}, onTrack ${c.onTrack} (achieved ${c.achieved}), delayed ${c.delayed}, ` +
      `unknown ${c.unknown}; problems ${evaluation.problems.length}`,
  );
  console.log(`        generator intended: onTrack ${i.onTrack}, delayed ${i.delayed}, unknown ${i.unknown}`);
  if (c.total !== n) console.log(`WARNING: the engine read ${c.total} initiatives, the plan has ${n}.`);
  const off = Math.abs(c.onTrack - i.onTrack) + Math.abs(c.delayed - i.delayed) + Math.abs(c.unknown - i.unknown);
  if (off > n * 0.02) console.log(`WARNING: the engine's statuses differ from the generator's intent on ~${Math.ceil(off / 2)} initiatives.`);
  return c;
}

async function bareRead(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.readFile(file);
}

async function measureFile(n: number, plan: GeneratedPlan): Promise<FileFigure> {
  const file = await planFile(plan.grid, n);
  const written = file.writeMs === null ? 'cached' : `written in ${ms(file.writeMs)}`;
  console.log(`file    N=${thousands(n).padStart(7)}: ${(file.bytes / 2 ** 20).toFixed(1)} MiB (${written}) ${file.path}`);
  const firstReadMs = await timeOnce(() => bareRead(file.path));
  if (firstReadMs > READ_LIMIT_MS) {
    const skipped = `first bare read took ${ms(firstReadMs)} (> ${ms(READ_LIMIT_MS)}): skipped`;
    console.log(`file    N=${thousands(n).padStart(7)}: ${skipped}`);
    return { n, skipped, firstReadMs: round(firstReadMs) };
  }
  const [warmup, runs] = FILE_RUNS(n);
  const [evaluated, read] = await measurePair(() => evaluateFile(file.path), () => bareRead(file.path), runs, warmup);
  const ratio = evaluated.medianMs / read.medianMs;
  console.log(
    `file    N=${thousands(n).padStart(7)}: evaluateFile median ${ms(evaluated.medianMs)} (best ${ms(evaluated.bestMs)}) vs ` +
      `bare read median ${ms(read.medianMs)} (best ${ms(read.bestMs)}) → ratio ${ratio.toFixed(3)} ` +
      `(${runs} alternating runs after ${warmup} warm-up + 1 first read)`,
  );
  return { n, fileBytes: file.bytes, writeMs: file.writeMs, read, evaluateFile: evaluated, ratio };
}

function verdict(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'MET' : 'NOT MET';
}

function timingJson(t: Timing) {
  return { medianMs: round(t.medianMs), bestMs: round(t.bestMs), runs: t.runs, warmup: t.warmup };
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

async function main(): Promise<void> {
  const started = performance.now();
  const sizes = sizesFromArgs();
  const host = machine();
  console.log(`machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, node ${host.node} (${host.platform}), load average ${host.loadAverage}`);
  console.log('method: warm-up runs discarded, then the median of the measured runs (best also shown)');
  console.log(`files cached in ${CACHE_DIR}\n`);

  const plans = new Map<number, GeneratedPlan>();
  for (const n of sizes) {
    const genMs = await timeOnce(() => plans.set(n, generatePlan(n)));
    console.log(`plan    N=${thousands(n).padStart(7)}: generated in ${ms(genMs)}`);
  }
  const planOf = (n: number): GeneratedPlan => plans.get(n) ?? generatePlan(n);

  console.log('\n— engine: evaluateGrid + reportJson on the in-memory grid —');
  const engine: EngineFigure[] = [];
  for (const n of sizes) engine.push(await measureEngine(n, planOf(n)));

  const countsN = sizes.includes(10_000) ? 10_000 : sizes[sizes.length - 1] ?? 0;
  console.log('\n— does the plan exercise the engine? —');
  const counts = countsN > 0 ? checkCounts(countsN, planOf(countsN)) : null;

  console.log('\n— the whole command (evaluateFile) vs ExcelJS alone reading the file —');
  const files: FileFigure[] = [];
  for (const n of sizes) files.push(await measureFile(n, planOf(n)));

  const office = await officeFigures({ plan: plans.get(10_000) });

  const engineTop = engine.find((e) => e.n === 100_000) ?? null;
  const file10k = files.find((f): f is Extract<FileFigure, { ratio: number }> => f.n === 10_000 && 'ratio' in f) ?? null;
  const engineMet = engineTop === null ? null : engineTop.initiativesPerSecond >= ENGINE_TARGET_PER_SECOND;
  const ratioMet = file10k === null ? null : file10k.ratio <= RATIO_TARGET;
  const totalMs = performance.now() - started;
  console.log('\n— targets —');
  console.log(`engine ≥ ${thousands(ENGINE_TARGET_PER_SECOND)} initiatives/s (100,000 plan): ${engineTop ? thousands(engineTop.initiativesPerSecond) : '-'} → ${verdict(engineMet)}`);
  console.log(`evaluateFile ≤ ${RATIO_TARGET} × bare read (10,000 plan): ${file10k ? file10k.ratio.toFixed(3) : '-'} → ${verdict(ratioMet)}`);
  console.log(`total runtime ${ms(totalMs)}\n`);

  console.log(JSON.stringify({
    machine: host,
    method: 'median of measured runs after warm-up',
    engineInitiativesPerSecond: engineTop ? Math.round(engineTop.initiativesPerSecond) : null,
    evaluateVsReadRatio: file10k ? round(file10k.ratio, 3) : null,
    targets: {
      engineInitiativesPerSecond: { target: ENGINE_TARGET_PER_SECOND, met: engineMet },
      evaluateVsReadRatio: { target: RATIO_TARGET, met: ratioMet },
    },
    counts: counts ? { n: countsN, ...counts } : null,
    engine: engine.map((e) => ({ n: e.n, initiativesPerSecond: Math.round(e.initiativesPerSecond), ...timingJson(e.timing) })),
    file: files.map((f) =>
      'ratio' in f
        ? { n: f.n, fileBytes: f.fileBytes, writeMs: f.writeMs === null ? null : round(f.writeMs), ratio: round(f.ratio, 3), read: timingJson(f.read), evaluateFile: timingJson(f.evaluateFile) }
        : f,
    ),
    ...office,
    totalRuntimeMs: Math.round(totalMs),
  }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
