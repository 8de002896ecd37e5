/**
 * The alignment functions' edges as docs/functions.md states them: blank and bad strengths (an error
 * in its own row for ALIGNMENT_SCORE, for the whole result elsewhere), max_strength and min_strength
 * (blank takes the default, 1 is the smallest allowed), weights and budgets that do not match, add up
 * to 0 or are negative, and the exact messages a person sees. Each expected value is computed by hand
 * in its label from the documented formulas:
 *   ALIGNMENT_SCORE = 100 × Σ wⱼ sⱼ / (max × Σ wⱼ), PORTFOLIO_ALIGNMENT = Σ budgetᵢ scoreᵢ / Σ budgetᵢ,
 *   OBJECTIVE_COVERAGE = Σ wⱼ over supported objectives / Σ wⱼ.
 */
import { evaluate } from '../index';
import { expectResult } from '../../test/support/results';

const err = (error: string, message: string) => ({ error, message });

const NOT_WHOLE_R2C1 = 'A strength (row 2, column 1) is not a whole number; use 0, 1, 2 or 3.';
const OUTSIDE_R2C1 = 'A strength (row 2, column 1) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).';
const MAX_INVALID = 'max_strength must be a whole number of 1 or more (usually 3).';
const MIN_INVALID = 'min_strength must be a whole number of 1 or more (usually 2).';
const WEIGHTS_ZERO = 'weights add up to 0; give at least one objective a priority weight above 0.';

describe('ALIGNMENT_SCORE', () => {
  test.each([
    ['an entirely blank row gives blank; 100 × (3 + 2) / (3 × 2)', [[[3, 2], ['', '']], [[1, 1]]], [[500 / 6], ['']]],
    ['a blank cell counts 0 (100 × 3 / (3 × 2))', [[[3, '']], [[1, 1]]], [[50]]],
    ['a missing cell (null) counts 0', [[[3, null]], [[1, 1]]], [[50]]],
    ['a blank weight counts 0: the only link is on it', [[[3, 0]], [['', 1]]], [[0]]],
    ['weights in a column work as a row does', [[[3, 0]], [[1], [3]]], [[25]]],
    ['max_strength 1, the smallest allowed: 100 × 1 / (1 × 2)', [[[1, 0]], [[1, 1]], 1], [[50]]],
    ['max_strength 4 allows a 4: 100 × (3 + 2) / 8 and 100 × 4 / 8', [[[3, 2], [0, 4]], [[1, 1]], 4], [[62.5], [50]]],
    ['blank max_strength is 3', [[[3, 2]], [[1, 1]], ''], [[500 / 6]]],
    ['a large max_strength (4 × 10⁹) and strength (3 × 10⁹): 100 × 3e9 / (4e9 × 2)', [[[3e9, 0]], [[1, 1]], 4e9], [[37.5]]],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('ALIGNMENT_SCORE', args as never), expected);
  });

  // Row 1 is {3, 2} with weights {1, 1}: 100 × 5 / (3 × 2) at max 3, 100 × 5 / (4 × 2) = 62.5 at max 4.
  test.each([
    ['1.5 is not a whole number', [[[3, 2], [1.5, 0]], [[1, 1]]], 500 / 6, err('#NUM!', NOT_WHOLE_R2C1)],
    ['−1 is below 0', [[[3, 2], [-1, 0]], [[1, 1]]], 500 / 6, err('#NUM!', OUTSIDE_R2C1)],
    ['4 is above the default 3', [[[3, 2], [0, 4]], [[1, 1]]], 500 / 6,
      err('#NUM!', 'A strength (row 2, column 2) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).')],
    ['5 is above max_strength 4, and the message names 4', [[[3, 2], [0, 5]], [[1, 1]], 4], 62.5,
      err('#NUM!', 'A strength (row 2, column 2) is outside 0 to 4; use 0 (none), 1 (indirect), 2 (direct) or 4 (primary).')],
    ['text', [[[3, 2], [0, 'x']], [[1, 1]]], 500 / 6, err('#VALUE!', 'strengths (row 2, column 2) must be a number, but it is the text "x".')],
    ['TRUE', [[[3, 2], [0, true]], [[1, 1]]], 500 / 6, err('#VALUE!', 'strengths (row 2, column 2) must be a number, but it is TRUE.')],
    ['an error cell keeps its code', [[[3, 2], [0, '#N/A']], [[1, 1]]], 500 / 6,
      err('#N/A', 'strengths (row 2, column 2) is an error (#N/A); fix that cell first.')],
  ])('a bad strength is an error in its own row only: %s', (_label, args, rowOne, rowTwo) => {
    const result = evaluate('ALIGNMENT_SCORE', args as never) as unknown[][];
    expectResult([result[0]], [[rowOne]]);
    expect(result[1]).toEqual([rowTwo]);
    expect(result).toHaveLength(2);
  });

  test.each([
    ['weights of the wrong length', [[[3, 2]], [[1, 1, 1]]],
      err('#VALUE!', 'weights has 3 values but strengths needs 2 (one per objective column); give one weight for each.')],
    ['a text weight', [[[3, 2]], [[1], ['x']]], err('#VALUE!', 'weights (row 2) must be a number, but it is the text "x".')],
    ['a negative weight', [[[3, 2]], [[1], [-1]]], err('#NUM!', 'weights (row 2) must be 0 or more.')],
    ['weights adding up to 0 (a 0 and a blank)', [[[3, 2]], [[0], ['']]], err('#DIV/0!', WEIGHTS_ZERO)],
    ['max_strength 0', [[[1, 0]], [[1, 1]], 0], err('#NUM!', MAX_INVALID)],
    ['max_strength 2.5', [[[1, 0]], [[1, 1]], 2.5], err('#NUM!', MAX_INVALID)],
    ['max_strength text', [[[1, 0]], [[1, 1]], 'x'], err('#VALUE!', 'max_strength must be a number, but it is the text "x".')],
    ['max_strength an error cell', [[[1, 0]], [[1, 1]], '#REF!'], err('#REF!', 'max_strength is an error (#REF!); fix that cell first.')],
  ])('a whole-result error: %s', (_label, args, expected) => {
    expect(evaluate('ALIGNMENT_SCORE', args as never)).toEqual(expected);
  });
});

