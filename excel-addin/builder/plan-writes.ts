/**
 * A template spec turned into the list of writes the Excel renderer performs: pure data, so the
 * whole plan is tested without Office. The renderer (excel-writer.ts) only replays it.
 *
 * Writes are grouped so their number does not grow with the rows: one values/formulas array and one
 * number-format array per sheet, and cell styles as rectangles (a style that repeats down 200
 * initiative rows is one rectangle).
 */
import type {
  CellSpec, CellStyle, ChartSpec, ConditionalFormatSpec, SheetName, SheetSpec, ValidationSpec, WorkbookSpec,
} from '../../core/templates/types';
import { FEATURES, type Capabilities } from './capabilities';
import { columnLetter, rangeAddress, splitSheetReference } from './a1';
import { identifierKey, nextFreeIdentifier } from './sheet-names';

/** What one cell receives through `range.formulas`: a formula, a constant, or '' for empty. */
export type CellWrite = string | number | boolean;

export interface StyleBlock {
  readonly address: string;
  readonly style: CellStyle;
}

export interface TableWrite {
  readonly name: string;
  readonly address: string;
}

export interface SheetWrite {
  readonly canonical: SheetName;
  /** The name the sheet gets in this workbook (the canonical one unless it was taken). */
  readonly name: string;
  readonly purpose: string;
  readonly tabColor?: string;
  /** The written block, from A1; undefined for a sheet with no cells. */
  readonly address?: string;
  readonly cells: readonly (readonly CellWrite[])[];
  /** Number formats of the block (`General` where none); undefined when every cell is General. */
  readonly numberFormats?: readonly (readonly string[])[];
  readonly styles: readonly StyleBlock[];
  readonly columnWidths: readonly { readonly address: string; readonly points: number }[];
  /** Rows given a height, as `25:25`. */
  readonly rowHeights: readonly { readonly address: string; readonly points: number }[];
  /** Ranges shown as one merged cell (`B25:H25`). */
  readonly merges: readonly string[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TableWrite[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts: readonly ChartSpec[];
  readonly notes: readonly { readonly address: string; readonly text: string }[];
}

export interface NameWrite {
  readonly name: string;
  /** `=Dashboard!$C$6`, after any sheet renaming. */
  readonly formula: string;
  readonly comment: string;
}

export interface WritePlan {
  readonly sheets: readonly SheetWrite[];
  readonly names: readonly NameWrite[];
  /** Sentences for the pane: what was renamed or left out, and why. */
  readonly notes: readonly string[];
}

/** Names already used in the workbook (tables and defined names share one namespace in Excel). */
export interface TakenNames {
  readonly tables: readonly string[];
  readonly definedNames: readonly string[];
}

/** The template's own name for a sheet, whatever it is called in this workbook. */
export function canonicalName(sheet: SheetSpec): SheetName {
  return (sheet as SheetSpec & { readonly canonicalName?: SheetName }).canonicalName ?? sheet.name;
}

/** Pixels (as the spec gives widths) to points (as Office.js takes them). */
export const POINTS_PER_PIXEL = 0.75;

const GENERAL = 'General';

/** Text that Excel would read as a formula is written with a leading apostrophe, so it stays text. */
function constantWrite(value: CellSpec['value']): CellWrite {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

function cellWrite(cell: CellSpec | null): CellWrite {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  return constantWrite(cell.value);
}

/**
 * Cells of one style as few rectangles as possible without search: runs along each row, then runs
 * with the same columns in consecutive rows joined into one rectangle.
 */
export function styleBlocks(cells: readonly (readonly (CellSpec | null)[])[]): StyleBlock[] {
  const blocks: StyleBlock[] = [];
  interface Open { row0: number; row1: number; c0: number; c1: number; style: CellStyle }
  let open = new Map<string, Open>();
  const close = (o: Open) => blocks.push({ address: rangeAddress(o.row0, o.c0, o.row1, o.c1), style: o.style });
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (!style) { c++; continue; }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const runKey = `${c}:${end}:${style}`;
      const previous = open.get(runKey);
      if (previous && previous.row1 === r - 1) {
        previous.row1 = r;
        next.set(runKey, previous);
        open.delete(runKey);
      } else {
        next.set(runKey, { row0: r, row1: r, c0: c, c1: end, style });
      }
      c = end + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  }
  for (const o of open.values()) close(o);
  return blocks;
}

/** Replace whole-word identifiers outside string literals and quoted sheet names. */
export function renameIdentifiers(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a quoted literal
      return part.replace(/[A-Za-z_\\][A-Za-z0-9_.]*/g, (word, offset: number) => {
        const before = offset > 0 ? part[offset - 1] : '';
        if (before === '!' || before === '$') return word; // a sheet-qualified cell, not a name
        return renames.get(identifierKey(word)) ?? word;
      });
    })
    .join('');
}

function usedWidth(sheet: SheetSpec): number {
  let width = 0;
  for (const row of sheet.cells) width = Math.max(width, row.length);
  return width;
}

