const s = 'R2年度:12,000枚/年';
function t(name: string, f: () => unknown) { for (let i=0;i<100000;i++) f(); const t0=process.hrtime.bigint(); for (let i=0;i<1000000;i++) f(); console.log(name.padEnd(20), (Number(process.hrtime.bigint()-t0)/1e9).toFixed(3), 'µs'); }
const src = require('fs').readFileSync('src/core/quantity.ts','utf8');
// rebuild regexes by evaluating module internals is hard; test copies
import * as q from './src/core/quantity';
t('normalize', () => q.normalizeText(s));
t('full', () => q.parseQuantityText(s));
const STATEMENT = new RegExp(
  '困難|見込|見通し|予定(?![数件額日表地者])|でき(?:な|ず|ま)|出来(?:な|ず)|未達|不可|難し|至ら(?:な|ず)|達成(?![率度状況値数目基指時件])|' +
    "(?<![A-Za-z])(?:unlikely|difficult|not (?:be |been )?(?:achieved|achieve|met|reached)|cannot|can't|could not|couldn't|will not|won't|expected|expect|planned|scheduled|forecast|likely|impossible|failed|achieved|achievable|fell short|on track)(?![A-Za-z])",
  'gi',
);
t('statement', () => { STATEMENT.lastIndex = 0; return STATEMENT.exec(s); });
