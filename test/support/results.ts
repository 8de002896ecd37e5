/**
 * Comparing results with documented values: numbers to a relative tolerance, errors by code (and a
 * non-empty message), blanks and text exactly, arrays by shape and cell.
 */
import { isErrorValue } from '../../core';
import type { ExampleResult } from '../../core/types';

export const RELATIVE_TOLERANCE = 1e-12;

export function closeTo(actual: number, expected: number, relative = RELATIVE_TOLERANCE): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), Math.abs(actual), 1e-300);
}

/** Describe the first difference between `actual` and `expected`, or return undefined if they match. */
export function difference(actual: unknown, expected: ExampleResult | unknown, relative = RELATIVE_TOLERANCE, where = 'result'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${where}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length) return `${where}: expected ${expected.length} rows, got ${actual.length}`;
    for (let r = 0; r < expected.length; r++) {
      const want = expected[r] as unknown[];
      const got = actual[r] as unknown[];
      if (!Array.isArray(got) || got.length !== want.length) return `${where}[${r}]: expected ${want.length} cells, got ${JSON.stringify(got)}`;
      for (let c = 0; c < want.length; c++) {
        const d = difference(got[c], want[c], relative, `${where}[${r}][${c}]`);
        if (d) return d;
      }
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null && 'error' in expected) {
    const code = (expected as { error: string }).error;
    if (!isErrorValue(actual)) return `${where}: expected ${code}, got ${JSON.stringify(actual)}`;
    if (actual.error !== code) return `${where}: expected ${code}, got ${actual.error} (${actual.message})`;
    if (actual.message.trim().length < 10) return `${where}: ${code} has no useful message`;
    return undefined;
  }
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !closeTo(actual, expected, relative)) return `${where}: expected ${expected}, got ${JSON.stringify(actual)}`;
    return undefined;
  }
  if (actual !== expected) return `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  return undefined;
}

/** jest assertion: throws with the first difference. */
export function expectResult(actual: unknown, expected: ExampleResult | unknown, relative = RELATIVE_TOLERANCE): void {
  const d = difference(actual, expected, relative);
  if (d) throw new Error(d);
}
