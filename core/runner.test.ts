/**
 * The runner's two-column fast path (two ranges of one column, the usual ROI/BCR call) gives exactly
 * what the general cell-by-cell path gives, for any mix of cells: numbers, extremes, zero and negative
 * costs, text, blanks, booleans, dates and error cells.
 */
import fc from 'fast-check';
import { evaluate, hostRows, isErrorValue } from './index';
import type { CellResult } from './types';

const code = (v: unknown) => (isErrorValue(v) ? { error: v.error } : v);

const cell = fc.oneof(
  fc.double(), fc.constantFrom(0, -1, 1e308, -1e308, 5e-324, Number.MAX_VALUE), fc.integer(),
  fc.constantFrom('', ' ', null, undefined, true, '#N/A', '#DIV/0!', 'abc', '12', new Date(Date.UTC(2025, 5, 30)), { code: '#REF!' }),
);

test.each(['ROI', 'BCR', 'NET_BENEFITS', 'PAYBACK_MONTHS', 'COST_PER_PARTICIPANT'])('%s over two columns equals the same call cell by cell', (name) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }), (rows) => {
      const columns = evaluate(name, [rows.map(([a]) => [a]), rows.map(([, b]) => [b])] as never) as unknown[][];
      const byCell = rows.map(([a, b]) => [evaluate(name, [a, b] as never)]);
      // Messages differ only by the position a range adds ("costs (row 2) is 0"), so codes and values are compared.
      expect(columns.map((row) => row.map(code))).toEqual(byCell.map((row) => row.map(code)));
      columns.forEach((row, r) => {
        const message = (row[0] as { message?: string }).message;
        if (message !== undefined && rows.length > 1 && !/result is too large/.test(message)) expect(message).toContain(`(row ${r + 1})`);
      });
    }),
    { numRuns: 300 },
  );
});

