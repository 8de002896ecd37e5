/**
 * BREAKEVEN_ISOLATION, ROI_SENSITIVITY and ROI_SIMULATE given what a person might type, as
 * docs/functions.md states it: which error wins, where an error lands in the what-if table, the
 * bounds of trials and seed (both ends), the order of the low / likely / high estimates, and the exact
 * messages. The distributions themselves are checked in uncertainty.test.ts; values here are by hand.
 */
import { evaluate } from '../index';
import { expectResult } from '../../test/support/results';

const err = (error: string, message: string) => ({ error, message });
const NOTHING = 'gross_benefit × confidence is 0, so no share of the improvement can pay for the program.';
const TRIALS = err('#NUM!', 'trials must be a whole number from 100 to 100,000 (default 10,000).');
const SEED = err('#NUM!', 'seed must be a whole number from 0 to 4,294,967,295 (default 1).');
const ORDER_COST = err('#NUM!', 'cost_low, cost_likely and cost_high must be in order, cost_low ≤ cost_likely ≤ cost_high; swap the values that are out of order.');
const ORDER_BENEFIT = err('#NUM!',
  'benefit_low, benefit_likely and benefit_high must be in order, benefit_low ≤ benefit_likely ≤ benefit_high; swap the values that are out of order.');

describe('BREAKEVEN_ISOLATION', () => {
  test.each([
    ['no improvement', [0, 100000], err('#DIV/0!', NOTHING)],
    ['confidence 0, even for a loss: the #DIV/0! comes first', [-500000, 100000, 0], err('#DIV/0!', NOTHING)],
    ['a loss', [-500000, 100000],
      err('#NUM!', 'gross_benefit is negative: no share of a loss pays for the program. Enter the improvement as a positive amount.')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('BREAKEVEN_ISOLATION', args as never)).toEqual(expected);
  });

  test('elementwise: the zero improvement is an error in its own row; 100,000 / 500,000 = 0.2', () => {
    expect(evaluate('BREAKEVEN_ISOLATION', [[[0], [500000]], 100000])).toEqual([[err('#DIV/0!', NOTHING)], [0.2]]);
  });
});

describe('ROI_SENSITIVITY', () => {
  test('a bad isolation value is an error across its row, a bad confidence value down its column', () => {
    const fraction80 = err('#NUM!', 'isolation_values (row 2) must be a fraction between 0 and 1: enter 80% (or 0.8), not 80.');
    expect(evaluate('ROI_SENSITIVITY', [500000, 100000, [[0.5], [80]], [[0.8, 'x']]])).toEqual([
      // (500,000 × 0.5 × 0.8 − 100,000) / 100,000 = 1
      [1, err('#VALUE!', 'confidence_values (column 2) must be a number, but it is the text "x".')],
      [fraction80, fraction80],
    ]);
  });

  test('lists the other way round: the messages name the cells where they are', () => {
    const isolation = err('#NUM!', 'isolation_values (column 2) must be a fraction between 0 and 1: enter 80% (or 0.8), not 80.');
    expect(evaluate('ROI_SENSITIVITY', [500000, 100000, [[0.5, 80]], [[0.8], [1.5]]])).toEqual([
      [1, err('#NUM!', 'confidence_values (row 2) must be a fraction between 0 and 1: enter 1.5% (or 0.015), not 1.5.')],
      [isolation, isolation],
    ]);
  });

  test.each([
    ['a bad isolation value wins over a bad confidence value', [[['x']], [[2]]],
      err('#VALUE!', 'isolation_values must be a number, but it is the text "x".')],
    ['a negative isolation value wins over an error cell', [[[-0.1]], [['#N/A']]],
      err('#NUM!', 'isolation_values must be a fraction between 0 and 1 (for example 80% or 0.8).')],
    ['a bad confidence value wins over a blank isolation value', [[['']], [[2]]],
      err('#NUM!', 'confidence_values must be a fraction between 0 and 1: enter 2% (or 0.02), not 2.')],
    ['an error cell among the confidence values keeps its code', [[[0.5]], [['#N/A']]],
      err('#N/A', 'confidence_values is an error (#N/A); fix that cell first.')],
  ])('%s', (_label, [isolation, confidence], cell) => {
    expect(evaluate('ROI_SENSITIVITY', [500000, 100000, isolation, confidence] as never)).toEqual([[cell]]);
  });

  test.each([
    ['blank isolation_values', [500000, 100000, '', [[0.5]]], err('#N/A', 'isolation_values is required but was left blank.')],
    ['blank confidence_values', [500000, 100000, 0.5, ''], err('#N/A', 'confidence_values is required but was left blank.')],
    ['isolation_values two rows by two columns', [500000, 100000, [[0.5, 1], [0.2, 0.3]], [[0.5]]],
      err('#VALUE!', 'isolation_values must be a single row or a single column, but it is 2 rows by 2 columns.')],
    ['confidence_values two rows by two columns', [500000, 100000, [[0.5]], [[0.5, 1], [0.2, 0.3]]],
      err('#VALUE!', 'confidence_values must be a single row or a single column, but it is 2 rows by 2 columns.')],
    ['isolation_values with rows of different lengths', [500000, 100000, [[0.5], [0.6, 0.7]], [[0.5]]],
      err('#VALUE!', 'isolation_values is not rectangular: row 2 has a different number of cells.')],
    ['confidence_values with rows of different lengths', [500000, 100000, [[0.5]], [[0.5], [0.6, 0.7]]],
      err('#VALUE!', 'confidence_values is not rectangular: row 2 has a different number of cells.')],
    ['a two-cell gross_benefit', [[[1, 2]], 100000, 0.5, 0.5], err('#VALUE!', 'gross_benefit must be a single value, but it is 1 row by 2 columns.')],
    ['costs of 0', [500000, 0, 0.5, 0.8], err('#DIV/0!', 'costs is 0; costs must be greater than 0.')],
    ['negative costs', [500000, -1, 0.5, 0.8], err('#NUM!', 'costs is negative; costs must be greater than 0.')],
    ['text gross_benefit', ['x', 1, 0.5, 0.8], err('#VALUE!', 'gross_benefit must be a number, but it is the text "x".')],
    ['blank gross_benefit', ['', 1, 0.5, 0.8], err('#N/A', 'gross_benefit is required but was left blank.')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('ROI_SENSITIVITY', args as never)).toEqual(expected);
  });

  test('a blank confidence value leaves its column blank: (300,000 × 1 × 1 − 100,000) / 100,000 = 2', () => {
    expect(evaluate('ROI_SENSITIVITY', [300000, 100000, [[1], [0.5]], [[1, '']]])).toEqual([[2, ''], [0.5, '']]);
  });

  test('a negative gross_benefit is allowed: (−500,000 × 0.5 × 0.8 − 100,000) / 100,000 = −3', () => {
    expectResult(evaluate('ROI_SENSITIVITY', [-500000, 100000, 0.5, 0.8]), [[-3]]);
  });
});

