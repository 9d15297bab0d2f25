const src = require('fs').readFileSync('src/core/quantity.ts', 'utf8') as string;
import * as q from './src/core/quantity';
const s = 'R2年度:12,000枚/年';
function t(name: string, f: () => unknown) { for (let i=0;i<200000;i++) f(); let best=1e9; for (let r=0;r<3;r++){const t0=process.hrtime.bigint(); for (let i=0;i<1000000;i++) f(); best=Math.min(best,Number(process.hrtime.bigint()-t0)/1e6);} console.log(name.padEnd(20), (best/1000).toFixed(3), 'µs'); }
// crude: get MASTER via eval of source pieces
const DATE_SRC = [
  '(?:令和|平成|(?<![A-Za-z0-9])[RH]) ?(?:元|\\d{1,2})(?: ?年 ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?|\\.\\d{1,2}(?:\\.\\d{1,2})?(?!\\d))',
  '(?<![\\d,.])(?:19|20|21)\\d{2} ?年(?! ?度)(?: ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?)?',
  '(?<![\\d,.])(?:19|20|21)\\d{2}[/-]\\d{1,2}(?:[/-]\\d{1,2})?(?!\\d)',
  '(?<![\\d,.])\\d{1,2}/\\d{1,2}(?:/\\d{1,4})?(?![\\d,])',
  '(?<![\\d,.])\\d{1,2} ?月(?: ?\\d{1,2} ?日)?',
  '(?<![\\d,.])\\d{1,2}:\\d{2}(?!\\d)',
  '(?<![\\d,.])\\d{1,2} ?年度',
].join('|');
const ERA_SRC = '(令和|平成|(?<![A-Za-z0-9])[RH])( ?)(元|\\d{1,2})( ?年度?)?';
const FY_SRC = "(?<![A-Za-z0-9])[Ff][Yy] ?'?(\\d{4}|\\d{2})(?!\\d)";
const WESTERN_SRC = '(?<![\\d,.])((?:19|20|21)\\d{2}) ?年度';
const YEAR_SCAN_SRC = `(${DATE_SRC})|${ERA_SRC}|${FY_SRC}|${WESTERN_SRC}`;
const MASTER = new RegExp(`${YEAR_SCAN_SRC}|(\\d+(?:,\\d+)*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(\\n|[○〇◯●■◆]|(?<!\\S)・)`,'g');
t('master all', () => { MASTER.lastIndex = 0; let n=0; while (MASTER.exec(s)) n++; return n; });
t('master from 5', () => { MASTER.lastIndex = 5; return MASTER.exec(s); });
t('master from 12', () => { MASTER.lastIndex = 12; return MASTER.exec(s); });
t('full', () => q.parseQuantityText(s));
t('empty obj', () => ({a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10,k:11}));
