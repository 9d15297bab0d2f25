/** The action plan as the engine understands it, and the report it makes of it. */
import type { When } from './when';
import type { Direction, FiscalYear, Quantity } from './quantity-types';

export type Status = 'achieved' | 'on-track' | 'delayed' | 'unknown';

export type Role =
  | 'id'
  | 'pillar'
  | 'name'
  | 'indicator'
  | 'unit'
  | 'target'
  | 'actual'
  | 'status'
  | 'cause'
  | 'nextSteps';

/** A column of the plan sheet and the role its header gives it. Later-year target columns carry their year. */
export interface PlanColumn {
  /** 0-based column index in the grid. */
  readonly index: number;
  readonly header: string;
  readonly role: Role | null;
  /** The fiscal year written in the header ("R2年度末実績" → 2020), if any. */
  readonly year: FiscalYear | null;
  /** A remark written beside a target or actual under the same heading ("実績" over "数値" and "内容"). */
  readonly remarkOf?: 'target' | 'actual';
  /** The role named weakly (RoleMatch.weak): it gives way to a column named by the role's own words. */
  readonly weakRole?: true;
}

/** One year's target of an indicator, the cell it is written in and the quantity read there. */
export interface TargetPoint {
  readonly year: FiscalYear | null;
  readonly value: number;
  /** A1 address on the plan sheet. */
  readonly cell: string;
  readonly quantity: Quantity;
}

/** One indicator of an initiative: a target per year and this year's actual. */
export interface Indicator {
  readonly name: string;
  /** The name as its cell writes it ("職員数（人）" where name reads "職員数(人)"), for people to read; name where absent. */
  readonly nameWritten?: string;
  /**
   * Targets in the order written (the target cell first, then later-year columns), at most one per year; a target
   * written without a year has year null. A short array, not a map: a plan has hundreds of thousands of them.
   */
  readonly targets: readonly TargetPoint[];
  readonly actual: Quantity | null;
  /** Text of the target when it holds no measurable value (a qualitative target). */
  readonly targetText: string;
  readonly actualText: string;
  /**
   * The whole actual cell as staff wrote it (before a cause mark), '' for a numeric cell: what the sheets show. A
   * cell of several items gives each indicator its own item (actualText), and items no target asks about are kept here.
   */
  readonly actualWritten: string;
  /** The target cell as staff wrote it ('' for a number): the sheets show what they read of it in its own characters. */
  readonly targetWritten?: string;
  /**
   * The day a date cell in the actual column gives where the target is a deadline in words ("令和6年9月までに整備"):
   * the day the thing was done. Null otherwise (a date against a value is no actual, and is reported).
   */
  readonly actualDate: When | null;
  /** Direction stated outside the target cell (indicator name, unit column). */
  readonly impliedDirection: Direction | null;
  readonly impliedReduction: boolean;
  /** The actual cell says something about a value rather than reporting one. */
  readonly actualIsStatement: boolean;
  /** A1 addresses of the row's target and actual cells. */
  readonly targetCell: string;
  readonly actualCell: string;
}

export interface Initiative {
  /** 1-based sheet row of the initiative's first row. */
  readonly row: number;
  readonly id: string;
  readonly pillar: string;
  readonly name: string;
  readonly indicators: readonly Indicator[];
  /** The recorded status text as written (進捗状況/評価), or null. */
  readonly recordedStatus: string | null;
  /** A1 address of the status cell, null without a status column. */
  readonly recordedStatusCell: string | null;
  readonly cause: string | null;
  /** A1 address where the cause is (or would be) written: the cause column, else the actual cell. */
  readonly causeCell: string;
  readonly nextSteps: string | null;
  /** Columns the tool has no role for, kept by header. */
  readonly extra: Readonly<Record<string, string>>;
  /**
   * What a column of issues (課題, 問題点) says for this initiative, where the plan has no cause column of its own:
   * a delayed initiative without a recorded cause is given this, and a note says so.
   */
  readonly issues?: IssuesCell | null;
  /**
   * The deadline a column of deadlines gives the initiative as a date or month ("Timeframe": "Dec 2023"), and its cell:
   * work recorded as under way once it has come is late.
   */
  readonly deadline?: { readonly when: When; readonly cell: string } | null;
}

export interface IssuesCell {
  readonly text: string;
  readonly cell: string;
  readonly header: string;
}

