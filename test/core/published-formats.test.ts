/** Headers and layouts of plans as municipalities and prefectures publish them. */
import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation, IndicatorResult } from '../../src/core/model';
import { formatQuantity } from '../../src/core/format-quantity';
import { grid } from '../support/grid';
import type { CellValue } from '../../src/core/grid';
import { problemMessage } from '../../src/core/messages';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);
const causes = (e: Evaluation): (string | null)[] => e.initiatives.map((i) => i.cause);

describe('column headers of published progress tables', () => {
  it('reads 推進項目 as the policy direction beside 取組項目, so that each row is its own initiative', () => {
    const e = evaluateGrid(grid([
      ['取組番号', '推進項目', '取組項目', '令和4年度の目標', '令和4年度の実施内容（成果）', '進捗状況'],
      ['1-1', '1 業務改革', 'RPAの導入拡大', 'RPA導入業務 20業務', 'RPA導入業務 23業務', '◎'],
      ['1-2', null, 'ペーパーレス化の推進', 'コピー用紙購入枚数 R元年度比20%削減', 'コピー用紙購入枚数 R元年度比14.8%削減', '△'],
    ], ['B2:B3']));
    expect(e.initiatives.map((i) => [i.pillar, i.name])).toEqual([['1 業務改革', 'RPAの導入拡大'], ['1 業務改革', 'ペーパーレス化の推進']]);
    // "の実施内容（成果）" under the year is the year's actual.
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('reads the year\'s 計画 as its target, 決算 and 実施内容 as its actual, and a note naming a role in brackets', () => {
    const plan = evaluateGrid(grid([
      ['番号', '実施項目', '令和4年度計画', '令和4年度取組実績', '評価'],
      [1, 'ふるさと納税の推進', '寄附額 3億円', '寄附額 2億4,300万円', null],
    ]));
    expect(plan.initiatives[0]?.indicators[0]).toMatchObject({ target: { value: 300_000_000 }, actual: { value: 243_000_000 } });
    expect(statuses(plan)).toEqual(['delayed']);
    const kessan = evaluateGrid(grid([
      ['区分', '目標項目', '目標値', '令和4年度決算', '評価'],
      ['人件費の抑制', 'ラスパイレス指数', '100以下', '99.2', '○'],
    ]));
    expect(kessan.initiatives[0]?.indicators[0]).toMatchObject({ actual: { value: 99.2 } });
    expect(kessan.initiatives[0]?.name).toBe('ラスパイレス指数');
    const noted = evaluateGrid(grid([
      ['番号', '実施項目', '改革の内容（目標）', '令和4年度 実施内容', '自己評価'],
      [1, '公用車の削減', '公用車台数 55台以下', '公用車台数 57台', null],
    ]));
    expect(noted.initiatives[0]?.indicators[0]).toMatchObject({ target: { value: 55 }, actual: { value: 57 } });
    // Not a plan's period or its making.
    const period = evaluateGrid(grid([
      ['番号', '実施項目', '計画期間', '目標', '実績'],
      [1, '公用車の削減', 'R3〜R7', '55台以下', '57台'],
    ]));
    expect(period.initiatives[0]?.indicators[0]?.target?.value).toBe(55);
  });

  it('reads 計画 and 実績 under a year merged over them', () => {
    const e = evaluateGrid(grid([
      ['集中改革プラン進捗状況一覧（平成19年度末現在）'],
      ['番号', '改革項目', '数値目標等（平成21年度）', '平成19年度', null, '達成状況', '備考'],
      [null, null, null, '計画', '実績', null, null],
      [1, '民間委託等の推進', '導入施設数 30施設', '18施設', '15施設', null, '地元団体との協議が整わず導入を1年延期した。'],
      [2, '事務事業の再編・整理', '事務事業の見直し 100事業', '60事業', '64事業', null, null],
    ], ['D2:E2', 'A2:A3', 'B2:B3', 'C2:C3', 'F2:F3', 'G2:G3']));
    expect(e.year).toBe(2007);
    expect(statuses(e)).toEqual(['delayed', 'achieved']);
    // Without a cause column, remarks (備考) are where staff wrote why.
    expect(causes(e)[0]).toBe('地元団体との協議が整わず導入を1年延期した。');
    expect(e.problems.find((p) => p.code === 'causeFromIssues')?.cell).toBe('G4');
  });

  it('carries a cause written under 評価の理由, 遅れている理由 or 説明（評価の理由）, not the background under 現状と課題', () => {
    const reason = evaluateGrid(grid([
      ['No.', '取組項目', '成果指標', 'R4目標値', 'R4実績値', '評価', '評価の理由'],
      [1, '内部事務のデジタル化', '電子決裁率', '70%', '58.4%', 'B', '財務会計システムとの連携が未整備のため。'],
    ]));
    expect(causes(reason)).toEqual(['財務会計システムとの連携が未整備のため。']);
    const delayedReason = evaluateGrid(grid([
      ['No.', '取組事項', '目標', '実績', '進捗状況', '遅れている理由'],
      [1, '定員管理の適正化', '定員適正化計画の策定', '計画の策定には至らなかった。', '遅れ', '職員配置の検討に時間を要したため。'],
    ]));
    expect(causes(delayedReason)).toEqual(['職員配置の検討に時間を要したため。']);
    const explained = evaluateGrid(grid([
      ['番号', '実施項目', '現状と課題', '目標', '実績', '自己評価', '説明（評価の理由）'],
      [1, '窓口のキャッシュレス決済導入', '窓口での支払いが現金に限られている。', '住民課・税務課の窓口に導入', '住民課窓口に導入した。', 'C', '税務課のシステム改修の予算措置がR5年度となったため。'],
    ]));
    expect(causes(explained)).toEqual(['税務課のシステム改修の予算措置がR5年度となったため。']);
  });

  it('takes the year from a title of 進行管理', () => {
    const e = evaluateGrid(grid([
      ['令和4年度 行財政改革実施計画 進行管理表'],
      ['番号', '実施項目', '目標', '実績', '自己評価'],
      [1, '職員提案制度の活性化', '職員提案件数 年30件', '職員提案件数 26件', 'B'],
    ]));
    expect(e.year).toBe(2022);
    expect(e.problems.map((p) => p.code)).toContain('yearFromTitle');
  });
});

describe('fiscal indicators better when lower', () => {
  it('judges a ratio of fixed costs and a debt outstanding as ceilings, with a note', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '経常収支比率の改善', '経常収支比率 91.5%', '経常収支比率 91.2%'],
      [2, '市債残高の縮減', '市債残高 1,190億円', '市債残高 1,182億円'],
      // A share without such a name is better when higher, as before.
      [3, '電子申請の推進', '電子申請率 60%', '電子申請率 58%'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'achieved', 'delayed']);
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByName').map((p) => p.cell)).toEqual(['C2', 'C3']);
  });
});

describe('rows of 計画額 and 実績額, a column per year', () => {
  it('pairs them under an indicator heading, with the row of rates under them belonging to the same indicator', () => {
    const e = evaluateGrid(grid([
      ['目標指標', '区分', '令和2年度', '令和3年度', '令和4年度', '備考'],
      ['改革の効果額（百万円）', '計画額', 950, 1030, 1200, null],
      [null, '実績額', 1105, 980, null, '事務事業の見直しの一部を先送りした。'],
      [null, '達成率', 1.163, 0.951, null, null],
      ['ふるさと納税寄附額（百万円）', '計画', 200, 250, 300, null],
      [null, '実績', 310, 298, null, null],
    ], ['A2:A4', 'A5:A6']));
    expect(e.year).toBe(2021);
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([['改革の効果額（百万円）', 'delayed'], ['ふるさと納税寄附額（百万円）', 'achieved']]);
    expect(causes(e)[0]).toBe('事務事業の見直しの一部を先送りした。');
  });
});

describe('a legend of rating marks above the header', () => {
  it('reads each mark as the sheet defines it, and says so once for the marks it reads otherwise than alone', () => {
    const e = evaluateGrid(grid([
      ['○○市行政改革大綱 実施計画 令和4年度進捗状況'],
      ['評価区分　S：計画以上　A：計画どおり　B：やや遅れている　C：ほとんど進んでいない'],
      ['番号', '実施項目', '令和4年度計画', '令和4年度取組実績', '評価', '評価の理由・課題'],
      [1, '市民活動団体との協働事業の推進', '協働事業の実施', '協働事業を実施した（一部団体は見送り）', 'B', '新型コロナウイルス感染症の影響により、2団体が見送ったため。'],
      [2, '人事評価制度の充実', '評価者研修の実施', '評価者研修を実施した', 'A', '計画どおり実施した。'],
      [3, '窓口業務の民間委託', '事業者選定', '事業者選定は令和5年度に延期。', 'C', '個人情報の取扱いの検討に時間を要したため。'],
    ]));
    // B is a delay here, not the on-track it is in a plan without a legend; the reason for the rating is its cause.
    expect(statuses(e)).toEqual(['delayed', 'on-track', 'delayed']);
    expect(causes(e)).toEqual(['新型コロナウイルス感染症の影響により、2団体が見送ったため。', null, '個人情報の取扱いの検討に時間を要したため。']);
    expect(e.problems.filter((p) => p.code === 'statusLegend').map((p) => [p.cell, p.params.marks])).toEqual([['A2', 'A：計画どおり、B：やや遅れている']]);
    // The reasons column is read for causes, not named as a second rating column.
    expect(e.problems.map((p) => p.code)).not.toContain('columnIgnored');
  });
});

