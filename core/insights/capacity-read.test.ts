/**
 * readFramework reads a workbook built at the largest capacity completely (issue 10): every row up to
 * the last capacity row, even past a blank row the person left (an initiative removed), as on a
 * 200-row workbook. The values are GrowthCorp filled to 2,000 initiatives, as a host reads them.
 */
import { buildWorkbookSpec, initiativeLayout, SHEET_TITLES } from '../templates';
import { columnNumber } from '../templates/a1';
import { readFramework } from './read';
import { gridSource, specValues } from './source';

const values = () => specValues(buildWorkbookSpec('growthcorp', { capacity: 2000, filled: true }));

test('all 2,000 initiatives are read, in order, with their costs', () => {
  const read = readFramework(gridSource(values()));
  expect(read.model.initiatives).toHaveLength(2000);
  expect(read.model.initiatives[1999].name).toEqual({ cell: 'Alignment!A2008', value: 'Engineering Leadership Program, wave 286' });
});

test('rows after a blank row past row 208 are still read: a removed initiative leaves no gap in what is seen', () => {
  const v = values();
  const layout = initiativeLayout(2000);
  // Clear every input of the 300th initiative (row 308) on the four sheets.
  for (const table of [layout.alignment, layout.impact, layout.roi, layout.plan]) {
    const grid = v[SHEET_TITLES[table.sheet]];
    for (const key of table.inputs) grid[table.firstDataRow - 1 + 299][columnNumber((table.columns as Record<string, string>)[key]) - 1] = null;
  }
  const read = readFramework(gridSource(v));
  expect(read.model.initiatives).toHaveLength(1999);
  expect(read.model.initiatives[1998].name.value).toBe('Engineering Leadership Program, wave 286');
});
