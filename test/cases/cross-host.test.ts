/**
 * The cross-host cases against the core itself, so a wrong expected value is caught without a build.
 * The same cases run through the built Excel bundle (excel-addin/test/functions.test.ts) and the
 * built Apps Script bundle (sheets-addon/test/functions.test.ts).
 */
import { evaluate } from '../../core';
import { expectResult } from '../support/results';
import { CROSS_HOST_CASES } from './cross-host';

test.each(CROSS_HOST_CASES.map((c) => [c.formula, c] as const))('%s', (_formula, c) => {
  try {
    expectResult(evaluate(c.name, c.args as never), c.result);
  } catch (e) {
    throw new Error(`${(e as Error).message} (source: ${c.source})`);
  }
});