describe('ROI_SIMULATE', () => {
  const point = [1, 1, 1, 100, 100, 100] as const; // ROI (1 − 100) / 100 = −0.99 in every trial

  test.each([
    ['100 trials, the fewest', [...point, 100, 1]],
    ['seed 4,294,967,295, the largest', [...point, 100, 4294967295]],
    ['seed 0, the smallest', [...point, 100, 0]],
  ])('%s: the point ROI −0.99, never above 0', (_label, args) => {
    expectResult(evaluate('ROI_SIMULATE', args as never), [[-0.99, -0.99, -0.99, 0]]);
  });

  test('ROI exactly 0 in every trial is not above 0: the probability is 0', () => {
    expectResult(evaluate('ROI_SIMULATE', [100, 100, 100, 100, 100, 100, 100, 1]), [[0, 0, 0, 0]]);
  });

  test.each([
    ['benefit_likely above benefit_high', [1, 2, 1, 100, 100, 100, 100, 1], ORDER_BENEFIT],
    ['cost_low above cost_likely', [1, 1, 1, 100, 90, 100, 100, 1], ORDER_COST],
    ['cost_likely above cost_high', [1, 1, 1, 100, 100, 90, 100, 1], ORDER_COST],
    ['cost_low of 0', [1, 1, 1, 0, 100, 100, 100, 1], err('#DIV/0!', 'cost_low is 0; cost_low must be greater than 0.')],
    ['a negative cost_low', [1, 1, 1, -1, 100, 100, 100, 1], err('#NUM!', 'cost_low is negative; cost_low must be greater than 0.')],
    ['cost_high of 0', [1, 1, 1, 100, 100, 0, 100, 1], err('#DIV/0!', 'cost_high is 0; cost_high must be greater than 0.')],
    ['blank benefit_low', ['', 1, 1, 100, 100, 100, 100, 1], err('#N/A', 'benefit_low is required but was left blank.')],
    ['blank cost_likely', [1, 1, 1, 100, '', 100, 100, 1], err('#N/A', 'cost_likely is required but was left blank.')],
    ['99 trials', [...point, 99, 1], TRIALS],
    ['100,001 trials', [...point, 100001, 1], TRIALS],
    ['150.5 trials', [...point, 150.5, 1], TRIALS],
    ['trials as text', [...point, 'x', 1], err('#VALUE!', 'trials must be a number, but it is the text "x".')],
    ['trials an error cell keeps its code', [...point, '#N/A', 1], err('#N/A', 'trials is an error (#N/A); fix that cell first.')],
    ['trials a two-cell range', [...point, [[100, 1]], 1], err('#VALUE!', 'trials must be a single value, but it is 1 row by 2 columns.')],
    ['seed as text', [...point, 100, 'x'], err('#VALUE!', 'seed must be a number, but it is the text "x".')],
    ['seed an error cell keeps its code', [...point, 100, '#N/A'], err('#N/A', 'seed is an error (#N/A); fix that cell first.')],
    ['seed a two-cell range', [...point, 100, [[1, 2]]], err('#VALUE!', 'seed must be a single value, but it is 1 row by 2 columns.')],
    ['seed −1', [...point, 100, -1], SEED],
    ['seed 4,294,967,296', [...point, 100, 4294967296], SEED],
    ['seed 0.5', [...point, 100, 0.5], SEED],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('ROI_SIMULATE', args as never)).toEqual(expected);
  });
});
