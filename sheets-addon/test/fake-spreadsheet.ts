/**
 * An in-memory Google spreadsheet with the SpreadsheetApp methods the add-on uses, counting every
 * call (a "service call", as Apps Script would bill it). setValues behaves as Sheets does: a string
 * starting with `=` is a formula, a leading apostrophe marks text. Out-of-range writes, a taken sheet
 * name and grids of the wrong shape throw, as they do in Sheets. No formula engine: a formula's
 * display value is ''.
 */
import { columnLetter, parseCell } from '../../core/templates/a1';

export class CallLog {
  readonly calls: string[] = [];
  record(name: string): void {
    this.calls.push(name);
  }
  get count(): number {
    return this.calls.length;
  }
  /** Calls by name, e.g. { 'Range.setValues': 9 }. */
  tally(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c] = (out[c] ?? 0) + 1;
    return out;
  }
}

export interface FakeCell {
  value?: string | number | boolean | Date;
  formula?: string;
  /** What a formula cell shows (the fake computes nothing; a test may set it, e.g. from HyperFormula). */
  computed?: string | number | boolean;
  numberFormat?: string;
  note?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  validation?: FakeValidation;
}

export interface FakeValidation { readonly criteria: string; readonly args: readonly unknown[]; readonly allowInvalid: boolean; readonly helpText: string }
export interface FakeRule { readonly formula: string; readonly background?: string; readonly fontColor?: string; readonly bold?: boolean; readonly ranges: readonly string[] }
export interface FakeChart { readonly type: string; readonly ranges: readonly string[]; readonly position: readonly number[]; readonly options: Readonly<Record<string, unknown>> }

function a1(r0: number, c0: number, r1: number, c1: number): string {
  return `${columnLetter(c0 + 1)}${r0 + 1}:${columnLetter(c1 + 1)}${r1 + 1}`;
}

export class FakeRange {
  constructor(private readonly log: CallLog, readonly sheet: FakeSheet, readonly r0: number, readonly c0: number, readonly r1: number, readonly c1: number) {}
  get rows(): number { return this.r1 - this.r0 + 1; }
  get columns(): number { return this.c1 - this.c0 + 1; }
  /** `'Sheet'!A1:B2`, for checks. */
  get label(): string { return `${this.sheet.name}!${a1(this.r0, this.c0, this.r1, this.c1)}`; }

