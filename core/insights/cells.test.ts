/**
 * Reading one cell, whatever a host sent: numbers, texts, dates as serial numbers (days since
 * 1899-12-30, as Excel and Sheets count them: =DATE(2025,9,30) is 45930), Date objects, error values
 * in each host's form, and what a person is told when the kind is wrong.
 */
import {
  daysBetween, describeCell, invalidText, isBlankCell, isIsoDate, isoFromDate, isoFromSerial, readDate, readNumber, readText, serialFromIso,
} from './cells';

const CELL = 'Impact!J9';

describe('readNumber', () => {
  it.each<[string, unknown, object]>([
    ['a number', 0.8, { value: 0.8, cell: CELL }],
    ['0', 0, { value: 0, cell: CELL }],
    ['a blank', null, { value: null, cell: CELL }],
    ['undefined', undefined, { value: null, cell: CELL }],
    ['an empty text', '', { value: null, cell: CELL }],
    ['spaces', '   ', { value: null, cell: CELL }],
    ['a number typed as text', '80', { value: null, cell: CELL, invalid: '80' }],
    ['NaN', Number.NaN, { value: null, cell: CELL, invalid: 'NaN' }],
    ['Infinity', Infinity, { value: null, cell: CELL, invalid: 'Infinity' }],
    ['TRUE', true, { value: null, cell: CELL, invalid: 'TRUE' }],
    ['FALSE', false, { value: null, cell: CELL, invalid: 'FALSE' }],
    ['Excel’s error text', '#DIV/0!', { value: null, cell: CELL, invalid: '#DIV/0!' }],
    ['an .xlsx error object', { error: '#N/A' }, { value: null, cell: CELL, invalid: '#N/A' }],
    ['a date', new Date(Date.UTC(2025, 5, 30)), { value: null, cell: CELL, invalid: 'the date 2025-06-30' }],
    ['an invalid date', new Date(Number.NaN), { value: null, cell: CELL, invalid: 'an invalid date' }],
    ['something else', { rich: [] }, { value: null, cell: CELL, invalid: 'an unreadable value' }],
  ])('%s', (_what, raw, field) => {
    expect(readNumber(raw, CELL)).toEqual(field);
  });

  it('cuts a long text to 40 characters', () => {
    expect(readNumber('x'.repeat(41), CELL).invalid).toBe(`${'x'.repeat(37)}...`);
    expect(readNumber('x'.repeat(40), CELL).invalid).toBe('x'.repeat(40));
  });
});

describe('readText', () => {
  it.each<[string, unknown, object]>([
    ['a text, trimmed', '  Sales  ', { value: 'Sales', cell: CELL }],
    ['a blank', '', { value: null, cell: CELL }],
    ['a number', 42, { value: '42', cell: CELL }],
    ['a non-finite number', -Infinity, { value: null, cell: CELL, invalid: '-Infinity' }],
    ['TRUE and FALSE as words', true, { value: 'TRUE', cell: CELL }],
    ['an error text', '#REF!', { value: null, cell: CELL, invalid: '#REF!' }],
    ['a text that starts with # but is no error', '#1 priority', { value: '#1 priority', cell: CELL }],
    ['a date', new Date(Date.UTC(2024, 11, 31)), { value: '2024-12-31', cell: CELL }],
    ['an invalid date', new Date(Number.NaN), { value: null, cell: CELL, invalid: 'an invalid date' }],
    ['an object', {}, { value: null, cell: CELL, invalid: 'an unreadable value' }],
  ])('%s', (_what, raw, field) => {
    expect(readText(raw, CELL)).toEqual(field);
  });
});

describe('readDate', () => {
  it.each<[string, unknown, object]>([
    ['a serial number (Excel: =DATE(2025,9,30) is 45930)', 45930, { value: '2025-09-30', cell: CELL }],
    ['a serial with a time of day', 45930.75, { value: '2025-09-30', cell: CELL }],
    ['the first serial, 1 (1899-12-31 by this epoch)', 1, { value: '1899-12-31', cell: CELL }],
    ['the last, 9999-12-31', 2958465, { value: '9999-12-31', cell: CELL }],
    ['past the last', 2958466, { value: null, cell: CELL, invalid: '2958466' }],
    ['0', 0, { value: null, cell: CELL, invalid: '0' }],
    ['a negative serial', -5, { value: null, cell: CELL, invalid: '-5' }],
    ['an ISO date', '2025-06-30', { value: '2025-06-30', cell: CELL }],
    ['an ISO date with slashes and one-digit parts', ' 2025/6/3 ', { value: '2025-06-03', cell: CELL }],
    ['a date that does not exist', '2025-02-30', { value: null, cell: CELL, invalid: '2025-02-30' }],
    ['a day-first date', '30/06/2025', { value: null, cell: CELL, invalid: '30/06/2025' }],
    ['a UTC-midnight Date (the .xlsx reader)', new Date(Date.UTC(2025, 5, 30)), { value: '2025-06-30', cell: CELL }],
    ['a blank', '  ', { value: null, cell: CELL }],
    ['TRUE', true, { value: null, cell: CELL, invalid: 'TRUE' }],
    ['NaN', Number.NaN, { value: null, cell: CELL, invalid: 'NaN' }],
  ])('%s', (_what, raw, field) => {
    expect(readDate(raw, CELL)).toEqual(field);
  });
});