describe('a measure rated once over several indicators, its name merged down beside them', () => {
  it('reads each merged 施策名 as one initiative of its indicators where the rating is merged alike', () => {
    const e = evaluateGrid(grid([
      ['施策番号', '施策名', '成果指標', '単位', '目標', '実績', '施策の評価', '評価の理由'],
      ['1-1', '子育て支援の充実', '保育所待機児童数', '人', '5人以下', '0人', 'A', '保育所の新設により待機児童が解消した。'],
      [null, null, '子育て支援センター利用者数', '人', 28000, 28900, null, null],
      ['1-2', '学校教育の充実', '平均正答率（全国平均との差）', 'ポイント', 1, 0.3, 'C', '学力向上支援員の配置が計画を下回ったため。'],
      [null, null, '不登校児童生徒数', '人', '100人以下', '126人', null, null],
    ], ['A2:A3', 'B2:B3', 'G2:G3', 'H2:H3', 'A4:A5', 'B4:B5', 'G4:G5', 'H4:H5']));
    expect(e.initiatives.map((i) => [i.name, i.indicators.length, i.status])).toEqual([
      ['子育て支援の充実', 2, 'achieved'], ['学校教育の充実', 2, 'delayed'],
    ]);
  });

  it('names each row by its 施策 where a 施策 and its one indicator share a row', () => {
    const e = evaluateGrid(grid([
      ['基本方針', '施策', '成果指標', 'R5年度目標', 'R5年度実績', '達成状況'],
      ['豊かな心の育成', 'いじめの未然防止と早期対応', 'いじめの解消率', '前年度以上', '87.0%', 'A'],
      ['健やかな体の育成', '体力の向上', '全国平均以上の種目の割合', '50%以上', '46%', 'C'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.indicators[0]?.name])).toEqual([
      ['いじめの未然防止と早期対応', 'いじめの解消率'], ['体力の向上', '全国平均以上の種目の割合'],
    ]);
  });

  it('keeps each indicator its own initiative where each is rated on its own row', () => {
    const e = evaluateGrid(grid([
      ['KPI番号', '施策', 'KPI', '単位', '目標値（R5）', '実績値（R5）', '評価'],
      [1, '行政手続のデジタル化', 'オンライン申請件数', '件', 30000, 34812, '達成'],
      [2, null, 'キャッシュレス決済導入窓口数', '窓口', 20, 14, '未達成'],
    ], ['B2:B3']));
    expect(e.initiatives.map((i) => i.name)).toEqual(['オンライン申請件数', 'キャッシュレス決済導入窓口数']);
  });
});

describe('an actual column headed with the words of how things stand', () => {
  it('reads "実績・取組状況" as the actual beside a status column, not as a second status', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績・取組状況', '進捗', '課題・遅れの要因'],
      [1, 'RPAの導入拡大', '対象業務数 20業務', '22業務', null, ''],
      [2, '窓口キャッシュレス決済の導入', '導入窓口数 15窓口', '12窓口', null, '事業者との調整に時間を要した。'],
    ]));
    expect(e.initiatives.map((i) => [i.indicators[0]?.actual?.value, i.status])).toEqual([[22, 'achieved'], [12, 'delayed']]);
  });
});

describe('statuses ticked in one of several columns headed by them', () => {
  it('reads the ticked column\'s status ("該当欄に○" under A 達成 | B 順調 | C 遅れ | D 未着手), named at the ticked cell', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組項目', '令和5年度の目標', '令和5年度の取組実績', '進捗状況（該当欄に○）', null, null, null, '未達成の要因'],
      ['番号', '取組項目', '令和5年度の目標', '令和5年度の取組実績', 'A\n達成', 'B\n順調', 'C\n遅れ', 'D\n未着手', '未達成の要因'],
      [1, '職員研修体系の見直し', '研修体系見直し案の作成', '見直し案を作成中', null, '○', null, null, null],
      [2, '使用料・手数料の見直し', '見直し方針の策定', '検討を継続', null, null, null, '●', '関係部局との調整に時間を要したため。'],
      [3, '窓口の改善', '窓口アンケートの実施', 'アンケートを実施した', '○', null, null, null, null],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1', 'I1:I2']));
    expect(e.initiatives.map((i, n) => [i.recordedStatus, e.plan.initiatives[n]?.recordedStatusCell, i.status])).toEqual([
      ['B 順調', 'F3', 'on-track'], ['D 未着手', 'H4', 'delayed'], ['A 達成', 'E5', 'achieved'],
    ]);
    expect(e.initiatives.flatMap((i) => Object.keys(i.extra))).toEqual([]);
  });

  it('takes no columns of other marks or words for one', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組項目', '目標', '実績', '達成', '順調'],
      [1, '窓口の改善', 'アンケートの実施', '実施した', '○', '一部で遅れ'],
      [2, '研修の充実', '研修の実施', '実施した', '○', null],
    ]));
    expect(e.initiatives.map((i) => i.recordedStatus)).toEqual([null, null]);
  });
});

describe('a unit noted in a value column\'s header', () => {
  it('gives the numbers of a plan without a unit column their unit ("目標効果額（千円）"), and its scale ("（万人）")', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組項目', '目標効果額（千円）', '実績効果額（千円）', '達成状況'],
      [1, '施設利用料金収入の増加', 8000, 6200, '未達成'],
    ]));
    expect(e.initiatives[0]?.indicators[0]).toMatchObject({ target: { value: 8000, unit: '千円' }, actual: { value: 6200, unit: '千円' } });
    const visitors = evaluateGrid(grid([
      ['番号', '取組項目', '目標（万人）', '実績（万人）'],
      [1, '観光客の誘致', 1.2, 1.35],
    ]));
    expect(visitors.initiatives[0]?.indicators[0]).toMatchObject({ target: { value: 12_000, unit: '人' }, actual: { value: 13_500, unit: '人' } });
  });

  it('takes no note that names no unit ("目標（累計）", "実績（R5）") for one, nor overrides a unit column', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組項目', '目標（累計）', '実績（R5）'],
      [1, '電子申請の拡大', 120, 130],
    ]));
    expect(e.initiatives[0]?.indicators[0]?.target?.unit ?? null).toBeNull();
    const withColumn = evaluateGrid(grid([
      ['番号', '取組項目', '単位', '目標（千円）', '実績（千円）'],
      [1, '研修の充実', '回', 12, 14],
    ]));
    expect(withColumn.initiatives[0]?.indicators[0]?.target?.unit).toBe('回');
  });
});

describe('a legend of scores above the header', () => {
  const legendRow = '評価基準　5：目標を大きく上回る　4：目標どおり　3：概ね目標どおり　2：目標を下回る　1：未着手・大きく下回る';
  it('reads each score as the legend defines it', () => {
    const e = evaluateGrid(grid([
      ['○○地区広域行政組合 第２次行財政改革推進計画 令和５年度実績評価'],
      [legendRow],
      ['No', '分野', '取組事項', '評価指標', '目標', 'R5実績', '評価（5段階）', '要因・課題'],
      [1, 'ごみ処理', '焼却施設の安定稼働', '焼却施設の稼働率', '現状維持', '92.3%', 4, ''],
      [2, '消防', '住宅防火対策の推進', '住宅用火災警報器の設置率', '設置の促進', '戸別訪問を一部再開', 2, '高齢者世帯への戸別訪問の再開が遅れたため。'],
      [3, '総務', '職員の資質向上', '研修の充実', '研修体系の見直し', '見直しを完了', 5, ''],
    ]));
    expect(statuses(e)).toEqual(['on-track', 'delayed', 'achieved']);
    expect(causes(e)).toEqual([null, '高齢者世帯への戸別訪問の再開が遅れたため。', null]);
    expect(e.problems.filter((p) => p.code === 'statusLegend').map((p) => p.cell)).toEqual(['A2']);
  });

  it('does not take two numbered notes for a legend of scores', () => {
    const e = evaluateGrid(grid([
      ['○○市 行財政改革 取組状況'],
      ['※1：目標を上回る実績は翌年度に繰り越す　2：遅れの要因は所管課が記入'],
      ['No', '取組事項', '目標', '実績', '評価'],
      [1, '窓口の改善', '窓口アンケートの実施', 'アンケートを実施', 2],
    ]));
    expect(statuses(e)).toEqual(['unknown']);
  });
});

describe('an indicator column listing several names, one a line', () => {
  it('judges each name with its own line of the target and actual cells', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績'],
      [1, 'デジタル化', 'キャッシュレス決済導入窓口数\nデジタル人材育成数', '20窓口\n50人', '14窓口\n52人'],
    ]));
    expect(e.initiatives[0]?.indicators.map((x) => [x.name, x.target?.value, x.actual?.value, x.status])).toEqual([
      ['キャッシュレス決済導入窓口数', 20, 14, 'delayed'],
      ['デジタル人材育成数', 50, 52, 'achieved'],
    ]);
  });
});

