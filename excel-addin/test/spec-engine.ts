/**
 * A template spec recalculated by a real formula engine (HyperFormula), so the browser test can show
 * the figures Excel would show after a build: cell values by sheet and address, with the cell's
 * number format applied for the formats the dashboard uses.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent } from 'hyperformula';
import type { WorkbookSpec } from '../../core/templates/types';
import { splitSheetReference } from '../../core/templates/a1';

export interface EvaluatedSpec {
  value(sheet: string, address: string): unknown;
  /** The cell as Excel would display it (for the number formats the dashboard uses). */
  text(sheet: string, address: string): string;
  destroy(): void;
}

function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  for (const name of spec.names) hf.addNamedExpression(name.name, `=${name.ref.replace(/^=/, '')}`);
  const formats = new Map<string, string | undefined>();
  for (const sheet of spec.sheets) {
    sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (cell?.numberFormat) formats.set(`${sheet.name}!${r}:${c}`, cell.numberFormat);
    }));
  }
  const value = (sheet: string, address: string) => {
    const { row, col } = parseCell(splitSheetReference(address).address);
    const id = hf.getSheetId(sheet);
    if (id === undefined) return undefined;
    return hf.getCellValue({ sheet: id, row, col });
  };
  return {
    value,
    text: (sheet, address) => {
      const { row, col } = parseCell(address);
      return formatValue(value(sheet, address), formats.get(`${sheet}!${row}:${col}`));
    },
    destroy: () => hf.destroy(),
  };
}
