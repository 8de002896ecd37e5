/**
 * The render plan: a template spec turned, once, into everything a renderer writes. Excel
 * (Office.js), Google Sheets (SpreadsheetApp) and the `.xlsx` writer (exceljs) each replay the same
 * plan and decide nothing: sheet names, free table and defined names, framework markers, escaping,
 * format and style rectangles, hidden runs and widths are all decided here.
 *
 * The plan's size depends on the template's shape, not on its rows: one cell grid per sheet, and
 * formats and styles as rectangles (a style repeated down 200 rows is one rectangle).
 */
import { enteredText } from '../text';
import { freeMarkerInstance, markerName } from '../framework/marker';
import { buildWorkbookSpec } from '../templates/index';
import { cellAddress, columnNumber, quoteSheet } from '../templates/a1';
import { nameKey, planIdentifiers, planSheetNames, renameIdentifiers, renameSheets } from '../templates/rename';
import { STYLES } from '../templates/types';
import type {
  CellSpec, CellStyle, ChartSpec, ConditionalFormatSpec, Dataset, SheetName, SheetSpec, TableSpec, ValidationSpec, WorkbookSpec,
} from '../templates/types';
import { rectanglesByKey, runs, type Run } from './rectangles';
import { fittedRowHeights, printSetup, type PrintSetup } from './print';

/**
 * One cell of the plan. Text carries the text itself (what the cell must hold; typed-file writers
 * such as `.xlsx` store it as a string cell) and its entered form from {@link enteredText} (what a
 * host that parses input, Excel `Range.formulas` or Sheets `setValues`, must be given).
 */
export type PlannedCell =
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly entered: string };

/** What a cell receives in a host that parses input: a formula, a constant, escaped text, or '' for empty. */
export type EnteredValue = string | number | boolean;

export type StyleLook = (typeof STYLES)[CellStyle];

/**
 * How a number or date check compares, decided once here: `between` min and max, `atLeast` min,
 * `atMost` max, or `any` number (date) at all when the spec gives no bound. `bounds` holds the
 * numbers in that order (date serials for dates); each renderer only maps the operator to its API.
 */
export type ValidationOperator = 'between' | 'atLeast' | 'atMost' | 'any';

export type PlannedValidation =
  | Extract<ValidationSpec, { type: 'list' }>
  | (Extract<ValidationSpec, { type: 'whole' | 'decimal' | 'date' }> & { readonly operator: ValidationOperator; readonly bounds: readonly number[] });

/** A validation spec with its operator and bounds (a planned one is returned as it is). */
export function plannedValidation(v: ValidationSpec | PlannedValidation): PlannedValidation {
  if (v.type === 'list' || 'operator' in v) return v;
  const { min, max } = v;
  if (min !== undefined && max !== undefined) return { ...v, operator: 'between', bounds: [min, max] };
  if (min !== undefined) return { ...v, operator: 'atLeast', bounds: [min] };
  if (max !== undefined) return { ...v, operator: 'atMost', bounds: [max] };
  return { ...v, operator: 'any', bounds: [] };
}

