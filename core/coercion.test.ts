import { BLANK, dateToSerial, hostErrorCode, normaliseArg, serialFromLocalText, serialToDate, toFlag, toGrid, toNumber, toText } from './coercion';
import { evaluate } from './index';

describe('toNumber: one typed form for every host', () => {
  test.each([
    ['a number', 42, 42],
    ['Excel blank (null)', null, BLANK],
    ['omitted (undefined)', undefined, BLANK],
    ['Sheets blank (empty text)', '', BLANK],
    ['white space', '   ', BLANK],
  ])('%s', (_what, raw, expected) => {
    expect(toNumber(raw, 'x')).toBe(expected);
  });

  test.each([
    ['text', 'abc', '#VALUE!'],
    ['numeric text is still text (the cell is formatted as text)', '12', '#VALUE!'],
    ['TRUE', true, '#VALUE!'],
    ['NaN', NaN, '#NUM!'],
    ['-Infinity', -Infinity, '#NUM!'],
    ['Excel CustomFunctions.Error-like', { code: '#DIV/0!' }, '#DIV/0!'],
    ['HyperFormula DetailedCellError-like', { value: '#REF!', type: 'REF' }, '#REF!'],
    ['error text as Sheets shows it in a spill', '#N/A', '#N/A'],
    ['an invalid Date', new Date(NaN), '#VALUE!'],
  ])('%s', (_what, raw, code) => {
    expect(toNumber(raw as never, 'x')).toMatchObject({ error: code });
  });

  test('dates become serial numbers: 2026-01-15 is 46037 (Excel: =DATE(2026,1,15) formatted as a number)', () => {
    expect(toNumber(new Date(2026, 0, 15), 'x')).toBe(46037);
    expect(dateToSerial(new Date(1900, 0, 1))).toBe(2); // Excel says 1 only because of the 1900 leap-year bug
    expect(serialToDate(46037).toISOString().slice(0, 10)).toBe('2026-01-15');
  });
});

describe('toText', () => {
  test.each([
    [' Revenue ', 'Revenue'],
    [12.5, '12.5'],
    [false, 'FALSE'],
    [null, BLANK],
  ])('%p', (raw, expected) => {
    expect(toText(raw, 'x')).toBe(expected);
  });
  test('error cells stay errors', () => {
    expect(toText('#N/A', 'x')).toMatchObject({ error: '#N/A' });
  });
});

test('hostErrorCode recognises only real error codes', () => {
  expect(hostErrorCode('#N/A')).toBe('#N/A');
  expect(hostErrorCode('#hashtag')).toBeUndefined();
  expect(hostErrorCode({ code: 'nope' })).toBeUndefined();
  expect(hostErrorCode([1])).toBeUndefined();
});

