/**
 * The part of SpreadsheetApp the builder uses, as structural types: the real services satisfy them
 * (main.ts assigns `SpreadsheetApp` to {@link SpreadsheetAppLike}), and the tests' in-memory fake
 * implements them and counts every call.
 */
export interface RangeLike {
  setValues(values: unknown[][]): unknown;
  setNotes(notes: unknown[][]): unknown;
  setDataValidation(rule: DataValidationLike | null): unknown;
  merge(): unknown;
  getDisplayValue(): string;
}

export interface RangeListLike {
  setNumberFormat(format: string): unknown;
  setFontWeight(weight: string | null): unknown;
  setFontStyle(style: string | null): unknown;
  setFontSize(size: number): unknown;
  setFontColor(color: string | null): unknown;
  setBackground(color: string | null): unknown;
  setWrap(wrap: boolean): unknown;
}

export type DataValidationLike = object;
export type ConditionalFormatRuleLike = object;
export type EmbeddedChartLike = object;

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderLike;
  requireValueInRange(range: RangeLike, showDropdown?: boolean): DataValidationBuilderLike;
  requireNumberBetween(start: number, end: number): DataValidationBuilderLike;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderLike;
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderLike;
  requireDate(): DataValidationBuilderLike;
  requireDateBetween(start: Date, end: Date): DataValidationBuilderLike;
  requireDateOnOrAfter(date: Date): DataValidationBuilderLike;
  requireDateOnOrBefore(date: Date): DataValidationBuilderLike;
  requireFormulaSatisfied(formula: string): DataValidationBuilderLike;
  setAllowInvalid(allow: boolean): DataValidationBuilderLike;
  setHelpText(text: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface ConditionalFormatRuleBuilderLike {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string | null): ConditionalFormatRuleBuilderLike;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderLike;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface ChartBuilderLike {
  addRange(range: RangeLike): ChartBuilderLike;
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): ChartBuilderLike;
  setOption(option: string, value: unknown): ChartBuilderLike;
  build(): EmbeddedChartLike;
}

export interface EmbeddedChartBuilderLike {
  asBarChart(): ChartBuilderLike;
  asColumnChart(): ChartBuilderLike;
  asLineChart(): ChartBuilderLike;
  asPieChart(): ChartBuilderLike;
}

export interface SheetLike {
  getName(): string;
  getRange(a1Notation: string): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  setRowHeight(rowPosition: number, height: number): unknown;
  hideColumns(columnIndex: number, numColumns: number): unknown;
  hideRows(rowIndex: number, numRows: number): unknown;
  setFrozenRows(rows: number): unknown;
  setFrozenColumns(columns: number): unknown;
  setTabColor(color: string | null): unknown;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): unknown;
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): unknown;
  activate(): unknown;
}

export interface NamedRangeLike {
  getName(): string;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  getNamedRanges(): NamedRangeLike[];
  setNamedRange(name: string, range: RangeLike): unknown;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  flush(): void;
}
