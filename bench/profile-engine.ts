/**
 * A small driver for profiling the engine alone: evaluateGrid + reportJson on a generated plan, repeated.
 *   TS_NODE_SWC=true node --cpu-prof --cpu-prof-dir=/tmp/engine-prof -r ts-node/register bench/profile-engine.ts [N] [repeats]
 *   npx ts-node --swc bench/profile-summary.ts /tmp/engine-prof/<file>.cpuprofile
 */
import { evaluateGrid } from '../src/core/evaluate';
import { reportJson } from '../src/core/report';
import { generatePlan } from './generate-plan';

const n = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 5);
const plan = generatePlan(n);
const started = performance.now();
let total = 0;
for (let i = 0; i < repeats; i++) total += reportJson(evaluateGrid(plan.grid), 'bench.xlsx', 'ja').initiatives.length;
const seconds = (performance.now() - started) / 1000;
console.log(`${repeats} × ${n} initiatives (${total} read) in ${seconds.toFixed(2)} s → ${Math.round(total / seconds)} initiatives/s`);
