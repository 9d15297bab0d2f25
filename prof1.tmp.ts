import { parseQuantityText } from './src/core/quantity';
const t = process.argv[2] ?? 'R2年度:12,000枚/年';
for (let r = 0; r < 3; r++) {
const N = 2_000_000; const t0 = process.hrtime.bigint(); let sink = 0;
for (let i = 0; i < N; i++) sink += parseQuantityText(t).quantities.length;
console.log(t, (Number(process.hrtime.bigint() - t0) / 1e3 / N).toFixed(3), 'µs/call', sink);
}
