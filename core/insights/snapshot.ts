/**
 * `snapshotRow(model, date)`: the row to append to History, with today's dashboard figures computed
 * by the core. Hosts write `cells` (input columns only: History's ROI and BCR columns are formulas
 * already on every row) with one batched write.
 */
import { HISTORY_TABLE, HistoryKey } from '../templates/layout';
import { isIsoDate, serialFromIso } from './cells';
import { portfolioFigures } from './figures';
import type { FrameworkModel } from './model';
import { splitCell } from './model';

export interface SnapshotValues {
  /** ISO date. */
  readonly date: string;
  readonly investment: number;
  readonly benefits: number;
  readonly alignedShare: number | null;
  readonly coverage: number | null;
  readonly alignment: number | null;
  readonly note: string;
}

export interface SnapshotCell {
  /** A1 address on the History sheet. */
  readonly address: string;
  /** What to write: numbers (the date as a serial number, formatted as a date by the template), text, or '' for blank. */
  readonly value: number | string;
}

export interface SnapshotRow {
  /** The History sheet's name in this workbook (e.g. `History log`). */
  readonly sheet: string;
  /** The 1-based row to write: the first row under the last snapshot. */
  readonly row: number;
  readonly values: SnapshotValues;
  readonly cells: readonly SnapshotCell[];
  /** Whether `row` is past the template's capacity (its ROI/BCR formulas stop there). */
  readonly beyondCapacity: boolean;
  /** The row of an existing snapshot with the same date, if any (a host may ask before adding a second). */
  readonly sameDateRow: number | null;
}

/** The History columns a snapshot fills, in the template's order. */
const SNAPSHOT_COLUMNS: readonly Exclude<HistoryKey, 'roi' | 'bcr'>[] = ['date', 'investment', 'benefits', 'alignedShare', 'coverage', 'alignment', 'note'];

export function snapshotRow(model: FrameworkModel, date: string, note = ''): SnapshotRow {
  if (!isIsoDate(date)) throw new Error(`snapshotRow: date must be an ISO date (YYYY-MM-DD), not ${String(date)}`);
  const figures = portfolioFigures(model);
  const values: SnapshotValues = {
    date, investment: figures.totalInvestment, benefits: figures.totalAdjustedBenefits,
    alignedShare: figures.alignedShare, coverage: figures.objectiveCoverage, alignment: figures.portfolioAlignment, note,
  };
  const sheet = model.sheets.History ?? 'History log';
  const last = model.history[model.history.length - 1];
  const lastRow = last ? last.row : HISTORY_TABLE.headerRow;
  // The History table's columns as found when it was read (the template's letters otherwise).
  const letterOf = (key: HistoryKey): string => {
    const found = last ? (last as unknown as Record<string, { cell: string } | undefined>)[key] : undefined;
    return found ? splitCell(found.cell).address.replace(/\d+$/, '') : HISTORY_TABLE.columns[key];
  };
  const row = lastRow + 1;
  const cells: SnapshotCell[] = SNAPSHOT_COLUMNS.map((key) => {
    const v = key === 'date' ? serialFromIso(date) : values[key];
    return { address: `${letterOf(key)}${row}`, value: v === null ? '' : v };
  });
  const same = model.history.find((s) => s.date.value === date);
  return { sheet, row, values, cells, beyondCapacity: row > HISTORY_TABLE.lastDataRow, sameDateRow: same ? same.row : null };
}