export interface PlannedSheet {
  /** The template's own name for the sheet (the framework part). */
  readonly canonical: SheetName;
  /** The name it gets in this workbook (`Strategy (2)` when `Strategy` was taken). */
  readonly name: string;
  readonly purpose: string;
  /** Size of the cell block written from A1 (0 × 0 for a sheet with no cells). */
  readonly rows: number;
  readonly columns: number;
  /** rows × columns from A1; null is an empty cell. */
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly numberFormats: readonly { readonly format: string; readonly ranges: readonly string[] }[];
  readonly styles: readonly { readonly style: CellStyle; readonly look: StyleLook; readonly ranges: readonly string[] }[];
  /** Cell notes, 1-based. */
  readonly notes: readonly { readonly row: number; readonly column: number; readonly address: string; readonly text: string }[];
  readonly validations: readonly PlannedValidation[];
  /** Rule formulas with taken names renamed. */
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  /** Runs of columns (1-based) of equal width, in pixels. */
  readonly columnWidths: readonly { readonly start: number; readonly count: number; readonly pixels: number }[];
  /** Rows taller than the default, 1-based: every text fits at the template's widths (./print.ts). */
  readonly rowHeights: readonly { readonly row: number; readonly pixels: number }[];
  readonly merges: readonly string[];
  readonly hiddenColumns: readonly Run[];
  readonly hiddenRows: readonly Run[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly tabColor: string;
  /** Tables with their final (free) names. */
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /**
   * Orientation, fit to width, print titles and area, footer, page breaks (./print.ts). Always set by
   * the plan; absent only where a host leaves it out (an Excel before ExcelApi 1.9).
   */
  readonly print?: PrintSetup;
}

export interface PlannedName {
  readonly name: string;
  /** Absolute reference with its sheet, without `=`: `Dashboard!$C$6`, `'Strategy (2)'!$A$1`. */
  readonly ref: string;
  readonly comment: string;
  /** `template`: a figure the template defines (TotalInvestment, …); `marker`: a framework marker. */
  readonly kind: 'template' | 'marker';
}

export interface Renamed {
  readonly from: string;
  readonly to: string;
}

export interface RenderPlan {
  readonly dataset: Dataset;
  readonly sheets: readonly PlannedSheet[];
  /** Template names first, then one marker per sheet. */
  readonly names: readonly PlannedName[];
  /** Which framework of the workbook this is (1 for the first; see core/framework/marker.ts). */
  readonly markerInstance: number;
  readonly renamedSheets: readonly Renamed[];
  /** Tables and defined names (one namespace in Excel) that were taken, with the names used instead. */
  readonly renamedTables: readonly Renamed[];
  readonly renamedNames: readonly Renamed[];
  /** Sentences for the person: what was renamed and why. */
  readonly messages: readonly string[];
  /** The dashboard's summary cell (its first cell styled `summary`), to read back after building. */
  readonly summary?: { readonly sheet: string; readonly address: string };
}

/** Names the workbook already uses; each list is compared without regard to case. */
export interface TakenNames {
  readonly sheets: readonly string[];
  /** Tables and defined names (Excel) or named ranges (Sheets). */
  readonly names: readonly string[];
}

const NOTHING_TAKEN: TakenNames = { sheets: [], names: [] };

function plannedCell(cell: CellSpec | null | undefined, renames: ReadonlyMap<string, string>): PlannedCell | null {
  if (!cell) return null;
  if (cell.formula !== undefined) return { kind: 'formula', formula: renameIdentifiers(cell.formula, renames) };
  const value = cell.value;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string' && value !== '') return { kind: 'text', text: value, entered: enteredText(value) };
  return null;
}

/** What a host that parses input receives for a cell (Excel `Range.formulas`, Sheets `setValues`). */
export function enteredCell(cell: PlannedCell | null): EnteredValue {
  if (!cell) return '';
  if (cell.kind === 'formula') return cell.formula;
  if (cell.kind === 'text') return cell.entered;
  return cell.value;
}

/** A sheet's whole cell block as entered values, rows × columns. */
export function enteredGrid(sheet: PlannedSheet): EnteredValue[][] {
  return sheet.cells.map((row) => row.map(enteredCell));
}

function widthRuns(widths: readonly number[]): { start: number; count: number; pixels: number }[] {
  const out: { start: number; count: number; pixels: number }[] = [];
  widths.forEach((pixels, i) => {
    const last = out[out.length - 1];
    if (last && last.pixels === pixels) last.count++;
    else out.push({ start: i + 1, count: 1, pixels });
  });
  return out;
}

function planSheet(sheet: SheetSpec, renames: ReadonlyMap<string, string>, tableNames: ReadonlyMap<string, string>): PlannedSheet {
  const rows = sheet.cells.length;
  const columns = sheet.cells.reduce((n, row) => Math.max(n, row.length), 0);
  const at = (r: number, c: number): CellSpec | null | undefined => sheet.cells[r][c];
  const cells: (PlannedCell | null)[][] = [];
  const notes: PlannedSheet['notes'][number][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (PlannedCell | null)[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = at(r, c);
      row[c] = plannedCell(cell, renames);
      if (cell?.note) notes.push({ row: r + 1, column: c + 1, address: cellAddress(r + 1, c + 1), text: cell.note });
    }
    cells.push(row);
  }
  const formats = rectanglesByKey(rows, columns, (r, c) => at(r, c)?.numberFormat);
  const styles = rectanglesByKey(rows, columns, (r, c) => at(r, c)?.style);
  const rowHeights = fittedRowHeights(sheet);
  return {
    canonical: sheet.canonicalName ?? sheet.name,
    name: sheet.name,
    purpose: sheet.purpose,
    rows: columns > 0 ? rows : 0,
    columns,
    cells: columns > 0 ? cells : [],
    numberFormats: [...formats].map(([format, ranges]) => ({ format, ranges })),
    styles: [...styles].map(([style, ranges]) => ({ style, look: STYLES[style], ranges })),
    notes,
    validations: sheet.validations.map(plannedValidation),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f, formula: renameIdentifiers(f.formula, renames) })),
    columnWidths: widthRuns(sheet.columnWidths),
    rowHeights,
    merges: [...(sheet.merges ?? [])],
    hiddenColumns: runs((sheet.hiddenColumns ?? []).map(columnNumber)),
    hiddenRows: runs(sheet.hiddenRows ?? []),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    tables: sheet.tables.map((t) => ({ ...t, name: tableNames.get(t.name) ?? t.name })),
    charts: sheet.charts,
    print: printSetup(sheet, rowHeights),
  };
}

