/**
 * The .xlsx renderer: replays a {@link RenderPlan} from core/render with exceljs. It decides nothing:
 * sheet names, markers, formats and styles come from the plan. Text is stored as a string cell (a
 * typed file needs no escape); formulas are written without cached results and the workbook asks for
 * a full recalculation on load, so Excel, Google Sheets and LibreOffice compute every figure on open.
 *
 * exceljs writes no charts: {@link workbookBuffer} adds the plan's charts to the package exceljs
 * wrote, as native chart parts (./charts.ts), before the bytes are returned or saved.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { parseRange } from '../../core/templates/a1';
import { serialToDate } from '../../core/coercion';
import { renderPlan, type PlannedCell, type PlannedSheet, type PlannedValidation, type RenderPlan, type ValidationOperator } from '../../core/render';
import { addCharts } from './charts';
import type { ConditionalFormatSpec, Dataset, WorkbookSpec } from '../../core/templates';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Pixels to Excel's column width unit (characters of the default font, about 7 px each). */
const widthFromPixels = (px: number) => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

/** Pixels to points (row heights). */
const POINTS_PER_PIXEL = 0.75;

function cellValue(cell: PlannedCell): ExcelJS.CellValue {
  // No `result`: no cached value is written, so every spreadsheet computes the cell on open.
  if (cell.kind === 'formula') return { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  if (cell.kind === 'text') return cell.text;
  return cell.value;
}

function validationModel(v: PlannedValidation): ExcelJS.DataValidation {
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
  // `any`: no bound in the spec; still a number (date) check, so text is refused.
  const bounds = v.operator === 'any' ? [v.type === 'date' ? 0 : -1e300] : v.bounds;
  return { type: v.type, operator: OPERATORS[v.operator], formulae: bounds.map(toFormula), ...common };
}

const OPERATORS: Record<ValidationOperator, ExcelJS.DataValidationOperator> = {
  between: 'between', atLeast: 'greaterThanOrEqual', atMost: 'lessThanOrEqual', any: 'greaterThanOrEqual',
};

function conditionalFormat(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.fontColor || cf.style.bold) style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) };
  return { ref: cf.range, rules: [{ type: 'expression', priority, formulae: [cf.formula.replace(/^=/, '')], style }] };
}

/** Every cell of the A1 rectangles `ranges`. */
function eachCell(ws: ExcelJS.Worksheet, ranges: readonly string[], apply: (cell: ExcelJS.Cell) => void): void {
  for (const range of ranges) {
    const ref = parseRange(range);
    if (!ref) throw new Error(`Not a range: ${range}`);
    for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.column; c <= ref.end.column; c++) apply(ws.getCell(r, c));
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: PlannedSheet): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = workbook.addWorksheet(sheet.name, {
    properties: { tabColor: { argb: argb(sheet.tabColor) } },
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [{ state: 'normal' }],
  });
  for (const run of sheet.columnWidths) for (let i = 0; i < run.count; i++) ws.getColumn(run.start + i).width = widthFromPixels(run.pixels);
  sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
    if (cell) ws.getCell(r + 1, c + 1).value = cellValue(cell);
  }));
  for (const { format, ranges } of sheet.numberFormats) eachCell(ws, ranges, (cell) => { cell.numFmt = format; });
  for (const { look, ranges } of sheet.styles) {
    const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: look.size ?? 11, bold: look.bold, italic: look.italic, ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}) };
    eachCell(ws, ranges, (cell) => {
      cell.font = font;
      if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
      if (look.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  for (const note of sheet.notes) ws.getCell(note.row, note.column).note = note.text;
  for (const run of sheet.hiddenColumns) for (let i = 0; i < run.count; i++) ws.getColumn(run.start + i).hidden = true;
  for (const run of sheet.hiddenRows) for (let i = 0; i < run.count; i++) ws.getRow(run.start + i).hidden = true;
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const { row, pixels } of sheet.rowHeights) ws.getRow(row).height = pixels * POINTS_PER_PIXEL;
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, validationModel(v));
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
  if (sheet.print) printSetup(ws, sheet.print);
}

/** OOXML paper size codes (ECMA-376 Part 1, 18.3.1.64 pageSetup paperSize): 1 is US Letter. */
const PAPER_SIZES: Record<NonNullable<PlannedSheet['print']>['paperSize'], ExcelJS.PaperSize> = { letter: 1 as ExcelJS.PaperSize };

/** The plan's print setup as exceljs page setup, a centred footer and row breaks. */
function printSetup(ws: ExcelJS.Worksheet, print: NonNullable<PlannedSheet['print']>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZES[print.paperSize],
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    // exceljs puts a `$` before each corner (`$A1:$U15`) and LibreOffice ignores that half-absolute
    // area; `A$1:U$15` becomes the absolute `$A$1:$U$15`.
    printArea: print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
  } as ExcelJS.PageSetup;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footer}` };
  for (const row of print.rowBreaks) ws.getRow(row).addPageBreak();
}

/** A spec, a dataset or a plan, as the plan to write (a new file has no names taken). */
function asPlan(source: WorkbookSpec | Dataset | RenderPlan): RenderPlan {
  return typeof source === 'object' && 'markerInstance' in source ? source : renderPlan(source);
}

/** The plan as an exceljs workbook (not yet written): sheets, then template names and markers. */
export function renderWorkbook(source: WorkbookSpec | Dataset | RenderPlan): ExcelJS.Workbook {
  const plan = asPlan(source);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'L&D Alignment & ROI';
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(name.ref, name.name);
  return workbook;
}

/** The .xlsx file's bytes, with the plan's charts added as native chart parts (./charts). */
export async function workbookBuffer(source: WorkbookSpec | Dataset | RenderPlan): Promise<Buffer> {
  const plan = asPlan(source);
  return addCharts(Buffer.from(await renderWorkbook(plan).xlsx.writeBuffer()), plan);
}

/** Write a spec, a dataset's template or a plan to an .xlsx file. */
export async function writeWorkbook(source: WorkbookSpec | Dataset | RenderPlan, path: string): Promise<void> {
  writeFileSync(path, await workbookBuffer(source));
}
