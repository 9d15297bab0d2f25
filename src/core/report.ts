/**
 * The report as JSON, schemaVersion 1: the contract that the summary sheets, the task pane and other tools
 * read. Documented in the README; change it only with a new schemaVersion.
 */
import type { Evaluation, IndicatorResult, InitiativeResult } from './model';
import { problemMessage, type Lang } from './messages';
import { formatYearLabel } from './quantity';
import type { Quantity } from './quantity-types';

export interface ReportQuantity {
  value: number;
  unit: string | null;
  direction?: string;
  reduction?: boolean;
  perYear?: boolean;
  cumulative?: boolean;
  approximate?: boolean;
}

function quantityJson(q: Quantity | null, withDirection: boolean, direction?: string): ReportQuantity | null {
  if (q === null) return null;
  const shown = withDirection && direction ? direction : undefined;
  // The usual quantities, each made as one object literal of its final shape: a property added to an object after
  // it is made costs a new shape and a separate property store in V8, for each of a report's many quantities.
  if (!q.cumulative && !q.approximate && !(q.reduction && q.perYear)) {
    if (shown === undefined) {
      if (q.perYear) return { value: q.value, unit: q.unit, perYear: true };
      if (q.reduction) return { value: q.value, unit: q.unit, reduction: true };
      return { value: q.value, unit: q.unit };
    }
    if (q.perYear) return { value: q.value, unit: q.unit, direction: shown, perYear: true };
    if (q.reduction) return { value: q.value, unit: q.unit, direction: shown, reduction: true };
    return { value: q.value, unit: q.unit, direction: shown };
  }
  const json: ReportQuantity = { value: q.value, unit: q.unit };
  if (shown !== undefined) json.direction = shown;
  if (q.reduction) json.reduction = true;
  if (q.perYear) json.perYear = true;
  if (q.cumulative) json.cumulative = true;
  if (q.approximate) json.approximate = true;
  return json;
}

function roundRate(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10000) / 10000;
}

function indicatorJson(i: IndicatorResult) {
  return {
    name: i.name,
    target: quantityJson(i.target, true, i.direction),
    actual: quantityJson(i.actual, false),
    targetText: i.targetText,
    actualText: i.actualText,
    rate: roundRate(i.rate),
    status: i.status,
    grade: i.grade,
    targetCell: i.targetCell,
    actualCell: i.actualCell,
  };
}

function initiativeJson(i: InitiativeResult) {
  return {
    row: i.row,
    id: i.id,
    pillar: i.pillar,
    name: i.name,
    status: i.status,
    grade: i.grade,
    rate: roundRate(i.rate),
    qualitative: i.qualitative,
    recordedStatus: i.recordedStatus,
    cause: i.cause,
    causeCell: i.causeCell,
    causeCategory: i.causeCategory,
    nextSteps: i.nextSteps,
    indicators: i.indicators.map(indicatorJson),
    extra: i.extra,
  };
}

export function reportJson(evaluation: Evaluation, workbook: string, lang: Lang) {
  return {
    schemaVersion: 1 as const,
    workbook,
    sheet: evaluation.plan.sheet,
    headerRow: evaluation.plan.headerRow,
    year: evaluation.year === null ? null : formatYearLabel(evaluation.year, 'ja'),
    fiscalYear: evaluation.year,
    counts: evaluation.counts,
    initiatives: evaluation.initiatives.map(initiativeJson),
    problems: evaluation.problems.map((p) => ({ cell: p.cell, severity: p.severity, code: p.code, message: problemMessage(lang, p) })),
  };
}

export type ReportJson = ReturnType<typeof reportJson>;