  private checkGrid(grid: unknown[][], what: string): void {
    if (grid.length !== this.rows || grid.some((row) => row.length !== this.columns)) {
      throw new Error(`The number of rows or columns in the ${what} does not match the range ${this.label}`);
    }
  }
  forEachCell(fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = this.r0; r <= this.r1; r++) for (let c = this.c0; c <= this.c1; c++) fn(this.sheet.cell(r, c), r - this.r0, c - this.c0);
  }
  setValues(values: unknown[][]): this {
    this.log.record('Range.setValues');
    this.checkGrid(values, 'data');
    this.forEachCell((cell, r, c) => {
      const v = values[r][c];
      this.sheet.entered.set(`${this.r0 + r},${this.c0 + c}`, v);
      delete cell.formula;
      delete cell.computed;
      if (typeof v === 'string' && v.startsWith('=')) { cell.formula = v; delete cell.value; }
      else if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
      else if (v === '' || v === null || v === undefined) delete cell.value;
      else cell.value = v as FakeCell['value'];
    });
    return this;
  }
  setNotes(notes: unknown[][]): this {
    this.log.record('Range.setNotes');
    this.checkGrid(notes, 'notes');
    this.forEachCell((cell, r, c) => {
      const n = notes[r][c];
      if (n === '' || n === null || n === undefined) delete cell.note;
      else cell.note = String(n);
    });
    return this;
  }
  setDataValidation(rule: FakeValidation | null): this {
    this.log.record('Range.setDataValidation');
    this.forEachCell((cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }
  merge(): this {
    this.log.record('Range.merge');
    this.sheet.merges.push(a1(this.r0, this.c0, this.r1, this.c1));
    return this;
  }
  /**
   * The cells' values as Sheets gives them: '' for blanks, a formula cell's computed value ('' when
   * none was set), and a number in a date-formatted cell as a `Date` (made by the spreadsheet's
   * `makeDate`, so a test can make it in the script's realm).
   */
  getValues(): unknown[][] {
    this.log.record('Range.getValues');
    const out: unknown[][] = [];
    for (let r = this.r0; r <= this.r1; r++) {
      const row: unknown[] = [];
      for (let c = this.c0; c <= this.c1; c++) row.push(this.sheet.valueAt(r, c));
      out.push(row);
    }
    return out;
  }
  /** Makes this the active range (and its sheet the active sheet), as `Range.activate()` does. */
  activate(): this {
    this.log.record('Range.activate');
    const owner = this.sheet.spreadsheet;
    if (owner) owner.active = { sheet: this.sheet.name, range: a1(this.r0, this.c0, this.r1, this.c1) };
    return this;
  }
  getSheet(): FakeSheet { this.log.record('Range.getSheet'); return this.sheet; }
  getA1Notation(): string {
    this.log.record('Range.getA1Notation');
    return this.r0 === this.r1 && this.c0 === this.c1 ? `${columnLetter(this.c0 + 1)}${this.r0 + 1}` : a1(this.r0, this.c0, this.r1, this.c1);
  }
  getDisplayValue(): string {
    this.log.record('Range.getDisplayValue');
    const cell = this.sheet.peek(this.r0, this.c0);
    return cell?.formula !== undefined || cell?.value === undefined ? '' : String(cell.value);
  }
}

export class FakeRangeList {
  constructor(private readonly log: CallLog, readonly ranges: readonly FakeRange[]) {}
  private each(name: string, fn: (cell: FakeCell) => void): this {
    this.log.record(`RangeList.${name}`);
    for (const range of this.ranges) range.forEachCell(fn);
    return this;
  }
  setNumberFormat(format: string) { return this.each('setNumberFormat', (c) => (c.numberFormat = format)); }
  setFontWeight(weight: string | null) { return this.each('setFontWeight', (c) => (c.fontWeight = weight ?? undefined)); }
  setFontStyle(style: string | null) { return this.each('setFontStyle', (c) => (c.fontStyle = style ?? undefined)); }
  setFontSize(size: number) { return this.each('setFontSize', (c) => (c.fontSize = size)); }
  setFontColor(color: string | null) { return this.each('setFontColor', (c) => (c.fontColor = color ?? undefined)); }
  setBackground(color: string | null) { return this.each('setBackground', (c) => (c.background = color ?? undefined)); }
  setWrap(wrap: boolean) { return this.each('setWrap', (c) => (c.wrap = wrap)); }
}

class FakeValidationBuilder {
  private criteria = '';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly log: CallLog) {}
  private set(name: string, args: unknown[]): this {
    this.log.record(`DataValidationBuilder.${name}`);
    this.criteria = name;
    this.args = args.map((a) => (a instanceof FakeRange ? a.label : a));
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean) { return this.set('requireValueInList', [values, showDropdown]); }
  requireValueInRange(range: FakeRange, showDropdown?: boolean) { return this.set('requireValueInRange', [range, showDropdown]); }
  requireNumberBetween(a: number, b: number) { return this.set('requireNumberBetween', [a, b]); }
  requireNumberGreaterThanOrEqualTo(a: number) { return this.set('requireNumberGreaterThanOrEqualTo', [a]); }
  requireNumberLessThanOrEqualTo(a: number) { return this.set('requireNumberLessThanOrEqualTo', [a]); }
  requireDate() { return this.set('requireDate', []); }
  requireDateBetween(a: Date, b: Date) { return this.set('requireDateBetween', [a, b]); }
  requireDateOnOrAfter(a: Date) { return this.set('requireDateOnOrAfter', [a]); }
  requireDateOnOrBefore(a: Date) { return this.set('requireDateOnOrBefore', [a]); }
  requireFormulaSatisfied(formula: string) { return this.set('requireFormulaSatisfied', [formula]); }
  setAllowInvalid(allow: boolean) { this.log.record('DataValidationBuilder.setAllowInvalid'); this.allowInvalid = allow; return this; }
  setHelpText(text: string) { this.log.record('DataValidationBuilder.setHelpText'); this.helpText = text; return this; }
  build(): FakeValidation {
    this.log.record('DataValidationBuilder.build');
    if (!this.criteria) throw new Error('A data validation needs a criterion');
    return { criteria: this.criteria, args: this.args, allowInvalid: this.allowInvalid, helpText: this.helpText };
  }
}

