/**
 * The layout helpers hosts and the insights reader call to find a column by key, the capacity check,
 * and the errors of the spec's entry points, each checked directly (the template suites only reach
 * them through whole workbooks, where a wrong answer shows far from its cause).
 */
import {
  ALIGNMENT_TABLE, IMPACT_TABLE, LEARNING_BY_INITIATIVE, PLAN_TABLE, ROI_TABLE, buildWorkbookSpec, cellOf, columnRange, exampleData,
  findSheet, initiativeCapacity, initiativeLayout, withCapacity,
} from '.';
import type { Dataset } from '.';
import { GROWTHCORP } from './growthcorp';

describe('columnRange and cellOf', () => {
  it('name a column of the data rows by key, with or without its sheet', () => {
    // ROI's table: header on row 8, 200 rows (9–208); delivery is its fourth column.
    expect(ROI_TABLE.columns.delivery).toBe('D');
    expect(columnRange(ROI_TABLE, 'delivery')).toBe('ROI!$D$9:$D$208');
    expect(columnRange(ROI_TABLE, 'delivery', false)).toBe('$D$9:$D$208');
    expect(cellOf(ROI_TABLE, 'delivery', 12)).toBe('D12');
    expect(cellOf(ROI_TABLE, 'delivery', 12, true)).toBe('ROI!D12');
  });

  it('follow the capacity', () => {
    expect(columnRange(initiativeLayout(2000).roi, 'name')).toBe('ROI!$A$9:$A$2008');
  });

  it('refuse a key the table does not have, naming the sheet', () => {
    expect(() => columnRange(ROI_TABLE, 'budget')).toThrow('ROI has no column budget');
    expect(() => cellOf(IMPACT_TABLE, 'nothing', 9)).toThrow('Impact has no column nothing');
  });
});

describe('initiative capacity', () => {
  it('accepts 200 and 2,000 only, and says which when it refuses', () => {
    expect(initiativeCapacity(200)).toBe(200);
    expect(initiativeCapacity(2000)).toBe(2000);
    expect(() => initiativeCapacity(500)).toThrow('An initiative capacity is one of 200 or 2000 rows, not 500.');
    expect(() => initiativeCapacity('200')).toThrow('An initiative capacity is one of 200 or 2000 rows, not the text "200".');
    expect(() => initiativeCapacity(undefined)).toThrow(/rows, not blank\.$/);
    expect(() => initiativeCapacity(null)).toThrow(/rows, not blank\.$/);
    expect(() => initiativeCapacity({ rows: 200 })).toThrow(/rows, not an object\.$/);
    expect(() => initiativeCapacity(true)).toThrow(/rows, not a boolean\.$/);
    expect(() => initiativeCapacity(Number.NaN)).toThrow(/rows, not NaN\.$/);
  });

  it('moves only the last row of a table', () => {
    const wide = withCapacity(ALIGNMENT_TABLE, 2000);
    expect(wide).toEqual({ ...ALIGNMENT_TABLE, lastDataRow: ALIGNMENT_TABLE.headerRow + 2000, capacity: 2000 });
    expect(ALIGNMENT_TABLE.capacity).toBe(200);
  });

  it('lays out the four initiative tables and the learning figures at 200 by default, in line', () => {
    const layout = initiativeLayout();
    expect(layout.capacity).toBe(200);
    expect(layout).toEqual({
      capacity: 200, alignment: ALIGNMENT_TABLE, impact: IMPACT_TABLE, roi: ROI_TABLE, plan: PLAN_TABLE,
      learning: withCapacity(LEARNING_BY_INITIATIVE, 200),
    });
    const large = initiativeLayout(2000);
    for (const table of [large.alignment, large.impact, large.roi, large.plan]) {
      expect([table.firstDataRow, table.lastDataRow, table.capacity]).toEqual([9, 2008, 2000]);
    }
    expect(large.learning.lastDataRow - large.learning.firstDataRow + 1).toBe(2000);
    expect(() => initiativeLayout(300)).toThrow(/not 300\./);
  });
});

describe('the spec entry points', () => {
  it('know two datasets and name an unknown one', () => {
    expect(exampleData('empty')).toBeUndefined();
    expect(exampleData('growthcorp')).toBe(GROWTHCORP);
    expect(() => exampleData('acme' as Dataset)).toThrow('Unknown dataset: acme');
    expect(() => buildWorkbookSpec('acme' as Dataset)).toThrow('Unknown dataset: acme');
  });

  it('fill only the example, at the chosen capacity', () => {
    expect(() => buildWorkbookSpec('empty', { filled: true })).toThrow('Only the growthcorp example can be filled, not empty.');
    expect(() => buildWorkbookSpec('growthcorp', { capacity: 20, filled: true })).toThrow(/not 20\./);
  });

  it('find a sheet by its canonical name, renamed or not, and name one the spec lacks', () => {
    const spec = buildWorkbookSpec('empty');
    expect(findSheet(spec, 'History').name).toBe('History log');
    expect(findSheet(spec, 'ROI').name).toBe('ROI');
    expect(() => findSheet({ ...spec, sheets: spec.sheets.filter((s) => s.name !== 'ROI') }, 'ROI')).toThrow('The spec has no ROI sheet');
  });
});