describe('PORTFOLIO_ALIGNMENT', () => {
  test.each([
    ['a zero budget counts as an initiative but weighs nothing: 100 × 100 / 100', [[[3], [0]], 1, [[100], [0]]], 100],
    ['max_strength 2: (100 × 100 + 50 × 300) / 400', [[[2], [1]], 1, [[100], [300]], 2], 62.5],
    ['weights {1;2}: scores 100 × 1 × 3 / 9 and 100 × 2 × 2 / 9, budgets 200 and 100',
      [[[3, 0], [0, 2]], [[1], [2]], [[200], [100]]], (200 * (100 / 3) + 100 * (400 / 9)) / 300],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('PORTFOLIO_ALIGNMENT', args as never), expected);
  });

  test.each([
    ['budgets of the wrong length', [[[3], [0]], 1, [[100]]],
      err('#VALUE!', 'budgets has 1 values but strengths needs 2 (one per initiative row); give one budget for each.')],
    ['every budget 0', [[[3], [0]], 1, [[0], [0]]], err('#DIV/0!', 'budgets add up to 0; at least one initiative needs a budget above 0.')],
    ['an empty table: no links, no budgets', [[[''], ['']], 1, [[''], ['']]],
      err('#N/A', 'strengths has no initiatives with links or budgets; there is nothing to score.')],
    ['a negative budget', [[[3], [2]], 1, [[100], [-1]]], err('#NUM!', 'budgets (row 2) must be 0 or more.')],
    ['a text budget', [[[3], [2]], 1, [[100], ['x']]], err('#VALUE!', 'budgets (row 2) must be a number, but it is the text "x".')],
    ['links with a blank budget', [[[3], [2]], 1, [[100], ['']]], err('#N/A', 'budgets (row 2) is blank for an initiative that has links; enter its budget.')],
    ['a bad strength is an error for the whole result', [[[3], [7]], 1, [[100], [100]]],
      err('#NUM!', 'A strength (row 2) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).')],
    ['max_strength 0', [[[2], [1]], 1, [[100], [300]], 0], err('#NUM!', MAX_INVALID)],
    ['weights adding up to 0', [[[2], [1]], 0, [[100], [300]]], err('#DIV/0!', WEIGHTS_ZERO)],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('PORTFOLIO_ALIGNMENT', args as never)).toEqual(expected);
  });
});

