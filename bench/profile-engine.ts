/**
 * A small driver for profiling the engine alone: evaluateGrid (read and judge, in one walk over the rows) and
 * reportJson on a generated plan, repeated, with each phase's median time printed.
 *   node --cpu-prof --cpu-prof-dir=/tmp/engine-prof node_modules/ts-node/dist/bin.js --swc bench/profile-engine.ts [N] [repeats]
 *   npx ts-node --swc bench/profile-summary.ts /tmp/engine-prof/<file>.cpuprofile
 */
import { evaluateGrid } from '../src/core/evaluate';
import { reportJson } from '../src/core/report';
import { generatePlan } from './generate-plan';
import { median, ms, thousands } from './timing';

const n = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 5);
const plan = generatePlan(n);
const phases = { evaluateGrid: [] as number[], reportJson: [] as number[] };

function timed<T>(samples: number[], fn: () => T): T {
  const started = performance.now();
  const result = fn();
  samples.push(performance.now() - started);
  return result;
}

for (let i = 0; i < repeats; i++) {
  const evaluation = timed(phases.evaluateGrid, () => evaluateGrid(plan.grid));
  timed(phases.reportJson, () => reportJson(evaluation, 'bench.xlsx', 'ja'));
}
const total = Object.values(phases).reduce((sum, samples) => sum + median(samples), 0);
for (const [phase, samples] of Object.entries(phases)) {
  const m = median(samples);
  console.log(`${phase.padEnd(12)} median ${ms(m).padStart(9)}  ${((m / total) * 100).toFixed(0).padStart(3)}%`);
}
console.log(`total        median ${ms(total).padStart(9)}  → ${thousands(n / (total / 1000))} initiatives/s (${repeats} runs of N=${thousands(n)})`);
