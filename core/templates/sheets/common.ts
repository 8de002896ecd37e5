/** Small pieces shared by the sheet modules. */
import type { ValidationSpec } from '../types';

/** An ISO date (`2025-06-30`) as a spreadsheet serial number (days since 1899-12-30). */
export function isoDateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A date from 2000-01-01 to 2100-12-31: a year typed as 25 or 20250630 typed as a number is refused. */
export function dateValidation(range: string, prompt: string, errorMessage: string): ValidationSpec {
  return { range, type: 'date', min: isoDateSerial('2000-01-01'), max: isoDateSerial('2100-12-31'), prompt, errorMessage };
}

/** A percentage typed as a fraction: 80% or 0.8 is fine, 80 is refused with a hint. */
export function fractionValidation(range: string, what: string): ValidationSpec {
  return {
    range,
    type: 'decimal',
    min: 0,
    max: 1,
    prompt: `${what}: type a percentage such as 80% (or 0.8).`,
    errorMessage: `${what} must be between 0% and 100%. Type 80% or 0.8 — not 80.`,
  };
}

export function moneyValidation(range: string, what: string): ValidationSpec {
  return { range, type: 'decimal', min: 0, prompt: `${what}: an amount of money, 0 or more.`, errorMessage: `${what} must be a number of 0 or more (type 0 when there is none).` };
}

export function listValidation(range: string, values: readonly string[], what: string): ValidationSpec {
  return { range, type: 'list', values, prompt: `Pick the ${what} from the list.`, errorMessage: `Choose one of: ${values.join(', ')}.` };
}

export const TAB = {
  Guide: '#7F7F7F',
  Strategy: '#1F3864',
  Alignment: '#1F6FB2',
  Impact: '#2E7D32',
  ROI: '#C55A11',
  Plan: '#7030A0',
  Partners: '#00838F',
  Measures: '#375623',
  Dashboard: '#BF9000',
  ProgramReport: '#8E7CC3',
  OperationsReport: '#8E7CC3',
  SummaryReport: '#8E7CC3',
  Learning: '#0B5394',
  Mappings: '#0B5394',
  History: '#595959',
} as const;

/**
 * A COUNTIFS / SUMIFS / AVERAGEIFS criterion that matches `cell`'s text literally: `~`, `*` and `?`
 * escaped with `~` (in a criterion they are wildcards; Excel, Google Sheets and LibreOffice alike), so
 * an initiative called `Sales*` counts its own records only, as the core compares names.
 */
export function literalCriterion(cell: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

export const BAD = { fill: '#F8D7DA', fontColor: '#9C0006' } as const;
export const WARN = { fill: '#FFF2CC', fontColor: '#7F6000' } as const;
export const GOOD = { fill: '#E2EFDA', fontColor: '#375623' } as const;
