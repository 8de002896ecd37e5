/** hostRows: what a host shows for a spilled result, copying only the rows that hold an error. */
import { hostRows, isErrorValue, makeError } from './errors';
import { evaluate } from './index';
import type { CellResult } from './types';

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

  test('a result the runner built without an error is handed on unread; one with an error is still read', () => {
    const clean = evaluate('ROI', [[[300], [200]], [[100], [100]]]) as CellResult[][];
    // A row that throws when searched: hostRows must not look into it.
    Object.defineProperty(clean[1], 'some', { value: () => { throw new Error('row was read'); } });
    expect(hostRows(clean, () => 'never')).toBe(clean);
    expect(() => hostRows(clean.slice(), () => 'never')).toThrow('row was read');
    const withError = evaluate('ROI', [[[300], ['x']], [[100], [100]]]) as CellResult[][];
    const shown = hostRows(withError, (e) => e.error);
    expect(shown).toEqual([[2], ['#VALUE!']]);
    expect(shown).not.toBe(withError);
    // Only the runner's own results are marked: equal rows built elsewhere are read cell by cell.
    const built: CellResult[][] = [[2], [bad]];
    expect(hostRows(built, (e) => e.error)).toEqual([[2], ['#NUM!']]);
  });

  test('a result without any error is the same array', () => {
    const rows: (number | string | boolean)[][] = [[1], [''], [true]];
    expect(hostRows(rows, () => 'never')).toBe(rows);
  });
});

test('hostRows replaces the errors of every row that holds one, not only the last such row', () => {
  const bad = makeError('#N/A', 'm');
  expect(hostRows([[bad, 1], [2, 3], [4, bad]], (e) => e.error)).toEqual([['#N/A', 1], [2, 3], [4, '#N/A']]);
});

describe('isErrorValue: an error value has a known code and a message', () => {
  test.each([
    ['a code and a message', { error: '#N/A', message: 'm' }, true],
    ['no message', { error: '#N/A' }, false],
    ['a message that is not text', { error: '#N/A', message: 1 }, false],
    ['an unknown code', { error: '#BUSY!', message: 'm' }, false],
    ['a code that is not text', { error: 7, message: 'm' }, false],
    ['text', '#N/A', false],
    ['null', null, false],
  ])('%s', (_what, value, expected) => {
    expect(isErrorValue(value)).toBe(expected);
  });
});