function summaryCell(sheets: readonly SheetSpec[]): RenderPlan['summary'] {
  const dashboard = sheets.find((s) => (s.canonicalName ?? s.name) === 'Dashboard');
  if (!dashboard) return undefined;
  for (let r = 0; r < dashboard.cells.length; r++) {
    const c = dashboard.cells[r].findIndex((cell) => cell?.style === 'summary');
    if (c >= 0) return { sheet: dashboard.name, address: cellAddress(r + 1, c + 1) };
  }
  return undefined;
}

/**
 * The plan for building `source` (a dataset's template, or any spec) into a workbook that already
 * uses the `taken` names. Nothing existing is ever changed:
 * - a taken sheet name gets the next free `Name (n)` through {@link renameSheets}, so every formula,
 *   validation source, chart range and defined name follows;
 * - a taken table or defined name gets `Name_2`, and formulas and rule formulas follow;
 * - every sheet gets a framework marker, `markerName(part, instance)` → its `$A$1`, with the lowest
 *   instance whose markers are all free.
 *
 * ```ts
 * renderPlan('empty', { sheets: ['Strategy'], names: [] }).sheets[1].name // 'Strategy (2)'
 * ```
 */
export function renderPlan(source: WorkbookSpec | Dataset, taken: TakenNames = NOTHING_TAKEN): RenderPlan {
  const template = typeof source === 'string' ? buildWorkbookSpec(source) : source;
  const sheetNames = planSheetNames(taken.sheets, template.sheets.map((s) => s.name));
  // Every sheet → its chosen name; renameSheets leaves the spec as it is when none changes.
  const mapping: Partial<Record<SheetName, string>> = {};
  for (const sheet of template.sheets) mapping[sheet.canonicalName ?? sheet.name] = sheetNames.mapping.get(sheet.name)!;
  const spec = renameSheets(template, mapping);

  // Tables and defined names share one namespace (Excel); tables are named first.
  const tables = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const identifiers = planIdentifiers(taken.names, [...tables, ...spec.names.map((n) => n.name)]);
  const isTable = new Set(tables);
  const renamedTables = identifiers.renamed.filter((r) => isTable.has(r.from));
  const renamedNames = identifiers.renamed.filter((r) => !isTable.has(r.from));
  const renames = new Map(identifiers.renamed.map((r) => [nameKey(r.from), r.to]));

  const sheets = spec.sheets.map((sheet) => planSheet(sheet, renames, identifiers.mapping));
  const parts = sheets.map((s) => s.canonical);
  const markerInstance = freeMarkerInstance(taken.names, parts);
  const names: PlannedName[] = [
    ...spec.names.map((n): PlannedName => ({ name: identifiers.mapping.get(n.name)!, ref: n.ref.replace(/^=/, ''), comment: n.comment, kind: 'template' })),
    ...sheets.map((s): PlannedName => ({
      name: markerName(s.canonical, markerInstance),
      ref: `${quoteSheet(s.name)}!$A$1`,
      comment: `Marks this sheet as the L&D framework's ${s.canonical} part, whatever its name. Keep it.`,
      kind: 'marker',
    })),
  ];
  const messages = [
    ...sheetNames.renamed.map((r) => `This workbook already has a sheet named "${r.from}", so the new one is "${r.to}"; the existing sheet was not changed.`),
    ...renamedTables.map((r) => `This workbook already has a table or name "${r.from}", so the new table is "${r.to}".`),
    ...renamedNames.map((r) => `This workbook already has a name "${r.from}", so the new one is "${r.to}", and the new sheets use it.`),
  ];
  return {
    dataset: spec.dataset,
    sheets,
    names,
    markerInstance,
    renamedSheets: sheetNames.renamed,
    renamedTables,
    renamedNames,
    messages,
    summary: summaryCell(spec.sheets),
  };
}

/** How much a plan creates, for the build reports. */
export function planCounts(plan: RenderPlan) {
  let formulas = 0, tables = 0, validations = 0, conditionalFormats = 0, charts = 0, notes = 0;
  for (const sheet of plan.sheets) {
    for (const row of sheet.cells) for (const cell of row) if (cell?.kind === 'formula') formulas++;
    tables += sheet.tables.length;
    validations += sheet.validations.length;
    conditionalFormats += sheet.conditionalFormats.length;
    charts += sheet.charts.length;
    notes += sheet.notes.length;
  }
  const names = plan.names.filter((n) => n.kind === 'template').length;
  return { sheets: plan.sheets.length, formulas, tables, validations, conditionalFormats, charts, notes, names, markers: plan.names.length - names };
}