describe('ALIGNED_SHARE', () => {
  test.each([
    ['no maximum: a 5 is a link like any other', [[[2, 0], [5, 0]]], 1],
    ['min_strength 5: only the 5 counts', [[[2, 0], [5, 0]], 5], 0.5],
    ['blank min_strength is 2', [[[2, 0], [1, 0]], ''], 0.5],
    ['min_strength 1, the smallest allowed, counts indirect links', [[[2, 0], [1, 0]], 1], 1],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('ALIGNED_SHARE', args as never), expected);
  });

  test.each([
    ['a negative strength (named "outside 0 to 3")', [[[2, 0], [-1, 0]]], err('#NUM!', OUTSIDE_R2C1)],
    ['a fractional strength', [[[2, 0], [0.5, 0]]], err('#NUM!', NOT_WHOLE_R2C1)],
    ['min_strength 1.5', [[[2, 0], [1, 0]], 1.5], err('#NUM!', MIN_INVALID)],
    ['min_strength text', [[[2, 0], [1, 0]], 'x'], err('#VALUE!', 'min_strength must be a number, but it is the text "x".')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('ALIGNED_SHARE', args as never)).toEqual(expected);
  });
});

describe('OBJECTIVE_COVERAGE', () => {
  test.each([
    ['min_strength 1: both objectives supported', [[[2, 0], [0, 1]], [[1, 3]], 1], 1],
    ['default 2: only the first (weight 1 of 4)', [[[2, 0], [0, 1]], [[1, 3]]], 0.25],
    ['the strongest link of any row counts: objective 2 gets 2 from row 2, 3 of 4', [[[0, 1], [0, 2], [1, 0]], [[1, 3]]], 0.75],
    ['min_strength 7 and a 7: no maximum here, 3 of 4', [[[2, 0], [0, 7]], [[1, 3]], 7], 0.75],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('OBJECTIVE_COVERAGE', args as never), expected);
  });

  test.each([
    ['a negative strength', [[[2, 0], [-1, 0]], [[1, 1]]], err('#NUM!', OUTSIDE_R2C1)],
    ['min_strength 0', [[[2, 0], [0, 1]], [[1, 3]], 0], err('#NUM!', MIN_INVALID)],
    ['weights of the wrong length', [[[2, 0], [0, 1]], [[1, 3, 4]]],
      err('#VALUE!', 'weights has 3 values but strengths needs 2 (one per objective column); give one weight for each.')],
    ['weights adding up to 0', [[[2, 0]], [[0, 0]]], err('#DIV/0!', WEIGHTS_ZERO)],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('OBJECTIVE_COVERAGE', args as never)).toEqual(expected);
  });
});

