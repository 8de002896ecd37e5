/**
 * Replays a {@link WritePlan} on the Excel object model. It only queues commands: the caller decides
 * when to `context.sync()`, so the number of round trips stays fixed whatever the row count.
 * It touches only the sheets it adds; existing sheets are read (chart sources on them) at most.
 */
import { STYLES } from '../../core/templates/types';
import type { ChartSpec, ValidationSpec } from '../../core/templates/types';
import { serialToDate } from '../../core';
import { resolveReference, type SheetWrite, type WritePlan } from './plan-writes';
import { POINTS_PER_PIXEL } from './plan-writes';

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
  const { sheet, address } = resolveReference(reference, currentSheet);
  const worksheet = created.get(sheet) ?? workbook.worksheets.getItem(sheet);
  return worksheet.getRange(address);
}

function isoDate(serial: number): string {
  return serialToDate(serial).toISOString().slice(0, 10);
}

/** A validation spec as an Office.js rule. */
export function validationRule(validation: ValidationSpec): Excel.DataValidationRule {
  if (validation.type === 'list') {
    const source = validation.source ? `=${validation.source.replace(/^=/, '')}` : (validation.values ?? []).join(',');
    return { list: { inCellDropDown: true, source } };
  }
  const { min, max } = validation;
  const show = (n: number) => (validation.type === 'date' ? isoDate(n) : n);
  let basic: Excel.BasicDataValidation;
  if (min !== undefined && max !== undefined) basic = { operator: 'Between' as Excel.DataValidationOperator, formula1: show(min), formula2: show(max) };
  else if (min !== undefined) basic = { operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator, formula1: show(min) };
  else if (max !== undefined) basic = { operator: 'LessThanOrEqualTo' as Excel.DataValidationOperator, formula1: show(max) };
  else basic = { operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator, formula1: validation.type === 'date' ? '1900-01-01' : -1e307 };
  if (validation.type === 'whole') return { wholeNumber: basic };
  if (validation.type === 'decimal') return { decimal: basic };
  return { date: basic as Excel.DateTimeDataValidation };
}

function writeSheet(workbook: Excel.Workbook, created: CreatedSheets, sheet: SheetWrite): void {
  const worksheet = created.get(sheet.name)!;
  if (sheet.tabColor) worksheet.tabColor = sheet.tabColor;
  if (sheet.address) {
    const block = worksheet.getRange(sheet.address);
    if (sheet.numberFormats) block.numberFormat = sheet.numberFormats as string[][];
    block.formulas = sheet.cells as unknown[][] as string[][];
  }
  for (const { address, style } of sheet.styles) {
    const look = STYLES[style];
    if (!look) continue; // a style this renderer does not know yet: leave the cells plain
    const format = worksheet.getRange(address).format;
    if (look.bold !== undefined) format.font.bold = look.bold;
    if (look.italic !== undefined) format.font.italic = look.italic;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.fontColor !== undefined) format.font.color = look.fontColor;
    if (look.fill !== undefined) format.fill.color = look.fill;
    if (look.wrap !== undefined) format.wrapText = look.wrap;
  }
  for (const { address, points } of sheet.columnWidths) worksheet.getRange(address).format.columnWidth = points;
  for (const { address, points } of sheet.rowHeights) worksheet.getRange(address).format.rowHeight = points;
  for (const address of sheet.merges) worksheet.getRange(address).merge(false);
  for (const table of sheet.tables) {
    const added = worksheet.tables.add(table.address, true);
    added.name = table.name;
  }
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
  if (sheet.freeze) {
    const { rows, columns } = sheet.freeze;
    if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
    else worksheet.freezePanes.freezeColumns(columns);
  }
}

function writeChart(workbook: Excel.Workbook, created: CreatedSheets, sheetName: string, spec: ChartSpec): void {
  const worksheet = created.get(sheetName)!;
  if (spec.series.length === 0) return;
  const categories = rangeOf(workbook, created, spec.categories, sheetName);
  const chart = worksheet.charts.add(CHART_TYPES[spec.type], rangeOf(workbook, created, spec.series[0].values, sheetName), 'Columns' as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
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

/**
 * Queue every write of the plan: add the sheets (all first, so cross-sheet formulas resolve), fill
 * and format them, then defined names and charts. Returns the added worksheets by name.
 */
export function queueWrites(context: Excel.RequestContext, plan: WritePlan): CreatedSheets {
  const workbook = context.workbook;
  const created = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) created.set(sheet.name, workbook.worksheets.add(sheet.name));
  for (const sheet of plan.sheets) writeSheet(workbook, created, sheet);
  for (const name of plan.names) workbook.names.add(name.name, name.formula, name.comment);
  for (const sheet of plan.sheets) for (const chart of sheet.charts) writeChart(workbook, created, sheet.name, chart);
  const first = plan.sheets[0];
  if (first) created.get(first.name)!.activate();
  return created;
}
