/**
 * enteredText, the one escape for text written into a host: what Excel and Google Sheets would parse
 * as a formula, number, boolean or date gets a leading apostrophe, and nothing else does. Each case is
 * what typing the text into a cell of either host does (a formula, the number 7, TRUE, 5 January).
 */
import { enteredText, enteredValue, INJECTION_SAMPLES, needsTextEscape } from './text';

describe('enteredText', () => {
  test.each([
    ['=1+1', 'a formula'],
    ['+1+1', 'a formula (+ starts one in both hosts)'],
    ['-2+3', 'a formula'],
    ['@SUM(1,1)', 'a formula (Excel reads @ as the start of one)'],
    ["'quoted", 'an apostrophe would itself be swallowed'],
    ['007', 'the number 7'],
    ['.5', 'the number 0.5'],
    ['1,5', 'a number in a locale with a decimal comma'],
    ['12%', 'the number 0.12'],
    ['$100', 'a currency amount'],
    ['€ 100', 'a currency amount'],
    ['£5', 'a currency amount'],
    ['¥5', 'a currency amount'],
    ['(5)', 'an accounting negative'],
    ['  42', 'a number after spaces'],
    ['TRUE', 'the boolean TRUE'],
    ['false', 'the boolean FALSE, in any case'],
    [' True ', 'a boolean with spaces around it'],
    ['Jan 5', 'a date'],
    ['sept. 3', 'a date, abbreviated with a full stop'],
    ['December 25 review', 'a date at the start'],
  ])('%j is escaped: %s', (text) => {
    expect(needsTextEscape(text)).toBe(true);
    expect(enteredText(text)).toBe(`'${text}`);
  });

  test.each([
    ['Sales onboarding'],
    ['January'], // a month without a day stays text
    ['Truecolor'],
    ['Q3 2026'],
    ['a=b'], // = only matters at the start
    ['x-1'],
  ])('%j stays as it is', (text) => {
    expect(needsTextEscape(text)).toBe(false);
    expect(enteredText(text)).toBe(text);
  });

  test('the empty string stays empty (an apostrophe alone would not be an empty cell)', () => {
    expect(enteredText('')).toBe('');
  });

  test('enteredValue escapes text only: numbers and booleans are written as they are', () => {
    expect(enteredValue('=1+1')).toBe("'=1+1");
    expect(enteredValue('plain')).toBe('plain');
    expect(enteredValue(7)).toBe(7);
    expect(enteredValue(true)).toBe(true);
  });

  test('every injection sample that a host would read as a formula is escaped', () => {
    for (const sample of INJECTION_SAMPLES) {
      expect(enteredText(sample)).toBe(/^[=+\-@]/.test(sample) ? `'${sample}` : sample);
    }
  });
});
