import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { problemMessage } from '../../src/core/messages';
import { grid } from '../support/grid';

// Qualitative initiatives (no measurable values) in rows 2…: the status in column D, the cause in column E.
const HEADER = ['取組項目', '目標', '実績', '進捗状況', '遅れが生じている要因'];

function evaluateStatuses(statuses: readonly (string | null)[]): Evaluation {
  return evaluateGrid(grid([HEADER, ...statuses.map((s, i) => [`取組${i + 1}`, '制度の見直しを行う', '検討を進めた', s, null])]));
}

function statusesOf(statuses: readonly string[]): Record<string, string> {
  const e = evaluateStatuses(statuses);
  return Object.fromEntries(e.initiatives.map((i) => [i.recordedStatus ?? '', i.status]));
}

describe('reading the recorded status of an initiative without measurable values', () => {
  it('keeps the usual words, marks and letters', () => {
    const words = ['順調', '概ね順調', 'やや遅れ', '遅れ', '達成', '○', '△', '×', 'A', 'B', 'C', 'D', 'On track', 'Delayed', 'Achieved', '未達成'];
    expect(statusesOf(words)).toEqual({
      順調: 'on-track', 概ね順調: 'on-track', やや遅れ: 'delayed', 遅れ: 'delayed', 達成: 'achieved', '○': 'on-track',
      '△': 'delayed', '×': 'delayed', A: 'achieved', B: 'on-track', C: 'delayed', D: 'delayed', 'On track': 'on-track',
      Delayed: 'delayed', Achieved: 'achieved', 未達成: 'delayed',
    });
  });

  it('reads a status word inside a longer note, and a mark before one', () => {
    expect(statusesOf(['順調に進捗', '遅れている', 'Ａ（達成）', 'C（やや遅れ）', '○ 予定どおり', 'Ｂ'])).toEqual({
      順調に進捗: 'on-track', 遅れている: 'delayed', 'Ａ（達成）': 'achieved', 'C（やや遅れ）': 'delayed', '○ 予定どおり': 'on-track', Ｂ: 'on-track',
    });
  });

  it('reads a forecast of achieving (達成見込) as on track, and of not achieving as a delay', () => {
    expect(statusesOf(['達成見込', '年度内達成見込み', '未達成見込', '達成困難見込み', '目標どおり', '目標を下回る', '達成見込みは厳しい', '達成見込みは低い'])).toEqual({
      達成見込: 'on-track', 年度内達成見込み: 'on-track', 未達成見込: 'delayed', 達成困難見込み: 'delayed', 目標どおり: 'on-track', 目標を下回る: 'delayed',
      // A forecast doubted is no forecast of achieving.
      達成見込みは厳しい: 'unknown', 達成見込みは低い: 'unknown',
    });
  });

  it('does not read work under way as done for a part done in brackets ("整備中（約6割の課で完了）")', () => {
    expect(statusesOf(['整備中（約6割の課で完了）', '順調（一部遅れ）', '（完了）', '遅れ（要因参照）', 'システム導入（完了）', '検討中（一部完了）', '着手済（遅れ）'])).toEqual({
      '整備中（約6割の課で完了）': 'unknown', '順調（一部遅れ）': 'on-track', '（完了）': 'achieved', '遅れ（要因参照）': 'delayed',
      // The action outside the brackets, its rating inside: read as the remark says.
      'システム導入（完了）': 'achieved', '検討中（一部完了）': 'delayed', '着手済（遅れ）': 'delayed',
    });
  });

  it('does not read a shorter status word inside a negated or longer one', () => {
    const words = ['未完了', '未達成', '達成困難', '未実施', '未着手', 'Not met', 'Incomplete', 'Not done', 'not on track', '一部達成', '遅れなし', '遅延なし', 'No delay'];
    expect(statusesOf(words)).toEqual({
      未完了: 'delayed', 未達成: 'delayed', 達成困難: 'delayed', 未実施: 'delayed', 未着手: 'delayed', 'Not met': 'delayed',
      Incomplete: 'delayed', 'Not done': 'delayed', 'not on track': 'delayed', 一部達成: 'delayed',
      遅れなし: 'on-track', 遅延なし: 'on-track', 'No delay': 'on-track',
    });
  });

  it('reads words that only look like a denial ("わずか", "非常に") as what they say', () => {
    expect(statusesOf(['わずかに遅れ', '非常に順調', '順調に進んでいる'])).toEqual({
      わずかに遅れ: 'delayed', 非常に順調: 'on-track', 順調に進んでいる: 'on-track',
    });
  });

  it('reads "as planned" as on track', () => {
    expect(statusesOf(['予定どおり', '計画どおり', '予定通り', 'As planned'])).toEqual({
      予定どおり: 'on-track', 計画どおり: 'on-track', 予定通り: 'on-track', 'As planned': 'on-track',
    });
  });

  it('leaves a status it cannot read unread rather than read it the wrong way', () => {
    const words = ['検討中', '達成できず', '遅れていません', '達成の見込み', 'not yet achieved', "isn't complete", 'Metrics reviewed', 'latest plan'];
    const e = evaluateStatuses(words);
    expect(e.initiatives.map((i) => i.status)).toEqual(words.map(() => 'unknown'));
    expect(e.counts.unknown).toBe(words.length);
  });
});

describe('an initiative whose written status cannot be read', () => {
  const e = evaluateStatuses(['順調', '検討中', null]);
  const problems = e.problems.filter((p) => p.code === 'statusUnknown');

  it('is reported at the status cell, quoting what is written, in both languages', () => {
    expect(problems.map((p) => p.cell)).toEqual(['D3', 'C4']);
    const unread = problems[0]!;
    expect(problemMessage('ja', unread)).toBe('「取組2」は目標・実績から判定できず、記入された進捗状況「検討中」も進捗状況として読み取れない。');
    expect(problemMessage('en', unread)).toBe(
      '"取組2" cannot be judged from its target and actual, and the recorded status "検討中" could not be read as a status.',
    );
  });

  it('keeps "nothing recorded" for an initiative with no status written, at its actual cell', () => {
    const none = problems[1]!;
    expect(problemMessage('ja', none)).toBe('「取組3」は目標・実績から判定できず、進捗状況も記入されていない。');
    expect(problemMessage('en', none)).toContain('no status is recorded');
  });

  it('no longer says "nothing recorded" for a written status it once misread', () => {
    const misread = evaluateStatuses(['未実施', '予定どおり', '計画どおり']);
    expect(misread.problems.filter((p) => p.code === 'statusUnknown')).toEqual([]);
  });
});

describe('a recorded status beside a measured judgement', () => {
  it('reports "遅れなし" against a measured shortfall, and not "未完了"', () => {
    const e = evaluateGrid(grid([HEADER, ['研修', '100件', '60件', '遅れなし', '講師不足'], ['窓口', '100件', '60件', '未完了', '講師不足']]));
    expect(e.initiatives.map((i) => i.status)).toEqual(['delayed', 'delayed']);
    expect(e.problems.filter((p) => p.code === 'statusContradiction').map((p) => p.cell)).toEqual(['D2']);
  });
});