class FakeRuleBuilder {
  private rule: { formula?: string; background?: string; fontColor?: string; bold?: boolean; ranges: string[] } = { ranges: [] };
  constructor(private readonly log: CallLog) {}
  whenFormulaSatisfied(formula: string) { this.log.record('ConditionalFormatRuleBuilder.whenFormulaSatisfied'); this.rule.formula = formula; return this; }
  setBackground(color: string | null) { this.log.record('ConditionalFormatRuleBuilder.setBackground'); this.rule.background = color ?? undefined; return this; }
  setFontColor(color: string | null) { this.log.record('ConditionalFormatRuleBuilder.setFontColor'); this.rule.fontColor = color ?? undefined; return this; }
  setBold(bold: boolean | null) { this.log.record('ConditionalFormatRuleBuilder.setBold'); this.rule.bold = bold ?? undefined; return this; }
  setRanges(ranges: FakeRange[]) { this.log.record('ConditionalFormatRuleBuilder.setRanges'); this.rule.ranges = ranges.map((r) => r.label); return this; }
  build(): FakeRule {
    this.log.record('ConditionalFormatRuleBuilder.build');
    if (!this.rule.formula || this.rule.ranges.length === 0) throw new Error('A conditional format rule needs a condition and ranges');
    return { ...this.rule, formula: this.rule.formula };
  }
}