function planSheet(sheet: SheetSpec, capabilities: Capabilities, tableNames: ReadonlyMap<string, string>, renames: ReadonlyMap<string, string>): SheetWrite {
  const rows = sheet.cells.length;
  const columns = usedWidth(sheet);
  const cells: CellWrite[][] = [];
  const formats: string[][] = [];
  let anyFormat = false;
  const notes: { address: string; text: string }[] = [];
  for (let r = 0; r < rows; r++) {
    const source = sheet.cells[r];
    const rowCells: CellWrite[] = new Array(columns);
    const rowFormats: string[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = source[c] ?? null;
      const write = cellWrite(cell);
      rowCells[c] = typeof write === 'string' && cell?.formula !== undefined ? renameIdentifiers(write, renames) : write;
      rowFormats[c] = cell?.numberFormat ?? GENERAL;
      if (cell?.numberFormat) anyFormat = true;
      if (cell?.note && capabilities.notes) notes.push({ address: rangeAddress(r, c, r, c), text: cell.note });
    }
    cells.push(rowCells);
    formats.push(rowFormats);
  }
  const hasBlock = rows > 0 && columns > 0;
  return {
    canonical: canonicalName(sheet),
    name: sheet.name,
    purpose: sheet.purpose,
    tabColor: capabilities.tabColors ? sheet.tabColor : undefined,
    address: hasBlock ? rangeAddress(0, 0, rows - 1, columns - 1) : undefined,
    cells: hasBlock ? cells : [],
    numberFormats: hasBlock && anyFormat ? formats : undefined,
    styles: styleBlocks(sheet.cells),
    columnWidths: capabilities.columnWidths
      ? sheet.columnWidths.map((px, i) => ({ address: `${columnLetter(i)}:${columnLetter(i)}`, points: Math.round(px * POINTS_PER_PIXEL * 100) / 100 }))
      : [],
    rowHeights: capabilities.columnWidths
      ? Object.entries(sheet.rowHeights ?? {}).map(([row, px]) => ({ address: `${row}:${row}`, points: Math.round(px * POINTS_PER_PIXEL * 100) / 100 }))
      : [],
    merges: capabilities.columnWidths ? [...(sheet.merges ?? [])] : [],
    freeze: capabilities.freezePanes && (sheet.frozenRows > 0 || sheet.frozenColumns > 0) ? { rows: sheet.frozenRows, columns: sheet.frozenColumns } : undefined,
    tables: sheet.tables.map((t) => ({ name: tableNames.get(identifierKey(t.name)) ?? t.name, address: t.range })),
    validations: capabilities.dataValidation ? sheet.validations : [],
    conditionalFormats: capabilities.conditionalFormats
      ? sheet.conditionalFormats.map((f) => ({ ...f, formula: renameIdentifiers(f.formula, renames) }))
      : [],
    charts: capabilities.charts ? sheet.charts : [],
    notes,
  };
}

/**
 * The writes for a spec whose sheet names are already final (see `renameSheets`). Table and
 * defined names that the workbook already uses get the next free `Name_2`, and formulas follow.
 */
export function planWrites(spec: WorkbookSpec, capabilities: Capabilities, taken: TakenNames): WritePlan {
  const notes: string[] = [];
  const used = new Set<string>([...taken.tables, ...taken.definedNames].map(identifierKey));
  const renames = new Map<string, string>();
  const tableNames = new Map<string, string>();

  for (const sheet of spec.sheets) {
    for (const table of sheet.tables) {
      const chosen = nextFreeIdentifier(table.name, used);
      used.add(identifierKey(chosen));
      tableNames.set(identifierKey(table.name), chosen);
      if (chosen !== table.name) {
        renames.set(identifierKey(table.name), chosen);
        notes.push(`This workbook already has a table named ${table.name}; the new one is ${chosen}.`);
      }
    }
  }
  const names: NameWrite[] = [];
  if (capabilities.definedNames) {
    for (const name of spec.names) {
      const chosen = nextFreeIdentifier(name.name, used);
      used.add(identifierKey(chosen));
      if (chosen !== name.name) {
        renames.set(identifierKey(name.name), chosen);
        notes.push(`This workbook already has a name ${name.name}; the new one is ${chosen}, and the new sheets use it.`);
      }
      names.push({ name: chosen, formula: `=${name.ref.replace(/^=/, '')}`, comment: name.comment.slice(0, 255) });
    }
  }

  const sheets = spec.sheets.map((sheet) => planSheet(sheet, capabilities, tableNames, renames));
  for (const feature of Object.keys(FEATURES) as (keyof typeof FEATURES)[]) {
    if (!capabilities[feature]) notes.push(`Left out ${FEATURES[feature].label}: this Excel does not support ExcelApi ${FEATURES[feature].version}.`);
  }
  return { sheets, names, notes };
}

/** How much a plan creates, for the pane's report. */
export function planCounts(plan: WritePlan) {
  let tables = 0, validations = 0, conditionalFormats = 0, charts = 0, notes = 0;
  for (const sheet of plan.sheets) {
    tables += sheet.tables.length;
    validations += sheet.validations.length;
    conditionalFormats += sheet.conditionalFormats.length;
    charts += sheet.charts.length;
    notes += sheet.notes.length;
  }
  return { sheets: plan.sheets.length, tables, validations, conditionalFormats, charts, notes, names: plan.names.length };
}

/** A range on its own sheet or on a named one (`'Strategy (2)'!$A$6:$A$17`). */
export function resolveReference(reference: string, currentSheet: string): { readonly sheet: string; readonly address: string } {
  const { sheet, address } = splitSheetReference(reference);
  return { sheet: sheet ?? currentSheet, address };
}
