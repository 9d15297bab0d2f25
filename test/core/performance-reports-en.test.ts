/** English performance reports: a US state DOT's Explanation and next year's Strategies, an Irish council's Q4 Update. */
import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import { grid } from '../support/grid';

const statuses = (e: Evaluation): string[] => e.initiatives.map((i) => i.status);

describe('a US state DOT performance report with an Explanation and Strategies for next year', () => {
  const report = (explanation = 'Explanation', strategies = 'Strategies for FY2025'): Evaluation => evaluateGrid(grid([
    ['FY2024 Performance Report (fiscal year ending September 30, 2024)'],
    [],
    ['Goal', 'Objective', 'Performance Measure', 'FY2023 Actual', 'FY2024 Target', 'FY2024 Actual', 'Status', explanation, strategies],
    ['Goal 1: Safety', '1.1 Reduce traffic fatalities', 'Traffic fatalities on state-maintained roads', '612', '≤ 580', '598', 'Not Met',
      'Increase in speeding-related crashes on rural two-lane highways.', 'Expand rumble strip program'],
    ['Goal 1: Safety', '1.2 Improve work zone safety', 'Work zone crashes', '1,140', '1,050', '980', 'Met', '', 'Continue automated speed enforcement pilot'],
    ['Goal 2: Infrastructure', '2.2 Reduce deficient bridges', 'Number of bridges in poor condition', '212', '195', '201', 'Not Met',
      'Two major rehabilitation contracts were delayed by structural steel supply shortages.', 'Award deferred contracts in Q1 FY2025'],
    ['Goal 3: Mobility', '3.2 Grow transit use', 'Annual transit boardings (millions)', '24.1', '26.0', '25.2', 'Partially Met',
      'Ridership recovery slower than projected as remote work persists.', 'Fare-capping pilot'],
  ], [], 'FY2024 Performance'));

  it('takes the Explanation of a missed measure as its cause, and says where it came from', () => {
    const e = report();
    expect(statuses(e)).toEqual(['delayed', 'achieved', 'delayed', 'delayed']);
    expect(e.initiatives.map((i) => i.cause)).toEqual([
      'Increase in speeding-related crashes on rural two-lane highways.', null,
      'Two major rehabilitation contracts were delayed by structural steel supply shortages.',
      'Ridership recovery slower than projected as remote work persists.',
    ]);
    expect(e.initiatives[0]?.causeCell).toBe('H4');
    expect(e.problems.map((p) => p.code)).not.toContain('causeMissing');
  });

  it.each([['Strategies for FY2025'], ['Strategies for next year'], ['Actions for 2025'], ['Planned actions']])(
    'reads %s as the next steps, not as the initiatives', (header) => {
      const e = report('Explanation', header);
      expect(e.initiatives.map((i) => i.name)[0]).toBe('1.1 Reduce traffic fatalities');
      expect(e.initiatives.map((i) => i.nextSteps)).toEqual(['Expand rumble strip program', 'Continue automated speed enforcement pilot',
        'Award deferred contracts in Q1 FY2025', 'Fare-capping pilot']);
    });

  it('judges crashes and bridges in poor condition as better when lower, with a note', () => {
    const e = report();
    // 980 crashes against 1,050 is met; 201 poor bridges against 195 is not: as the report records them.
    expect(e.initiatives.map((i) => i.rate)).toEqual([expect.closeTo(580 / 598, 4), expect.closeTo(1050 / 980, 4), expect.closeTo(195 / 201, 4), expect.closeTo(25.2 / 26, 4)]);
    expect(e.problems.filter((p) => p.code === 'lowerIsBetterByName').map((p) => p.cell)).toEqual(['E5', 'E6']);
  });

  it('reads "Partially Met" as a miss, with no contradiction', () => {
    const e = report();
    expect(e.initiatives[3]?.recordedStatus).toBe('Partially Met');
    expect(e.problems.map((p) => p.code)).not.toContain('statusContradiction');
  });

  it('keeps "Actions for 2025" or "Planned actions" the initiatives where no other column names them', () => {
    for (const header of ['Actions for 2025', 'Planned actions']) {
      const e = evaluateGrid(grid([[header, 'Lead', 'Status'], ['Launch the portal', 'IT', 'Complete'], ['Digitise forms', 'IT', 'Delayed']]));
      expect(e.initiatives.map((i) => [i.name, i.status, i.nextSteps])).toEqual([['Launch the portal', 'achieved', null], ['Digitise forms', 'delayed', null]]);
    }
  });
});

