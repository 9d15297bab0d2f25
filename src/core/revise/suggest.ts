/**
 * Suggested next-year targets, as planners revise them after the evaluation: keep a target the initiative is
 * on course for, raise one this year's actual already passes (the report raised AI-OCR pages from 2万 to 6.7万
 * after 6.2万 were reached), keep but flag one that is delayed. The rule is data; the pane shows which rule and
 * which reason produced each suggestion.
 */
import { higherIsBetter, type Direction } from '../quantity-types';
import type { Status } from '../model';

export interface SuggestionRule {
  readonly name: 'keepOrRaiseToActual';
  /** Significant digits kept when rounding a raised target: 2 turns 61,840 into 62,000. */
  readonly significantDigits: number;
  /** Extra growth on top of the actual when raising: 0.1 = 10% above this year's actual. */
  readonly growth: number;
}

export const DEFAULT_SUGGESTION_RULE: SuggestionRule = { name: 'keepOrRaiseToActual', significantDigits: 2, growth: 0 };

export type SuggestionReason = 'keepOnCourse' | 'raiseToActual' | 'lowerToActual' | 'keepDelayed';

export interface Suggestion {
  readonly value: number;
  readonly reason: SuggestionReason;
  readonly rule: SuggestionRule['name'];
}

export interface SuggestionInput {
  readonly status: Status;
  readonly direction: Direction;
  /** This year's actual, when measured. */
  readonly actual: number | null;
  /** The next year's target as it stands. */
  readonly current: number;
}

/** A step that suits the magnitude: 62,000 → 1,000; 490 → 10; 51 → 1; 0.4 → 0.01. */
export function stepFor(value: number, significantDigits: number): number {
  if (value <= 0) return 1;
  const magnitude = Math.floor(Math.log10(value));
  return 10 ** (magnitude - significantDigits + 1);
}

function roundTo(value: number, step: number, up: boolean): number {
  const rounded = (up ? Math.ceil(value / step - 1e-9) : Math.floor(value / step + 1e-9)) * step;
  // Steps below 1 leave binary fractions behind (0.30000000000000004).
  return Math.round(rounded * 1e6) / 1e6;
}

export function suggestNextTarget(input: SuggestionInput, rule: SuggestionRule = DEFAULT_SUGGESTION_RULE): Suggestion {
  const keep = (reason: SuggestionReason): Suggestion => ({ value: input.current, reason, rule: rule.name });
  if (input.status === 'delayed') return keep('keepDelayed');
  if (input.actual === null) return keep('keepOnCourse');
  const higher = higherIsBetter(input.direction);
  if (higher && input.actual >= input.current) {
    const wanted = input.actual * (1 + rule.growth);
    return { value: roundTo(wanted, stepFor(wanted, rule.significantDigits), true), reason: 'raiseToActual', rule: rule.name };
  }
  if (!higher && input.actual <= input.current) {
    const wanted = input.actual * (1 - rule.growth);
    return { value: roundTo(wanted, stepFor(wanted, rule.significantDigits), false), reason: 'lowerToActual', rule: rule.name };
  }
  return keep('keepOnCourse');
}