describe('an initiative that says it cuts what its indicator measures', () => {
  it('judges the indicator as better when lower, with a note; not an indicator of something else', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '職員数の削減', '職員数 4,175人', '職員数 4,150人'],
      [2, '公用車の縮減', '公用車台数 55台', '公用車台数 57台'],
      [3, '紙の削減', '電子決裁率 80%', '電子決裁率 85%'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'achieved']);
    expect(e.initiatives[1]?.rate).toBeCloseTo(55 / 57, 6);
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByName').map((p) => p.cell)).toEqual(['C2', 'C3']);
  });
});

describe('a cut named over targets that come down year by year', () => {
  it('reads the targets as levels to come down to, not sizes of cuts', () => {
    const e = evaluateGrid(grid([
      ['指標', '区分', '令和2年度', '令和3年度', '令和4年度'],
      ['職員数の削減（人）', '計画', 4245, 4175, 4055],
      [null, '実績', 4230, 4150, null],
    ], ['A2:A3']));
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.direction])).toEqual([['achieved', 'atMost']]);
    // Cuts written as such stay cuts: 20% against 14.8% is short of it.
    const cut = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, 'コピー用紙の削減', 'コピー用紙購入枚数 R元年度比20%削減', 'コピー用紙購入枚数 R元年度比14.8%削減'],
    ]));
    expect(cut.initiatives[0]?.status).toBe('delayed');
  });
});

describe('words that name a role only alone, beside the role\'s own words', () => {
  it('leave 目標 and 実績 their columns: 計画 or a note is kept as a column of its own', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '計画', 'スケジュール（計画）', '目標', '実施内容', '実績', '取組状況'],
      ['RPAの導入', '全庁でRPAを順次導入する', 'R4：試行', '50業務', '各課へのヒアリングを実施', '40業務', '遅れ'],
      ['規程改正', '規程を改正する', 'R4：改正', '規程の改正', '改正案を作成', '改正済', '完了'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate, i.recordedStatus])).toEqual([['delayed', 0.8, '遅れ'], ['achieved', null, '完了']]);
    expect(e.initiatives[0]?.extra).toMatchObject({ 計画: '全庁でRPAを順次導入する', 実施内容: '各課へのヒアリングを実施' });
  });

  it('read 推進項目 as the initiatives where no other column names them', () => {
    const e = evaluateGrid(grid([
      ['No.', '推進項目', '目標', '実績', '進捗状況'],
      [1, 'RPAの導入', '50業務', '51業務', '順調'],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([['RPAの導入', 'achieved']]);
  });

  it('do not make a budget\'s 項目 / 計画 / 決算 a plan', () => {
    expect(() => evaluateGrid(grid([['項目', '計画', '決算'], ['人件費', '1,200千円', '1,180千円']]))).toThrow();
  });
});

describe('columns that hold a delay\'s cause only now and then', () => {
  it('take reasons for the rating, not another reason (選定理由), and a remark only where it speaks of a cause', () => {
    const reasons = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '選定理由', '課題'],
      [1, 'ペーパーレス化', '10,000枚', '6,000枚', '印刷経費の削減のため', '庁内調整に時間を要した'],
    ]));
    expect(causes(reasons)).toEqual(['庁内調整に時間を要した']);
    const remarks = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '備考'],
      [1, 'ペーパーレス化', '10,000枚', '6,000枚', '所管：総務課'],
      [2, '電子申請', '100手続', '80手続', 'システム改修が遅れたため'],
    ]));
    expect(causes(remarks)).toEqual([null, 'システム改修が遅れたため']);
    expect(remarks.problems.filter((p) => p.code === 'causeMissing').map((p) => p.cell)).toEqual(['D2']);
  });

  it('take the cause written beside the status or before the next steps, where there is no cause column', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '今後の取組'],
      [1, '施設の長寿命化', '8施設', '5施設', '遅れ（入札不調のため）', '再入札を行う。'],
      [2, '電子図書館', '20,000件', '14,000件', '遅れ', 'システム導入が半年遅れたため、貸出実績が伸びなかった。今後は学校と連携する。'],
      [3, '窓口改善', '10窓口', '6窓口', '遅れ', '今後は予約制を広げる。'],
    ]));
    expect(causes(e)).toEqual(['入札不調のため', 'システム導入が半年遅れたため、貸出実績が伸びなかった。', null]);
    expect(e.problems.filter((p) => p.code === 'causeFromIssues').map((p) => p.cell)).toEqual(['E2', 'F3']);
  });
});

describe('a legend of rating marks, wherever staff put it', () => {
  it('is read below the table too, for the mark however it is written', () => {
    const e = evaluateGrid(grid([
      ['令和5年度 行動計画 進捗状況'],
      ['No.', '取組項目', '目標', '実績', '評価', '遅れが生じている要因'],
      [1, '窓口の予約制', 'システム導入', '導入済み', 'A', null],
      [2, '使用料の改定', '改定の実施', '改定案の検討中', 'Ｂ（年度内に回復見込み）', null],
      [],
      ['【評価区分】 A：計画どおり進んでいる　B：計画より遅れている　C：未着手'],
    ]));
    expect(statuses(e)).toEqual(['on-track', 'delayed']);
    expect(e.problems.find((p) => p.code === 'statusLegend')?.cell).toBe('A6');
  });

  it('is not a note of a formula ("C=B/A （A:目標値 B:実績値）")', () => {
    const e = evaluateGrid(grid([
      ['令和4年度 行動計画 進捗状況'],
      ['※ 達成率 C=B/A （A:目標値 B:実績値）'],
      ['No.', '取組項目', '目標', '実績', '評価'],
      [1, 'マニュアル整備', 'マニュアルを整備する', '検討中', 'C'],
    ]));
    expect(statuses(e)).toEqual(['delayed']);
    expect(e.problems.map((p) => p.code)).not.toContain('statusLegend');
  });
});

