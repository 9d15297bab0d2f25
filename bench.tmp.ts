import { parseQuantityText } from './src/core/quantity';
const inputs = ['R2年度:12,000枚/年', '51', '1,100', '○RPA導入業務数 R2年度:50業務', '90%以上達成が困難の見込み', '助成数55件(期間限定の緊急応援枠40件を含む)', 'R元年度比コピー使用量61.2%減'];
for (const t of inputs) {
  const N = 1_000_000;
  for (let i = 0; i < 100000; i++) parseQuantityText(t);
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += parseQuantityText(t).quantities.length;
  const dt = Number(process.hrtime.bigint() - t0) / 1e3 / N;
  console.log(JSON.stringify(t).padEnd(50), dt.toFixed(3), 'µs/call', sink);
}