class FakeChartBuilder {
  private type = '';
  private readonly ranges: string[] = [];
  private position: number[] = [];
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly log: CallLog) {}
  private as(type: string) { this.log.record(`EmbeddedChartBuilder.as${type}Chart`); this.type = type; return this; }
  asBarChart() { return this.as('Bar'); }
  asColumnChart() { return this.as('Column'); }
  asLineChart() { return this.as('Line'); }
  asPieChart() { return this.as('Pie'); }
  addRange(range: FakeRange) { this.log.record('EmbeddedChartBuilder.addRange'); this.ranges.push(range.label); return this; }
  setPosition(row: number, column: number, x: number, y: number) { this.log.record('EmbeddedChartBuilder.setPosition'); this.position = [row, column, x, y]; return this; }
  setOption(name: string, value: unknown) { this.log.record('EmbeddedChartBuilder.setOption'); this.options[name] = value; return this; }
  build(): FakeChart {
    this.log.record('EmbeddedChartBuilder.build');
    return { type: this.type, ranges: [...this.ranges], position: this.position, options: { ...this.options } };
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor?: string;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  conditionalRules: FakeRule[] = [];
  readonly charts: FakeChart[] = [];
  activations = 0;
  /** The spreadsheet holding this sheet (set when it is added or inserted). */
  spreadsheet?: FakeSpreadsheet;
  /**
   * What `setValues` was last given for each cell (`r,c`), as typed: Sheets parses a string starting
   * with `=`, `+`, `-` or `@` as a formula, so a test can check that text was entered as text.
   */
  readonly entered = new Map<string, unknown>();
  constructor(private readonly log: CallLog, public name: string) {}

  /** A cell's value as `getValues()` gives it. */
  valueAt(r: number, c: number): unknown {
    const cell = this.peek(r, c);
    if (!cell) return '';
    if (cell.formula !== undefined) return cell.computed ?? '';
    const v = cell.value;
    if (v === undefined) return '';
    if (typeof v === 'number' && cell.numberFormat !== undefined && /^[^"]*(yy|dd)/i.test(cell.numberFormat)) {
      const ms = Date.UTC(1899, 11, 30) + Math.round(v * 86_400_000);
      return this.spreadsheet ? this.spreadsheet.makeDate(ms) : new Date(ms);
    }
    return v;
  }
  /** The last row and column (1-based) holding a value or a formula; 0 when the sheet is empty. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }

  cell(r: number, c: number): FakeCell {
    if (r >= this.maxRows || c >= this.maxColumns) throw new Error(`Range ${columnLetter(c + 1)}${r + 1} is outside the sheet ${this.name} (${this.maxRows} × ${this.maxColumns})`);
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }
  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /** A1 to a range without logging (tests read through this). */
  range(address: string): FakeRange {
    const rows = /^(\d+):(\d+)$/.exec(address.replace(/\$/g, ''));
    if (rows) return this.range(`A${rows[1]}:${columnLetter(this.maxColumns)}${rows[2]}`);
    const [a, b] = address.replace(/\$/g, '').split(':');
    const start = parseCell(a);
    const end = parseCell(b ?? a);
    if (!start || !end) throw new Error(`Range not found: ${address}`);
    if (end.row > this.maxRows || end.column > this.maxColumns) throw new Error(`Range ${address} is outside the sheet ${this.name}`);
    return new FakeRange(this.log, this, start.row - 1, start.column - 1, end.row - 1, end.column - 1);
  }

  getName(): string { this.log.record('Sheet.getName'); return this.name; }
  getRange(a1Notation: string): FakeRange { this.log.record('Sheet.getRange'); return this.range(a1Notation); }
  /** A1 to the last row and column with content, as Sheets' data range (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    this.log.record('Sheet.getDataRange');
    const { rows, columns } = this.extent();
    return new FakeRange(this.log, this, 0, 0, Math.max(rows, 1) - 1, Math.max(columns, 1) - 1);
  }
  setColumnWidth(column: number, width: number) { this.log.record('Sheet.setColumnWidth'); this.columnWidths.set(column, width); return this; }
  getRangeList(a1Notations: string[]): FakeRangeList { this.log.record('Sheet.getRangeList'); return new FakeRangeList(this.log, a1Notations.map((a) => this.range(a))); }
  getMaxRows(): number { this.log.record('Sheet.getMaxRows'); return this.maxRows; }
  getMaxColumns(): number { this.log.record('Sheet.getMaxColumns'); return this.maxColumns; }
  insertRowsAfter(after: number, howMany: number) { this.log.record('Sheet.insertRowsAfter'); if (after !== this.maxRows) throw new Error('test fake: rows are only added at the end'); this.maxRows += howMany; return this; }
  insertColumnsAfter(after: number, howMany: number) { this.log.record('Sheet.insertColumnsAfter'); if (after !== this.maxColumns) throw new Error('test fake: columns are only added at the end'); this.maxColumns += howMany; return this; }
  setColumnWidths(start: number, count: number, width: number) { this.log.record('Sheet.setColumnWidths'); for (let i = 0; i < count; i++) this.columnWidths.set(start + i, width); return this; }
  setRowHeight(row: number, height: number) { this.log.record('Sheet.setRowHeight'); this.rowHeights.set(row, height); return this; }
  hideColumns(start: number, count: number) { this.log.record('Sheet.hideColumns'); for (let i = 0; i < count; i++) this.hiddenColumns.add(start + i); }
  hideRows(start: number, count: number) { this.log.record('Sheet.hideRows'); for (let i = 0; i < count; i++) this.hiddenRows.add(start + i); }
  setFrozenRows(rows: number) { this.log.record('Sheet.setFrozenRows'); this.frozenRows = rows; }
  setFrozenColumns(columns: number) { this.log.record('Sheet.setFrozenColumns'); this.frozenColumns = columns; }
  setTabColor(color: string | null) { this.log.record('Sheet.setTabColor'); this.tabColor = color ?? undefined; return this; }
  getConditionalFormatRules(): FakeRule[] { this.log.record('Sheet.getConditionalFormatRules'); return this.conditionalRules.slice(); }
  setConditionalFormatRules(rules: FakeRule[]) { this.log.record('Sheet.setConditionalFormatRules'); this.conditionalRules = rules.slice(); }
  newChart() { this.log.record('Sheet.newChart'); return new FakeChartBuilder(this.log); }
  insertChart(chart: FakeChart) { this.log.record('Sheet.insertChart'); this.charts.push(chart); }
  activate() {
    this.log.record('Sheet.activate');
    this.activations++;
    if (this.spreadsheet) this.spreadsheet.active = { sheet: this.name, range: 'A1' };
    return this;
  }

  /** Everything about the sheet, for before/after comparisons. */
  snapshot(): unknown {
    return JSON.parse(JSON.stringify({
      name: this.name, cells: [...this.cells.entries()].sort(), maxRows: this.maxRows, maxColumns: this.maxColumns,
      frozenRows: this.frozenRows, frozenColumns: this.frozenColumns, tabColor: this.tabColor ?? null,
      columnWidths: [...this.columnWidths], rowHeights: [...this.rowHeights], merges: this.merges,
      hiddenColumns: [...this.hiddenColumns], hiddenRows: [...this.hiddenRows],
      conditionalRules: this.conditionalRules, charts: this.charts,
    }));
  }
}

export class FakeNamedRange {
  constructor(private readonly log: CallLog, readonly name: string, readonly range: FakeRange) {}
  getName(): string { this.log.record('NamedRange.getName'); return this.name; }
  /** Throws once its sheet was deleted (the fake's stand-in for a range Sheets shows as #REF!). */
  getRange(): FakeRange {
    this.log.record('NamedRange.getRange');
    const owner = this.range.sheet.spreadsheet;
    if (owner && !owner.sheets.includes(this.range.sheet)) throw new Error('Range not found');
    return this.range;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges: FakeNamedRange[] = [];
  /** The spreadsheet's time zone (File › Settings). */
  timeZone = 'America/New_York';
  /** The sheet and range last activated. */
  active?: { readonly sheet: string; readonly range: string };
  /** Makes the `Date`s that `getValues()` returns (a test may make them in the script's realm). */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);
  constructor(private readonly log: CallLog) {}

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.log, name);
    sheet.spreadsheet = this;
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(', ')}`);
    return found;
  }
  getSheets(): FakeSheet[] { this.log.record('Spreadsheet.getSheets'); return this.sheets.slice(); }
  insertSheet(name: string, index: number): FakeSheet {
    this.log.record('Spreadsheet.insertSheet');
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.log, name);
    sheet.spreadsheet = this;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.record('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSpreadsheetTimeZone(): string { this.log.record('Spreadsheet.getSpreadsheetTimeZone'); return this.timeZone; }
  getNamedRanges(): FakeNamedRange[] { this.log.record('Spreadsheet.getNamedRanges'); return this.namedRanges.slice(); }
  setNamedRange(name: string, range: FakeRange) {
    this.log.record('Spreadsheet.setNamedRange');
    const i = this.namedRanges.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
    const named = new FakeNamedRange(this.log, name, range);
    if (i >= 0) this.namedRanges[i] = named;
    else this.namedRanges.push(named);
  }
}

export class FakeSpreadsheetApp {
  readonly log = new CallLog();
  readonly spreadsheet = new FakeSpreadsheet(this.log);
  flushes = 0;
  getActiveSpreadsheet(): FakeSpreadsheet { this.log.record('SpreadsheetApp.getActiveSpreadsheet'); return this.spreadsheet; }
  newDataValidation() { this.log.record('SpreadsheetApp.newDataValidation'); return new FakeValidationBuilder(this.log); }
  newConditionalFormatRule() { this.log.record('SpreadsheetApp.newConditionalFormatRule'); return new FakeRuleBuilder(this.log); }
  flush(): void { this.log.record('SpreadsheetApp.flush'); this.flushes++; }
}