describe('measures better when lower by what they count', () => {
  const judged = (measure: string, target: number, actual: number): Evaluation => evaluateGrid(grid([
    ['Objective', 'Performance Measure', 'Target', 'Actual'],
    ['Keep the network safe', measure, target, actual],
  ]));

  it.each([['Traffic fatalities'], ['Serious injuries'], ['Collisions at junctions'], ['Road deaths'], ['Number of structurally deficient bridges'],
    ['Percent of bridges in poor condition']])('%s: under the target is met', (measure) => {
    expect(statuses(judged(measure, 100, 90))).toEqual(['achieved']);
  });

  it.each([['Deficient bridges repaired'], ['Bridges improved from poor condition'], ['Crashes cleared within 90 minutes (%)']])(
    '%s: still better when higher', (measure) => {
      expect(statuses(judged(measure, 100, 90))).toEqual(['delayed']);
    });
});

describe('an Irish council Annual Service Delivery Plan review with a Q4 Update', () => {
  const review = (update = 'Q4 Update'): Evaluation => evaluateGrid(grid([
    ['Ballymore County Council — Annual Service Delivery Plan 2024'],
    ['End of Year Review — position at 31 December 2024'],
    [],
    ['Service Division', 'Objective', 'Performance Indicator', '2024 Target', update, 'Status', 'Comments'],
    ['Housing', 'Increase supply of social housing', 'New social homes delivered', '180 units', '164 units delivered', 'Partially Achieved',
      'Delays in two turnkey schemes due to contractor insolvency.'],
    ['Roads', 'Maintain the regional road network', 'Km of regional roads resurfaced', '45 km', '47.2 km', 'Achieved', 'Favourable weather in Q3.'],
    ['Climate', 'Reduce energy use', 'Improvement in energy efficiency vs 2009 baseline', '50%', '46%', 'Ongoing',
      'Retrofit of the County Buildings deferred to 2025 due to funding.'],
    ['Planning', 'Update the development plan', 'Adopt variation No. 2 of the County Development Plan', 'Q3 2024',
      'Adopted by the Council in November 2024', 'Achieved', ''],
  ], [], 'ASDP 2024 Review'));

  it.each([['Q4 Update'], ['Q4 Progress'], ['End of year update']])('reads the %s as the year\'s actual', (header) => {
    const e = review(header);
    expect(e.initiatives.map((i) => i.indicators[0]?.actual?.value ?? null)).toEqual([164, 47.2, 46, null]);
    expect(e.initiatives.map((i) => i.indicators[0]?.actualCell)).toEqual(['E5', 'E6', 'E7', 'E8']);
    // 46% against 50% at the year's end is a miss, though "Ongoing".
    expect(statuses(e)).toEqual(['delayed', 'achieved', 'delayed', 'delayed']);
    expect(e.initiatives[2]?.cause).toBe('Retrofit of the County Buildings deferred to 2025 due to funding.');
  });

  it('judges a deadline by when the update says the thing was done', () => {
    const e = review();
    expect(e.problems.find((p) => p.code === 'judgedByDeadline')).toMatchObject({ cell: 'E8', params: { deadline: expect.anything(), done: expect.anything() } });
    expect(e.initiatives[3]?.status).toBe('delayed');
  });

  it('names the target\'s cell, not column A, as the actual\'s where the plan has no actual column', () => {
    const e = review('Lead officer');
    expect(e.initiatives.map((i) => i.indicators[0]?.actualCell)).toEqual(['D5', 'D6', 'D7', 'D8']);
    expect(e.problems.map((p) => p.cell).filter((c) => c.startsWith('A'))).toEqual([]);
  });
});