describe('the runner: shapes, blanks, errors and argument counts as docs/functions.md states them', () => {
  // Values by hand: ROI = (b − c) / c; ADJUSTED_BENEFIT = g × i × c; PARTICIPANT_COST = p × h × r × (1 + l).
  test.each([
    ['a row against a column of the same length pairs them, in the first range\'s shape', 'ROI', [[[300, 200]], [[100], [100]]], [[2, 1]]],
    ['a column against a row of the same length', 'ROI', [[[300], [200]], [[100, 100]]], [[2], [1]]],
    ['a one-cell range among larger ones is a single value', 'ADJUSTED_BENEFIT', [[[100], [200]], [[0.5]], 1], [[50], [100]]],
    ['a one-cell range first, then a larger range that sets the shape', 'ROI', [[[300]], [[100], [150]]], [[2], [1]]],
    ['two one-cell ranges, then a larger one: both are single values', 'ADJUSTED_BENEFIT', [[[1000]], [[0.5]], [[0.5], [1]]], [[250], [500]]],
    ['a single value applies to every cell of a 2-D range', 'ROI', [[[200, 300], [400, 500]], 100], [[1, 2], [3, 4]]],
    ['a one-cell range alone spills one cell, not a single value', 'ROI', [[[300]], [[100]]], [[2]]],
    ['a blank optional cell in a range takes its default (benefits_loading 0)', 'PARTICIPANT_COST', [[[10], [10]], 8, 50, [[0.5], ['']]], [[6000], [4000]]],
  ])('%s', (_what, name, args, expected) => {
    expect(evaluate(name as string, args as never)).toEqual(expected);
  });

  test('shapes that do not pair are #VALUE! naming both ranges and their shapes', () => {
    expect(evaluate('ADJUSTED_BENEFIT', [[[1], [2]], [[0.5, 0.5, 0.5]], 1])).toEqual({
      error: '#VALUE!',
      message: 'gross_benefit is 2 rows by 1 column but isolation is 1 row by 3 columns; ranges must be the same size (or one of them a single value).',
    });
    expect(evaluate('ROI', [[[1, 2], [3, 4]], [[1, 2]]])).toMatchObject({ error: '#VALUE!' });
    expect(evaluate('ROI', [[[1, 2]], [[1], [2], [3]]])).toMatchObject({ error: '#VALUE!' });
  });

  test('in a cell, the first argument\'s error wins, and an error wins over a blank', () => {
    expect(evaluate('ADJUSTED_BENEFIT', ['x', 80, 1])).toEqual({ error: '#VALUE!', message: 'gross_benefit must be a number, but it is the text "x".' });
    expect(evaluate('ADJUSTED_BENEFIT', [[['x']], [[80]], 1])).toEqual([[{ error: '#VALUE!', message: 'gross_benefit must be a number, but it is the text "x".' }]]);
    expect(evaluate('ADJUSTED_BENEFIT', [[['x'], [1]], [[''], [0.5]], 1])).toEqual([
      [{ error: '#VALUE!', message: 'gross_benefit (row 1) must be a number, but it is the text "x".' }],
      [0.5],
    ]);
  });

  test('a rule broken in a range names the cell; in a 2-D range its row and column', () => {
    expect(evaluate('ADJUSTED_BENEFIT', [[[100], [100]], [[0.5], [80]], 1])).toEqual([
      [50],
      [{ error: '#NUM!', message: 'isolation (row 2) must be a fraction between 0 and 1: enter 80% (or 0.8), not 80.' }],
    ]);
    expect(evaluate('ROI', [[[1, 2], [3, 4]], [[1, 1], [1, 0]]])).toEqual([
      [0, 1],
      [2, { error: '#DIV/0!', message: 'costs (row 2, column 2) is 0; costs must be greater than 0.' }],
    ]);
  });

  test('blanks: all required inputs of a cell blank is blank; some blank is #N/A naming them and the cell', () => {
    expect(evaluate('ADJUSTED_BENEFIT', [[[''], [100]], [[null], [0.5]], [['  '], ['']]])).toEqual([
      [''],
      [{ error: '#N/A', message: 'confidence (row 2) is blank; enter a value to get a result.' }],
    ]);
    expect(evaluate('ADJUSTED_BENEFIT', [100, null, ''])).toEqual({ error: '#N/A', message: 'isolation and confidence are blank; enter values to get a result.' });
    expect(evaluate('PARTICIPANT_COST', [null, null, null, 0.5])).toBe('');
  });

  test('argument counts: too many, or fewer than the required ones, name the function and the count', () => {
    expect(evaluate('ROI', [1, 2, 3])).toEqual({ error: '#VALUE!', message: 'ROI takes at most 2 arguments.' });
    expect(evaluate('ROI', [1])).toEqual({ error: '#VALUE!', message: 'ROI needs at least 2 arguments.' });
    expect(evaluate('PARTICIPANT_COST', [1, 2])).toEqual({ error: '#VALUE!', message: 'PARTICIPANT_COST needs at least 3 arguments.' });
    expect(evaluate('PARTICIPANT_COST', [10, 8, 50])).toBe(4000); // the optional benefits_loading omitted is 0
  });

  test('spilled results without an error are handed to hosts unread (column and 2-D paths too); with one, they are read', () => {
    const column = evaluate('ADJUSTED_BENEFIT', [[[100], [200]], 0.5, 1]) as CellResult[][];
    const grid = evaluate('ROI', [[[200, 300], [400, 500]], 100]) as CellResult[][];
    expect(hostRows(column, () => 'never')).toBe(column);
    expect(hostRows(grid, () => 'never')).toBe(grid);
    const columnWithError = evaluate('ADJUSTED_BENEFIT', [[[100], ['x']], 0.5, 1]) as CellResult[][];
    const gridWithError = evaluate('ROI', [[[200, 'x']], 100]) as CellResult[][];
    expect(hostRows(columnWithError, (e) => e.error)).toEqual([[50], ['#VALUE!']]);
    expect(hostRows(gridWithError, (e) => e.error)).toEqual([[1, '#VALUE!']]);
  });

  test('a failure inside a function is a #VALUE! naming the function and what went wrong, never a throw', () => {
    const trapRow = new Proxy([300], { get(target, key) { if (key === 'length') throw new Error('the row could not be read'); return Reflect.get(target, key); } });
    expect(evaluate('ROI', [[trapRow], 100] as never)).toEqual({ error: '#VALUE!', message: 'ROI failed unexpectedly: the row could not be read' });
    const throwsText = new Proxy([300], { get(target, key) { if (key === 'length') throw 'no length'; return Reflect.get(target, key); } });
    expect(evaluate('ROI', [[throwsText], 100] as never)).toEqual({ error: '#VALUE!', message: 'ROI failed unexpectedly: no length' });
  });
});

test('ranges with the same rows but other columns do not pair; a row against a 2-D range neither (message word for word)', () => {
  expect(evaluate('ROI', [[[1], [2]], [[1, 2, 3], [4, 5, 6]]])).toEqual({
    error: '#VALUE!',
    message: 'benefits is 2 rows by 1 column but costs is 2 rows by 3 columns; ranges must be the same size (or one of them a single value).',
  });
  expect(evaluate('ROI', [[[1, 2], [3, 4]], [[1, 2]]])).toEqual({
    error: '#VALUE!',
    message: 'benefits is 2 rows by 2 columns but costs is 1 row by 2 columns; ranges must be the same size (or one of them a single value).',
  });
});

test('a spilled column holding only errors is still read by hosts', () => {
  const errorsOnly = evaluate('ADJUSTED_BENEFIT', [[['x'], ['y']], 0.5, 1]) as CellResult[][];
  expect(hostRows(errorsOnly, (e) => e.error)).toEqual([['#VALUE!'], ['#VALUE!']]);
});
