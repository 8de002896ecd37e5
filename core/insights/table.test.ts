/**
 * Finding a template table on a used sheet (core/insights/table.ts), on a small hand-made layout so
 * each expected row and column is read off the grid: the header row by its text near the template's
 * row, columns by header (exact before loose), the template's position when a header is gone (said
 * so for an input), and the data rows including those appended below.
 */
import type { TableLayout } from '../templates/types';
import type { ReadProblem } from './model';
import { cellRef, findExtraColumn, locateTable, normaliseHeader, rawAt, rowHasAny, valueAt } from './table';

type Key = 'name' | 'cost' | 'total' | 'note';
/** Header on row 3, four data rows (4–7): Initiative, Delivery cost, Total cost (a formula), Notes. */
const LAYOUT: TableLayout<Key> = {
  sheet: 'ROI', table: 'Costs', headerRow: 3, firstDataRow: 4, lastDataRow: 7, capacity: 4,
  columns: { name: 'A', cost: 'B', total: 'C', note: 'D' },
  headers: { name: 'Initiative', cost: 'Delivery cost', total: 'Total cost', note: 'Notes' },
  inputs: ['name', 'cost', 'note'],
};
const HEADERS = ['Initiative', 'Delivery cost', 'Total cost', 'Notes'];

/** `rows` from row 1. */
const grid = (...rows: unknown[][]) => rows;

describe('normaliseHeader', () => {
  test('lower case, apostrophes dropped, other punctuation a single space, % kept', () => {
    expect(normaliseHeader("  Participants' Time (h) ")).toBe('participants time h');
    expect(normaliseHeader('Share — %')).toBe('share %');
    expect(normaliseHeader('It’s 2025')).toBe('its 2025');
    expect(normaliseHeader(12)).toBe('12');
    expect([null, undefined, true, new Date(0)].map(normaliseHeader)).toEqual(['', '', '', '']);
  });
});

