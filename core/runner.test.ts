/**
 * The runner's two-column fast path (two ranges of one column, the usual ROI/BCR call) gives exactly
 * what the general cell-by-cell path gives, for any mix of cells: numbers, extremes, zero and negative
 * costs, text, blanks, booleans, dates and error cells.
 */
import fc from 'fast-check';
import { evaluate, isErrorValue } from './index';

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
