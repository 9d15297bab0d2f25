/**
 * What one initiative costs before the engine does any real work (prints figures, asserts nothing): the plan's grid
 * walked as the reader walks it, with the objects the engine keeps per initiative made from it — the initiative and
 * its indicator as read, their judgement, and the report's entry — but no parsing, matching or judging.
 *   npx ts-node --swc bench/engine-floor.ts [N=100000]
 * Each level adds one layer of kept objects; compare the last with the engine's own figure (bench/run.ts).
 */
import type { CellValue } from '../src/core/grid';
import { generatePlan } from './generate-plan';
import { thousands } from './timing';

const n = Number(process.argv[2] ?? 100_000);
const plan = generatePlan(n);
const cells = plan.grid.cells;

function textOf(value: CellValue | undefined): string {
  return typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
}

/** Level 0: the cells' texts; 1: + the plan as read; 2: + the judgement; 3: + the report's entries. */
function walk(level: number): unknown[] {
  const kept: unknown[] = [];
  for (let r = 4; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const id = textOf(row[0]);
    const pillar = textOf(row[1]);
    const name = textOf(row[2]);
    const target = textOf(row[3]);
    const actual = textOf(row[4]);
    const status = textOf(row[5]);
    const cause = textOf(row[6]);
    const next = textOf(row[7]);
    const extra = textOf(row[8]);
    if (level === 0) {
      kept.push(id.length + pillar.length + name.length + target.length + actual.length + status.length + cause.length + next.length + extra.length);
      continue;
    }
    const targetQuantity = { value: target.length, unit: '件', perYear: false, cumulative: false, approximate: false, direction: 'atLeast', reduction: false, year: 2020, label: null, source: target, suspicion: null };
    const actualQuantity = { value: actual.length, unit: '件', perYear: false, cumulative: false, approximate: false, direction: null, reduction: false, year: null, label: null, source: actual, suspicion: null };
    const indicator = {
      name, targets: [{ year: 2020, value: targetQuantity.value, cell: `D${r + 1}`, quantity: targetQuantity }], actual: actualQuantity,
      targetText: target, actualText: actual, impliedDirection: null, impliedReduction: false, actualIsStatement: false, targetCell: `D${r + 1}`, actualCell: `E${r + 1}`,
    };
    const initiative = {
      indicators: [indicator], row: r + 1, id, pillar, name, recordedStatus: status, recordedStatusCell: `F${r + 1}`, cause: cause || null,
      causeCell: `G${r + 1}`, nextSteps: next, extra: { 所管課: extra },
    };
    if (level === 1) {
      kept.push(initiative);
      continue;
    }
    const rate = actualQuantity.value / Math.max(targetQuantity.value, 1);
    const result = { initiative, indicators: [{ indicator, rate, status: 'achieved', series: indicator.targets }], status: 'achieved', rate, causeCategory: null };
    kept.push(result);
    if (level === 2) continue;
    kept.push({
      row: initiative.row, id, pillar, name, status: result.status, rate, cause: initiative.cause, causeCategory: null, nextSteps: next,
      indicators: [{ name, target: { value: targetQuantity.value, unit: '件', direction: 'atLeast' }, actual: { value: actualQuantity.value, unit: '件' }, rate, status: 'achieved' }],
    });
  }
  return kept;
}

const LEVELS = ['cell texts only', '+ the plan as read', '+ the judgement', '+ the report'];
for (let level = 0; level < LEVELS.length; level++) {
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    walk(level);
    best = Math.min(best, performance.now() - started);
  }
  console.log(`${LEVELS[level]?.padEnd(22)} ${((best * 1000) / n).toFixed(2)} µs/initiative → ${thousands(n / (best / 1000))}/s (best of 7, N=${thousands(n)})`);
}