describe('locateTable', () => {
  test('the template as built: every column by its header, no problem', () => {
    const problems: ReadProblem[] = [];
    const t = locateTable('ROI', grid([], [], HEADERS, ['A', 1]), LAYOUT, problems);
    expect(t).toMatchObject({ sheet: 'ROI', headerRow: 3, firstDataRow: 4, matched: 4 });
    expect([...t.columns]).toEqual([['name', 1], ['cost', 2], ['total', 3], ['note', 4]]);
    expect(problems).toEqual([]);
  });

  test('rows inserted above and columns reordered: found by their text', () => {
    const t = locateTable('ROI', grid([], [], [], [], ['Notes', 'Initiative', 'Total cost', 'Delivery cost'], ['n', 'A', null, 5]), LAYOUT, []);
    expect(t.headerRow).toBe(5);
    expect(t.firstDataRow).toBe(6);
    expect(valueAt(t, 'name', 6)).toBe('A');
    expect(valueAt(t, 'cost', 6)).toBe(5);
    expect(valueAt(t, 'note', 6)).toBe('n');
  });

  test('the row with the most headers wins; on a tie the one nearer the template’s row', () => {
    const busy = grid(['Initiative'], HEADERS, ['Initiative', 'Notes'], [], ['Initiative', 'Delivery cost', 'Total cost', 'Notes']);
    expect(locateTable('ROI', busy, LAYOUT, []).headerRow).toBe(2); // rows 2 and 5 tie at 4; 2 is one from row 3, 5 is two
    expect(locateTable('ROI', grid(['Initiative', 'Notes'], [], [], ['Initiative', 'Notes']), LAYOUT, []).headerRow).toBe(4);
  });

  test('a header found nowhere: the template’s row', () => {
    const t = locateTable('ROI', grid(['x'], ['y'], ['z'], ['A', 1]), LAYOUT, []);
    expect(t.headerRow).toBe(3);
    expect(t.matched).toBe(0);
  });

  test('only the first 60 rows are searched for the header', () => {
    const rows: unknown[][] = Array.from({ length: 61 }, () => []);
    rows[60] = HEADERS; // row 61
    const t = locateTable('ROI', rows, LAYOUT, []);
    expect(t.headerRow).toBe(3);
    rows[59] = HEADERS; // row 60
    expect(locateTable('ROI', rows, LAYOUT, []).headerRow).toBe(60);
  });

  test('a loose match (the header shortened or extended) when no cell matches exactly', () => {
    const t = locateTable('ROI', grid([], [], ['Initiative name', 'Delivery', 'Total cost', 'Notes']), LAYOUT, []);
    expect(t.columns.get('name')).toBe(1);
    expect(t.columns.get('cost')).toBe(2);
    expect(t.matched).toBe(4);
    // Too short to be loose (under four characters): not a match.
    const short = locateTable('ROI', grid([], [], ['Initiative', 'Del', 'Total cost', 'Notes']), LAYOUT, []);
    expect(short.matched).toBe(3);
  });

  test('an exact header is taken before a loose one claims its column', () => {
    // "Initiatives" (column A) matches `name` loosely, "Initiative" (column C) exactly: C wins, and
    // `total` cannot fall back on C, now taken.
    const t = locateTable('ROI', grid([], [], ['Initiatives', 'Delivery cost', 'Initiative', 'Notes']), LAYOUT, []);
    expect(t.columns.get('name')).toBe(3);
    expect(t.columns.has('total')).toBe(false);
    expect(t.matched).toBe(3);
  });

  test('a missing input header: read where the template puts it, and the reader says so', () => {
    const problems: ReadProblem[] = [];
    const t = locateTable('ROI', grid([], [], ['Initiative', 'Costs?', 'Total cost', 'Notes']), LAYOUT, problems);
    expect(t.columns.get('cost')).toBe(2);
    expect(problems).toEqual([{
      severity: 'info', sheet: 'ROI', cell: 'B3',
      message: 'The header "Delivery cost" reads "Costs?"; column B is read as Delivery cost, where the template puts it.',
    }]);
    const blank: ReadProblem[] = [];
    locateTable('ROI', grid([], [], ['Initiative', null, 'Total cost', 'Notes']), LAYOUT, blank);
    expect(blank[0].message).toBe('The header "Delivery cost" is missing; column B is read as Delivery cost, where the template puts it.');
  });

  test('a missing formula column is read where the template puts it without a word', () => {
    const problems: ReadProblem[] = [];
    const t = locateTable('ROI', grid([], [], ['Initiative', 'Delivery cost', 'Sum', 'Notes']), LAYOUT, problems);
    expect(t.columns.get('total')).toBe(3);
    expect(problems).toEqual([]);
  });

  test('a template position another column took: not read; an input is a warning, a required one an error', () => {
    // "Notes" moved into C, where `total` would fall back; Delivery cost renamed away; D taken by nothing.
    const problems: ReadProblem[] = [];
    const t = locateTable('ROI', grid([], [], ['Initiative', 'Delivery cost', 'Notes', 'Other']), LAYOUT, problems, ['total']);
    expect(t.columns.has('total')).toBe(false);
    expect(problems).toEqual([{
      severity: 'error', sheet: 'ROI', cell: '3:3', message: 'No column headed "Total cost" was found in row 3; its values cannot be read.',
    }]);
    const none: ReadProblem[] = [];
    locateTable('ROI', grid(['nothing'], [], []), LAYOUT, none);
    // No header at all: nothing falls back on the template's positions; each input is a warning.
    expect(none.map((p) => [p.severity, p.cell, p.message])).toEqual(['Initiative', 'Delivery cost', 'Notes'].map((h) => [
      'warning', '3:3', `No column headed "${h}" was found in row 3; its values cannot be read.`,
    ]));
  });

  test('an optional column is read only when its header is there, silently otherwise', () => {
    const problems: ReadProblem[] = [];
    const without = locateTable('ROI', grid([], [], ['Initiative', 'Delivery cost', 'Total cost']), LAYOUT, problems, [], ['note']);
    expect(without.columns.has('note')).toBe(false);
    expect(problems).toEqual([]);
    const withIt = locateTable('ROI', grid([], [], HEADERS), LAYOUT, [], [], ['note']);
    expect(withIt.columns.get('note')).toBe(4);
  });

  test('data rows: to the template’s last row, cut at the grid’s end, and on through rows appended below', () => {
    expect(locateTable('ROI', grid([], [], HEADERS, ['A']), LAYOUT, []).lastDataRow).toBe(4);
    expect(locateTable('ROI', grid([], [], HEADERS), LAYOUT, []).lastDataRow).toBe(3); // no data row: the range is empty
    const full = grid([], [], HEADERS, ['A'], [], [], [], ['appended'], [null, null, 'formula only'], [null, 7], [], ['after a gap']);
    // Rows 8 (a name) and … row 9 holds only the formula column: the table ends at 8.
    expect(locateTable('ROI', full, LAYOUT, []).lastDataRow).toBe(8);
    const inputs = grid([], [], HEADERS, ['A'], [], [], [], ['appended'], [null, 7], [null, null, null, 'note']);
    expect(locateTable('ROI', inputs, LAYOUT, []).lastDataRow).toBe(10);
  });
});

