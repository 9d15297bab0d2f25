import { gradingRules } from '../../src/core/grading';
import { readPlan } from '../../src/core/read-plan';
import { generatePlan } from '../generate-plan';
import { median } from '../timing';
import * as orig from './judge-orig';
import * as fixed from './judge-fixed';
const plan = generatePlan(100000);
const read = readPlan(plan.grid);
const rules = gradingRules();
for (const [name, m] of [['orig', orig], ['fixed', fixed], ['orig', orig], ['fixed', fixed]] as const) {
  const s: number[] = [];
  for (let i = 0; i < 6; i++) { const t = performance.now(); m.judgePlan(read.plan, rules, read.problems); s.push(performance.now() - t); }
  console.log(name, median(s.slice(1)).toFixed(0), 'ms');
}
const a = JSON.stringify(orig.judgePlan(read.plan, rules, read.problems).initiatives);
const b = JSON.stringify(fixed.judgePlan(read.plan, rules, read.problems).initiatives);
console.log('same output:', a === b);
