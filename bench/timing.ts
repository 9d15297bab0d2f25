/** Repeated timings: warm-up runs first (discarded), then the median and best of the measured runs. */

export interface Timing {
  readonly runs: number;
  readonly warmup: number;
  readonly medianMs: number;
  readonly bestMs: number;
  readonly samplesMs: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2;
}

export function summarise(samplesMs: readonly number[], warmup: number): Timing {
  return { runs: samplesMs.length, warmup, medianMs: median(samplesMs), bestMs: Math.min(...samplesMs), samplesMs };
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Runs fn `warmup` times unmeasured, then `runs` times measured. */
export async function measure(fn: () => unknown, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeOnce(fn));
  return summarise(samples, warmup);
}

/** Like measure, for two functions run alternately, so that drift (heat, GC pressure) hits both alike. */
export async function measurePair(a: () => unknown, b: () => unknown, runs: number, warmup = 1): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (i % 2 === 0) {
      sa.push(await timeOnce(a));
      sb.push(await timeOnce(b));
    } else {
      sb.push(await timeOnce(b));
      sa.push(await timeOnce(a));
    }
  }
  return [summarise(sa, warmup), summarise(sb, warmup)];
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