describe('plans compiled from several departments', () => {
  it('read 取組中 as on track until the deadline, and as a delay once the deadline has come within the year', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組項目', '目標', 'R4年度実績', '進捗状況'],
      [1, '文書管理システムの更新', 'R5年度中に更新', '仕様を検討', '取組中'],
      [2, '公会計の活用', 'R4年度中に導入', '導入方法を検討した', '取組中'],
      [3, '補助金の見直し', 'R4年12月までに方針策定', '方針を策定済み', '実施中'],
    ]));
    expect(statuses(e)).toEqual(['on-track', 'delayed', 'on-track']);
    expect(e.problems.find((p) => p.code === 'underWayPastDeadline')?.cell).toBe('E3');
    // An actual that says it was done, with no date, or a start that the status itself reports, is no delay.
    const done = evaluateGrid(grid([
      ['番号', '取組項目', '目標', 'R4年度実績', '進捗状況'],
      [1, '電子契約の導入', 'R4年度中に導入', '電子契約を導入した。', '実施中'],
      [2, '研修の実施', 'R4年度中に実施', '年3回実施', '実施中'],
      [3, '施設の再編', 'R4年度中に着手', '基礎調査に着手', '実施中'],
      [4, 'システムの更新', 'R4年度中に導入', 'システム改修を実施中', '実施中'],
    ]));
    expect(statuses(done)).toEqual(['on-track', 'on-track', 'on-track', 'delayed']);
  });

  it('read a year\'s label before words alone as that year\'s end, like 年度中に, and a value under such a label as it is', () => {
    const e = evaluateGrid(grid([
      ['DXアクションプラン 令和6年度進捗状況'],
      [null, null, null, null, '令和7年5月31日現在'],
      ['番号', '取組項目', '目標', '実績', '進捗状況'],
      [1, 'オープンデータの公開', 'R6年度:推奨データセット全項目公開', '実施中', '取組中'],
      [2, 'オープンデータの公開', '令和6年度中に全項目公開', '実施中', '取組中'],
      [3, '電子申請の拡大', 'R7年度：全手続を電子化', '実施中', '取組中'],
      [4, 'RPAの導入', 'R6年度:50業務', '実施中', '取組中'],
      [5, 'AIの導入', '令和6年度までに導入', '試行中', '実施中'],
      [6, '公開の手引', 'R6年度:手引を公表', 'R7年4月公表', null],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'delayed', 'on-track', 'on-track', 'delayed', 'delayed']);
    const notes = e.problems.filter((p) => p.code === 'underWayPastDeadline');
    expect(notes.map((p) => p.cell)).toEqual(['E4', 'E5', 'E8']);
    expect(problemMessage('ja', notes[0]!)).toContain('期限（R7年3月まで）');
    expect(e.problems.find((p) => p.code === 'judgedByDeadline')?.cell).toBe('D9');
  });

  it('measure a deadline against the day the table speaks as of, where a line above it says so', () => {
    const e = evaluateGrid(grid([
      ['令和4年度 行財政改革プラン 進捗状況'],
      [null, null, null, null, '令和5年5月31日現在'],
      ['番号', '取組項目', '目標', 'R4年度実績', '進捗状況'],
      [1, '電子契約の導入', 'R5年4月までに導入', '導入に向けて準備', '実施中'],
      [2, '文書管理システムの更新', 'R5年9月までに更新', '仕様を検討', '実施中'],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'on-track']);
    const note = e.problems.find((p) => p.code === 'underWayPastDeadline');
    expect(note?.cell).toBe('E4');
    expect(problemMessage('ja', note!)).toContain('R5年5月31日現在');
    const en = evaluateGrid(grid([
      ['Operational Plan 2023-2024 — Progress Report to 30 June 2024'],
      ['Code', 'Action', 'Measure / Target', 'Status', 'Progress to date'],
      ['1.2.2', 'New customer request system', 'Go-live by April 2024', 'In progress', 'Vendor delays.'],
    ]));
    expect(statuses(en)).toEqual(['delayed']);
    expect(problemMessage('en', en.problems.find((p) => p.code === 'underWayPastDeadline')!)).toContain('June 30, 2024');
    // A plan's period in its title is no day it speaks as of.
    const period = evaluateGrid(grid([
      ['Council Plan delivery: April 2023 to March 2026'],
      ['Code', 'Action', 'Measure / Target', 'Status', 'Progress to date'],
      ['1', 'New customer request system', 'Go live by June 2024', 'In progress', 'Vendor selected.'],
      ['2', 'Launch the app', 'Launch by March 2023', 'Ongoing', 'Launched; now business as usual.'],
    ], [], 'Plan'), { year: 2023 });
    expect(statuses(period)).toEqual(['on-track', 'on-track']);
  });

  it('read 重点項目, 改革の柱 and 体系 as the policy direction, 重点項目 beside 取組項目', () => {
    const e = evaluateGrid(grid([
      ['番号', '重点項目', '取組項目', '目標', '実績'],
      ['1.1', '1 市民サービスの向上', '窓口のワンストップ化', '20手続', '22手続'],
      ['1.2', null, '電子申請の拡大', '100手続', '80手続'],
    ], ['B2:B3']));
    expect(e.initiatives.map((i) => [i.pillar, i.name])).toEqual([['1 市民サービスの向上', '窓口のワンストップ化'], ['1 市民サービスの向上', '電子申請の拡大']]);
    for (const header of ['改革の柱', '体系', '取組の柱']) {
      const other = evaluateGrid(grid([['No.', header, '取組項目', '目標', '実績'], ['1', 'Ⅰ 行政運営の効率化', 'RPAの導入', '20業務', '22業務']]));
      expect(other.initiatives[0]?.pillar).toBe('Ⅰ 行政運営の効率化');
    }
  });

  it('take a threshold in brackets in another unit than the target\'s as what is counted, not a direction', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績', '評価'],
      ['1', '職員の健康管理', '長時間勤務者数（月80時間超）', '0人', '3人', '遅れ'],
      ['2', '財政運営', '経常収支比率（90%以下）', '90%', '88.5%', null],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'achieved']);
  });

  it('read targets of a cut that come down year by year in one cell as levels, where only the initiative names the cut', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      ['1', '公用車の削減', 'R4:120台 R5:115台 R6:110台', '113台', '概ね順調'],
      ['2', '公用車の削減', 'R4:120台 R5:115台 R6:110台', '118台', '遅れ'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('take as a cause a remark that ends on one or says what grew longer', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '評価', '備考'],
      ['1', '窓口待ち時間の短縮', '15分以内', '18分', '△', '繁忙期の来庁者増加により待ち時間が延びた。'],
      ['2', 'ふるさと納税の推進', '50,000千円', '41,200千円', '未達成', '返礼品の品目数が減少したことによる。'],
    ]));
    expect(causes(e)).toEqual(['繁忙期の来庁者増加により待ち時間が延びた。', '返礼品の品目数が減少したことによる。']);
    // A note of where a figure comes from or who does the work is no cause.
    const notes = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '評価', '備考'],
      ['1', '市民満足度の向上', '80%', '72%', '△', '実績値は市民意識調査による。'],
      ['2', '施設管理の効率化', '100件', '90件', '△', '民間事業者への委託による。'],
    ]));
    expect(causes(notes)).toEqual([null, null]);
    expect(notes.problems.filter((p) => p.code === 'causeMissing')).toHaveLength(2);
  });

  it('read a target set below its baseline as a level to come down to, where the initiative speaks of bringing it down', () => {
    const e = evaluateGrid(grid([
      ['区分', '取組項目', '単位', '基準値（R3）', '目標値（R5）', '実績値（R5）', '評価'],
      ['組織・人事', '職員数の適正化', '人', 210, 200, 203, '未達成'],
      ['組織・人事', '職員研修の充実', '人', 300, 400, 420, '達成'],
      // A count set below an exceptional base year is still better when higher.
      ['財源確保', 'ふるさと納税の推進', '件', 2000, 1800, 2100, '達成'],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'achieved', 'achieved']);
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByBaseline').map((p) => p.cell)).toEqual(['E2']);
  });

  it('read 取組区分 as the policy direction beside 取組項目, 次年度の取組 as next steps, not 目標の考え方 as the target, and skip a total in a column of its own', () => {
    const e = evaluateGrid(grid([
      ['番号', '取組区分', '取組項目', '目標の考え方', '目標値（R5）', '実績値（R5）', '進捗', '次年度の取組', '部門'],
      ['1-1', '行かない窓口', '行政手続のオンライン化', null, '60%以上', '63.5%', '達成', '対象手続の拡大', '市民課'],
      ['1-2', '行かない窓口', '財政の黒字化', '単年度収支', '黒字の確保', '黒字を確保した', '達成', null, '財政課'],
      [null, null, null, null, '1,298人', '1,293人', null, null, '合計'],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.name, i.nextSteps])).toEqual([
      ['行かない窓口', '行政手続のオンライン化', '対象手続の拡大'], ['行かない窓口', '財政の黒字化', null],
    ]);
    expect(e.initiatives[1]?.indicators[0]?.targetCell).toBe('E3');
  });

  it('compare a report in the middle of the year by its forecast for the year\'s end, not the months done so far', () => {
    const e = evaluateGrid(grid([
      ['令和6年度 行財政改革推進計画 上半期進捗状況'],
      ['No', '取組項目', '指標', 'R6目標', '9月末実績', '年度末見込', '進捗', '遅れの要因・今後の対応'],
      [1, '電子申請の拡大', '電子申請件数', '8,000件', '4,120件', '8,300件', '順調', null],
      [2, 'DX人材の育成', 'DX研修受講者数', '400人', '95人', '320人', '遅れ', '研修日程の調整が難航したため。'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
    expect(e.problems.find((p) => p.code === 'actualFromForecast')?.cell).toBe('F2');
  });

  it('read 〃 and 同上 as the text above them', () => {
    const e = evaluateGrid(grid([
      ['No.', '方向性', '取組項目', '目標', '実績'],
      [1, 'デジタル化の推進', '電子申請', '100手続', '120手続'],
      [2, '〃', 'キャッシュレス', '50窓口', '42窓口'],
      [3, '同上', 'テレワーク', '300人', '320人'],
    ]));
    expect(e.initiatives.map((i) => i.pillar)).toEqual(['デジタル化の推進', 'デジタル化の推進', 'デジタル化の推進']);
  });

  it('read the target in force, not the one kept for the record beside it', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標（当初）', '目標', '実績', '進捗状況'],
      [1, 'RPAの導入', '30業務', '60業務', '48業務', '遅れ'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate])).toEqual([['delayed', 0.8]]);
  });

  it('read a number broken after its thousands separator as one', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '電子申請', '1,200,000件', '1,250,\n000件'],
    ]));
    expect(e.initiatives[0]?.indicators[0]?.actual?.value).toBe(1_250_000);
  });

  it('read a status written as a sentence of being ahead', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況'],
      [1, '規程改正', '規程を改正する', '改正した', '予定を前倒しして完了した'],
      [2, '研修', '研修を実施する', '実施した', '計画を上回って進捗している'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'achieved']);
  });

  it('read an English council\'s Outturn and RAG columns', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Initiative', 'Target', 'Outturn', 'RAG', 'Reason for delay'],
      ['D1', 'Online forms', '40 forms', '42 forms', 'Green', null],
      ['D2', 'Contact centre', '90%', '84%', 'Amber', 'Staff vacancies'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.recordedStatus])).toEqual([['achieved', 'Green'], ['delayed', 'Amber']]);
  });
});

describe('a target due only in a later year', () => {
  it('is noted, not warned about, when the evaluated year has none of its own', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', 'R5年度実績', '進捗状況'],
      [1, '職員のデジタル研修', '受講者数 R7年度:累計1,000人', '受講者数 累計620人', '順調'],
      [2, 'RPAの導入', 'R3年度:30業務 R4年度:40業務', '45業務', '順調'],
    ]));
    expect(e.problems.filter((p) => p.code === 'noTargetForYear').map((p) => [p.cell, p.severity])).toEqual([['C2', 'info'], ['C3', 'warning']]);
  });
});

