import { BLANK, dateToSerial, hostErrorCode, normaliseArg, serialFromLocalText, serialToDate, toNumber, toText } from './coercion';

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
