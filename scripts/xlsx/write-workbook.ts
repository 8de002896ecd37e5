/**
 * The .xlsx renderer: a {@link WorkbookSpec} from core/templates written with exceljs. It only copies
 * what the spec says. Formulas are written without cached results and the workbook asks for a full
 * recalculation on load, so Excel, Google Sheets and LibreOffice compute every figure when they open it.
 *
 * What exceljs cannot write: charts. The Dashboard's chart specs are left to the Excel and Sheets
 * hosts, which add them natively; the file itself has the chart data ranges but no chart objects.
 */
import ExcelJS from 'exceljs';
import { STYLES } from '../../core/templates';
import type { CellSpec, ConditionalFormatSpec, SheetSpec, ValidationSpec, WorkbookSpec } from '../../core/templates';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Pixels to Excel's column width unit (characters of the default font, about 7 px each). */
const widthFromPixels = (px: number) => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
}

function applyCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.formula !== undefined) {
    // No `result`: no cached value is written, so every spreadsheet computes the cell on open.
    cell.value = { formula: spec.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  } else if (spec.value !== undefined && spec.value !== null) {
    cell.value = spec.value;
  }
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
  if (spec.style) {
    const s = STYLES[spec.style];
    cell.font = { name: 'Calibri', size: s.size ?? 11, bold: s.bold, italic: s.italic, ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) };
    if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    if (s.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
  }
  if (spec.note) cell.note = spec.note;
}

function validationModel(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Not accepted',
    error: v.errorMessage,
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
  if (v.type === 'list') {
    const formula = v.source ?? `"${(v.values ?? []).join(',')}"`;
    return { type: 'list', formulae: [formula], ...common };
  }
  const toFormula = (n: number) => (v.type === 'date' ? serialToDate(n) : n);
  if (v.min !== undefined && v.max !== undefined) {
    return { type: v.type, operator: 'between', formulae: [toFormula(v.min), toFormula(v.max)], ...common };
  }
  if (v.min !== undefined) return { type: v.type, operator: 'greaterThanOrEqual', formulae: [toFormula(v.min)], ...common };
  if (v.max !== undefined) return { type: v.type, operator: 'lessThanOrEqual', formulae: [toFormula(v.max)], ...common };
  return { type: v.type, operator: 'greaterThanOrEqual', formulae: [v.type === 'date' ? serialToDate(0) : -1e300], ...common };
}

function conditionalFormat(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.fontColor || cf.style.bold) style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) };
  return { ref: cf.range, rules: [{ type: 'expression', priority, formulae: [cf.formula.replace(/^=/, '')], style }] };
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = workbook.addWorksheet(sheet.name, {
    properties: { tabColor: { argb: argb(sheet.tabColor) } },
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [{ state: 'normal' }],
  });
  sheet.columnWidths.forEach((px, i) => {
    ws.getColumn(i + 1).width = widthFromPixels(px);
  });
  sheet.cells.forEach((row, r) => {
    row.forEach((spec, c) => {
      if (spec) applyCell(ws.getCell(r + 1, c + 1), spec);
    });
  });
  for (const letter of sheet.hiddenColumns ?? []) ws.getColumn(letter).hidden = true;
  for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const [row, px] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = px * 0.75;
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, validationModel(v));
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
}

/** The spec as an exceljs workbook (not yet written). */
export function renderWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'L&D Alignment & ROI';
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  for (const name of spec.names) workbook.definedNames.add(name.ref, name.name);
  return workbook;
}

/** Write the spec to an .xlsx file. */
export async function writeWorkbook(spec: WorkbookSpec, path: string): Promise<void> {
  await renderWorkbook(spec).xlsx.writeFile(path);
}
