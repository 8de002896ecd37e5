/**
 * Replays one sheet of a render plan (core/render) on a new sheet through SpreadsheetApp; it decides
 * nothing. The number of service calls depends on the template's structure (sheets, styles, formats,
 * validations, rules, charts), never on its rows: values and notes go in with one call each for the
 * whole block, formats and styles with one RangeList call per distinct format or style.
 */
import { parseCell, rangeAddress, splitSheetReference } from '../../../core/templates/a1';
import { serialToDate } from '../../../core/coercion';
import { enteredGrid, type PlannedSheet, type PlannedValidation } from '../../../core/render';
import type { ChartSpec, ConditionalFormatSpec, ValidationSpec } from '../../../core/templates/types';
import type { ConditionalFormatRuleLike, RangeLike, SheetLike, SpreadsheetAppLike } from './host';

/** Finds a range of the spreadsheet: `Strategy!$A$6:$A$17`, or `C5:C9` on `currentSheet`. */
export type RangeResolver = (reference: string, currentSheet: string) => RangeLike;


/** A date for a serial number, at midnight in the script's time zone (as DataValidationBuilder wants). */
function localDate(serial: number): Date {
  const utc = serialToDate(serial);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The first cell of a range (`F9` of `F9:F208`), relative, for validation formulas. */
function topLeft(address: string): string {
  const first = address.split(':')[0];
  const cell = parseCell(first);
  if (!cell) throw new Error(`Not a range: ${address}`);
  return first.replace(/\$/g, '');
}

/** Text Sheets shows beside a cell with a validation: what to type, and why a value was refused. */
export function validationHelp(v: ValidationSpec): string {
  return v.prompt ? `${v.prompt} ${v.errorMessage}` : v.errorMessage;
}

function writeValidation(app: SpreadsheetAppLike, v: PlannedValidation, sheetName: string, resolve: RangeResolver): void {
  let builder = app.newDataValidation();
  if (v.type === 'list') {
    if (v.source !== undefined) builder = builder.requireValueInRange(resolve(v.source, sheetName), true);
    else builder = builder.requireValueInList([...(v.values ?? [])], true);
  } else {
    const at = topLeft(splitSheetReference(v.range).address);
    const [low, high] = v.bounds;
    if (v.type === 'whole') {
      const bounds = { between: `,${at}>=${low},${at}<=${high}`, atLeast: `,${at}>=${low}`, atMost: `,${at}<=${low}`, any: '' }[v.operator];
      builder = builder.requireFormulaSatisfied(`=AND(ISNUMBER(${at}),${at}=INT(${at})${bounds})`);
    } else if (v.type === 'decimal') {
      if (v.operator === 'between') builder = builder.requireNumberBetween(low, high);
      else if (v.operator === 'atLeast') builder = builder.requireNumberGreaterThanOrEqualTo(low);
      else if (v.operator === 'atMost') builder = builder.requireNumberLessThanOrEqualTo(low);
      else builder = builder.requireFormulaSatisfied(`=ISNUMBER(${at})`);
    } else {
      if (v.operator === 'between') builder = builder.requireDateBetween(localDate(low), localDate(high));
      else if (v.operator === 'atLeast') builder = builder.requireDateOnOrAfter(localDate(low));
      else if (v.operator === 'atMost') builder = builder.requireDateOnOrBefore(localDate(low));
      else builder = builder.requireDate();
    }
  }
  const rule = builder.setAllowInvalid(false).setHelpText(validationHelp(v)).build();
  resolve(v.range, sheetName).setDataValidation(rule);
}

function conditionalRule(app: SpreadsheetAppLike, f: ConditionalFormatSpec, sheetName: string, resolve: RangeResolver): ConditionalFormatRuleLike {
  let builder = app.newConditionalFormatRule().whenFormulaSatisfied(f.formula);
  if (f.style.fill) builder = builder.setBackground(f.style.fill);
  if (f.style.fontColor) builder = builder.setFontColor(f.style.fontColor);
  if (f.style.bold) builder = builder.setBold(true);
  return builder.setRanges([resolve(f.range, sheetName)]).build();
}

/**
 * Add rules to a sheet's conditional formats. `setConditionalFormatRules` replaces every rule of the
 * sheet, so the existing ones are read first and written back with the new ones after them.
 */
export function appendConditionalFormats(app: SpreadsheetAppLike, sheet: SheetLike, formats: readonly ConditionalFormatSpec[], resolve: RangeResolver): void {
  if (formats.length === 0) return;
  const name = sheet.getName();
  const rules = sheet.getConditionalFormatRules().slice();
  for (const f of formats) rules.push(conditionalRule(app, f, name, resolve));
  sheet.setConditionalFormatRules(rules);
}

function insertChart(sheet: SheetLike, chart: ChartSpec, sheetName: string, resolve: RangeResolver): void {
  const start = sheet.newChart();
  let builder = chart.type === 'bar' ? start.asBarChart() : chart.type === 'column' ? start.asColumnChart() : chart.type === 'line' ? start.asLineChart() : start.asPieChart();
  builder = builder.addRange(resolve(chart.categories, sheetName));
  for (const s of chart.series) builder = builder.addRange(resolve(s.values, sheetName));
  const anchor = parseCell(chart.anchor);
  if (!anchor) throw new Error(`Chart anchor is not a cell: ${chart.anchor}`);
  const series: Record<number, { labelInLegend: string }> = {};
  chart.series.forEach((s, i) => (series[i] = { labelInLegend: s.name }));
  builder = builder
    .setPosition(anchor.row, anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', chart.width)
    .setOption('height', chart.height)
    .setOption('legend', { position: chart.series.length > 1 ? 'bottom' : 'none' })
    .setOption('series', series);
  sheet.insertChart(builder.build());
}

/** Everything of one sheet except charts (which may show data of sheets written later). */
export function writeSheet(app: SpreadsheetAppLike, sheet: SheetLike, plan: PlannedSheet, resolve: RangeResolver): void {
  const lastRun = (list: readonly { start: number; count: number }[]) => list.reduce((n, run) => Math.max(n, run.start + run.count - 1), 0);
  const neededRows = Math.max(plan.rows, lastRun(plan.hiddenRows));
  const neededColumns = Math.max(plan.columns, lastRun(plan.columnWidths), lastRun(plan.hiddenColumns));
  const maxRows = sheet.getMaxRows();
  if (neededRows > maxRows) sheet.insertRowsAfter(maxRows, neededRows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (neededColumns > maxColumns) sheet.insertColumnsAfter(maxColumns, neededColumns - maxColumns);

  if (plan.rows > 0) {
    const block = sheet.getRange(rangeAddress(1, 1, plan.rows, plan.columns));
    block.setValues(enteredGrid(plan));
    if (plan.notes.length > 0) {
      const notes = plan.cells.map((row) => row.map(() => ''));
      for (const note of plan.notes) notes[note.row - 1][note.column - 1] = note.text;
      block.setNotes(notes);
    }
  }
  for (const { format, ranges } of plan.numberFormats) sheet.getRangeList([...ranges]).setNumberFormat(format);
  for (const { look, ranges } of plan.styles) {
    const list = sheet.getRangeList([...ranges]);
    if (look.bold) list.setFontWeight('bold');
    if (look.italic) list.setFontStyle('italic');
    if (look.size) list.setFontSize(look.size);
    if (look.fontColor) list.setFontColor(look.fontColor);
    if (look.fill) list.setBackground(look.fill);
    if (look.wrap) list.setWrap(true);
  }
  for (const merge of plan.merges) sheet.getRange(merge).merge();
  for (const w of plan.columnWidths) sheet.setColumnWidths(w.start, w.count, w.pixels);
  for (const h of plan.rowHeights) sheet.setRowHeight(h.row, h.pixels);
  for (const run of plan.hiddenColumns) sheet.hideColumns(run.start, run.count);
  for (const run of plan.hiddenRows) sheet.hideRows(run.start, run.count);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  if (plan.tabColor) sheet.setTabColor(plan.tabColor);
  for (const v of plan.validations) writeValidation(app, v, plan.name, resolve);
  appendConditionalFormats(app, sheet, plan.conditionalFormats, resolve);
}

export function writeCharts(sheet: SheetLike, plan: PlannedSheet, resolve: RangeResolver): void {
  for (const chart of plan.charts) insertChart(sheet, chart, plan.name, resolve);
}