export interface Plan {
  readonly sheet: string;
  /** The first text above the header, where staff put the plan's title. */
  readonly title: string | null;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: readonly PlanColumn[];
  /** The evaluated fiscal year, from a header such as "R2年度末実績" or given. */
  readonly year: FiscalYear | null;
  readonly initiatives: readonly Initiative[];
  /** Targets and actuals written on rows of their own, a column per year (区分: 目標/実績): a year's step each. */
  readonly targetActualRows: boolean;
  /** What the sheet's legend says its rating marks mean ("B：やや遅れている"), by mark in lower case; empty without one. */
  readonly statusLegend: StatusLegend;
  /** The day a line above the header says the figures are as of ("令和3年5月31日現在"), as deadlines.ts writes a day. */
  readonly asOf?: number | null;
}

export type StatusLegend = ReadonlyMap<string, { readonly status: Exclude<Status, 'unknown'>; readonly words: string }>;

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'causeMissing'
  | 'statusUnknown'
  | 'statusPending'
  | 'actualPending'
  | 'statusContradiction'
  | 'suspectThousands'
  | 'causeFromIssues'
  | 'otherTableBelow'
  | 'actualSummed'
  | 'comparedWithLastYear'
  | 'cutFromBaseline'
  | 'approximateTarget'
  | 'delayedByCause'
  | 'statusLegend'
  | 'statusRemarkSetAside'
  | 'directionFromColumn'
  | 'lastYearMissing'
  | 'judgedByDeadline'
  | 'underWayPastDeadline'
  | 'fractionForPercent'
  | 'actualIsStatement'
  | 'unitMismatch'
  | 'cellError'
  | 'formulaNotComputed'
  | 'unexpectedCellType'
  | 'noTargetForYear'
  | 'directionCarriedDown'
  | 'targetNotPositive'
  | 'indicatorCountMismatch'
  | 'actualYearDiffers'
  | 'actualMissing'
  | 'yearInferred'
  | 'yearFromTitle'
  | 'yearFromActuals'
  | 'targetActualRows'
  | 'noYearColumn'
  | 'noActualsForYear'
  | 'stepAsPlanned'
  | 'yearActualBlank'
  | 'columnIgnored'
  | 'otherPlanSheets'
  | 'lowerIsBetterByName'
  | 'lowerIsBetterByBaseline'
  | 'actualFromForecast'
  | 'statusFromActual'
  | 'targetUnreadable';

export interface Problem {
  readonly cell: string;
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** Values for the message: the text found, the year, etc. */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface IndicatorResult {
  readonly name: string;
  /** See Indicator.nameWritten. */
  readonly nameWritten?: string;
  readonly target: Quantity | null;
  readonly actual: Quantity | null;
  readonly direction: Direction;
  readonly reduction: boolean;
  /** actual ÷ target (higher is better) or target ÷ actual (lower is better); null when not measured. */
  readonly rate: number | null;
  readonly status: Status;
  readonly grade: string | null;
  readonly targetText: string;
  readonly actualText: string;
  /** See Indicator.actualWritten. */
  readonly actualWritten: string;
  /** See Indicator.targetWritten. */
  readonly targetWritten?: string;
  /** See Indicator.actualDate. */
  readonly actualDate: When | null;
  readonly targetCell: string;
  /** Every year's target, for revising next years' targets (the indicator's own list, shared). */
  readonly series: readonly TargetPoint[];
  readonly actualCell: string;
}

export type CauseCategory = 'pandemic' | 'budget' | 'coordination' | 'staffing' | 'schedule' | 'other';

export interface InitiativeResult {
  readonly row: number;
  readonly id: string;
  readonly pillar: string;
  readonly name: string;
  readonly status: Status;
  readonly grade: string | null;
  readonly rate: number | null;
  /** True when judged from the recorded status rather than from values. */
  readonly qualitative: boolean;
  readonly recordedStatus: string | null;
  readonly cause: string | null;
  readonly causeCell: string | null;
  readonly causeCategory: CauseCategory | null;
  readonly nextSteps: string | null;
  readonly indicators: readonly IndicatorResult[];
  readonly extra: Readonly<Record<string, string>>;
}

export interface Counts {
  readonly total: number;
  /** achieved + on-track: the report's 順調. */
  readonly onTrack: number;
  readonly achieved: number;
  readonly delayed: number;
  readonly unknown: number;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly year: FiscalYear | null;
  readonly counts: Counts;
  readonly initiatives: readonly InitiativeResult[];
  readonly problems: readonly Problem[];
}
