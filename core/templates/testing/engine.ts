/**
 * Test support: a template spec recalculated by a real formula engine (HyperFormula), in process and
 * in seconds. The recalculation test (core/templates/recalc.test.ts) checks every dashboard figure
 * against the core with it; the browser test shows the figures Excel would show after a build. Cell
 * values by sheet and address, with the cell's number format applied for the formats the dashboard uses.
 *
 * Array arithmetic is on, as in Excel and LibreOffice: `SUMPRODUCT(--(range<=x), other)` compares a
 * range cell by cell (off, HyperFormula answers #VALUE!). Smart rounding is off, so a value is the full
 * double as in Excel (on, a typed 31.027777777777775 reads back as 31.027777778).
 */
import { DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent } from 'hyperformula';
import { SHEET_TITLES } from '../layout';
import type { SheetName, WorkbookSpec } from '../types';
import { cellAddress, parseCell, splitSheetReference } from '../a1';
import type { CellValue } from './dashboard';

export interface EvaluatedSpec {
  /** The engine's value of a cell on the sheet named `sheet` (its title in the workbook). */
  value(sheet: string, address: string): unknown;
  /** The cell as Excel would display it (for the number formats the dashboard uses). */
  text(sheet: string, address: string): string;
  /** What a framework sheet's cell shows, as the recalculation checks read it: blank and "" as null, an error as `{ error }`. */
  shown(sheet: SheetName, address: string): CellValue;
  /** Every cell that shows an error, as `Sheet!A1: #N/A`. */
  errorCells(): string[];
  /** Type a value into a framework sheet's cell, as a person would; the engine recalculates what depends on it. */
  set(sheet: SheetName, address: string, value: number | string | null): void;
  destroy(): void;
}

function at(address: string): { row: number; col: number } {
  const cell = parseCell(splitSheetReference(address).address);
  if (!cell) throw new Error(`not a cell address: ${address}`);
  return { row: cell.row - 1, col: cell.column - 1 };
}

export function formatValue(value: unknown, format: string | undefined): string {
  if (typeof value !== 'number') {
    if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
    return value === null || value === undefined ? '' : String(value);
  }
  const grouped = (n: number, digits: number) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (format) {
    case '"$"#,##0': return `$${grouped(value, 0)}`;
    case '"$"#,##0.00': return `$${grouped(value, 2)}`;
    case '#,##0': return grouped(value, 0);
    case '0%': return `${(value * 100).toFixed(0)}%`;
    case '0.0%': return `${(value * 100).toFixed(1)}%`;
    case '0.00"x"': return `${value.toFixed(2)}x`;
    case '0.00': return value.toFixed(2);
    case '0.0': return value.toFixed(1);
    case '0': return value.toFixed(0);
    default: return String(value);
  }
}

/**
 * TEXT as Excel formats the codes the templates use. HyperFormula's own TEXT knows only a few codes
 * (it writes `#,##0` literally), which would make the summary paragraph read wrongly.
 */
class ExcelTextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TEXT: { method: 'text', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }] },
  };

  text(ast: { args: unknown[] }, state: unknown) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- HyperFormula's plugin plumbing is loosely typed
    return this.runFunction(ast.args as any, state as any, this.metadata('TEXT'), (n: number, format: string) => formatValue(n, format));
  }
}

let textRegistered = false;

export function evaluateSpec(spec: WorkbookSpec): EvaluatedSpec {
  if (!textRegistered) {
    HyperFormula.unregisterFunction('TEXT');
    HyperFormula.registerFunction('TEXT', ExcelTextPlugin, { enGB: { TEXT: 'TEXT' } });
    textRegistered = true;
  }
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of spec.sheets) {
    sheets[sheet.name] = sheet.cells.map((row) => row.map((cell) => (cell ? (cell.formula ?? cell.value ?? null) : null)));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useArrayArithmetic: true, smartRounding: false });
  for (const name of spec.names) hf.addNamedExpression(name.name, `=${name.ref.replace(/^=/, '')}`);
  const formats = new Map<string, string | undefined>();
  for (const sheet of spec.sheets) {
    sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (cell?.numberFormat) formats.set(`${sheet.name}!${r}:${c}`, cell.numberFormat);
    }));
  }
  const sheetId = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`the workbook has no sheet ${name}`);
    return id;
  };
  const value = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet);
    return id === undefined ? undefined : hf.getCellValue({ sheet: id, ...at(address) });
  };
  const shown = (v: unknown): CellValue => {
    if (v instanceof DetailedCellError) return { error: v.value };
    return v === undefined || v === null || v === '' ? null : (v as CellValue);
  };
  return {
    value,
    text: (sheet, address) => {
      const { row, col } = at(address);
      return formatValue(value(sheet, address), formats.get(`${sheet}!${row}:${col}`));
    },
    shown: (sheet, address) => shown(value(SHEET_TITLES[sheet], address)),
    errorCells: () => {
      const found: string[] = [];
      for (const name of hf.getSheetNames()) {
        hf.getSheetValues(sheetId(name)).forEach((row, r) => row.forEach((v, c) => {
          if (v instanceof DetailedCellError) found.push(`${name}!${cellAddress(r + 1, c + 1)}: ${v.value}`);
        }));
      }
      return found;
    },
    set: (sheet, address, v) => {
      hf.setCellContents({ sheet: sheetId(SHEET_TITLES[sheet]), ...at(address) }, v);
    },
    destroy: () => hf.destroy(),
  };
}