describe('readings that must not reach too far', () => {
  it('keep a name broken over two lines as one, where the target lists one value', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績'],
      [1, '電子申請', 'マイナンバーカードを活用した\n電子申請件数', '1,000件', '1,200件'],
    ]));
    expect(e.initiatives[0]?.indicators.map((x) => [x.name, x.status])).toEqual([['マイナンバーカードを活用した\n電子申請件数', 'achieved']]);
  });

  it('take as better when lower only the thing an initiative cuts, not what is done about it or a count of cuts', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績'],
      [1, '会議の削減', 'オンライン会議の実施回数 100回', 'オンライン会議の実施回数 120回'],
      [2, '紙文書の削減', '紙文書の電子化件数 500件', '紙文書の電子化件数 520件'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'achieved']);
    const counts = evaluateGrid(grid([
      ['指標', '区分', '令和3年度', '令和4年度', '令和5年度'],
      ['削減事業数', '計画', 30, 20, 10],
      [null, '実績', 32, 25, null],
    ], ['A2:A3']));
    expect(counts.initiatives[0]?.status).toBe('achieved');
  });

  it('do not take a purpose or a plan for a cause', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '進捗状況', '今後の取組', '備考'],
      [1, 'ペーパーレス化', '10,000枚', '6,000枚', '遅れ', 'ペーパーレス推進のため、会議資料の電子化を徹底する。', 'R5年度に端末を追加配備する予定。'],
      [2, '研修', '300人', '250人', '遅れ', '利用促進を図るため、研修を実施する。', '所管：総務課'],
    ]));
    expect(causes(e)).toEqual([null, null]);
    expect(e.problems.filter((p) => p.code === 'causeMissing')).toHaveLength(2);
  });

  it('take from next steps headed with issues only the sentence of what held things back, not the step', () => {
    const e = evaluateGrid(grid([
      ['項目番号', '取組項目', '実施工程', '達成度', '平成26年度の取組内容', '課題・今後の対応'],
      [1, '学校区の見直し', '見直し方針の検討', '一部達成', '素案を作成した。', '地域説明会を開催する。'],
      [2, '指定管理者制度の活用', '導入施設の選定', '未達成', '決定に至らなかった。', '施設所管課との協議に時間を要したため、H27年度に選定する。'],
    ]));
    expect(causes(e)).toEqual([null, '施設所管課との協議に時間を要したため、H27年度に選定する。']);
    expect(e.problems.find((p) => p.code === 'causeMissing')?.cell).toBe('F2');
  });

  it('join a number cut after a whole group only, not a list', () => {
    const list = evaluateGrid(grid([
      ['No.', '取組項目', '指標', '目標', '実績'],
      [1, '電子化', '電子申請件数\n電子決裁件数', '100,\n250', '120,\n300'],
    ]));
    expect(list.initiatives[0]?.indicators.map((x) => x.target?.value)).not.toContain(100_250);
  });

  it('read a legend in English, and one written in the name column below the table as no initiative', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Initiative', 'Target', 'Actual', 'Rating'],
      ['D1', 'Online forms', 'Publish the guide', 'Guide drafted', 'B'],
      [null, 'Key: A: On track, B: Slightly behind, C: Delayed', null, null, null],
    ]));
    expect(e.initiatives.map((i) => [i.name, i.status])).toEqual([['Online forms', 'delayed']]);
  });

  it('give a year\'s 計画 its year beside a 目標 that lists a later year\'s', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '令和4年度計画', '令和4年度実績'],
      [1, 'ペーパーレス化', 'R7年度:100,000枚', '10,000枚', '6,000枚'],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.rate])).toEqual([['delayed', 0.6]]);
  });
});

