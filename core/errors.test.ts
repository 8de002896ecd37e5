/** hostRows: what a host shows for a spilled result, copying only the rows that hold an error. */
import { hostRows, makeError } from './errors';

describe('hostRows', () => {
  const bad = makeError('#NUM!', 'Costs must be more than 0.');

  test('each error element becomes what the host shows; the other elements stay', () => {
    expect(hostRows([[1, bad], [2, 3]], (e) => `${e.error} ${e.message}`)).toEqual([[1, '#NUM! Costs must be more than 0.'], [2, 3]]);
  });

  test('rows without an error are handed on as they are; the input is not changed', () => {
    const clean = [1, 2];
    const withError = [bad, 4];
    const rows = [clean, withError];
    const out = hostRows(rows, () => 'shown');
    expect(out[0]).toBe(clean);
    expect(out[1]).not.toBe(withError);
    expect(rows[1][0]).toBe(bad);
    expect(out).not.toBe(rows);
  });

  test('a result without any error is the same array', () => {
    const rows: (number | string | boolean)[][] = [[1], [''], [true]];
    expect(hostRows(rows, () => 'never')).toBe(rows);
  });
});
