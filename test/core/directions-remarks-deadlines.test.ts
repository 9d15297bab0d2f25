import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation, InitiativeResult } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';
import { parseQuantityText } from '../../src/core/quantity';

function byName(e: Evaluation, name: string): InitiativeResult {
  const found = e.initiatives.find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}: ${e.initiatives.map((i) => i.name).join(', ')}`);
  return found;
}

function codesAt(e: Evaluation, cell: string): string[] {
  return e.problems.filter((p) => p.cell === cell).map((p) => p.code);
}

describe('a column that says which way each indicator should go', () => {
  const e = evaluateGrid(grid([
    ['令和4年度 行政改革推進計画 進捗管理表'],
    ['No.', '取組項目', '指標', '目指す方向', '単位', 'R4年度目標値', 'R4年度実績値', '評価', '遅延理由'],
    [1, '電子申請の推進', '電子申請件数', '増加', '件', 5000, 5400, '順調', null],
    [2, 'ペーパーレス化', 'コピー用紙使用量', '減少', '千枚', 800, 760, '順調', null],
    [3, '公共施設の総量縮減', '公共施設数', '減少', '施設', 118, 120, '遅れ', '地元協議が難航し廃止時期を延期'],
    [4, '職員数の適正化', '職員数', '↓', '人', 1200, 1195, '順調', null],
    [5, '研修受講の促進', '研修受講率', '↑', '%', 80, 82, '順調', null],
    [6, '窓口の維持', '窓口開設数', '維持', '箇所', 10, 10, '順調', null],
  ]));

  it('judges each row in the direction its cell gives', () => {
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['電子申請の推進', 'achieved'],
      // Fewer is better: 760 against 800 is met, 120 against 118 is not.
      ['ペーパーレス化', 'achieved'],
      ['公共施設の総量縮減', 'delayed'],
      ['職員数の適正化', 'achieved'],
      ['研修受講の促進', 'achieved'],
      ['窓口の維持', 'achieved'],
    ]);
    expect(byName(e, '公共施設の総量縮減').cause).toBe('地元協議が難航し廃止時期を延期');
    expect(e.problems.filter((p) => p.code === 'statusContradiction')).toEqual([]);
  });

  it('says which column it read the directions from, and keeps it out of the extra columns', () => {
    const note = e.problems.find((p) => p.code === 'directionFromColumn');
    expect(note?.cell).toBe('D2');
    expect(problemMessage('ja', note!)).toBe('「目指す方向」列の向き（増加・減少、↑・↓など）を、各指標の目標の向きとして読んだ。');
    expect(Object.keys(byName(e, '電子申請の推進').extra)).toEqual([]);
  });

  it('reads arrows under a header that names policy directions, which then names none', () => {
    const arrows = evaluateGrid(grid([
      ['No.', '方向性', '取組項目', '目標', '実績', '進捗状況'],
      [1, '↓', '事務経費の削減', '45,000千円', '47,250千円', '遅れ'],
      [2, '↑', '観光入込客数', '120万人', '126万人', '順調'],
    ]));
    expect(arrows.initiatives.map((i) => [i.name, i.pillar, i.status])).toEqual([
      ['事務経費の削減', '', 'delayed'],
      ['観光入込客数', '', 'achieved'],
    ]);
  });

  it('reads a British plan\'s polarity ("Lower is better"), and not a priority\'s High and Low', () => {
    const polarity = evaluateGrid(grid([
      ['Ref', 'Measure', 'Polarity', '2023/24 Target', 'Q4 2023/24 Actual', 'RAG'],
      ['CP04', 'Residual household waste per household (kg)', 'Lower is better', 450, 447, 'Green'],
      ['CP07', 'Number of households in temporary accommodation', 'Lower is better', 90, 118, 'Red'],
      ['CP01', 'Number of new business start-ups supported', 'Higher is better', 120, 131, 'Green'],
    ]));
    expect(polarity.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed', 'achieved']);
    const priority = evaluateGrid(grid([
      ['Ref', 'Measure', 'Priority', 'Target', 'Actual', 'RAG'],
      ['P1', 'Households in temporary accommodation', 'High', 90, 118, 'Red'],
      ['P2', 'Library visits', 'Low', 1000, 1100, 'Green'],
    ]));
    expect(priority.problems.filter((p) => p.code === 'directionFromColumn')).toEqual([]);
  });

  it('leaves a column of other words alone', () => {
    const words = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '所管課', '進捗状況'],
      [1, '事務経費の削減', '45,000千円', '47,250千円', '財政課', '遅れ'],
      [2, '窓口の改善', '30件', '20件', '減少', '遅れ'],
    ]));
    expect(words.problems.filter((p) => p.code === 'directionFromColumn')).toEqual([]);
    // No direction read from "減少" in one row of the column: the first target, with none written, is a floor.
    expect(words.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed']);
  });
});

describe('header words the reader took for another role', () => {
  it('reads "取組No" as the number, beside "取組名" as the name, and "今後の方針" as next steps', () => {
    const e = evaluateGrid(grid([
      ['取組No', '取組名', '成果指標', 'R3年度目標', 'R3年度実績', '進捗', '遅延理由', '今後の方針'],
      [1, '観光振興', '観光入込客数', '120万人', '126万人', '順調', null, '誘客強化'],
    ]));
    const initiative = e.initiatives[0];
    expect([initiative?.id, initiative?.name, initiative?.nextSteps]).toEqual(['1', '観光振興', '誘客強化']);
    expect(e.problems.filter((p) => p.code === 'columnIgnored')).toEqual([]);
  });
});

describe('a recorded status with a remark in brackets', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
    [1, '窓口業務の委託', '証明書発行業務の民間委託', '委託を開始', '概ね順調（一部未達）', null],
    [2, '補助金の見直し', '見直し方針の策定', '素案を作成', '遅れ（回復見込み）', '庁内調整に時間を要した'],
    [3, '組織の見直し', '課の統合', '1課のみ統合', '遅れ（回復見込み）', null],
    [4, '人事評価', '新制度の試行', '試行を実施', '順調（予定どおり）', null],
    [5, '文書管理の電子化', '電子決裁の全庁導入', '本庁で導入', '順調（一部遅れ）', '出先機関のネットワーク整備が遅れている'],
    [6, '電子申請の拡大', '1,000件', '1,120件', '順調（一部遅れ）', null],
  ]));

  it('reads the rating outside the brackets', () => {
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['窓口業務の委託', 'on-track'],
      ['補助金の見直し', 'delayed'],
      // Before, "見込み" in the remark left the whole cell unread.
      ['組織の見直し', 'delayed'],
      ['人事評価', 'on-track'],
      ['文書管理の電子化', 'delayed'],
      ['電子申請の拡大', 'achieved'],
    ]);
  });

  it('names a remark that would read otherwise, and a recorded cause that outweighs 順調', () => {
    expect(codesAt(e, 'E2')).toEqual(['statusRemarkSetAside']);
    expect(problemMessage('ja', e.problems.find((p) => p.cell === 'E2')!))
      .toBe('記入された進捗状況「概ね順調（一部未達）」は、括弧の外の評価で「順調」と読んだ。括弧内の「一部未達」は判定に使っていない。');
    expect(codesAt(e, 'E3')).toEqual([]);
    expect(codesAt(e, 'E5')).toEqual([]);
    expect(codesAt(e, 'E6')).toEqual(['delayedByCause']);
    // Measured, and achieved: the rating 順調 agrees, whatever its remark says.
    expect(codesAt(e, 'E7')).toEqual([]);
  });
});

describe('a section title above the first header', () => {
  it('gives its rows their policy direction, as later section rows do', () => {
    const e = evaluateGrid(grid([
      ['令和3年度　○○県行政経営改革プラン　実施状況'],
      ['1 デジタル化の推進'],
      ['番号', '取組項目', 'R3年度目標', 'R3年度実績', '進捗状況'],
      ['1-1', '行政手続のオンライン化', '200手続', '214手続', '順調'],
      ['２　行政運営の効率化'],
      ['2-1', '窓口業務の見直し', '15分以内', '13分', '順調'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.pillar])).toEqual([
      ['行政手続のオンライン化', 'デジタル化の推進'],
      ['窓口業務の見直し', '行政運営の効率化'],
    ]);
  });

  it('takes no title or date line for a section', () => {
    const e = evaluateGrid(grid([
      ['令和3年度 行動計画'],
      ['令和3年5月31日現在'],
      ['番号', '取組項目', 'R3年度目標', 'R3年度実績', '進捗状況'],
      ['1', '行政手続のオンライン化', '200手続', '214手続', '順調'],
    ]));
    expect(e.initiatives[0]?.pillar).toBe('');
  });
});

describe('counts of people against counts of sections', () => {
  it('compares no people with sections, and takes the recorded status and cause', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '内部監査体制', '各課1名以上', '28課で配置（6課未配置）', '遅れ', '職員数不足'],
      [2, '推進員の配置', '30人', '32名', '順調', null],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status, i.rate, i.cause])).toEqual([
      ['内部監査体制', 'delayed', null, '職員数不足'],
      // 人 and 名 count the same: compared, without a warning.
      ['推進員の配置', 'achieved', 32 / 30, null],
    ]);
    expect(e.problems.map((p) => [p.cell, p.code])).toEqual([['D2', 'unitMismatch']]);
  });
});

describe('deadlines that name a day', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '目標', '実績', '進捗状況'],
    [1, '個別施設計画の策定', 'R4年3月15日まで', 'R4年3月20日策定', '順調'],
    [2, '総合管理計画の改訂', 'R4年3月31日までに改訂', 'R4年3月25日改訂', null],
    [3, '業務マニュアルの整備', 'R4年3月15日まで', 'R4.3.10 完了', null],
    [4, '業務継続計画の改定', '2022年1月31日まで', 'R4年1月31日改定', null],
  ]));

  it('compares by day, and a missed deadline outweighs a recorded 順調', () => {
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([
      ['個別施設計画の策定', 'delayed'],
      ['総合管理計画の改訂', 'achieved'],
      ['業務マニュアルの整備', 'achieved'],
      ['業務継続計画の改定', 'achieved'],
    ]);
    expect(codesAt(e, 'E2')).toEqual(['statusContradiction']);
    expect(problemMessage('ja', e.problems.find((p) => p.cell === 'D2')!)).toBe('期限（R4年3月15日まで）と実施の時期（R4年3月20日）を比べて判定した。');
  });
});

describe('a later year\'s target in a column of its own', () => {
  it('is shown as its cell writes it, a value in groups too', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R4年度目標', 'R4年度実績', '進捗状況'],
      [1, 'ふるさと納税の推進', 'R3年度:1億円', '1億2,000万円', '9,800万円', '遅れ'],
    ]), { year: 2022 });
    const indicator = e.initiatives[0]?.indicators[0];
    expect([indicator?.target?.value, indicator?.targetText, indicator?.targetCell]).toEqual([120_000_000, '1億2,000万円', 'D2']);
  });
});

describe('a milestone in brackets after a later year\'s target', () => {
  const e = evaluateGrid(grid([
    ['No.', '取組項目', '目標', 'R3年度実績', '進捗状況'],
    [1, '職員数の削減', 'R7年度までに100人削減（R3:20人）', '25人削減', '順調'],
    [2, '電子申請の推進', 'R7年度:500件（R3年度:200件）', '180件', '遅れ'],
    [3, '満足度の向上', '80%（R3：65%）', '70%', '遅れ'],
    [4, '研修の充実', 'R7年度:300人（R2年度実績:120人）', '150人', '順調'],
    [5, '相談窓口', 'R7年度:50件（R3年度実績:40件）', '40件', '遅れ'],
  ]), { year: 2021 });

  it('is the target of its year, with the cut or bound of the target it stands beside', () => {
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.target?.value, i.status])).toEqual([
      ['職員数の削減', 20, 'achieved'],
      ['電子申請の推進', 200, 'delayed'],
      // After a target without a year, a dated figure in brackets says where things stood: the target stays 80%.
      ['満足度の向上', 80, 'delayed'],
      // A figure of a year before the evaluated one sets no target for it: none is written for R3.
      ['研修の充実', undefined, 'on-track'],
      // An actual in brackets is no milestone, whatever its year.
      ['相談窓口', undefined, 'delayed'],
    ]);
    expect(e.initiatives[0]?.indicators[0]?.target?.reduction).toBe(true);
    expect(e.problems.filter((p) => p.code === 'noTargetForYear').map((p) => p.cell)).toEqual(['C5', 'C6']);
  });

  it('dates no value outside the brackets by the year of a value inside them', () => {
    const [first] = parseQuantityText('R7年度:500件（R3年度:200件）').quantities;
    expect(first?.year).toBe(2025);
    expect(parseQuantityText('80%（R3：65%）').quantities[0]?.year).toBeNull();
    // A remark of a year alone still dates its value.
    expect(parseQuantityText('500件（R3年度）').quantities[0]?.year).toBe(2021);
  });
});

describe('a status written as a rate of progress', () => {
  it('is done at 100% and delayed below it, at the year\'s end', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      [1, '計画の改定', '計画の改定', '改定した', '進捗率 100%', null],
      [2, '制度の見直し', '制度の見直し', '素案を作成', '進捗率 50%', null],
      [3, '窓口の統合', '窓口の統合', '統合した', '100%（完了）', null],
    ]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['achieved', 'delayed', 'achieved']);
    expect(codesAt(e, 'F3')).toEqual(['causeMissing']);
  });
});

describe('a rate in an actual cell, where no status is recorded', () => {
  it('stays a value, a forecast too, while a month of doing is still read', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '達成率', 'R2年度:90%以上', '95%(見込み)'],
      [2, '窓口の案内', '案内件数 50件', '60%'],
      [3, '計画', '計画の策定', '2月完了'],
    ]), { year: 2020 });
    expect(e.initiatives.map((i) => i.status)).toEqual(['unknown', 'unknown', 'achieved']);
  });
});