describe('reading cells of a found table', () => {
  const found = () => locateTable('ROI', grid([], [], ['Notes', 'Initiative', 'Delivery cost']), LAYOUT, []);

  test('valueAt reads a found column; a column not found reads as blank', () => {
    const t = locateTable('ROI', grid([], [], ['Initiative', 'Delivery cost', 'Total cost'], ['A', 5, 6, 'n']), { ...LAYOUT, inputs: ['name', 'cost'] }, [], [], ['note']);
    expect(valueAt(t, 'total', 4)).toBe(6);
    expect(valueAt(t, 'note', 4)).toBeNull();
  });

  test('cellRef names the found column, or the template’s letter', () => {
    const t = found();
    expect(cellRef(t, LAYOUT, 'name', 9)).toBe('ROI!B9');
    expect(cellRef({ ...t, columns: new Map() }, LAYOUT, 'total', 4)).toBe('ROI!C4');
  });

  test('rawAt: 1-based, null beyond the rows, undefined beyond a row’s cells', () => {
    const g = grid(['a', 'b'], ['c']);
    expect([rawAt(g, 1, 1), rawAt(g, 1, 2), rawAt(g, 2, 1)]).toEqual(['a', 'b', 'c']);
    expect(rawAt(g, 3, 1)).toBeNull();
    expect(rawAt(g, 2, 2)).toBeUndefined();
  });

  test('rowHasAny: any of the given columns not blank (a space is blank)', () => {
    const t = locateTable('ROI', grid([], [], HEADERS, ['A', null, null, ' '], [null, null, 0, '']), LAYOUT, []);
    expect(rowHasAny(t, 4, ['name'])).toBe(true);
    expect(rowHasAny(t, 4, ['cost', 'note'])).toBe(false);
    expect(rowHasAny(t, 5, ['cost', 'total'])).toBe(true);
    expect(rowHasAny(t, 5, [])).toBe(false);
  });

  test('findExtraColumn: a person’s own column in the header row, never one of the table’s', () => {
    const t = locateTable('ROI', grid([], [], ['Initiative', 'Delivery cost', 'Total cost', 'Notes', 7, 'Owner', 'Owner 2']), LAYOUT, []);
    expect(findExtraColumn(t, /^owner/i)).toBe(6);
    expect(findExtraColumn(t, /notes/i)).toBeUndefined(); // the table's own column
    expect(findExtraColumn(t, /^7$/)).toBeUndefined(); // not text
    const bare = { ...t, columns: new Map<string, number>() };
    expect(findExtraColumn(bare, /notes/i)).toBe(4);
    expect(findExtraColumn({ ...t, headerRow: 40 }, /owner/i)).toBeUndefined();
  });
});
