/**
 * snapshotRow at its edges: what a host writes when there is no note, no History sheet, no figures
 * to record, or no room left under the table. Its main case (GrowthCorp's next quarter) is in
 * plan.test.ts. Expected rows and addresses come from core/templates/layout.ts (HISTORY_TABLE).
 */
import { HISTORY_TABLE } from '../templates';
import { serialFromIso } from './cells';
import { readFramework, snapshotRow } from './index';
import { exampleValues, ref, setCell, sheetTitle, sourceOf, Values } from './testing/workbook';

const modelOf = (values: Values) => readFramework(sourceOf(values)).model;
const INPUT_COLUMNS = ['date', 'investment', 'benefits', 'alignedShare', 'coverage', 'alignment', 'note'] as const;
const addresses = (row: number) => INPUT_COLUMNS.map((key) => `${HISTORY_TABLE.columns[key]}${row}`);

describe('snapshotRow at its edges', () => {
  it('writes a blank note when none is given', () => {
    const row = snapshotRow(modelOf(exampleValues()), '2025-09-30');
    expect(row.values.note).toBe('');
    expect(row.cells[row.cells.length - 1]).toEqual({ address: `${HISTORY_TABLE.columns.note}${row.row}`, value: '' });
  });

  it('names the template\'s History log and its first data row when the workbook has no History sheet', () => {
    const values = exampleValues();
    delete values[sheetTitle('History')];
    const row = snapshotRow(modelOf(values), '2025-01-31');
    expect(row.sheet).toBe('History log');
    expect(row.row).toBe(HISTORY_TABLE.firstDataRow);
    expect(row.cells.map((c) => c.address)).toEqual(addresses(HISTORY_TABLE.firstDataRow));
  });

  it('writes blanks, not zeros or "null", for figures an empty framework cannot have', () => {
    const row = snapshotRow(modelOf(exampleValues('empty')), '2025-01-31');
    expect(row.values).toEqual({
      date: '2025-01-31', investment: 0, benefits: 0, alignedShare: null, coverage: null, alignment: null, note: '',
    });
    const at = addresses(HISTORY_TABLE.firstDataRow);
    expect(row.cells).toEqual([
      { address: at[0], value: serialFromIso('2025-01-31') }, { address: at[1], value: 0 }, { address: at[2], value: 0 },
      { address: at[3], value: '' }, { address: at[4], value: '' }, { address: at[5], value: '' }, { address: at[6], value: '' },
    ]);
  });

  it('says when the next row is past the rows whose ROI and BCR formulas the template filled', () => {
    const withLastSnapshotAt = (row: number) => {
      const values = exampleValues();
      setCell(values, ref(HISTORY_TABLE, 'date', row), serialFromIso('2030-12-31'));
      return snapshotRow(modelOf(values), '2031-01-31');
    };
    const lastFitting = withLastSnapshotAt(HISTORY_TABLE.lastDataRow - 1);
    expect(lastFitting.row).toBe(HISTORY_TABLE.lastDataRow);
    expect(lastFitting.beyondCapacity).toBe(false);
    const past = withLastSnapshotAt(HISTORY_TABLE.lastDataRow);
    expect(past.row).toBe(HISTORY_TABLE.lastDataRow + 1);
    expect(past.beyondCapacity).toBe(true);
    expect(past.cells.map((c) => c.address)).toEqual(addresses(HISTORY_TABLE.lastDataRow + 1));
  });
});
