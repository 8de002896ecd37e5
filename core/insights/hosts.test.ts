/**
 * The reader gives the same model whatever host the values come from: Google Sheets `getValues()`
 * (a rectangle, '' for blanks, Date objects for dates), Excel's Office.js `range.values` (a rectangle,
 * '' for blanks, dates as serial numbers) or the .xlsx adapter (ragged rows, null for blanks).
 */
import { HISTORY_TABLE, PARTNERS_TABLE } from '../templates';
import { columnNumber } from '../templates/a1';
import { checkHealth, money, percent, ratio, readFramework } from './index';
import { serialFromIso } from './cells';
import type { FrameworkModel } from './model';
import { exampleValues, sourceOf, Values } from './testing/workbook';

/** Every sheet as a rectangle, blanks as '' and the date columns converted by `date`. */
function asHost(values: Values, date: (iso: string) => unknown): Values {
  const dateColumns: Record<string, number> = {
    Partners: columnNumber(PARTNERS_TABLE.columns.lastContact) - 1,
    'History log': columnNumber(HISTORY_TABLE.columns.date) - 1,
  };
  const out: Values = {};
  for (const [sheet, rows] of Object.entries(values)) {
    const width = Math.max(...rows.map((r) => r.length), 1);
    out[sheet] = rows.map((row, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = row[c];
        if (v === null || v === undefined) return '';
        const isDate = dateColumns[sheet] === c && r >= 5 && typeof v === 'number';
        return isDate ? date(isoFromSerial(v as number)) : v;
      }),
    );
  }
  return out;
}

function isoFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

describe('the same model from every host', () => {
  let reference: FrameworkModel;
  beforeAll(() => {
    reference = readFramework(sourceOf(exampleValues())).model;
  });

  it.each([
    ['Google Sheets (Date objects)', (iso: string) => new Date(`${iso}T00:00:00Z`)],
    ['Excel Office.js (serial numbers)', (iso: string) => serialFromIso(iso)],
  ])('%s', (_host, date) => {
    const model = readFramework(sourceOf(asHost(exampleValues(), date))).model;
    expect(model).toEqual(reference);
    expect(checkHealth(model, { today: '2025-06-30' })).toEqual([]);
  });
});

describe('the documented number formats', () => {
  it.each([
    [money(1660000), '$1,660,000'],
    [money(-5000), '-$5,000'],
    [money(12.5), '$12.50'],
    [percent(2.5), '250%'],
    [percent(0.285, 1), '28.5%'],
    [percent(-0.15), '-15%'],
    [ratio(3.5), '3.5x'],
    [ratio(1.25), '1.25x'],
    [ratio(12.34), '12.3x'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
