/**
 * Replays a render plan (core/render) on the Excel object model; it decides nothing. It only queues
 * commands: the caller decides when to `context.sync()`, so the number of round trips stays fixed
 * whatever the row count. It touches only the sheets it adds; existing sheets are read (chart sources
 * on them) at most.
 */
import type { ChartSpec, ValidationSpec } from '../../core/templates/types';
import { serialToDate } from '../../core/coercion';
import { columnsAddress, rangeAddress, splitSheetReference } from '../../core/templates/a1';
import { enteredGrid, plannedValidation, sheetWrites, writeGroups, type PlannedSheet, type PlannedValidation, type RenderPlan, type SheetWrites, type ValidationOperator } from '../../core/render';

/** Pixels (as the plan gives sizes) to points (as Office.js takes them). */
export const POINTS_PER_PIXEL = 0.75;

const points = (pixels: number) => Math.round(pixels * POINTS_PER_PIXEL * 100) / 100;

const CHART_TYPES: Record<ChartSpec['type'], Excel.ChartType> = {
  bar: 'BarClustered' as Excel.ChartType,
  column: 'ColumnClustered' as Excel.ChartType,
  line: 'Line' as Excel.ChartType,
  pie: 'Pie' as Excel.ChartType,
};

export type CreatedSheets = ReadonlyMap<string, Excel.Worksheet>;

function clip(text: string | undefined, max: number): string {
  return (text ?? '').length > max ? `${(text ?? '').slice(0, max - 1)}…` : (text ?? '');
}

function rangeOf(workbook: Excel.Workbook, created: CreatedSheets, reference: string, currentSheet: string): Excel.Range {
  const { sheet = currentSheet, address } = splitSheetReference(reference);
  const worksheet = created.get(sheet) ?? workbook.worksheets.getItem(sheet);
  return worksheet.getRange(address);
}

/**
 * One value for every cell of a range. Office.js types these properties as rows × columns arrays,
 * but a single value is its "single input copy": Excel applies it to each cell, as Ctrl+Enter does
 * (a number format to all; an R1C1 formula to all, which is the same formula filled down). The
 * request then carries one value, whatever the range's size.
 */
function everyCell<T>(value: T): T[][] {
  return value as unknown as T[][];
}

function isoDate(serial: number): string {
  return serialToDate(serial).toISOString().slice(0, 10);
}

const OPERATORS: Record<Exclude<ValidationOperator, 'any'>, Excel.DataValidationOperator> = {
  between: 'Between' as Excel.DataValidationOperator,
  atLeast: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator,
  atMost: 'LessThanOrEqualTo' as Excel.DataValidationOperator,
};

/** A validation (its operator and bounds from the plan) as an Office.js rule. */
export function validationRule(spec: ValidationSpec | PlannedValidation): Excel.DataValidationRule {
  const validation = plannedValidation(spec);
  if (validation.type === 'list') {
    const source = validation.source ? `=${validation.source.replace(/^=/, '')}` : (validation.values ?? []).join(',');
    return { list: { inCellDropDown: true, source } };
  }
  const show = (n: number) => (validation.type === 'date' ? isoDate(n) : n);
  const [formula1, formula2] = validation.bounds.map(show);
  const basic: Excel.BasicDataValidation = validation.operator === 'any'
    // No bound: still a number (date) check, so text is refused.
    ? { operator: OPERATORS.atLeast, formula1: validation.type === 'date' ? '1900-01-01' : -1e307 }
    : { operator: OPERATORS[validation.operator], formula1, ...(formula2 !== undefined ? { formula2 } : {}) };
  if (validation.type === 'whole') return { wholeNumber: basic };
  if (validation.type === 'decimal') return { decimal: basic };
  return { date: basic as Excel.DateTimeDataValidation };
}

