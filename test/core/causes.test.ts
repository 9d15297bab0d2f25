import fc from 'fast-check';
import { categorizeCause } from '../../src/core/causes';
import type { CauseCategory } from '../../src/core/model';
import { normalizeText } from '../../src/core/quantity';
import { CAUSE_KEYWORDS } from '../../src/core/vocabulary';

/** The rule as stated, one search per keyword: most distinct keywords, a tie to the keyword written last. */
function byTheRule(cause: string): CauseCategory | null {
  if (cause.trim() === '') return null;
  const text = normalizeText(cause).toLowerCase();
  let best: CauseCategory = 'other';
  let bestHits = 0;
  let bestLast = -1;
  for (const [category, keywords] of CAUSE_KEYWORDS) {
    const found = keywords.map((k) => text.lastIndexOf(k)).filter((at) => at >= 0);
    const last = Math.max(-1, ...found);
    if (found.length > bestHits || (found.length > 0 && found.length === bestHits && last > bestLast)) {
      [best, bestHits, bestLast] = [category, found.length, last];
    }
  }
  return best;
}

describe('sorting a delay cause into a category', () => {
  it('reads the categories officials would give', () => {
    expect(categorizeCause('新型コロナウイルス感染症の影響により、開催を中止したため。')).toBe('pandemic');
    expect(categorizeCause('予算の確保が困難であったため。')).toBe('budget');
    expect(categorizeCause('担当職員の欠員により、推進体制が十分に確保できなかったため。')).toBe('staffing');
    expect(categorizeCause('Postponed: the vendor missed the DEADLINE.')).toBe('schedule');
    expect(categorizeCause('天候不順のため。')).toBe('other');
    expect(categorizeCause('保育士の確保が困難であったため。')).toBe('staffing');
    expect(categorizeCause('新方式の採用に時間を要したため。')).toBe('other');
    expect(categorizeCause('基幹システム更新の遅れにより、電子通知の導入遅れが生じたため。')).toBe('schedule');
    expect(categorizeCause('研修講師の確保が困難であったため。')).toBe('staffing');
    expect(categorizeCause('物価高騰に伴い基金を取り崩したため。')).toBe('budget');
    expect(categorizeCause('機器の配備が年度後半となったため。')).toBe('schedule');
    expect(categorizeCause('Supply chain problems held up the kiosks.')).toBe('schedule');
    expect(categorizeCause('   ')).toBeNull();
  });

  it('sorts the causes English plans write, not into "other"', () => {
    expect(categorizeCause('Delayed due to contractor insolvency (portal supplier).')).toBe('coordination');
    expect(categorizeCause('Awaiting outcome of government consultation on data standards.')).toBe('coordination');
    expect(categorizeCause('Deferred to 2024-25 — awaiting outcome of NSW Government grant application.')).toBe('budget');
    expect(categorizeCause('Garden waste service suspended for 10 weeks owing to HGV driver shortages.')).toBe('staffing');
    expect(categorizeCause('Increase in long-term sickness absence.')).toBe('staffing');
    expect(categorizeCause('Tender returns exceeded the allocation.')).toBe('budget');
    expect(categorizeCause('Tramore Library closed for three months for refurbishment.')).toBe('other');
  });

  it('sorts causes of workload, procurement and revenue that offices write', () => {
    expect(categorizeCause('他の業務を優先したため')).toBe('staffing');
    expect(categorizeCause('災害対応業務が発生したため')).toBe('staffing');
    expect(categorizeCause('採用試験の辞退者が多く、計画どおりの採用に至らなかった。')).toBe('staffing');
    expect(categorizeCause('委託事業者の選定に時間を要した。')).toBe('coordination');
    expect(categorizeCause('スキャナ機器の調達が遅れたため')).toBe('schedule');
    expect(categorizeCause('不動産市況の悪化により売却が進まなかった。')).toBe('budget');
    // A delay of the budget itself is a budget matter, and of a staffing arrangement one of coordination.
    expect(categorizeCause('予算措置が遅れたため')).toBe('budget');
    expect(categorizeCause('再任用職員の配置調整が遅れたため。')).toBe('coordination');
  });

  it('gives a tie to the reason written last, just before ため', () => {
    // One pandemic and one coordination keyword: 調整 is the direct reason.
    expect(categorizeCause('コロナの影響で、調整に時間を要したため。')).toBe('coordination');
    expect(categorizeCause('調整の結果、コロナのため中止した。')).toBe('pandemic');
  });

  it('agrees with the rule as stated on any text made of keywords and filler', () => {
    const words = CAUSE_KEYWORDS.flatMap(([, keywords]) => keywords);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('の影響で', '、', 'ため。', ' ', 'ＣＯＳＴ', 'Staff'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const cause = pieces.join('');
        expect(categorizeCause(cause)).toBe(byTheRule(cause));
      }),
      { numRuns: 2000 },
    );
  });
});
