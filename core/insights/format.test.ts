import { count, list, longDate, money, percent, plain, ratio } from './format';

describe('plain', () => {
  it('keeps the zeros of a whole number, with no decimals asked for too', () => {
    // Found by a helper: plain(0, 0) gave '' and plain(10, 0) gave '1'.
    expect(plain(0, 0)).toBe('0');
    expect(plain(10, 0)).toBe('10');
    expect(plain(1000, 0)).toBe('1,000');
    expect(plain(0)).toBe('0');
    expect(plain(100)).toBe('100');
  });

  it('drops only the trailing zeros of a fraction', () => {
    expect(plain(2.5)).toBe('2.5');
    expect(plain(2.5, 3)).toBe('2.5');
    expect(plain(1.005, 1)).toBe('1');
    expect(plain(1234.5678)).toBe('1,234.57');
    expect(plain(-0.001)).toBe('0');
    expect(plain(-12.3)).toBe('-12.3');
    // A zero inside the fraction stays; only the zeros at its end go.
    expect(plain(10.05)).toBe('10.05');
    expect(plain(1.0405, 4)).toBe('1.0405');
  });
});

describe('money', () => {
  it.each([
    [1660000, '$1,660,000'],
    [0, '$0'],
    [999, '$999'],
    [1000, '$1,000'],
    [99.5, '$99.50'], // cents only under 100
    [12.345, '$12.35'],
    [100.4, '$100'],
    [250.5, '$251'],
    [-5000, '-$5,000'],
    [-0.004, '$0'], // rounds to nothing: no minus sign, no cents
    [1.005, '$1.01'], // half a cent rounds up, as a spreadsheet shows it (1.005 is 1.00499… in binary)
    [99.999, '$100'],
    [12.001, '$12'],
    [-0.5, '-$0.50'],
    [1234567.891, '$1,234,568'],
  ])('%d is %s', (value, text) => {
    expect(money(value)).toBe(text);
  });

  it('takes another currency symbol', () => {
    expect(money(1500, '€')).toBe('€1,500');
    expect(money(-2.5, '£')).toBe('-£2.50');
  });
});

describe('percent', () => {
  it.each([
    [2.5, 0, '250%'],
    [0.285, 0, '29%'], // 0.285 × 100 is 28.499999999999996 in binary; Excel's 0% format shows 29%
    [0.285, 1, '28.5%'],
    [1, 0, '100%'],
    [0, 0, '0%'],
    [-0.2, 0, '-20%'],
    [-0.004, 0, '0%'], // rounds to 0: no minus sign
    [3271.73, 0, '327,173%'],
    [0.07, 1, '7.0%'],
    [0.99549, 1, '99.5%'],
  ])('%d with %d decimals is %s', (value, digits, text) => {
    expect(percent(value, digits)).toBe(text);
  });
});

describe('ratio', () => {
  it.each([
    [3.5, '3.5x'],
    [1.25, '1.25x'],
    [3.51, '3.51x'],
    [12.34, '12.3x'],
    [10, '10.0x'],
    [1, '1.0x'],
    [0.004, '0.0x'],
    [0.16, '0.16x'],
    [-1.25, '-1.25x'],
    [9.999, '10.0x'],
    [1.005, '1.01x'],
    [-0.001, '0.0x'],
  ])('%d is %s', (value, text) => {
    expect(ratio(value)).toBe(text);
  });
});

describe('list, count and longDate', () => {
  it('joins with commas and a final "and"', () => {
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b'])).toBe('a and b');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('counts in the singular for one only', () => {
    expect([count(0, 'program'), count(1, 'program'), count(2, 'program'), count(2, 'person', 'people')]).toEqual(['0 programs', '1 program', '2 programs', '2 people']);
  });

  it('writes a date as day, month name and year', () => {
    expect(['2025-06-30', '2023-01-05', '2024-12-31'].map(longDate)).toEqual(['30 June 2025', '5 January 2023', '31 December 2024']);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    expect(months.map((_, m) => longDate(`2025-${String(m + 1).padStart(2, '0')}-01`))).toEqual(months.map((name) => `1 ${name} 2025`));
  });
});

describe('plain, separators', () => {
  it('groups thousands in the whole part only', () => {
    expect(plain(1234567.125, 3)).toBe('1,234,567.125');
    expect(plain(0.12345, 4)).toBe('0.1235');
    expect(plain(-1234, 0)).toBe('-1,234');
  });
});