/** The plan's print setup on the sheet's page layout (ExcelApi 1.9); `undefined` when this Excel lacks it. */
function writePrint(worksheet: Excel.Worksheet, print: PlannedSheet['print'] | undefined): void {
  if (!print) return;
  const layout = worksheet.pageLayout;
  layout.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.paperSize = 'Letter' as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  // A break is added at the range after it: the row that starts the new page.
  for (const row of print.rowBreaks) worksheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** The sheet's cells: blocks of values and formula fills (ExcelApi 1.2), or else the whole grid in one write. */
function writeCells(worksheet: Excel.Worksheet, sheet: PlannedSheet, writes: SheetWrites | undefined): void {
  if (!writes) {
    if (sheet.rows > 0) worksheet.getRange(rangeAddress(1, 1, sheet.rows, sheet.columns)).formulas = enteredGrid(sheet) as string[][];
    return;
  }
  for (const block of writes.blocks) worksheet.getRange(block.address).formulas = block.values as string[][];
  for (const fill of writes.fills) worksheet.getRange(fill.address).formulasR1C1 = everyCell(fill.formulaR1C1);
}

function writeSheet(workbook: Excel.Workbook, created: CreatedSheets, sheet: PlannedSheet, writes: SheetWrites | undefined): void {
  const worksheet = created.get(sheet.name)!;
  if (sheet.tabColor) worksheet.tabColor = sheet.tabColor;
  writeCells(worksheet, sheet, writes);
  for (const { format, ranges } of sheet.numberFormats) {
    for (const range of ranges) worksheet.getRange(range).numberFormat = everyCell(format);
  }
  for (const { look, ranges } of sheet.styles) {
    for (const range of ranges) {
      const format = worksheet.getRange(range).format;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic !== undefined) format.font.italic = look.italic;
      if (look.size !== undefined) format.font.size = look.size;
      if (look.fontColor !== undefined) format.font.color = look.fontColor;
      if (look.fill !== undefined) format.fill.color = look.fill;
      if (look.wrap !== undefined) format.wrapText = look.wrap;
    }
  }
  for (const run of sheet.columnWidths) worksheet.getRange(columnsAddress(run.start, run.count)).format.columnWidth = points(run.pixels);
  for (const { row, pixels } of sheet.rowHeights) worksheet.getRange(`${row}:${row}`).format.rowHeight = points(pixels);
  for (const run of sheet.hiddenColumns) worksheet.getRange(columnsAddress(run.start, run.count)).columnHidden = true;
  for (const run of sheet.hiddenRows) worksheet.getRange(`${run.start}:${run.start + run.count - 1}`).rowHidden = true;
  for (const address of sheet.merges) worksheet.getRange(address).merge(false);
  for (const table of sheet.tables) worksheet.tables.add(table.range, true).name = table.name;
  for (const validation of sheet.validations) {
    const target = worksheet.getRange(validation.range).dataValidation;
    target.rule = validationRule(validation);
    target.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: 'Not accepted', message: clip(validation.errorMessage, 225) };
    if (validation.prompt) target.prompt = { showPrompt: true, title: 'Tip', message: clip(validation.prompt, 255) };
  }
  for (const rule of sheet.conditionalFormats) {
    const format = worksheet.getRange(rule.range).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = rule.formula;
    if (rule.style.fill) format.custom.format.fill.color = rule.style.fill;
    if (rule.style.fontColor) format.custom.format.font.color = rule.style.fontColor;
    if (rule.style.bold !== undefined) format.custom.format.font.bold = rule.style.bold;
  }
  for (const note of sheet.notes) worksheet.notes.add(note.address, note.text);
  const { frozenRows: rows, frozenColumns: columns } = sheet;
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
  writePrint(worksheet, sheet.print);
}

function writeChart(workbook: Excel.Workbook, created: CreatedSheets, sheetName: string, spec: ChartSpec): void {
  const worksheet = created.get(sheetName)!;
  if (spec.series.length === 0) return;
  const categories = rangeOf(workbook, created, spec.categories, sheetName);
  const chart = worksheet.charts.add(CHART_TYPES[spec.type], rangeOf(workbook, created, spec.series[0].values, sheetName), 'Columns' as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  // A bar chart draws its first category at the bottom; reversed, rank 1 is on top, as in the .xlsx.
  if (spec.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = spec.series.length > 1 || spec.type === 'pie';
  const first = chart.series.getItemAt(0);
  first.name = spec.series[0].name;
  first.setXAxisValues(categories);
  for (const series of spec.series.slice(1)) {
    const added = chart.series.add(series.name);
    added.setValues(rangeOf(workbook, created, series.values, sheetName));
    added.setXAxisValues(categories);
  }
  chart.setPosition(spec.anchor);
  chart.width = spec.width * POINTS_PER_PIXEL;
  chart.height = spec.height * POINTS_PER_PIXEL;
}

export interface WriteOptions {
  /** Awaited between two {@link writeGroups} (the caller's `context.sync()`); not called when the plan fits one request. */
  readonly between?: () => Promise<void>;
  /** Write runs of one formula as a single R1C1 fill (ExcelApi 1.2); otherwise every cell's formula travels. */
  readonly fills?: boolean;
}

/**
 * Queue every write of the plan: add the sheets (all first, so cross-sheet formulas resolve), fill
 * and format them, then defined names and charts. Returns the added worksheets by name. Between two
 * {@link writeGroups} it awaits `between`, so no request grows past Excel's limit.
 */
export async function queueWrites(context: Excel.RequestContext, plan: RenderPlan, options: WriteOptions = {}): Promise<CreatedSheets> {
  const workbook = context.workbook;
  const created = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) created.set(sheet.name, workbook.worksheets.add(sheet.name));
  const writes = options.fills ? new Map(plan.sheets.map((sheet) => [sheet.name, sheetWrites(sheet)])) : undefined;
  const size = (sheet: PlannedSheet) => writes?.get(sheet.name)!.bytes ?? JSON.stringify(enteredGrid(sheet)).length;
  const groups = writeGroups(plan.sheets, size);
  for (const [i, group] of groups.entries()) {
    if (i > 0) await options.between?.();
    for (const sheet of group) writeSheet(workbook, created, sheet, writes?.get(sheet.name));
  }
  for (const name of plan.names) workbook.names.add(name.name, `=${name.ref}`, name.comment.slice(0, 255));
  for (const sheet of plan.sheets) for (const chart of sheet.charts) writeChart(workbook, created, sheet.name, chart);
  const first = plan.sheets[0];
  if (first) created.get(first.name)!.activate();
  return created;
}