describe('plans of English-speaking councils', () => {
  it('read Goal and Priority as the policy area, Ref as the number, Explanation of Variance as the cause, Year End as the actual', () => {
    const e = evaluateGrid(grid([
      ['Goal', 'Ref', 'Measure', 'FY2024 Target', 'Year End 2024', 'Status', 'Explanation of Variance'],
      ['Housing', 'H1', 'Affordable housing units permitted', '300', '215', 'Not Met', 'LIHTC allocations were delayed'],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.id, i.status, i.cause])).toEqual([['Housing', 'H1', 'delayed', 'LIHTC allocations were delayed']]);
  });

  it('judge common measures better when lower, by the measure\'s or the initiative\'s name', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Initiative', 'Measure', 'Target', 'Actual'],
      ['W1', 'Reduce staff turnover', 'Staff turnover rate (%)', '12%', '10.8%'],
      ['W2', 'Reduce sickness absence', 'Average working days lost to sickness per FTE', '8.5 days', '9.6 days'],
      ['W3', 'Average response time to Priority 1 calls (minutes)', null, '6.5', '6.9'],
      ['W4', 'Reduce agency staff spend', 'Agency spend as % of pay bill', '5%', '6.8%'],
      ['W5', 'Speed up benefit processing', 'Average days to process new Housing Benefit claims', '20 days', '18 days'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'delayed', 'delayed', 'achieved']);
  });

  it('read statuses such as On target and Deferred, and a measure counted within a statutory timeframe', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Initiative', 'Measure', 'Target', 'Actual', 'Status'],
      ['P1', 'Planning', 'Decisions made within statutory timeframe (%)', '95%', '95.5%', 'On target'],
      ['P2', 'Amenities block', 'Construction completed', 'Completed by March 2024', null, 'Deferred'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('pair actuals that name themselves in another order with the indicators the indicator column names', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Indicators', 'Targets 2023/24', 'Actuals 2023/24'],
      ['B1', 'Retrofit council buildings', '• Buildings retrofitted\n• Solar PV installed (kWp)', '• 6 buildings\n• 250 kWp', '• Solar PV installed: 280 kWp\n• Buildings retrofitted: 6'],
      ['T1', 'Electrify the fleet', '• Electric vehicles in fleet\n• Charge points installed', '• 40\n• 60', '• 42\n• 38'],
    ]));
    expect(e.initiatives[0]?.indicators.map((i) => [i.name, i.actual?.value, i.status])).toEqual([
      ['Buildings retrofitted', 6, 'achieved'], ['Solar PV installed (kWp)', 280, 'achieved'],
    ]);
    // Unnamed actuals still pair in order.
    expect(e.initiatives[1]?.indicators.map((i) => i.actual?.value)).toEqual([42, 38]);
  });

  it('judge an action still in progress after a deadline within the evaluated year as delayed, and one due later as on track', () => {
    const e = evaluateGrid(grid([
      ['Operational Plan 2023-2024: progress report'],
      ['Code', 'Action', 'Measure / Target', 'Status', 'Progress to date'],
      ['3.1.1', 'Review fees and charges', 'Review completed by December 2023', 'In progress', 'Draft fees schedule prepared.'],
      ['3.1.2', 'New customer request system', 'Go-live by June 2024', 'In progress', 'Vendor selected.'],
      ['3.1.3', 'Adopt the asset plan', 'Plan adopted by March 2024', 'In progress', 'Completed.'],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'on-track', 'on-track']);
    const note = e.problems.find((p) => p.code === 'underWayPastDeadline');
    expect(note?.cell).toBe('D3');
    expect(e.problems.filter((p) => p.code === 'causeMissing')).toHaveLength(1);
  });

  it('read Objective as the initiative beside its Performance Measure, Service Area and Workstream as the policy area, Code as the number', () => {
    const us = evaluateGrid(grid([
      ['Goal', 'Objective', 'Performance Measure', 'FY2024 Target', 'FY2024 Actual', 'Status'],
      ['Customer service', 'Improve 311 customer service', '311 calls answered within 60 seconds (%)', '80%', '81%', 'Met'],
    ]));
    expect(us.initiatives.map((i) => [i.pillar, i.name, i.indicators[0]?.name, i.status])).toEqual([
      ['Customer service', 'Improve 311 customer service', '311 calls answered within 60 seconds (%)', 'achieved'],
    ]);
    const ie = evaluateGrid(grid([
      ['Code', 'Service Area', 'Action', 'Target', 'Actual'],
      ['1.2.1', 'Housing', 'Increase social housing supply', '200 units', '176 units'],
    ]));
    expect(ie.initiatives.map((i) => [i.id, i.pillar, i.name])).toEqual([['1.2.1', 'Housing', 'Increase social housing supply']]);
    const ws = evaluateGrid(grid([['No.', 'Workstream', 'Action', 'Target', 'Actual'], [1, 'Digital services', 'Online forms', '40 forms', '42 forms']]));
    expect(ws.initiatives[0]?.pillar).toBe('Digital services');
  });

  it('read those words only as whole headers, giving way to Action and Ref beside them', () => {
    const both = evaluateGrid(grid([
      ['Code', 'Ref', 'Objective', 'Action', 'Performance Measure', 'Target', 'Actual'],
      ['H100', '1.1', 'More affordable homes', 'Build council homes', 'Homes completed', '120 homes', '130 homes'],
      ['H100', '1.2', 'More affordable homes', 'Bring empty homes back into use', 'Empty homes returned', '40 homes', '44 homes'],
    ]));
    expect(both.initiatives.map((i) => [i.id, i.name])).toEqual([['1.1', 'Build council homes'], ['1.2', 'Bring empty homes back into use']]);
    const strategy = evaluateGrid(grid([
      ['No.', 'Priority', 'Actions to deliver the strategy', 'Target', 'Actual', 'Status'],
      ['1', 'Climate', 'Retrofit council buildings', '6 buildings', '6 buildings', 'Complete'],
    ]));
    expect(strategy.initiatives.map((i) => [i.pillar, i.name])).toEqual([['Climate', 'Retrofit council buildings']]);
  });

  it('read a health board\'s delivery plan: Deliverable, its Measure, BRAG, Barriers and Mitigating actions', () => {
    const e = evaluateGrid(grid([
      ['ID', 'Ambition', 'Deliverable', 'Measure', 'Target', 'Year-end position', 'BRAG', 'Barriers', 'Mitigating actions'],
      ['UC1', 'Urgent care', 'Reduce A&E four-hour waits', 'Patients seen within 4 hours (%)', '≥ 95%', '88%', 'Red', 'High staff sickness over winter.', 'Winter surge staffing'],
      ['UC2', 'Urgent care', 'Open a same-day emergency care unit', 'Unit open', 'Open by March 2024', 'Opened December 2023', 'Blue', null, null],
      ['WF1', 'Workforce', 'Reduce agency nursing spend', 'Agency nursing spend', '£2.4m', '£3.1m', 'Amber', 'Vacancy rate of 9% in adult nursing.', 'International recruitment'],
    ]));
    expect(e.initiatives.map((i) => [i.id, i.pillar, i.name, i.indicators[0]?.name, i.status, i.cause, i.nextSteps])).toEqual([
      ['UC1', 'Urgent care', 'Reduce A&E four-hour waits', 'Patients seen within 4 hours (%)', 'delayed', 'High staff sickness over winter.', 'Winter surge staffing'],
      ['UC2', 'Urgent care', 'Open a same-day emergency care unit', 'Unit open', 'achieved', null, null],
      ['WF1', 'Workforce', 'Reduce agency nursing spend', 'Agency nursing spend', 'delayed', 'Vacancy rate of 9% in adult nursing.', 'International recruitment'],
    ]);
    // A lone Measure column still names the initiatives.
    const alone = evaluateGrid(grid([['Measure', 'Target', 'Actual'], ['Online forms', '40 forms', '42 forms']]));
    expect(alone.initiatives.map((i) => [i.name, i.status])).toEqual([['Online forms', 'achieved']]);
  });

  it('read a year\'s work told in words beside a self-rating as the actual, and the sentence that says why as the cause', () => {
    const e = evaluateGrid(grid([
      ['No', '方針', '取組名', '取組目標', '令和5年度の取組状況', '自己評価', '次年度の取組'],
      [1, '市民サービスの向上', '窓口のワンストップ化', 'R5年度:総合窓口での取扱手続 40手続',
        '令和5年4月に窓口を1階フロアに集約し、総合窓口を開設した。年度末時点で42手続を総合窓口で受け付けている。来庁者アンケートでは「早くなった」との回答が8割を超えた。', 'A', '取扱手続の更なる拡大'],
      [2, '〃', 'オンライン申請の拡大', 'オンライン申請件数 12,000件',
        '子育て関係の申請を中心に利用が伸びたが、年間申請件数は9,850件にとどまった。国のマイナポータルとの連携改修が年度後半にずれ込んだことが主な要因である。', 'C', '周知を強化する。'],
      [3, '組織・人材', '公共施設の適正配置', '地区公民館の統廃合 2館', '地元説明会を計6回開催し、A地区・B地区の2館を廃止した。', 'A', '跡地活用の検討'],
      [4, '〃', '働きやすい職場づくり', '男性職員の育児休業取得率 50%以上', '取得率は58.3%（取得者7人／対象者12人）となり、目標を達成した。', 'A', null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.actual?.value ?? null, i.cause])).toEqual([
      ['achieved', 42, null],
      ['delayed', 9850, '国のマイナポータルとの連携改修が年度後半にずれ込んだことが主な要因である。'],
      ['achieved', 2, null],
      ['achieved', 58.3, null],
    ]);
    expect(e.problems.filter((p) => p.code === 'causeFromIssues').map((p) => p.cell)).toEqual(['E3']);
    expect(e.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('read 改善策 as next steps, and 課題・対応策 still as the issues it also holds', () => {
    const remedies = evaluateGrid(grid([
      ['番号', '実施項目', '数値目標', '令和6年度実績', '達成状況', '要因分析', '改善策'],
      ['2-1', '指定管理者制度の導入拡大', '累計45施設', '41施設', '△', '公募に対する応募者がなかった。', '公募条件の見直し'],
    ]));
    expect(remedies.initiatives.map((i) => [i.status, i.cause, i.nextSteps])).toEqual([['delayed', '公募に対する応募者がなかった。', '公募条件の見直し']]);
    const issues = evaluateGrid(grid([
      ['番号', '実施項目', '数値目標', '実績', '課題・対応策'],
      ['1', '電子申請の拡大', '100手続', '60手続', 'システム改修が遅れたため。改修を急ぐ。'],
    ]));
    expect(issues.initiatives.map((i) => [i.status, i.nextSteps])).toEqual([['delayed', null]]);
    expect(issues.initiatives[0]?.cause).toContain('システム改修が遅れたため');
  });

  it('read 改革の方向 as the policy direction, Off Target as a delay, and a length of stay as better when lower', () => {
    const e = evaluateGrid(grid([
      ['No', '改革の方向', '取組項目', '指標', '目標', '実績', '進捗'],
      [1, '病院経営の健全化', '在院日数の適正化', '平均在院日数（一般病床）', '12.5日', '11.8日', null],
      [2, '病院経営の健全化', '緑化の推進', '樹冠被覆率', null, null, 'Off Target'],
    ]));
    expect(e.initiatives.map((i) => [i.pillar, i.status])).toEqual([['病院経営の健全化', 'achieved'], ['病院経営の健全化', 'delayed']]);
  });

  it('read a year written before or after an English header\'s word ("2023 Result", "Result 2023") as FY2023 is read', () => {
    const headings: [string, string, string][] = [['2022 Result', '2023 Target', '2023 Result'], ['Result 2022', 'Target 2023', 'Result 2023']];
    for (const [last, target, actual] of headings) {
      const e = evaluateGrid(grid([
        ['Strategic Priority', 'KPI', last, target, actual, 'Status'],
        ['Housing', 'New affordable housing units approved', '212', '250', '265', 'Target met'],
        ['Climate', 'Corporate GHG emissions (tCO2e)', '43,900', '≤ 42,000 tCO2e', '40,850', 'Target met'],
      ]));
      expect([e.plan.year, e.initiatives.map((i) => [i.status, i.indicators[0]?.actual?.value])]).toEqual([2023, [['achieved', 265], ['achieved', 40850]]]);
    }
  });

  it('read a public enterprise\'s 経常収支比率 of 100% as a floor, a local government\'s of 90% as a ceiling', () => {
    const e = evaluateGrid(grid([
      ['取組項目', '指標', '目標', '実績', '進捗状況', '遅れが生じている要因'],
      ['病院事業の経営改善', '経常収支比率', '100.0%', '97.5%', '2', '物価高騰により診療材料費が増えたため。'],
      ['財政の健全化', '経常収支比率', '90.0%', '91.3%', null, '扶助費が増えたため。'],
      ['市の財政', '経常収支比率', '90.0%', '88.0%', null, null],
    ]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['delayed', '物価高騰により診療材料費が増えたため。'], ['delayed', '扶助費が増えたため。'], ['achieved', null],
    ]);
  });

  it('compare tonnes of CO2 with tonnes, however written', () => {
    const e = evaluateGrid(grid([
      ['No.', 'Action', 'Target', 'Actual'],
      ['1', 'Cut council emissions', '4,000t-CO2以下', '3,800t'],
      ['2', 'Cut fleet emissions', '4,000 tCO2e or less', '3,800 t'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'achieved']);
  });

  it('take a baseline above the target as a cut only where the initiative\'s words say so, as whole words', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Baseline', 'Target', 'Actual'],
      ['1', 'Execute the volunteering programme', '2,000 hours', '1,800 hours', '1,900 hours'],
      ['2', 'Reduce agency hours', '2,000 hours', '1,800 hours', '1,900 hours'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('read a number before an English count noun as a count of it, in the unit written', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'KPI', 'Target', 'Result'],
      ['1', 'Calls', 'Average call wait time', '< 90 seconds', '74 seconds'],
      ['2', 'Calls', 'Average call wait time', '< 90 seconds', '124 seconds'],
      ['3', 'HEPMA', 'Wards live', '40 wards', '32 wards'],
      ['4', 'HEPMA', 'Wards live', '40 wards', '42 wards'],
      ['5', 'Beds', 'Virtual ward beds', '40 beds', '36 beds'],
      ['6', 'Calls', 'Average call wait time', '< 90 sec', '74 sec'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'delayed', 'achieved', 'delayed', 'achieved']);
    const first = (i: number): IndicatorResult => e.initiatives[i]!.indicators[0]!;
    expect(first(0).rate).toBeCloseTo(90 / 74, 4);
    expect(first(1).rate).toBeCloseTo(90 / 124, 4);
    expect(first(2).rate).toBeCloseTo(0.8, 4);
    expect(first(4).rate).toBeCloseTo(0.9, 4);
    expect([0, 1, 2, 4, 5].map((i) => formatQuantity(first(i).target!, 'en', true))).toEqual(['< 90 seconds', '< 90 seconds', '40 wards', '40 beds', '< 90 sec']);
    expect([0, 2].map((i) => [first(i).targetText, first(i).actualText])).toEqual([['< 90 seconds', '74 seconds'], ['40 wards', '32 wards']]);
    expect(e.problems.filter((p) => p.code === 'unitMismatch')).toEqual([]);
  });

  it('read a quarter as a deadline, due at its last day, never as the value of its year', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'KPI', 'Target', 'Result', 'Status'],
      ['1', 'Library', 'Project completion', 'Q3 2024', 'Completed November 2024', 'Completed'],
      ['2', 'Library', 'Project completion', 'Q3 2024', 'Completed September 2024', null],
      ['3', 'Library', 'Project completion', 'by Q3 2024', 'Completed 30 September 2024', null],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'achieved', 'achieved']);
    expect(e.initiatives.map((i) => i.indicators[0]?.target)).toEqual([null, null, null]);
  });

  it('read a deadline written day, month, year against a day things were done, as dates', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'KPI', 'Target', 'Result'],
      ['1', 'Hub', 'Project completion', 'by 31 March 2024', 'Opened 4 December 2023'],
      ['2', 'Hub', 'Project completion', 'by 31 March 2024', 'Opened 4 May 2024'],
      ['3', 'Hub', 'Project completion', 'by 31 March 2024', 'Opened 31 March 2024'],
      ['4', 'Hub', 'Project completion', 'by 15 March 2024', 'Opened 20 March 2024'],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'achieved', 'delayed']);
    const note = e.problems.find((p) => p.code === 'judgedByDeadline' && p.cell === 'E3');
    expect(note && problemMessage('en', note)).toBe('Judged by comparing the deadline (March 31, 2024) with when it was done (May 4, 2024).');
  });

  it('read a threshold in a measure\'s name as what is counted, not as the way it should go', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Measure', 'Target', 'Actual'],
      ['1', 'Waits', 'Outpatients waiting over 78 weeks', '0', '14'],
      ['2', 'A&E', 'Patients waiting more than 4 hours in A&E', '0', '0'],
      ['3', 'A&E', 'Patients waiting more than 4 hours in A&E', '0', '12'],
      ['4', 'Discharge', 'Patients staying longer than 28 days', '0', '3'],
      // A bound in the target's own unit is the indicator's: "under 18 weeks" against "16 weeks" is lower.
      ['5', 'Referrals', 'Time from referral to treatment under 18 weeks', '18 weeks', '16 weeks'],
    ]));
    expect(statuses(e)).toEqual(['delayed', 'achieved', 'delayed', 'delayed', 'achieved']);
  });

  it('show a unit of CO2 equivalent whole', () => {
    const e = evaluateGrid(grid([
      ['Ref', 'Action', 'Target', 'Actual'],
      ['1', 'Cut council emissions', '≤ 4,800 tCO2-e', '4,650 tCO2-e'],
    ]));
    const indicator = e.initiatives[0]!.indicators[0]!;
    expect(formatQuantity(indicator.target!, 'en', true)).toBe('≤ 4,800 tCO2-e');
    expect(indicator.status).toBe('achieved');
  });

  it('take the year from a title written "2023-2024"', () => {
    const e = evaluateGrid(grid([
      ['Operational Plan 2023-2024: progress report'],
      ['Ref', 'Initiative', 'Target', 'Actual'],
      ['1', 'Online forms', '40 forms', '42 forms'],
    ]));
    expect(e.year).toBe(2023);
  });

  it('read a New Zealand Statement of Service Performance: a Result merged over "2022/23" and "2023/24", Achieved?, Comment', () => {
    const rows = [
      ['Kōwhai District Council — Statement of Service Performance 2023/24'],
      [],
      ['Activity', 'Performance measure', 'Target 2023/24', 'Result', null, 'Achieved?', 'Comment'],
      ['Activity', 'Performance measure', 'Target 2023/24', '2022/23', '2023/24', 'Achieved?', 'Comment'],
      ['Water supply', 'Median attendance time for urgent call-outs', '≤ 60 minutes', '52 minutes', '47 minutes', 'Achieved', ''],
      ['Water supply', 'Percentage of real water loss', '≤ 20%', '22%', '24%', 'Not achieved', 'Ageing pipes in the town centre.'],
      ['Water supply', 'Compliance with the drinking water rules (bacterial)', 'Full compliance', 'Achieved', 'Compliant at all 4 treatment plants', 'Achieved', ''],
      ['Roads and footpaths', 'Sealed local road network resurfaced', '≥ 5%', '5.2%', '4.1%', 'Not achieved', 'Contractor capacity was diverted to cyclone recovery works.'],
      ['Parks and reserves', 'Residents satisfied with parks (annual survey)', '≥ 85%', '88%', 'N/A', 'Not measured', 'The survey was not carried out in 2023/24.'],
      ['Libraries', 'Customer requests responded to within 10 working days', '95%', '97%', '96.5%', 'Achieved', 'Well ahead of last year.'],
    ];
    const e = evaluateGrid(grid(rows, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4']));
    // The year the header names, this year's result (not 2022/23's) against the target.
    expect(e.year).toBe(2023);
    expect(e.problems.filter((p) => p.code === 'yearFromTitle')).toEqual([]);
    expect(e.initiatives.map((i) => [i.pillar, i.status, i.indicators[0]?.actualText])).toEqual([
      ['Water supply', 'achieved', '47 minutes'], ['Water supply', 'delayed', '24%'], ['Water supply', 'achieved', 'Compliant at all 4 treatment plants'],
      ['Roads and footpaths', 'delayed', '4.1%'], ['Parks and reserves', 'unknown', 'N/A'], ['Libraries', 'achieved', '96.5%'],
    ]);
    // The comment on a measure not achieved is why; on one achieved it is no cause.
    expect(causes(e)).toEqual([null, 'Ageing pipes in the town centre.', null, 'Contractor capacity was diverted to cyclone recovery works.', null, null]);
    expect(e.problems.filter((p) => p.code === 'causeFromIssues').map((p) => p.cell)).toEqual(['G6', 'G8']);
    // Not measured is no delay, whatever the comment says: unknown, quoted at its cell.
    const unmeasured = e.problems.find((p) => p.code === 'statusUnknown');
    expect([unmeasured?.cell, unmeasured?.params.recorded]).toEqual(['F9', 'Not measured']);
  });

  it('read "2023/24" as a year in a header only where its two years follow one another', () => {
    const e = evaluateGrid(grid([
      ['Performance measure', 'Target 2022-25', 'Result 2023/24', 'Result 2024/2025'],
      ['Library visits', '100,000', '90,000', '110,000'],
    ]));
    // "2022-25" is a range of years, not one; of the two results the later year's is the actual.
    expect(e.plan.columns.map((c) => c.year)).toEqual([null, null, 2023, 2024]);
    expect(e.initiatives.map((i) => [i.status, i.indicators[0]?.actual?.value])).toEqual([['achieved', 110000]]);
  });
});

