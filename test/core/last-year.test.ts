import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation, InitiativeResult } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

function byName(e: Evaluation, name: string): InitiativeResult {
  const found = e.initiatives.find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}: ${e.initiatives.map((i) => i.name).join(', ')}`);
  return found;
}

function notesAt(e: Evaluation, cell: string): string[] {
  return e.problems.filter((p) => p.cell === cell).map((p) => `${p.code}: ${problemMessage('ja', p)}`);
}

describe('targets set against last year, with last year in a column of its own', () => {
  const e = evaluateGrid(grid([
    ['令和3年度 行動計画 進捗'],
    ['No.', '取組項目', '指標', '目標', 'R2年度実績', 'R3年度実績', '進捗状況', '遅れが生じている要因'],
    [1, '電子申請の推進', '電子申請件数', '前年度実績以上', '12,000件', '13,500件', '順調', null],
    [2, '窓口の改善', '来庁者数', '前年度比5%減', '8,000人', '7,800人', '順調', null],
    [3, '研修の充実', '受講者数', '前年度を上回る', '300人', '280人', '遅れ', '感染症拡大のため'],
    [4, 'RPAの導入', '導入業務数', '前年度比10%増', 50, 56, '順調', null],
    [5, 'オープンデータ', '公開数', '前年度以上', '100件', '100件', '順調', null],
    [6, '庁内会議', '開催回数', '前年度を上回る', '12回', '12回', '順調', null],
    [7, '紙の削減', 'コピー枚数', '対前年度比95%以下', '100万枚', '93万枚', '順調', null],
    [8, '経費の節減', '事務経費', '前年度以下', '1億2,000万円', '1億1,500万円', '順調', null],
  ]));

  it('takes the latest actual column as this year\'s and the one before as last year\'s', () => {
    expect(e.year).toBe(2021);
    expect(byName(e, '電子申請の推進').indicators[0]?.actual?.value).toBe(13500);
  });

  it('compares the actual with last year\'s figure, moved as the target says', () => {
    const rows = e.initiatives.map((i) => [i.name, i.indicators[0]?.target?.value, i.indicators[0]?.target?.direction, i.status]);
    expect(rows).toEqual([
      ['電子申請の推進', 12000, 'atLeast', 'achieved'],
      ['窓口の改善', 7600, 'atMost', 'delayed'],
      ['研修の充実', 300, 'moreThan', 'delayed'],
      ['RPAの導入', 55, 'atLeast', 'achieved'],
      ['オープンデータ', 100, 'atLeast', 'achieved'],
      // "上回る" is more than: the same figure again does not meet it.
      ['庁内会議', 12, 'moreThan', 'delayed'],
      ['紙の削減', 950000, 'atMost', 'achieved'],
      ['経費の節減', 120000000, 'atMost', 'achieved'],
    ]);
    expect(byName(e, 'RPAの導入').rate).toBeCloseTo(56 / 55);
  });

  it('says which figure of last year it used, as the cell writes it', () => {
    expect(notesAt(e, 'D4')).toContain('comparedWithLastYear: 目標「前年度比5%減」を、前年度の実績（E4「8,000人」）から7,600人以下と読んで実績と比べた。');
    expect(notesAt(e, 'D9')[0]).toContain('E9「100万枚」');
    expect(notesAt(e, 'D10')[0]).toContain('E10「1億2,000万円」');
  });

  it('lets the comparison stand over a recorded status that says otherwise', () => {
    expect(notesAt(e, 'G4').map((n) => n.split(':')[0])).toEqual(['statusContradiction']);
    expect(byName(e, '研修の充実').cause).toBe('感染症拡大のため');
  });
});

describe('last year named in the header, or not there at all', () => {
  it('reads "前年度実績" as last year\'s, whichever side of this year\'s it stands', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '前年度実績', '実績', '進捗状況'],
      [1, '電子申請の推進', '前年度実績以上', '12,000件', '11,000件', '順調'],
    ]));
    const initiative = byName(e, '電子申請の推進');
    expect(initiative.indicators[0]?.actual?.value).toBe(11000);
    expect(initiative.status).toBe('delayed');
    // Not named as a second actual column that was passed over.
    expect(e.problems.filter((p) => p.code === 'columnIgnored')).toEqual([]);
  });

  it('without last year\'s figure, compares nothing, takes the recorded status and says why', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, 'RPAの導入', '前年度比10%増', '56業務', '順調'],
      [2, '電子申請の推進', '前年度実績以上', '13,500件', '遅れ'],
    ]));
    // Before, the 10% of the target was compared with the 56 of the actual: achieved at a rate of 5.6.
    expect(byName(e, 'RPAの導入').status).toBe('on-track');
    expect(byName(e, 'RPAの導入').rate).toBeNull();
    expect(byName(e, '電子申請の推進').status).toBe('delayed');
    expect(notesAt(e, 'C2')).toEqual([
      'lastYearMissing: 目標「前年度比10%増」は前年度の実績と比べるものだが、前年度の実績の列（「R2年度実績」「前年度実績」など）がないため、数値では比べていない。',
    ]);
  });

  it('names the empty cell of last year\'s column', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '前年度実績', '進捗状況'],
      [1, 'RPAの導入', '前年度比10%増', '56業務', null, '順調'],
    ]));
    expect(notesAt(e, 'C2')[0]).toContain('前年度の実績（E2）が読み取れないため');
  });

  it('compares a change in percent with an actual written as one', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '利用者の拡大', '前年度比5%増', '前年度比3%増', '順調'],
    ]));
    expect(byName(e, '利用者の拡大').status).toBe('delayed');
    expect(e.problems.filter((p) => p.code === 'lastYearMissing')).toEqual([]);
  });

  it('reads English targets against last year', () => {
    const e = evaluateGrid(grid([
      ['No.', 'Initiative', 'Target', 'FY2020 actual', 'FY2021 actual', 'Status'],
      [1, 'Online forms', 'More than last year', 100, 120, 'On track'],
      [2, 'Paper', '10% less than last year', '5,000 sheets', '4,800 sheets', 'On track'],
      [3, 'Training', 'At least last year\'s', '40 people', '40 people', 'On track'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.target?.value, i.status])).toEqual([
      ['Online forms', 100, 'achieved'],
      ['Paper', 4500, 'delayed'],
      ['Training', 40, 'achieved'],
    ]);
  });
});

describe('targets that mention last year but state their own value', () => {
  it('reads a value written in the target as the target', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R2年度実績', 'R3年度実績', '進捗状況'],
      [1, '電子申請の推進', '15,000件以上（前年度実績12,000件）', '12,000件', '14,000件', '順調'],
      [2, '窓口の改善', '前年度並み', '8,000人', '7,800人', '順調'],
    ]));
    expect(byName(e, '電子申請の推進').indicators[0]?.target?.value).toBe(15000);
    expect(byName(e, '電子申請の推進').status).toBe('delayed');
    // "並み" says no direction: not compared, as before.
    expect(byName(e, '窓口の改善').status).toBe('on-track');
    expect(e.problems.filter((p) => p.code === 'comparedWithLastYear')).toEqual([]);
  });
});

describe('last year\'s figure written in brackets beside a change from it', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
    [1, '電子申請', '前年度比3%増（R4実績：12,000件）', '12,500件', '順調'],
    [2, '窓口申請', '前年度比3%増（R4実績：12,000件）', '12,300件', '順調'],
    [3, '研修', '前年度比3%増', '12,500件（R4実績：12,000件）', '順調'],
    [4, '相談', '前年度比3%増', '12,500件（前年度 12,000件）', '順調'],
    // Not last year's: a part of the actual, a target, a figure named by nothing.
    [5, '申請', '前年度比3%増', '12,500件（うち電子 3,000件）', '順調'],
    [6, '届出', '前年度比3%増', '12,500件（R5目標：12,000件）', '順調'],
    [7, '照会', '前年度比3%増', '12,500件（12,000件）', '順調'],
  ]));

  it('moves the figure in the target\'s brackets as the target says, and compares', () => {
    expect([byName(e, '電子申請'), byName(e, '窓口申請')].map((i) => [i.indicators[0]?.target?.value, i.status])).toEqual([[12360, 'achieved'], [12360, 'delayed']]);
    expect(notesAt(e, 'C2')).toEqual(['comparedWithLastYear: 目標「前年度比3%増(R4実績:12,000件)」を、前年度の実績（C2「12,000件」）から12,360件以上と読んで実績と比べた。']);
  });

  it('takes the figure named as last year\'s in the actual\'s brackets, and names the actual cell', () => {
    expect([byName(e, '研修'), byName(e, '相談')].map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value, i.status])).toEqual([
      [12360, 12500, 'achieved'], [12360, 12500, 'achieved'],
    ]);
    expect(notesAt(e, 'C4')).toEqual(['comparedWithLastYear: 目標「前年度比3%増」を、前年度の実績（D4「12,000件」）から12,360件以上と読んで実績と比べた。']);
  });

  it('reads a figure in the target\'s brackets named as a target, or named by nothing, as before', () => {
    const own = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      [1, '届出', '前年度比3%増（R5目標：12,360件）', '12,500件', '順調'],
      [2, '照会', '前年度比3%増（12,360件）', '12,500件', '順調'],
    ]));
    expect(own.initiatives.map((i) => [i.indicators[0]?.target?.value, i.status])).toEqual([[12360, 'achieved'], [3, 'on-track']]);
    expect(own.problems.filter((p) => p.code === 'comparedWithLastYear')).toEqual([]);
  });

  it('takes no figure of another unit in the actual\'s brackets', () => {
    const other = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      [1, '相談', '前年度比3%増', '12,500件（前年度 12,000人）', '順調'],
    ]));
    expect(other.initiatives[0]?.indicators[0]?.target).toBeNull();
    // A figure without a unit beside an actual with one is of the same thing.
    const bare = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      [1, '相談', '前年度比3%増', '12,500件（前年度 12,000）', '順調'],
    ]));
    expect(bare.initiatives[0]?.indicators[0]?.target?.value).toBe(12360);
  });

  it('takes no other figure in the actual\'s brackets as last year\'s', () => {
    for (const name of ['申請', '届出', '照会']) {
      expect(byName(e, name).indicators[0]?.target).toBeNull();
      expect(e.problems.filter((p) => p.code === 'lastYearMissing' && p.cell === `C${byName(e, name).row}`)).toHaveLength(1);
    }
  });
});

describe('English targets that name last year by its number', () => {
  const e = evaluateGrid(grid([
    ['City of Maplewood — 2023 Corporate Performance Report'],
    ['Priority', 'KPI', '2022 Result', '2023 Target', '2023 Result', 'Status'],
    ['Transit', 'Transit ridership (millions of rides)', 14.2, 'Increase 5% over 2022', 14.5, 'Target not met'],
    ['Transit', 'Bus boardings', 100, '5% increase on 2022', 106, 'Target met'],
    ['Transit', 'Cycle trips', 200, 'up 5% from last year', 212, 'Target met'],
    ['Climate', 'Fleet fuel (litres)', 1000, 'Decrease 10% from 2022', 880, 'Target met'],
    ['Climate', 'Landfill waste (tonnes)', 500, 'Reduce by 10% from 2022', 460, 'Target not met'],
    ['Parks', 'Trees planted', 300, 'Increase 5% over 2021', 320, 'Target met'],
    ['Parks', 'Volunteer hours', 400, 'Increase 5% by 2022', 420, 'Target met'],
  ]));

  it('reads the year before the evaluated one as last year, and compares with its result column', () => {
    expect(e.year).toBe(2023);
    expect(e.initiatives.slice(0, 5).map((i) => [i.name, i.indicators[0]?.target?.value, i.indicators[0]?.target?.direction, i.status])).toEqual([
      ['Transit ridership (millions of rides)', 14.91, 'atLeast', 'delayed'],
      ['Bus boardings', 105, 'atLeast', 'achieved'],
      ['Cycle trips', 210, 'atLeast', 'achieved'],
      ['Fleet fuel (litres)', 900, 'atMost', 'achieved'],
      ['Landfill waste (tonnes)', 450, 'atMost', 'delayed'],
    ]);
    expect(byName(e, 'Transit ridership (millions of rides)').rate).toBeCloseTo(14.5 / 14.91);
    expect(e.problems.find((p) => p.cell === 'D3')?.code).toBe('comparedWithLastYear');
  });

  it('reads another year, or a year that is no base of the change, as before', () => {
    for (const name of ['Trees planted', 'Volunteer hours']) {
      // Read as the cell stands, not moved from the 2022 result (315, 420).
      expect(byName(e, name).indicators[0]?.target?.value).toBe(5);
      expect(e.problems.filter((p) => p.code === 'comparedWithLastYear' && p.cell === `D${byName(e, name).row}`)).toEqual([]);
    }
  });
});

describe('targets that are a way to move alone, beside a column of last year\'s figures', () => {
  it('reads 増加, 減少 and 現状維持 against last year\'s figure, keeping what is better when lower no higher', () => {
    const e = evaluateGrid(grid([
      ['広域行政組合 行財政改革推進計画 令和５年度実績評価'],
      ['No', '取組事項', '評価指標', '目標', '前年度実績（R4）', 'R5実績', '評価', '要因・課題'],
      [1, '資源化の推進', 'リサイクル率', '増加', '18.2%', '17.6%', null, '店頭回収が拡大したため。'],
      [2, '焼却施設の安定稼働', '焼却施設の稼働率', '現状維持', '92.0%', '92.3%', null, null],
      [3, '火災予防の推進', '火災件数', '減少', '42件', '35件', null, null],
      [4, '燃料費の抑制', '燃料費', '現状維持', '400万円', '410万円', null, '燃料価格が高騰したため。'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['資源化の推進', 'delayed'], ['焼却施設の安定稼働', 'achieved'], ['火災予防の推進', 'achieved'], ['燃料費の抑制', 'delayed'],
    ]);
    expect(notesAt(e, 'D4')).toEqual(['comparedWithLastYear: 目標「現状維持」を、前年度の実績（E4「92.0%」）から92%以上と読んで実績と比べた。']);
    expect(byName(e, '燃料費の抑制').indicators[0]?.direction).toBe('atMost');
  });

  it('leaves 増加 alone where no column gives last year\'s figure', () => {
    const e = evaluateGrid(grid([
      ['No', '取組項目', '指標', '目標', 'R5実績', '進捗状況'],
      [1, 'ふるさと納税の推進', '寄附件数', '増加', '1,200件', '順調'],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['on-track']);
    expect(e.problems.map((p) => p.code)).not.toContain('lastYearMissing');
  });
});

describe('a target below its baseline where the initiative speaks of no facilities to close', () => {
  it('keeps a count of 押印の廃止 better when higher, and reads 幼稚園の統合 as fewer', () => {
    const e = evaluateGrid(grid([
      ['区分', '取組項目', '単位', '基準値（R3）', '目標値（R5）', '実績値（R5）', '評価'],
      ['DX', '押印の廃止と電子申請の推進', '件', 12000, 10000, 11000, null],
      ['施設', '幼稚園の統合', '園', 12, 10, 11, null],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed']);
  });
});

describe('a cut in percent of where things stood, beside a baseline column', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '指標', '基準値（R2）', '目標（R6）', '実績（R6）', '評価'],
    [1, '食品ロスの削減', '食品ロス量', '200t', '半減', '95t', null],
    [2, '事故の削減', '事故件数', 40, '半減', 25, null],
    [3, 'ペーパーレス化', 'コピー用紙', '100万枚', '30%削減', '35%削減', null],
  ]));

  it('is the level the baseline less the cut, against an actual that is an amount', () => {
    expect(e.initiatives.map((i) => [i.name, i.status, i.indicators[0]?.target?.value])).toEqual([
      ['食品ロスの削減', 'achieved', 100], ['事故の削減', 'delayed', 20], ['ペーパーレス化', 'achieved', 30],
    ]);
    expect(notesAt(e, 'E2')).toEqual(['cutFromBaseline: 目標「半減」を、基準値（D2「200t」）から100t以下と読んで実績と比べた。']);
  });

  it('compares a cut written as one with the actual\'s cut, as before', () => {
    expect(notesAt(e, 'E4')).toEqual([]);
  });
});
