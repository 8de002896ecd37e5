/**
 * Reading and changing a framework workbook on disk with exceljs, by sheet and column key (the
 * layout constants of core/templates), the way a person or the insights reader would.
 */
import ExcelJS from 'exceljs';
import { SHEET_TITLES } from '../../core/templates';
import type { ExampleInitiative, ExampleObjective, SheetName, TableLayout } from '../../core/templates';
import { tableCell, typeInitiative, typeObjective, type CellValue, type CellWriter } from '../../core/templates/testing/dashboard';

export { tableCell, type CellValue };

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: SheetName): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(SHEET_TITLES[name]);
  if (!ws) throw new Error(`The workbook has no sheet ${SHEET_TITLES[name]}`);
  return ws;
}

/** What the cell shows: a formula's cached result, or the constant; blank (and "") as null. */
export function shown(given: ExcelJS.Cell): CellValue {
  const cell = given.type === ExcelJS.ValueType.Merge ? given.master : given;
  // A formula's result through `cell.result`: exceljs's `cell.value` drops a result of 0 or false
  // (FormulaValue._copyModel keeps only truthy fields).
  let v = cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : (cell.value as unknown);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { richText?: { text: string }[] };
    if (o.richText) v = o.richText.map((r) => r.text).join('');
  }
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const error = (v as { error?: unknown }).error;
    if (typeof error === 'string') return { error };
    throw new Error(`unexpected cell value ${JSON.stringify(v)} at ${cell.address}`);
  }
  return v as CellValue;
}

export function valueAt(workbook: ExcelJS.Workbook, name: SheetName, address: string): CellValue {
  return shown(sheet(workbook, name).getCell(address));
}

export function tableValue(workbook: ExcelJS.Workbook, table: TableLayout, key: string, index: number): CellValue {
  return valueAt(workbook, table.sheet, tableCell(table, key, index));
}

/** Every cell of every sheet that shows an error value. */
export function errorCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = shown(cell);
        if (v !== null && typeof v === 'object' && !(v instanceof Date)) found.push(`${ws.name}!${cell.address}: ${v.error}`);
        else if (typeof v === 'string' && /^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)/.test(v)) found.push(`${ws.name}!${cell.address}: ${v}`);
      }),
    ),
  );
  return found;
}

/** Count the formula cells of a workbook (to show LibreOffice kept them as formulas). */
export function formulaCount(workbook: ExcelJS.Workbook): number {
  let n = 0;
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula) n++;
  })));
  return n;
}

/** A workbook on disk as the shared writers type into it. */
const writer = (workbook: ExcelJS.Workbook): CellWriter => (name, address, value) => {
  sheet(workbook, name).getCell(address).value = value;
};

/** Type one initiative's inputs into Alignment, Impact, ROI and Plan row `index`, as a person would. */
export function writeInitiative(workbook: ExcelJS.Workbook, index: number, x: ExampleInitiative): void {
  typeInitiative(writer(workbook), index, x);
}

export function writeObjective(workbook: ExcelJS.Workbook, index: number, o: ExampleObjective): void {
  typeObjective(writer(workbook), index, o);
}
