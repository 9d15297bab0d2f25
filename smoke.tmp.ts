import { parseQuantityText as p, splitIndicatorSegments as sp, parseYearLabel as y, normalizeName as nn, parseDirectionWords as pd } from './src/core/quantity';
const cases = [
 'R2年度:50業務','R3年度:250会議 R4年度:300会議','令和2年度 90%以上','FY2020: 50 tasks','R 2 年度: 90%以上',
 '調査票回答数:2,834件','○RPA導入業務数 R2年度:50業務','助成数55件(期間限定の緊急応援枠40件を含む)','助成数55件（期間限定の緊急応援枠40件を含む）',
 '90%以上達成が困難の見込み','目標達成は困難','achievement of 90% unlikely','2.000件以上/年','4.074件/年','40.5%','1.5時間',
 'R元年度比コピー使用量61.2%減','50%以上削減','28,400/累計','5,350,000/年','6.7万枚','1.2億','6.7万円','500千円','▲5','約62,000枚/年',
 '３月仮運用','５０業務','1e309','=1+2','50 tasks in FY2020','1 調査票回答数:2,834件','(1)RPA 50業務','≥ 50 cases','at least 50 hours',
 '90% or more','R2年度:45業務(見込)','28,400人(累計)','第3回会議で50件','COVID-19対策 10件','10~20件','1.5時間/人','3回目','2020年度 50件',
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(p(c)));
console.log(sp('○RPA導入業務数 R2年度:50業務\n○AI-OCR利用枚数 R2年度:12,000枚/年\n○音声テキスト化システム利用会議数 R2年度:200会議/年'));
console.log(sp('○RPA導入業務数 51業務○AI-OCR利用枚数 約62,000枚/年'));
console.log(sp('R3年度:250会議 R4年度:300会議'), sp('RPA・AI-OCR 導入 50業務'), sp('RPA導入業務数\nR2年度:50業務\nR3年度:60業務'));
console.log(['R2','R2年度','R 2 年度','令和2年度','令和元年度','R元年度','H30年度','平成30年度','FY2020','FY 2020','2020年度','RPA','R2.4.1','H2O'].map(y));
console.log(nn('○「RPA導入業務数」 R2年度'), nn('(1) AI-OCR 利用枚数'));
console.log(['時間外勤務時間数(以下)','削減率','件以上','hours (lower is better)','超過勤務時間'].map(x=>JSON.stringify(pd(x))));
