/**
 * A small helper that sheet modules use to place cells by address and then hand back the dense grid
 * a {@link SheetSpec} needs. Nothing here decides content.
 */
import { columnNumber, parseCell } from './a1';
import type { TableDef } from './layout';
import type { CellSpec, CellStyle, ChartSpec, ConditionalFormatSpec, SheetName, SheetSpec, TableSpec, ValidationSpec } from './types';

export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private maxRow = 0;
  private maxColumn = 0;
  readonly validations: ValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly tables: TableSpec[] = [];
  readonly charts: ChartSpec[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly hiddenColumns: string[] = [];
  readonly hiddenRows: number[] = [];

  constructor(readonly name: SheetName) {}

  /** Put a cell at an address (`B6`). A later call for the same address replaces it. */
  set(address: string, cell: CellSpec): this {
    const at = parseCell(address);
    if (!at) throw new Error(`${this.name}: bad address ${address}`);
    this.cells.set(`${at.row},${at.column}`, cell);
    this.maxRow = Math.max(this.maxRow, at.row);
    this.maxColumn = Math.max(this.maxColumn, at.column);
    return this;
  }

  text(address: string, value: string, style?: CellStyle, note?: string): this {
    return this.set(address, { value, style, note });
  }

  formula(address: string, formula: string, numberFormat?: string, style: CellStyle = 'calc'): this {
    if (!formula.startsWith('=')) throw new Error(`${this.name}!${address}: a formula starts with =`);
    return this.set(address, { formula, numberFormat, style });
  }

  /** The header row of a table, its number formats and styles on every capacity row, and the table. */
  table(def: TableDef, rowCells: (row: number, index: number) => Partial<Record<string, CellSpec>>): this {
    for (const d of def.defs) {
      this.set(`${def.columns[d.key]}${def.headerRow}`, { value: d.header, style: 'header', note: d.note });
    }
    for (let i = 0; i < def.capacity; i++) {
      const row = def.firstDataRow + i;
      const given = rowCells(row, i);
      for (const d of def.defs) {
        const cell = given[d.key];
        const base: CellSpec = { style: d.input ? 'input' : 'calc', numberFormat: d.numberFormat };
        if (cell === undefined && !d.input) throw new Error(`${this.name}: column ${d.key} needs a formula in row ${row}`);
        this.set(`${def.columns[d.key]}${row}`, { ...base, ...(cell ?? {}) });
      }
    }
    const first = def.columns[def.defs[0].key];
    const last = def.columns[def.defs[def.defs.length - 1].key];
    this.tables.push({ name: def.table, range: `${first}${def.headerRow}:${last}${def.lastDataRow}` });
    return this;
  }

  build(meta: {
    purpose: string;
    tabColor: string;
    frozenRows: number;
    frozenColumns: number;
    columnWidths: readonly number[];
  }): SheetSpec {
    const rows: (CellSpec | null)[][] = [];
    const width = Math.max(this.maxColumn, meta.columnWidths.length);
    for (let r = 1; r <= this.maxRow; r++) {
      const row: (CellSpec | null)[] = new Array(width).fill(null);
      rows.push(row);
    }
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number);
      rows[r - 1][c - 1] = stripUndefined(cell);
    }
    return {
      name: this.name,
      purpose: meta.purpose,
      tabColor: meta.tabColor,
      frozenRows: meta.frozenRows,
      frozenColumns: meta.frozenColumns,
      columnWidths: meta.columnWidths,
      cells: rows,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      charts: this.charts,
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
      ...(Object.keys(this.rowHeights).length > 0 ? { rowHeights: this.rowHeights } : {}),
      ...(this.hiddenColumns.length > 0 ? { hiddenColumns: this.hiddenColumns } : {}),
      ...(this.hiddenRows.length > 0 ? { hiddenRows: this.hiddenRows } : {}),
    };
  }
}

function stripUndefined(cell: CellSpec): CellSpec {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cell)) if (v !== undefined) out[k] = v;
  return out as CellSpec;
}

/** Column widths for a sheet from table column definitions starting at column A, then extras. */
export function widthsFrom(defs: readonly { width: number }[], extra: Readonly<Record<string, number>> = {}): number[] {
  const widths = defs.map((d) => d.width);
  for (const [letter, w] of Object.entries(extra)) {
    const index = columnNumber(letter) - 1;
    while (widths.length < index) widths.push(90);
    widths[index] = w;
  }
  return widths;
}

/** `IF(cell="","",value)` shorthand used on every capacity row. */
export function ifBlank(cell: string, value: string): string {
  return `IF(${cell}="","",${value})`;
}
