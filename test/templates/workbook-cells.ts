/**
 * Reading and changing a framework workbook on disk with exceljs, by sheet and column key (the
 * layout constants of core/templates), the way a person or the insights reader would.
 */
import ExcelJS from 'exceljs';
import {
  ALIGNMENT_TABLE, COST_CATEGORIES, IMPACT_TABLE, PLAN_TABLE, ROI_TABLE, SHEET_TITLES, STRATEGY_TABLE,
} from '../../core/templates';
import type { ExampleInitiative, ExampleObjective, SheetName, TableLayout } from '../../core/templates';

export type CellValue = number | string | boolean | Date | { readonly error: string } | null;

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

export function tableCell(table: TableLayout, key: string, index: number): string {
  return `${(table.columns as Record<string, string>)[key]}${table.firstDataRow + index}`;
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

function put(workbook: ExcelJS.Workbook, table: TableLayout, key: string, index: number, value: string | number): void {
  sheet(workbook, table.sheet).getCell(tableCell(table, key, index)).value = value;
}

/** Type one initiative's inputs into Alignment, Impact, ROI and Plan row `index`, as a person would. */
export function writeInitiative(workbook: ExcelJS.Workbook, index: number, x: ExampleInitiative): void {
  put(workbook, ALIGNMENT_TABLE, 'name', index, x.name);
  put(workbook, ALIGNMENT_TABLE, 'owner', index, x.owner);
  put(workbook, ALIGNMENT_TABLE, 'audience', index, x.audience);
  put(workbook, ALIGNMENT_TABLE, 'participants', index, x.participants);
  put(workbook, ALIGNMENT_TABLE, 'budget', index, x.budget);
  put(workbook, ALIGNMENT_TABLE, 'status', index, x.status);
  x.links.forEach((s, j) => put(workbook, ALIGNMENT_TABLE, `link${j + 1}`, index, s));
  for (const key of ['reaction', 'learningGain', 'application', 'metric', 'change', 'valuePerUnit', 'isolation', 'confidence', 'leading', 'lagging'] as const) {
    put(workbook, IMPACT_TABLE, key, index, x.impact[key]);
  }
  // The optional range estimates: a blank cell where the initiative has none.
  for (const key of ['isolationLow', 'isolationHigh'] as const) sheet(workbook, 'Impact').getCell(tableCell(IMPACT_TABLE, key, index)).value = x.impact[key] ?? null;
  for (const [key] of COST_CATEGORIES) put(workbook, ROI_TABLE, key, index, x.costs[key]);
  put(workbook, ROI_TABLE, 'intangibles', index, x.intangibles);
  put(workbook, PLAN_TABLE, 'nextBudget', index, x.nextBudget);
  put(workbook, PLAN_TABLE, 'decision', index, x.decision);
}

export function writeObjective(workbook: ExcelJS.Workbook, index: number, o: ExampleObjective): void {
  for (const key of ['objective', 'category', 'weight', 'kpi', 'baseline', 'target', 'current', 'sponsor', 'horizon'] as const) {
    put(workbook, STRATEGY_TABLE, key, index, o[key]);
  }
}