describe('dates', () => {
  it('converts serials and ISO dates both ways', () => {
    expect(serialFromIso('2025-09-30')).toBe(45930);
    expect(serialFromIso('1900-03-01')).toBe(61); // after Excel's phantom 1900-02-29, serials and dates agree
    expect(isoFromSerial(45930)).toBe('2025-09-30');
    expect(isoFromSerial(45930.999)).toBe('2025-09-30');
  });

  it('counts days, signed', () => {
    expect(daysBetween('2025-06-30', '2025-09-30')).toBe(92);
    expect(daysBetween('2025-09-30', '2025-06-30')).toBe(-92);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // a leap year
  });

  it('accepts only real calendar dates written year first', () => {
    expect(['2025-06-30', '2024-02-29', '2025/6/30'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-00-10', '2025-06-31', '25-06-30', '2025-06-30T00:00', 'today', ''].map(isIsoDate)).toEqual(Array(8).fill(false));
    // Years 0–99 are refused: Date.UTC reads them as 1900–1999, and no spreadsheet date is that early.
    expect(isIsoDate('0050-06-30')).toBe(false);
  });

  it('takes a Date at UTC midnight by its UTC day, any other by its local day', () => {
    expect(isoFromDate(new Date('0905-01-09T00:00:00Z'))).toBe('0905-01-09'); // the year padded to four digits
    const local = new Date(2025, 5, 30, 12, 0, 0); // noon, local time: the same calendar day in every time zone
    expect(isoFromDate(local)).toBe('2025-06-30');
  });

  // Where the local and the UTC day differ, which fields are read decides the answer. Jest's process.env
  // is a copy (TZ cannot change inside a test), so a Date whose local fields are those of a fixed UTC
  // offset stands in for a machine in that zone.
  class ZonedDate extends Date {
    constructor(instant: string, private readonly offsetHours: number) {
      super(instant);
    }
    private local(): Date {
      return new Date(this.getTime() + this.offsetHours * 3_600_000);
    }
    override getFullYear(): number { return this.local().getUTCFullYear(); }
    override getMonth(): number { return this.local().getUTCMonth(); }
    override getDate(): number { return this.local().getUTCDate(); }
  }

  it.each([
    // [the instant, the zone's offset, its calendar day]
    ['2025-06-30T00:00:00Z', -4, '2025-06-30'], // UTC midnight (the .xlsx reader) in New York: the UTC day
    ['2025-06-30T00:30:00Z', -4, '2025-06-29'], // not midnight by minutes: local 20:30 the day before
    ['2025-06-30T00:00:30Z', -4, '2025-06-29'], // not midnight by seconds
    ['2025-06-29T12:00:00Z', 12, '2025-06-30'], // local midnight in Auckland (Apps Script): the local day
    ['2025-06-29T21:00:00Z', 12, '2025-06-30'], // local 09:00: whole minutes and seconds, but not midnight
  ])('%s at a UTC offset of %i hours is the day %s', (instant, offset, day) => {
    expect(isoFromDate(new ZonedDate(instant, offset))).toBe(day);
  });
});

describe('blank cells and invalid values in a sentence', () => {
  it('is blank for null, undefined and whitespace only', () => {
    expect([null, undefined, '', ' \t'].map(isBlankCell)).toEqual([true, true, true, true]);
    expect([0, 'x', false, new Date(0)].map(isBlankCell)).toEqual([false, false, false, false]);
  });

  it('quotes a text and names the rest as they are', () => {
    expect(invalidText('n/a')).toBe('the text "n/a"');
    expect(invalidText('#DIV/0!')).toBe('#DIV/0!');
    expect(invalidText('TRUE')).toBe('TRUE');
    expect(invalidText('FALSE')).toBe('FALSE');
    expect(invalidText('the date 2025-06-30')).toBe('the date 2025-06-30');
    expect(invalidText('an invalid date')).toBe('an invalid date');
    expect(invalidText('about 40')).toBe('the text "about 40"');
    expect(describeCell(12)).toBe('12');
  });
});
