import { evaluateGrid } from '../../src/core/evaluate';
import { summaryText } from '../../src/core/summary-text';
import { grid } from '../support/grid';

describe('the command line summary', () => {
  it('keeps a cause written over several lines under its initiative', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '目標', '実績', '遅れが生じている要因'],
      ['研修の実施', '研修回数 12回', '6回', '新型コロナの影響により、\n・集合研修を中止した\n・オンライン化が遅れた'],
      ['窓口の改善', '満足度 80%以上', '85%', null],
    ]));
    const lines = summaryText(e, 'ja').split('\n');
    const item = lines.findIndex((l) => l.startsWith('・研修の実施'));
    expect(lines.slice(item, item + 4)).toEqual([
      '・研修の実施（2行目）',
      '    要因［新型コロナウイルス感染症］: 新型コロナの影響により、',
      '      ・集合研修を中止した',
      '      ・オンライン化が遅れた',
    ]);
    expect(lines.filter((l) => l.startsWith('・'))).toHaveLength(1);
    // In English, the category is in plain brackets after the word.
    expect(summaryText(e, 'en')).toContain('    Cause [COVID-19 pandemic]: ');
  });

  it('prints a name and a problem written over several lines of their cells on one line each', () => {
    const e = evaluateGrid(grid([
      ['方向性', '取組項目', '目標', '実績', '遅れが生じている要因'],
      ['ICTの\n活用', 'RPAの導入\n（業務自動化）', '50業務', '40業務', '予算不足のため'],
      ['ICTの\n活用', '窓口の改善', '満足度\n80%以上', '満足度\nおおむね良好', null],
    ]));
    const lines = summaryText(e, 'ja').split('\n');
    expect(lines).toContain('・RPAの導入 （業務自動化）（ICTの 活用、2行目）');
    const problems = lines.slice(lines.findIndex((l) => l.startsWith('■ 要確認')) + 1);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^[A-Z]+\d+\t[^\t]+\t[^\t]+$/u);
  });
});
