/** English action trackers and operational plans: an ID column, a Status beside a percent done, a key under the table. */
import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { grid } from '../support/grid';
import { problemMessage } from '../../src/core/messages';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);

describe('an action tracker with an Action ID, a Progress in percent and a Status', () => {
  const tracker = (): Evaluation => evaluateGrid(grid([
    ['Council Plan 2022-27 – Action Progress at 31 March 2024'],
    [],
    ['Action ID', 'Action', 'Milestone', 'Due Date', 'Progress', 'Status', 'Update', 'Reason for slippage'],
    ['A1', 'Publish a new Local Housing Strategy', 'Strategy approved', new Date(Date.UTC(2023, 11, 31)), '100%', 'Complete', 'Approved.', ''],
    ['A2', 'Deliver 150 new affordable homes', '150 homes completed', new Date(Date.UTC(2024, 2, 31)), '79%', 'Slipped', '118 homes.', 'Contractor insolvency.'],
    ['A5', 'Review the school estate', 'Consultation launched', new Date(Date.UTC(2024, 5, 30)), '40%', 'On schedule', 'Options appraisal under way.', ''],
    ['A7', 'Reduce staff sickness absence', '9.0 days per FTE or fewer', new Date(Date.UTC(2024, 2, 31)), 'n/a', 'Complete', '8.6 days per FTE.', ''],
    [],
    ['Status: Complete / On schedule / Slipped / Not started'],
  ], [], 'Action Tracker'));

  it('names each initiative by its Action and numbers it by its Action ID', () => {
    const e = tracker();
    expect(e.initiatives.map((i) => [i.id, i.name])).toEqual([
      ['A1', 'Publish a new Local Housing Strategy'], ['A2', 'Deliver 150 new affordable homes'],
      ['A5', 'Review the school estate'], ['A7', 'Reduce staff sickness absence'],
    ]);
  });

  it('judges by the Status recorded, not by the share done: 40% On schedule is on track, n/a Complete achieved', () => {
    const e = tracker();
    expect(statuses(e)).toEqual(['achieved', 'delayed', 'on-track', 'achieved']);
    expect(e.initiatives.map((i) => i.recordedStatus)).toEqual(['Complete', 'Slipped', 'On schedule', 'Complete']);
  });

  it('reads the key of status words under the table as no initiative', () => {
    const e = tracker();
    expect(e.initiatives).toHaveLength(4);
    expect(e.problems.some((p) => p.code === 'statusUnknown')).toBe(false);
  });

  it('still reads a status written as a percent where no other column records one', () => {
    const e = evaluateGrid(grid([
      ['Action', 'Progress', 'Status'],
      ['Launch the portal', '100%', ''],
      ['Digitise forms', '60%', ''],
    ]));
    expect(statuses(e)).toEqual(['achieved', 'delayed']);
  });

  it('keeps a budget code a column of its own, and a note that merely starts with Status an initiative', () => {
    const e = evaluateGrid(grid([
      ['Budget code', 'Action', 'Status'],
      ['CC-101', 'Launch the portal', 'Complete'],
      [null, 'Status: agreed by Cabinet / delivery in 2025', null],
    ]));
    expect(e.initiatives[0]).toMatchObject({ id: '1', name: 'Launch the portal', extra: { 'Budget code': 'CC-101' } });
    expect(e.initiatives.map((i) => i.name)).toEqual(['Launch the portal', 'Status: agreed by Cabinet / delivery in 2025']);
  });
});