describe('COVERAGE_GAPS', () => {
  test.each([
    ['objectives in a column spill down', [[['A'], ['B'], ['C']], [[2, 0, 1]]], [['B'], ['C']]],
    ['objectives in a row spill across', [[['A', 'B', 'C']], [[2, 0, 1]]], [['B', 'C']]],
    ['a gap in the first column too, across rows of strengths', [[['A', 'B', 'C']], [[0, 2, 1], [1, 3, 0]]], [['A', 'C']]],
    ['numbers as names are written as text', [[[2024, 2025]], [[2, 0]]], [['2025']]],
    ['a single name, not a range', ['A', 0], [['A']]],
    ['min_strength 1: every objective supported, one empty cell', [[['A', 'B']], [[2, 0], [0, 1]], 1], [['']]],
    ['min_strength 3: the 2 is not enough', [[['A', 'B']], [[2, 0], [0, 3]], 3], [['A']]],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('COVERAGE_GAPS', args as never)).toEqual(expected);
  });

  test.each([
    ['names and columns of different counts', [[['A', 'B']], [[2, 0, 1]]],
      err('#VALUE!', 'objectives has 2 values but strengths needs 3 (one per column of strengths); give one objective for each.')],
    ['an error cell among the names keeps its code', [[['A'], ['#REF!'], ['C']], [[2, 0, 1]]],
      err('#REF!', 'objectives (row 2) is an error (#REF!); fix that cell first.')],
    ['a bad strength is an error for the whole result', [[['A', 'B']], [[2, 0], [0, -1]]],
      err('#NUM!', 'A strength (row 2, column 2) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).')],
    ['min_strength 0', [[['A', 'B']], [[2, 0], [0, 1]], 0], err('#NUM!', MIN_INVALID)],
    ['blank objectives', ['', 0], err('#N/A', 'objectives is required but was left blank.')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('COVERAGE_GAPS', args as never)).toEqual(expected);
  });
});

describe('every alignment function reads its ranges the same way', () => {
  const RAGGED = err('#VALUE!', 'strengths is not rectangular: row 2 has a different number of cells.');
  test.each([
    ['ALIGNMENT_SCORE', [[[1, 2], [3]], [[1, 1]]]],
    ['PORTFOLIO_ALIGNMENT', [[[1, 2], [3]], [[1, 1]], [[1], [1]]]],
    ['ALIGNED_SHARE', [[[1, 2], [3]]]],
    ['OBJECTIVE_COVERAGE', [[[1, 2], [3]], [[1, 1]]]],
    ['COVERAGE_GAPS', [[['A', 'B']], [[1, 2], [3]]]],
  ])('%s: a strengths range with rows of different lengths is #VALUE!', (name, args) => {
    expect(evaluate(name, args as never)).toEqual(RAGGED);
  });

  test.each([
    ['ALIGNMENT_SCORE', [[[3, 2]], [[1, 1], [1, 1]]], err('#VALUE!', 'weights must be a single row or a single column, but it is 2 rows by 2 columns.')],
    ['PORTFOLIO_ALIGNMENT', [[[3], [2]], 1, ''], err('#N/A', 'budgets is required but was left blank.')],
    ['PORTFOLIO_ALIGNMENT', [[[3], [2]], 1, [[1, 1], [1, 1]]],
      err('#VALUE!', 'budgets must be a single row or a single column, but it is 2 rows by 2 columns.')],
    ['PORTFOLIO_ALIGNMENT', [[[3], [2]], 1, [[1], [1]], 'x'], err('#VALUE!', 'max_strength must be a number, but it is the text "x".')],
    ['OBJECTIVE_COVERAGE', [[[2, 0]], [[1, 1]], 'x'], err('#VALUE!', 'min_strength must be a number, but it is the text "x".')],
    ['COVERAGE_GAPS', [[['A', 'B']], [[2, 0]], 'x'], err('#VALUE!', 'min_strength must be a number, but it is the text "x".')],
  ])('%s(%j): the message names the argument', (name, args, expected) => {
    expect(evaluate(name, args as never)).toEqual(expected);
  });

  test('ALIGNMENT_SCORE: a one-objective row holding only a bad strength is still an error; 2 scores 100 × 2 / 3', () => {
    expect(evaluate('ALIGNMENT_SCORE', [[[4], [-1], [1.5], [2]], 1])).toEqual([
      [err('#NUM!', 'A strength (row 1) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).')],
      [err('#NUM!', 'A strength (row 2) is outside 0 to 3; use 0 (none), 1 (indirect), 2 (direct) or 3 (primary).')],
      [err('#NUM!', 'A strength (row 3) is not a whole number; use 0, 1, 2 or 3.')],
      [expect.closeTo(200 / 3, 12)],
    ]);
  });
});
