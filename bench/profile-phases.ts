/**
 * The engine's phases one by one, in µs per initiative of a generated plan (prints figures, asserts nothing): reading
 * the grid (readPlan), judging (judgePlan), the JSON report, and inside reading, the cell splitter and the quantity
 * reader run alone over the plan's target and actual cells.
 *   npx ts-node --swc bench/profile-phases.ts [N=10000] [repeats=15]
 * The phases run on their own, so their sum is not the whole: the whole also collects the garbage of all of them.
 */
import { evaluateGrid } from '../src/core/evaluate';
import { gradingRules } from '../src/core/grading';
import { judgePlan } from '../src/core/judge';
import { parseQuantityText, splitIndicatorSegments } from '../src/core/quantity';
import { readPlan } from '../src/core/read-plan';
import { reportJson } from '../src/core/report';
import { generatePlan } from './generate-plan';
import { median } from './timing';

const n = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 15);
const plan = generatePlan(n);

/** The target and actual cells, as the reader meets them (target column 3, actual column 4 of the generated plan). */
const cells: string[] = [];
for (const row of plan.grid.cells) {
  for (const value of [row[3], row[4]]) if (typeof value === 'string') cells.push(value);
}
const segments = cells.flatMap((text) => splitIndicatorSegments(text));

function perInitiative(label: string, run: () => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  console.log(`${label.padEnd(34)} ${((median(samples) * 1000) / n).toFixed(2).padStart(6)} µs/initiative`);
}

const rules = gradingRules({});
const read = readPlan(plan.grid);
const evaluation = evaluateGrid(plan.grid);
perInitiative('evaluateGrid (read and judge)', () => evaluateGrid(plan.grid));
perInitiative('readPlan', () => readPlan(plan.grid));
perInitiative('judgePlan', () => judgePlan(read.plan, rules, read.problems));
perInitiative('reportJson', () => reportJson(evaluation, 'bench.xlsx', 'ja'));
perInitiative('  splitting cells (in readPlan)', () => cells.forEach((text) => splitIndicatorSegments(text)));
perInitiative('  reading quantities (in readPlan)', () => segments.forEach((text) => parseQuantityText(text)));
console.log(`(N=${n}: ${cells.length} target and actual cells, ${segments.length} segments; median of ${repeats} runs)`);