test("hostErrorCode reads Excel's data-type form of an error cell, only when it says it is an error", () => {
  // The form Excel passes for an error cell in a range (Excel JavaScript API, ErrorCellValue).
  expect(hostErrorCode({ type: 'Error', basicType: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' })).toBe('#DIV/0!');
  expect(hostErrorCode({ type: 'Error', basicValue: '#N/A' })).toBe('#N/A');
  expect(hostErrorCode({ basicType: 'Error', basicValue: '#NUM!' })).toBe('#NUM!');
  expect(hostErrorCode({ type: 'Double', basicValue: '#N/A' })).toBeUndefined();
  expect(hostErrorCode({ type: 'Error', basicValue: '#BUSY!' })).toBeUndefined();
  expect(toNumber({ type: 'Error', basicValue: '#N/A' }, 'costs', 1, 0, 3, 1)).toMatchObject({ error: '#N/A', message: expect.stringMatching(/^costs \(row 2\) is an error \(#N\/A\)/) });
});

describe('normaliseArg', () => {
  const upper = (cell: unknown) => (typeof cell === 'string' ? cell.toUpperCase() : cell);
  const isText = (cell: unknown) => typeof cell === 'string';
  it('converts a single cell, and copies a range only when a cell changes', () => {
    expect(normaliseArg('a', upper, isText)).toBe('A');
    const numbers = [[1, 2], [3, 4]];
    expect(normaliseArg(numbers, upper, isText)).toBe(numbers);
    const mixed = [[1, 'b'], [3, 'C']];
    expect(normaliseArg(mixed, upper, isText)).toEqual([[1, 'B'], [3, 'C']]);
    expect(mixed).toEqual([[1, 'b'], [3, 'C']]);
  });
});

describe('serialFromLocalText', () => {
  it('reads the wall-clock fields as written, whatever the machine’s zone', () => {
    // 2025-06-30 is serial 45838 (Excel and Sheets agree: =DATE(2025,6,30) shows 45838 as a number).
    expect(serialFromLocalText('2025-06-30T00:00:00.000')).toBe(45838);
    expect(serialFromLocalText('2025-06-30T12:00:00')).toBe(45838.5);
    expect(serialFromLocalText('30/06/2025')).toBeUndefined();
  });
});

describe('hostile cells: one bad cell with a message, never a failed call', () => {
  const throwingCode = Object.defineProperty({}, 'code', { get() { throw new Error('getter'); }, enumerable: true });
  const throwingError = Object.defineProperty({}, 'error', { get() { throw new Error('getter'); } });
  const revoked = (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })();
  const trapsThrow = new Proxy({}, {
    get() { throw new Error('trap'); },
    getPrototypeOf() { throw new Error('trap'); },
  });
  const proxiedDate = new Proxy(new Date(2026, 0, 15), {}); // Date methods refuse a proxy
  const NOT_A_VALUE = 'holds a value that is not a number, text or blank.';

  test.each([
    ['a getter that throws', throwingCode],
    ['an error field that throws', throwingError],
    ['a revoked proxy', revoked],
    ['a proxy whose traps throw', trapsThrow],
    ['a proxy of a Date', proxiedDate],
    ['a throwing Symbol.toPrimitive', { [Symbol.toPrimitive]() { throw new Error('prim'); } }],
    ['a BigInt', BigInt(3)],
    ['a function', () => 3],
  ])('%s', (_what, cell) => {
    expect(hostErrorCode(cell)).toBeUndefined();
    expect(toNumber(cell as never, 'costs', 1, 0, 3, 1)).toEqual({ error: '#VALUE!', message: `costs (row 2) ${NOT_A_VALUE}` });
    expect(toText(cell as never, 'objectives')).toEqual({ error: '#VALUE!', message: `objectives ${NOT_A_VALUE}` });
  });

  test('in a range, only the hostile cell is an error: (300 − 100) / 100 = 2 beside it', () => {
    expect(evaluate('ROI', [[[300], [throwingCode], [trapsThrow]], 100])).toEqual([
      [2],
      [{ error: '#VALUE!', message: `benefits (row 2) ${NOT_A_VALUE}` }],
      [{ error: '#VALUE!', message: `benefits (row 3) ${NOT_A_VALUE}` }],
    ]);
  });

  test('an object that is not a cell value, where text is expected, is not called "the text"', () => {
    expect(evaluate('COVERAGE_GAPS', [[[{}]], [[0]]])).toEqual({ error: '#VALUE!', message: `objectives ${NOT_A_VALUE}` });
  });

  test('a value of no spreadsheet type is described in words, not by its JavaScript type', () => {
    const message = 'through_month must be a whole number from 1 to 12 (the last month reported), but it is';
    expect(evaluate('YTD', [[[1]], Symbol('m') as never])).toEqual({ error: '#NUM!', message: `${message} a value that is not a number, text or blank.` });
    expect(evaluate('YTD', [[[1]], new Date(2026, 0, 15)])).toEqual({ error: '#NUM!', message: `${message} a date.` });
  });
});

describe('invalid dates', () => {
  const INVALID = 'is a date that does not exist (an invalid date).';
  test('as a number or as text: #VALUE! saying so (as text it used to throw RangeError: Invalid time value)', () => {
    expect(toNumber(new Date(NaN), 'costs')).toEqual({ error: '#VALUE!', message: `costs ${INVALID}` });
    expect(toText(new Date(NaN), 'objectives', 0, 1, 1, 2)).toEqual({ error: '#VALUE!', message: `objectives (column 2) ${INVALID}` });
    expect(evaluate('COVERAGE_GAPS', [[['A'], [new Date(NaN)]], [[0, 0]]])).toEqual({ error: '#VALUE!', message: `objectives (row 2) ${INVALID}` });
  });
});

test('a date as text is the calendar day its serial number counts, from the date as the runtime shows it (not its UTC day)', () => {
  // The same fields toNumber reads (2026-01-15 is 46037); at 00:30 and 23:30 local time the UTC day differs
  // east and west of UTC, so this fails there if the text is taken from the UTC day.
  expect(toText(new Date(2026, 0, 15, 0, 30), 'x')).toBe('2026-01-15');
  expect(toText(new Date(2026, 0, 15, 23, 30), 'x')).toBe('2026-01-15');
  expect(toNumber(new Date(2026, 0, 15, 23, 30), 'x')).toBeCloseTo(46037 + 23.5 / 24, 9);
});

test('an error value passed in keeps its code and message, in a value of the core\'s own', () => {
  const given = { error: '#N/A', message: 'from an earlier call' };
  const read = toNumber(given, 'costs');
  expect(read).toEqual(given);
  expect(read).not.toBe(given);
  expect(toText(given, 'objectives')).toEqual(given);
});

test('an error object without a message is read by its code, with a message of the core', () => {
  expect(toNumber({ error: '#N/A' }, 'costs')).toEqual({ error: '#N/A', message: 'costs is an error (#N/A); fix that cell first.' });
});

test('error text with spaces after it (as a host may pass it) is still that error', () => {
  expect(toNumber('#DIV/0! ', 'costs')).toEqual({ error: '#DIV/0!', message: 'costs is an error (#DIV/0!); fix that cell first.' });
});

describe('toGrid: a range as rows, or a message saying what is wrong with its shape', () => {
  test.each([
    ['an empty list', [], 'strengths is an empty range.'],
    ['an empty row', [[]], 'strengths is an empty range.'],
    ['values and rows mixed', [1, [2]], 'strengths mixes single values and rows; pass a rectangular range.'],
    ['a short second row', [[1, 2], [3]], 'strengths is not rectangular: row 2 has a different number of cells.'],
    ['a third row that is not a row', [[1], [2], 3], 'strengths is not rectangular: row 3 has a different number of cells.'],
  ])('%s', (_what, arg, message) => {
    expect(toGrid(arg as never, 'strengths')).toEqual({ error: '#VALUE!', message });
  });
  test('a flat list is one row; a single value is a one-cell grid', () => {
    expect(toGrid([1, 2, 3], 'x')).toEqual([[1, 2, 3]]);
    expect(toGrid(5, 'x')).toEqual([[5]]);
  });
});

describe('toFlag: TRUE/FALSE as 1/0', () => {
  test.each([
    [true, 1], [false, 0], ['TRUE', 1], [' true ', 1], ['False', 0], [1, 1], [0, 0], ['', BLANK], [null, BLANK],
  ])('%j', (raw, expected) => {
    expect(toFlag(raw, 'less_is_better')).toBe(expected);
  });
  test('other text is #VALUE! saying what to type; error text keeps its code', () => {
    expect(toFlag('yes', 'less_is_better', 2, 0, 3, 1)).toEqual({ error: '#VALUE!', message: 'less_is_better (row 3) must be TRUE or FALSE, but it is the text "yes".' });
    expect(toFlag('#N/A', 'less_is_better')).toEqual({ error: '#N/A', message: 'less_is_better is an error (#N/A); fix that cell first.' });
  });
});

describe('messages describe the value as a person sees it', () => {
  test.each([
    ['text of 40 characters is shown whole', 'a'.repeat(40), `x must be a number, but it is the text "${'a'.repeat(40)}".`],
    ['longer text is cut to 37 characters and ...', 'b'.repeat(41), `x must be a number, but it is the text "${'b'.repeat(37)}...".`],
    ['TRUE', true, 'x must be a number, but it is TRUE.'],
    ['FALSE', false, 'x must be a number, but it is FALSE.'],
  ])('%s', (_what, raw, message) => {
    expect(toNumber(raw, 'x')).toEqual({ error: '#VALUE!', message });
  });
  test('an infinite number as text or as a number is #NUM! saying so', () => {
    const message = 'x (column 2) is not a finite number (it is infinite or not a number).';
    expect(toText(Infinity, 'x', 0, 1, 1, 3)).toEqual({ error: '#NUM!', message });
    expect(toNumber(NaN, 'x', 0, 1, 1, 3)).toEqual({ error: '#NUM!', message });
  });
  test('toText: booleans as TRUE/FALSE, error text keeps its code', () => {
    expect(toText(true, 'x')).toBe('TRUE');
    expect(toText('#REF!', 'x')).toEqual({ error: '#REF!', message: 'x is an error (#REF!); fix that cell first.' });
    expect(toText('  ', 'x')).toBe(BLANK);
    expect(toText(undefined, 'x')).toBe(BLANK);
  });
});

describe('single values and lists: what is wrong with the shape is said, not a failure', () => {
  test.each([
    ['benefits passed as undefined (as a script may) is blank', [0.1, 100, undefined], '#N/A', 'benefits is required but was left blank.'],
    ['a ragged benefits range', [0.1, 100, [[1, 2], [3]]], '#VALUE!', 'benefits is not rectangular: row 2 has a different number of cells.'],
    ['a ragged rate range', [[[0.1, 0.2], [0.3]], 100, [[1]]], '#VALUE!', 'rate is not rectangular: row 2 has a different number of cells.'],
    ['a rate of one column, two rows', [[[0.1], [0.2]], 100, [[1]]], '#VALUE!', 'rate must be a single value, but it is 2 rows by 1 column.'],
  ])('%s', (_what, args, code, message) => {
    expect(evaluate('PROGRAM_NPV', args as never)).toEqual({ error: code, message });
  });
});

test('normaliseArg keeps a range whose worth-reading cells are unchanged as the same array', () => {
  const same = [['A', 1]];
  expect(normaliseArg(same, (cell) => (typeof cell === 'string' ? cell.toUpperCase() : cell), (cell) => typeof cell === 'string')).toBe(same);
});

test('serialFromLocalText reads only the whole text in its one form', () => {
  expect(serialFromLocalText('x2025-06-30T00:00:00')).toBeUndefined();
  expect(serialFromLocalText('2025-06-30T00:00:00Z')).toBeUndefined();
  expect(serialFromLocalText('2025-06-30T00:00:00.250')).toBeCloseTo(45838 + 0.25 / 86400, 12);
});