describe('remarks written beside the misses only', () => {
  const header = ['Priority', 'KPI', '2022 Result', '2023 Target', '2023 Result', 'Status', 'Notes'];
  const rows = [
    ['Housing', 'Affordable units approved', 212, 250, 265, 'Target met', ''],
    ['Road safety', 'Traffic fatalities', 6, 0, 4, 'Target not met', 'Four fatal collisions, three involving pedestrians at uncontrolled crossings.'],
    ['Service', '311 requests closed within standard', '81%', '≥ 85%', '79%', 'Target not met', 'Migration to the new CRM in Q2 created a backlog.'],
    ['Recreation', 'Program fill rate', '82%', 'Maintain ≥ 80%', '84%', 'Target met', ''],
  ];

  it('take each remark as the cause of the miss it stands beside, and give none to the rows that met their target', () => {
    const e = evaluateGrid(grid([header, ...rows]));
    expect(e.initiatives.map((i) => [i.status, i.cause])).toEqual([
      ['achieved', null],
      ['delayed', 'Four fatal collisions, three involving pedestrians at uncontrolled crossings.'],
      ['delayed', 'Migration to the new CRM in Q2 created a backlog.'],
      ['achieved', null],
    ]);
    expect(e.initiatives.map((i) => i.causeCell)).toEqual([null, 'G3', 'G4', null]);
    expect(e.problems.filter((p) => p.code === 'causeFromIssues').map((p) => p.cell)).toEqual(['G3', 'G4']);
    expect(e.problems.filter((p) => p.code === 'causeMissing')).toEqual([]);
  });

  it('keep to remarks that speak of a cause where a row that met its target has a remark too', () => {
    const e = evaluateGrid(grid([header, ...rows.map((r, i) => (i === 0 ? [...r.slice(0, 6), 'Figures from the housing registry.'] : r))]));
    expect(causes(e)).toEqual([null, null, null, null]);
    expect(e.problems.filter((p) => p.code === 'causeMissing').map((p) => p.cell)).toEqual(['E3', 'E4']);
  });

  it('keep to the cause column where there is one', () => {
    const e = evaluateGrid(grid([[...header, 'Reason for delay'], ...rows.map((r, i) => [...r, i === 1 ? 'Staff shortage' : ''])]));
    expect(causes(e)).toEqual([null, 'Staff shortage', null, null]);
    expect(e.problems.filter((p) => p.code === 'causeMissing').map((p) => p.cell)).toEqual(['H4']);
  });

  it('read 備考 beside the misses only in the same way, but not a label or next steps', () => {
    const e = evaluateGrid(grid([
      ['No.', '取組項目', '目標', '実績', '評価', '備考'],
      [1, 'ペーパーレス化', '10,000枚', '12,000枚', '達成', null],
      [2, '電子申請', '100手続', '80手続', '未達成', '対象手続の洗い出しに想定以上の時間を要した。'],
      [3, '窓口改善', '90%', '85%', '未達成', '繁忙期に来庁者が集中した。'],
      [4, '研修', '300人', '250人', '未達成', '所管：総務課'],
      [5, '施設管理', '100件', '90件', '未達成', '今後は委託の範囲を広げる。'],
    ]));
    expect(causes(e)).toEqual([null, '対象手続の洗い出しに想定以上の時間を要した。', '繁忙期に来庁者が集中した。', null, null]);
    expect(e.problems.filter((p) => p.code === 'causeMissing').map((p) => p.cell)).toEqual(['D5', 'D6']);
  });
});

