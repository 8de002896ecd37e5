/**
 * Templates are data: a workbook is declared once as a {@link WorkbookSpec} and rendered by every host
 * (the `.xlsx` writer, Excel through Office.js, Google Sheets through SpreadsheetApp). A renderer only
 * copies what the spec says; it never decides content.
 *
 * Conventions every renderer can rely on:
 * - Addresses are A1 style, English function names, comma argument separators. Formulas start with `=`.
 * - `cells` is a dense grid from A1: `cells[r][c]` is row r + 1, column c + 1; `null` is an empty cell.
 * - Ranges in validations, conditional formats, tables and charts are on the same sheet unless they
 *   name one (`Strategy!$A$6:$A$17`). Defined names always name their sheet.
 * - Sheet names here are the canonical ones; a host that must rename a sheet (the name is taken) passes
 *   the new names to {@link renameSheets} first, so every formula and reference follows.
 */

export type SheetName =
  | 'Guide' | 'Strategy' | 'Alignment' | 'Impact' | 'ROI' | 'Plan' | 'Partners' | 'Measures' | 'Dashboard'
  | 'ProgramReport' | 'OperationsReport' | 'SummaryReport' | 'Learning' | 'Mappings' | 'History';

/** How a cell looks; each host maps a style to its own fonts and fills (see {@link STYLES}). */
export type CellStyle = 'title' | 'subtitle' | 'section' | 'header' | 'help' | 'input' | 'calc' | 'total' | 'kpi' | 'kpiLabel' | 'summary';

export interface CellSpec {
  /** A constant: text, number or boolean. Ignored when `formula` is set. */
  readonly value?: string | number | boolean | null;
  /** A native formula, starting with `=`. */
  readonly formula?: string;
  /** An Excel number format code that Sheets and LibreOffice read too (`#,##0`, `0.0%`, `0.0"x"`). */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  /** A hover note for the person filling the sheet. */
  readonly note?: string;
}

export type ValidationSpec =
  | {
      readonly range: string;
      readonly type: 'list';
      /** Fixed choices, or a range holding them (`Strategy!$A$6:$A$17`). */
      readonly values?: readonly string[];
      readonly source?: string;
      readonly prompt?: string;
      /** Shown when a value outside the list is typed; entry is rejected. */
      readonly errorMessage: string;
    }
  | {
      readonly range: string;
      readonly type: 'whole' | 'decimal' | 'date';
      readonly min?: number;
      readonly max?: number;
      readonly prompt?: string;
      readonly errorMessage: string;
    };

export interface ConditionalFormatSpec {
  readonly range: string;
  /** A formula true for the top-left cell of `range`, relative like Excel's (`=$H6<2`). */
  readonly formula: string;
  readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
}

export interface TableSpec {
  /** Excel table name (letters, digits, underscores). */
  readonly name: string;
  /** Header row through the last capacity row, e.g. `A5:H17`. */
  readonly range: string;
}

export interface ChartSpec {
  readonly title: string;
  readonly type: 'bar' | 'column' | 'line' | 'pie';
  /** Category labels, one column (`A6:A15`). */
  readonly categories: string;
  /** One or more series, each a column of values the same length as `categories`. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell the chart sits over, and its size in pixels. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

export interface SheetSpec {
  /**
   * The sheet's name in the workbook. It is the canonical {@link SheetName} unless the spec went through
   * {@link renameSheets}, which puts the new name here (e.g. `Strategy (2)`) and the canonical one in
   * {@link SheetSpec.canonicalName}.
   */
  readonly name: SheetName;
  /** Set by renameSheets: the template's own name of a renamed sheet (absent: `name` is canonical). */
  readonly canonicalName?: SheetName;
  /** One line: what this sheet is for (shown by task pane and sidebar). */
  readonly purpose: string;
  readonly tabColor: string;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Width of each column in pixels, from column A. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly (readonly (CellSpec | null)[])[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Optional: ranges shown as one merged cell (the dashboard summary), e.g. `B25:H25`. */
  readonly merges?: readonly string[];
  /** Optional: heights in pixels of particular rows, keyed by 1-based row number. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Optional: helper columns (letters) that calculate for other formulas and need not be shown. */
  readonly hiddenColumns?: readonly string[];
  /** Optional: helper rows (1-based) that need not be shown. */
  readonly hiddenRows?: readonly number[];
}

export interface DefinedNameSpec {
  readonly name: string;
  /** Absolute reference with its sheet: `Dashboard!$C$6`. */
  readonly ref: string;
  readonly comment: string;
}

export interface WorkbookSpec {
  readonly dataset: Dataset;
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedNameSpec[];
}

export type Dataset = 'empty' | 'growthcorp';

/** The choices of a build besides the dataset. */
export interface WorkbookOptions {
  /** Rows for initiatives on Alignment, Impact, ROI and Plan: one of INITIATIVE_CAPACITIES (layout.ts), 200 when absent. */
  readonly capacity?: number;
  /**
   * Fill every initiative row: the example's own rows, then generated ones (core/templates/filled-example.ts).
   * For the large example workbook of tests and benchmarks; only with the growthcorp dataset.
   */
  readonly filled?: boolean;
}

/** Colours and fonts for each style, shared by every renderer so the hosts look alike. */
export const STYLES: Readonly<Record<CellStyle, { readonly bold?: boolean; readonly italic?: boolean; readonly size?: number; readonly fontColor?: string; readonly fill?: string; readonly wrap?: boolean }>> = {
  title: { bold: true, size: 18, fontColor: '#1F3864' },
  subtitle: { italic: true, size: 11, fontColor: '#595959' },
  section: { bold: true, size: 13, fontColor: '#1F3864' },
  header: { bold: true, fontColor: '#FFFFFF', fill: '#1F6FB2', wrap: true },
  help: { italic: true, fontColor: '#595959', wrap: true },
  input: { fill: '#FFF9E6' },
  calc: { fill: '#F2F2F2' },
  total: { bold: true, fill: '#DDEBF7' },
  kpi: { bold: true, size: 16, fontColor: '#1F3864', fill: '#DDEBF7' },
  kpiLabel: { bold: true, fontColor: '#404040' },
  summary: { wrap: true, size: 12 },
};

/**
 * Where one input table sits, so hosts and the insights reader find columns by key rather than by a
 * hard-coded letter. Rows are 1-based sheet rows; `columns` maps a column key to its letter.
 */
export interface TableLayout<K extends string = string> {
  readonly sheet: SheetName;
  /** The Excel table name used for this block in {@link SheetSpec.tables}. */
  readonly table: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Number of data rows: lastDataRow − firstDataRow + 1. */
  readonly capacity: number;
  /** Column key → column letter (`{ name: 'A', budget: 'E' }`). */
  readonly columns: Readonly<Record<K, string>>;
  /** Column key → the header text written in the header row. */
  readonly headers: Readonly<Record<K, string>>;
  /** Keys of the columns a person fills in (the others hold formulas). */
  readonly inputs: readonly K[];
}
