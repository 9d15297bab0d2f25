/** The action plan as the engine understands it, and the report it makes of it. */
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
}

/** Where a value came from, so that every message can name its cell. */
export interface CellRef {
  /** A1 address on the plan sheet. */
  readonly cell: string;
  /** 1-based sheet row. */
  readonly row: number;
}

/** One indicator of an initiative: a target per year and this year's actual. */
export interface Indicator {
  readonly name: string;
  /** Targets by fiscal year; the key `null` holds a target written without a year. */
  readonly targets: ReadonlyMap<FiscalYear | null, Quantity>;
  readonly actual: Quantity | null;
  /** Text of the target when it holds no measurable value (a qualitative target). */
  readonly targetText: string;
  readonly actualText: string;
  /** Direction stated outside the target cell (indicator name, unit column). */
  readonly impliedDirection: Direction | null;
  readonly impliedReduction: boolean;
  /** The actual cell says something about a value rather than reporting one. */
  readonly actualIsStatement: boolean;
  readonly targetRef: CellRef;
  readonly actualRef: CellRef;
  /** Where a year's target stands when not in the target cell (a "R3年度目標" column): year → A1. */
  readonly targetCells?: ReadonlyMap<FiscalYear | null, string>;
}

/** One year's target of an indicator and the cell it is written in. */
export interface TargetPoint {
  readonly year: FiscalYear | null;
  readonly value: number;
  readonly cell: string;
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
  readonly recordedStatusRef: CellRef | null;
  readonly cause: string | null;
  readonly causeRef: CellRef | null;
  readonly nextSteps: string | null;
  /** Columns the tool has no role for, kept by header. */
  readonly extra: Readonly<Record<string, string>>;
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
}

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'causeMissing'
  | 'statusUnknown'
  | 'statusContradiction'
  | 'suspectThousands'
  | 'actualIsStatement'
  | 'unitMismatch'
  | 'cellError'
  | 'unexpectedCellType'
  | 'noTargetForYear'
  | 'directionCarriedDown'
  | 'targetNotPositive'
  | 'indicatorCountMismatch';

export interface Problem {
  readonly cell: string;
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** Values for the message: the text found, the year, etc. */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface IndicatorResult {
  readonly name: string;
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
  readonly targetCell: string;
  /** Every year's target, for revising next years' targets. */
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
