/** Whether an initiative's rate can be trusted as it stands, for every view that shows it. */
import type { InitiativeResult } from './model';

/** A value read from a cell that looks mistyped ("2.000件"): its rate means nothing until the cell is checked. */
export function hasSuspectValue(i: InitiativeResult): boolean {
  return i.indicators.some((ind) => ind.target?.suspicion != null || ind.actual?.suspicion != null);
}
