/**
 * What the three report sheets share: measures listed from Measures by native formulas, in groups
 * (e.g. outcome, then effectiveness, then efficiency), without array formulas.
 *
 * For each group a hidden column holds, on the Measures rows (same sheet row numbers), a strictly
 * increasing key: count × STEP + i, where count is how many Measures rows up to the i-th belong to the
 * group and STEP = capacity + 1. Report row k of the group is the Measures row where the count first
 * reaches k: one after the last key at or below k × STEP, found by `MATCH(k × STEP, keys, 1)`, a binary
 * search. The keys are distinct whole numbers, so no engine's handling of ties matters (Excel, Google
 * Sheets and LibreOffice agree), and the group's total is (last key − capacity) ÷ STEP exactly. Each
 * report row costs O(log n) and each key one cell, so the sheet stays linear in measures, and every
 * host (LibreOffice 7.4 included) evaluates it without array entry.
 */
import type { SheetBuilder } from '../builder';
import { MEASURES_TABLE as M, MEASURE_STATUSES, NUMBER_FORMAT, PERCENT, REPORT_COLUMNS } from '../layout';
import type { CellSpec } from '../types';
import { BAD, GOOD, WARN } from './common';

export type ReportColumn = (typeof REPORT_COLUMNS)[number] | 'program';

const SOURCE: Readonly<Record<ReportColumn, { readonly key: string; readonly header: string; readonly format?: string }>> = {
  program: { key: 'initiative', header: 'Program' },
  measure: { key: 'name', header: 'Measure' },
  type: { key: 'type', header: 'Type' },
  unit: { key: 'unit', header: 'Unit' },
  lastYear: { key: 'lastYear', header: 'Last year actual', format: NUMBER_FORMAT },
  plan: { key: 'plan', header: 'Plan this year', format: NUMBER_FORMAT },
  ytd: { key: 'ytd', header: 'YTD actual', format: NUMBER_FORMAT },
  ytdPercent: { key: 'ytdPercent', header: 'YTD % of plan', format: PERCENT },
  forecast: { key: 'forecast', header: 'Forecast', format: NUMBER_FORMAT },
  forecastPercent: { key: 'forecastPercent', header: 'Forecast % of plan', format: PERCENT },
  status: { key: 'status', header: 'Status' },
};

/** A Measures column's data rows, absolute: `Measures!$W$8:$W$67`. */
export function measuresColumn(key: string): string {
  const letter = (M.columns as Record<string, string>)[key];
  return `Measures!$${letter}$${M.firstDataRow}:$${letter}$${M.lastDataRow}`;
}

/** Keys per count: one more than the Measures capacity, so count × STEP + i never collides. */
const STEP = M.capacity + 1;

/**
 * Running keys: in `column`, on each Measures row (the i-th), count × STEP + i, where count is how
 * many Measures rows up to it satisfy `condition(r)` (a formula fragment that is TRUE or FALSE).
 */
export function runningCounts(b: SheetBuilder, column: string, header: string, condition: (measuresRow: number) => string): void {
  b.text(`${column}${M.headerRow}`, header, 'header');
  for (let r = M.firstDataRow; r <= M.lastDataRow; r++) {
    const above = r === M.firstDataRow ? '' : `${column}${r - 1}+`;
    b.formula(`${column}${r}`, `=${above}IF(${condition(r)},${STEP},0)+1`, '0');
  }
  b.hiddenColumns.push(column);
}

/** How many Measures rows a running-key column counted: (last key − capacity) ÷ STEP. */
export function groupTotal(column: string): string {
  return `($${column}$${M.lastDataRow}-${M.capacity})/${STEP}`;
}

/** The index (1-based, into the Measures data rows) of the `k`-th row counted in `column`. */
function positionIn(column: string, k: string): string {
  const keys = `$${column}$${M.firstDataRow}:$${column}$${M.lastDataRow}`;
  return `IFERROR(MATCH((${k})*${STEP},${keys},1),0)+1`;
}

/**
 * The formula of report row `k` (1-based) for groups in order: the Measures index of its measure, or
 * "" past the last one.
 */
export function positionFormula(groups: readonly string[], k: number): string {
  let formula = '""';
  for (let g = groups.length - 1; g >= 0; g--) {
    const before = groups.slice(0, g).map(groupTotal);
    const upTo = [...before, groupTotal(groups[g])].join('+');
    const within = before.length === 0 ? `${k}` : `${k}-(${before.join('+')})`;
    formula = `IF(${k}<=${upTo},${positionIn(groups[g], within)},${formula})`;
  }
  return `=${formula}`;
}

/** The header cells of a report table from column A. */
export function reportHeaders(b: SheetBuilder, columns: readonly ReportColumn[], headerRow: number): void {
  columns.forEach((c, i) => b.set(`${letterAt(i)}${headerRow}`, { value: SOURCE[c].header, style: 'header' }));
}

/** Measures columns a person types numbers into: blank stays blank on the reports. */
const NUMBER_INPUTS = new Set(['lastYear', 'plan']);

/**
 * The value of a Measures column at a position. INDEX gives 0 for an empty cell, so text columns join
 * "" and number inputs are tested for blank; calculated columns already hold "" when they show nothing.
 */
export function fetch(key: string, position: string, text: boolean): string {
  const value = `INDEX(${measuresColumn(key)},${position})`;
  if (text) return `${value}&""`;
  return NUMBER_INPUTS.has(key) ? `IF(${value}="","",${value})` : value;
}

/** One report row: each column an INDEX into Measures by the row's position cell. */
export function reportRow(b: SheetBuilder, columns: readonly ReportColumn[], row: number, position: string): void {
  columns.forEach((c, i) => {
    const source = SOURCE[c];
    const cell: CellSpec = {
      formula: `=IF($${position}${row}="","",${fetch(source.key, `$${position}${row}`, source.format === undefined)})`,
      numberFormat: source.format,
      style: 'calc',
    };
    b.set(`${letterAt(i)}${row}`, cell);
  });
}

/** Status colours for a column of statuses. */
export function statusFormats(b: SheetBuilder, range: string): void {
  const top = range.split(':')[0];
  const [onTrack, atRisk, offTrack] = MEASURE_STATUSES;
  b.conditionalFormats.push(
    { range, formula: `=${top}="${onTrack}"`, style: GOOD },
    { range, formula: `=${top}="${atRisk}"`, style: WARN },
    { range, formula: `=${top}="${offTrack}"`, style: BAD },
  );
}

export function letterAt(index: number): string {
  return String.fromCharCode(65 + index);
}