describe('a table kept on 方眼紙 (Excel as grid paper: narrow columns, every cell merged across several)', () => {
  // Logical columns and how many narrow columns each spans, from column B (A is an empty margin).
  const widths = [2, 4, 3, 2, 2, 2, 2, 4];
  const starts = widths.map((_, i) => 1 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const letters = (col: number): string => String.fromCharCode(65 + col);
  const spread = (values: CellValue[]): CellValue[] => {
    const row: CellValue[] = [null];
    values.forEach((v, i) => row.push(v, ...Array<CellValue>(widths[i]! - 1).fill(null)));
    return row;
  };
  const rowMerges = (sheetRow: number): string[] => starts.map((s, i) => `${letters(s)}${sheetRow}:${letters(s + widths[i]! - 1)}${sheetRow}`);
  const data: CellValue[][] = [
    [1, '創業支援事業', '創業件数', '件', 20, 9, 'D', '相談窓口の周知が不十分だったため。'],
    [2, '窓口業務改善事業', '窓口平均待ち時間', '分', 15, 12, 'A', '予約制の導入で待ち時間が短縮した。'],
    // No rating written: only the values judge it.
    [3, '公共施設予約システム運用事業', 'オンライン予約率', '%', 50, 62, null, null],
  ];
  const last = 1 + widths.reduce((a, b) => a + b, 0) - 1;
  const paper = grid(
    [
      [null, '令和5年度 事務事業評価結果一覧'],
      [],
      spread(['No.', '事務事業名', '成果指標', null, null, null, '評価', '評価の理由・課題']),
      spread([null, null, '指標名', '単位', '目標値', '実績値', null, null]),
      ...data.map(spread),
    ],
    [
      `B1:${letters(last)}1`,
      // No., 事務事業名, 評価 and 評価の理由・課題 merged down both header rows; 成果指標 across its four sub-headers.
      ...[0, 1, 6, 7].map((i) => `${letters(starts[i]!)}3:${letters(starts[i]! + widths[i]! - 1)}4`),
      `${letters(starts[2]!)}3:${letters(starts[5]! + widths[5]! - 1)}3`,
      ...[2, 3, 4, 5].map((i) => `${letters(starts[i]!)}4:${letters(starts[i]! + widths[i]! - 1)}4`),
      ...data.flatMap((_, r) => rowMerges(5 + r)),
    ],
  );
  const plain = grid(
    [
      ['令和5年度 事務事業評価結果一覧'],
      [],
      ['No.', '事務事業名', '成果指標', null, null, null, '評価', '評価の理由・課題'],
      [null, null, '指標名', '単位', '目標値', '実績値', null, null],
      ...data,
    ],
    ['A3:A4', 'B3:B4', 'C3:F3', 'G3:G4', 'H3:H4'],
  );

  it('reads the values under a heading whose sub-headers are merged, as in plain columns, naming each merge\'s first cell', () => {
    const e = evaluateGrid(paper);
    const p = evaluateGrid(plain);
    const values = (x: Evaluation): unknown[] => x.initiatives.map((i) => [i.name, i.status, i.rate, i.indicators.map((d) => [d.name, d.target?.value, d.actual?.value, d.actual?.unit])]);
    expect(values(e)).toEqual(values(p));
    expect(values(e)).toEqual([
      ['創業支援事業', 'delayed', 0.45, [['創業件数', 20, 9, '件']]],
      ['窓口業務改善事業', 'achieved', 1.25, [['窓口平均待ち時間', 15, 12, '分']]],
      ['公共施設予約システム運用事業', 'achieved', 1.24, [['オンライン予約率', 50, 62, '%']]],
    ]);
    // Targets under 目標値 (M4:N4) and actuals under 実績値 (O4:P4), never the empty margin column A.
    expect(e.initiatives.map((i) => [i.indicators[0]?.targetCell, i.indicators[0]?.actualCell])).toEqual([['M5', 'O5'], ['M6', 'O6'], ['M7', 'O7']]);
    expect(e.problems.find((p) => p.code === 'lowerIsBetterByName')?.cell).toBe('M6');
    expect(e.problems.filter((p) => p.cell.startsWith('A'))).toEqual([]);
  });

  it('reads a one-row header as one row, its values merged below it as values, not sub-headers', () => {
    const e = evaluateGrid(grid(
      [
        [null, '令和5年度 事務事業評価の状況', null, null, null, null, null, null, null],
        [null, '事務事業名', null, '目標値', null, '実績値', null, '評価', null],
        [null, '創業支援事業', null, 20, null, 9, null, 'D', null],
      ],
      ['B1:I1', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2', 'B3:C3', 'D3:E3', 'F3:G3', 'H3:I3'],
    ));
    expect([e.plan.headerRow, e.plan.title, e.year]).toEqual([2, '令和5年度 事務事業評価の状況', 2023]);
    expect(e.initiatives.map((i) => [i.name, i.status, i.rate, i.indicators[0]?.targetCell])).toEqual([['創業支援事業', 'delayed', 0.45, 'D3']]);
  });
});

describe('a 定員管理計画 whose staff numbers sit under a heading of what is counted', () => {
  const table = (heading: string | null) => grid(
    [
      ['No.', '部門', '取組項目', heading, null, null, null, '評価', '未達成の理由'],
      [null, null, null, 'R2基準', 'R6目標', 'R6実績', '差引', null, null],
      [1, '一般行政部門', '総務・企画部門の職員数の適正化', 312, 300, 298, -2, '達成', null],
      [2, null, '福祉部門の体制強化', 205, 220, 214, -6, '未達成', '保健師の採用試験で応募者が採用予定数に満たなかったため。'],
      [3, '教育部門', '市立幼稚園の統合', 35, 28, 26, -2, '達成', null],
      [4, '公営企業等会計部門', '上下水道局の組織統合', 88, 80, 84, 4, '未達成', '下水道事業の法適用に伴い会計事務が増加したため。'],
    ],
    ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2', 'I1:I2', 'B3:B4'],
  );

  it.each([['職員数（各年4月1日）'], [null]])('reads R6目標 and R6実績 under the heading %s, as under 数値目標', (heading) => {
    const e = evaluateGrid(table(heading));
    expect(e.year).toBe(2024);
    expect(e.initiatives.map((i) => [i.indicators[0]?.target?.value, i.indicators[0]?.actual?.value, i.indicators[0]?.targetCell])).toEqual([
      [300, 298, 'E3'], [220, 214, 'E4'], [28, 26, 'E5'], [80, 84, 'E6'],
    ]);
    expect(statuses(e).slice(0, 2)).toEqual(['achieved', 'delayed']);
    expect(e.initiatives[1]?.rate).toBeCloseTo(214 / 220, 4);
  });

  it('judges staff merged away (幼稚園の統合, 組織統合) as fewer better, where the target is below the baseline', () => {
    const e = evaluateGrid(table('職員数（各年4月1日）'));
    // 26 against 28 is achieved, 84 against 80 is not: as the plan recorded them.
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'achieved', 'delayed']);
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByBaseline').map((p) => p.cell)).toEqual(['E3', 'E5', 'E6']);
    expect(e.problems.map((p) => p.code)).not.toContain('statusContradiction');
  });

  it('does not take a title merged above the header, beside an empty margin column, for such a heading', () => {
    const e = evaluateGrid(grid(
      [
        [null, '令和6年度 職員数の推移', null, null, null],
        [null, '取組項目', 'R2基準', 'R6目標', 'R6実績'],
        [null, '福祉部門の体制強化', 205, 220, 214],
      ],
      ['B1:E1'],
    ));
    expect([e.plan.headerRow, e.plan.title, statuses(e)]).toEqual([2, '令和6年度 職員数の推移', ['delayed']]);
  });
});
