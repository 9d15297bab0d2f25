/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self time and by total time (with callees),
 * and self time per source file.
 *   npx ts-node --swc bench/profile-summary.ts <file.cpuprofile> [top=25] [only=src/core]
 * Percentages are of all sampled time; `only` keeps the function list to frames whose file contains it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const file = url.replace(/^file:\/\//u, '');
  const inRepo = path.relative(process.cwd(), file);
  return inRepo.startsWith('..') ? file : inRepo;
}

/** Self time in µs per profile node id. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, i) => times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return times;
}

/** Time in a function or anything it called, counted once per sample however deep the recursion. */
function inclusiveTimes(profile: CpuProfile, nodes: Map<number, ProfileNode>, only: string): Map<string, number> {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const times = new Map<string, number>();
  for (const [id, us] of selfTimes(profile)) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (!frame) continue;
      const where = shortUrl(frame.url);
      if (!where.includes(only) || where === '(native)') continue;
      const key = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      addTo(times, key, us);
    }
  }
  return times;
}

function addTo(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function printTop(title: string, map: Map<string, number>, total: number, top: number): void {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
  }
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const top = Number(process.argv[3] ?? 25);
  const only = process.argv[4] ?? '';
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfTimes(profile)) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const where = shortUrl(frame.url);
    if (where.includes(only)) addTo(byFunction, `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`, us);
    addTo(byFile, where, us);
  }
  console.log(`profile: ${(total / 1000).toFixed(0)} ms sampled`);
  printTop(`self time by function${only ? ` (in ${only})` : ''}`, byFunction, total, top);
  printTop(`total time (self and callees) by function${only ? ` (in ${only})` : ''}`, inclusiveTimes(profile, nodes, only), total, top);
  printTop('self time by file', byFile, total, 15);
}

main();