describe('an Australian council\'s Operational Plan under its Delivery Program', () => {
  it('numbers each action by its OP Code and takes the Delivery Program Strategy as its policy area', () => {
    const e = evaluateGrid(grid([
      ['DP Code', 'Delivery Program Strategy', 'OP Code', 'Operational Plan Action', 'Status'],
      ['1.1', 'Maintain and renew the road network', '1.1.1', 'Complete the annual road resealing program', 'Completed'],
      [null, null, '1.1.2', 'Replace Back Creek Bridge', 'Behind schedule'],
      ['1.2', 'Support local business', '1.2.1', 'Deliver 4 business networking events', 'Completed'],
    ], ['A2:A3', 'B2:B3']));
    expect(e.initiatives.map((i) => [i.id, i.pillar, i.name])).toEqual([
      ['1.1.1', 'Maintain and renew the road network', 'Complete the annual road resealing program'],
      ['1.1.2', 'Maintain and renew the road network', 'Replace Back Creek Bridge'],
      ['1.2.1', 'Support local business', 'Deliver 4 business networking events'],
    ]);
    expect(e.initiatives[0]?.extra).toMatchObject({ 'DP Code': '1.1' });
  });
});

describe('a column of deadlines as dates or months ("Timeframe", "Due Date")', () => {
  const plan = (header: string, deadlines: (string | Date | null)[], title = 'Six-monthly Progress Report to 30 June 2024'): Evaluation => evaluateGrid(grid([
    [title],
    ['OP Code', 'Operational Plan Action', header, 'Status', 'Comments'],
    ...deadlines.map((d, i) => [`1.${i + 1}`, `Action ${i + 1}`, d, 'In progress', '']),
  ]));

  it('judges work still in progress past its Timeframe, by the day the report speaks as of, delayed', () => {
    const e = plan('Timeframe', ['Dec 2023', 'Jun 2025', 'Ongoing', 'Quarterly']);
    expect(statuses(e)).toEqual(['delayed', 'on-track', 'on-track', 'on-track']);
    const note = e.problems.find((p) => p.code === 'underWayPastDeadline');
    expect(note?.cell).toBe('D3');
    expect(problemMessage('en', note!)).toContain('December 2023');
  });

  it('reads a Due Date of date cells, or a Completion date of days and months, so too', () => {
    expect(statuses(plan('Due Date', [new Date(Date.UTC(2024, 2, 31)), new Date(Date.UTC(2024, 8, 30))]))).toEqual(['delayed', 'on-track']);
    expect(statuses(plan('Completion date', ['31 March 2024', 'September 2024']))).toEqual(['delayed', 'on-track']);
  });

  it('reads a Target date as the deadline it is, alone or beside a Target', () => {
    const alone = plan('Target date', ['Dec 2023', new Date(Date.UTC(2023, 11, 31)), new Date(Date.UTC(2024, 11, 31))]);
    expect(statuses(alone)).toEqual(['delayed', 'delayed', 'on-track']);
    expect(alone.problems.some((p) => p.code === 'unexpectedCellType')).toBe(false);
    const beside = evaluateGrid(grid([
      ['Progress Report to 30 June 2024'],
      ['Ref', 'Action', 'Target date', 'Target', 'Status'],
      ['1', 'Adopt the strategy', 'Dec 2023', 'Strategy adopted by Council', 'In progress'],
      ['2', 'Open the hub', 'Dec 2024', 'Hub open to the public', 'In progress'],
    ]));
    expect(beside.initiatives.map((i) => i.indicators[0]?.targetText)).toEqual(['Strategy adopted by Council (by Dec 2023)', 'Hub open to the public (by Dec 2024)']);
    expect(statuses(beside)).toEqual(['delayed', 'on-track']);
    expect(beside.problems.some((p) => p.code === 'columnIgnored')).toBe(false);
  });

  it('leaves a Timeframe of periods, and work without a day to measure against, as recorded', () => {
    // Mostly periods, not dates: no column of deadlines.
    expect(statuses(plan('Timeframe', ['Dec 2023', '2023-2026', 'Ongoing', 'Year 2']))).toEqual(['on-track', 'on-track', 'on-track', 'on-track']);
    // No day the report speaks as of, and no year: nothing has come.
    expect(statuses(plan('Timeframe', ['Dec 2023'], 'Operational Plan actions'))).toEqual(['on-track']);
  });
});
