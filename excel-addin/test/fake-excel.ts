/**
 * A recording fake of the part of the Excel object model the framework builder uses. It keeps the
 * state tests check (sheets, cells, tables, names), records every write with the sheet it targets,
 * counts `context.sync()` calls, and fails at sync where Excel would (a taken sheet or table name,
 * an array whose size differs from its range, a property read before it was loaded and synced).
 *
 * No imports: the browser test transpiles this file on its own and serves it as the Office.js stub.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a fake of a large typed API: the builder sees it through Excel's own types */

export interface WriteRecord {
  readonly sheet: string;
  readonly op: string;
  readonly address?: string;
  readonly value?: unknown;
}

export interface FakeSheetInit {
  readonly name: string;
  /** Cell values by A1 address. */
  readonly cells?: Readonly<Record<string, unknown>>;
}

export interface FakeOptions {
  readonly sheets?: readonly FakeSheetInit[];
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly address: string }[];
  readonly names?: readonly string[];
  /** What a loaded range's `text` shows; default: the cell's value or formula as text. */
  readonly textFor?: (sheet: string, address: string, content: unknown) => string | undefined;
}

export class FakeSheetState {
  readonly cells = new Map<string, unknown>();
  readonly numberFormats = new Map<string, string>();
  tabColor: string | undefined;
  readonly merges: string[] = [];
  /** Hidden columns (letters) and rows (1-based), set through `columnHidden` / `rowHidden`. */
  readonly hiddenColumns = new Set<string>();
  readonly hiddenRows = new Set<number>();
  constructor(public name: string, readonly preexisting: boolean) {}
}

const CELL_RE = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `B2:D5` → corners (0-based); `A:A` and `3:3` → undefined (whole columns or rows). */
export function parseBox(address: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const [a, b = a] = address.replace(/^.*!/, '').split(':');
  const m1 = CELL_RE.exec(a);
  const m2 = CELL_RE.exec(b);
  if (!m1 || !m2) return undefined;
  return { r0: Number(m1[2]) - 1, c0: columnIndex(m1[1]), r1: Number(m2[2]) - 1, c1: columnIndex(m2[1]) };
}

/** Whether two A1 ranges share a cell. */
export function overlaps(a: string, b: string): boolean {
  const x = parseBox(a);
  const y = parseBox(b);
  if (!x || !y) return false;
  return x.r0 <= y.r1 && y.r0 <= x.r1 && x.c0 <= y.c1 && y.c0 <= x.c1;
}

/**
 * An R1C1 formula as the cell at 0-based `row`, `column` reads it in A1, written here apart from
 * core's A1 → R1C1 scanner so a test that compares the two is not checking a scanner against
 * itself. `R[-1]C`, `R5C[2]`, `RC` are cells (a range joins two with `:`); `C[-2]`, `C6` alone are
 * whole columns. String literals and quoted sheet names are left as they are.
 */
export function fromR1C1(formula: string, row: number, column: number): string {
  const part = (text: string | undefined, here: number): { absolute: boolean; index: number } =>
    text === undefined || text === '' ? { absolute: false, index: here }
      : text.startsWith('[') ? { absolute: false, index: here + Number(text.slice(1, -1)) }
        : { absolute: true, index: Number(text) - 1 };
  const cell = (r: string | undefined, c: string | undefined) => {
    const y = part(r, row);
    const x = part(c, column);
    return `${x.absolute ? '$' : ''}${columnName(x.index)}${y.absolute ? '$' : ''}${y.index + 1}`;
  };
  const col = (c: string) => {
    const x = part(c, column);
    const name = `${x.absolute ? '$' : ''}${columnName(x.index)}`;
    return `${name}:${name}`;
  };
  const N = String.raw`(\[-?\d+\]|\d+)?`;
  const reference = new RegExp(String.raw`("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.])(?:R${N}C${N}(?::R${N}C${N})?|C(\[-?\d+\]|\d+)(?::C(\[-?\d+\]|\d+))?)(?![A-Za-z0-9_.(])`, 'g');
  return formula.replace(reference, (whole, quoted: string | undefined, r1, c1, r2, c2, k1: string | undefined, k2: string | undefined) => {
    if (quoted !== undefined) return whole;
    if (k1 !== undefined) {
      if (k2 === undefined) return col(k1);
      return `${col(k1).split(':')[0]}:${col(k2).split(':')[0]}`;
    }
    const first = cell(r1, c1);
    return r2 === undefined && c2 === undefined && !whole.includes(':') ? first : `${first}:${cell(r2, c2)}`;
  });
}

function key(name: string): string {
  return name.toUpperCase();
}

/** An object that records every property set and method call under a path, whatever its shape. */
function recorder(book: FakeWorkbook, sheet: string, path: string, address?: string): any {
  const target = function () { /* callable */ };
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'load') return () => recorder(book, sheet, path, address);
      return recorder(book, sheet, `${path}.${prop}`, address);
    },
    set(_t, prop, value) {
      book.record({ sheet, op: `${path}.${String(prop)}`, address, value });
      return true;
    },
    apply(_t, _this, args) {
      book.record({ sheet, op: `${path}()`, address, value: args.map((a) => (a instanceof FakeRange ? `range:${a.address}` : a)) });
      return recorder(book, sheet, `${path}()`, address);
    },
  });
}

export class FakeRange {
  private loadedAt = -1;
  constructor(private readonly book: FakeWorkbook, readonly sheet: FakeSheetState, readonly address: string) {}

  /**
   * A rows × columns array the size of the range, or (Office.js's "single input copy") one value for
   * every cell, as a string, number or boolean. Anything else fails at sync, as Excel would.
   */
  private checkShape(what: string, grid: unknown): void {
    if (typeof grid === 'string' || typeof grid === 'number' || typeof grid === 'boolean') return;
    const box = parseBox(this.address);
    if (!Array.isArray(grid) || !grid.every(Array.isArray)) {
      this.book.fail(`${what} for ${this.sheet.name}!${this.address} must be a 2-D array or one value`);
      return;
    }
    if (!box) return;
    const rows = box.r1 - box.r0 + 1;
    const columns = box.c1 - box.c0 + 1;
    if (grid.length !== rows || grid.some((row: unknown[]) => row.length !== columns)) {
      this.book.fail(`InvalidArgument: ${what} of ${grid.length}×${(grid[0] as unknown[] | undefined)?.length} for ${this.sheet.name}!${this.address} (${rows}×${columns})`);
    }
  }

  /** The grid a write gives, one value repeated when it is a single input copy. */
  private gridOf(input: unknown, each: (value: unknown, row: number, column: number) => unknown = (v) => v): unknown[][] {
    const box = parseBox(this.address);
    if (!box) return [];
    if (Array.isArray(input)) return input.map((row: unknown[], r) => row.map((v, c) => each(v, box.r0 + r, box.c0 + c)));
    return Array.from({ length: box.r1 - box.r0 + 1 }, (_, r) => Array.from({ length: box.c1 - box.c0 + 1 }, (_, c) => each(input, box.r0 + r, box.c0 + c)));
  }

  private store(target: Map<string, unknown>, grid: unknown[][]): void {
    const box = parseBox(this.address);
    if (!box) return;
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r].length; c++) {
        const at = `${columnName(box.c0 + c)}${box.r0 + r + 1}`;
        const value = grid[r][c];
        if (value === '' || value === null) target.delete(at);
        else target.set(at, value);
      }
    }
  }

  set formulas(grid: unknown[][]) {
    this.checkShape('formulas', grid);
    this.book.record({ sheet: this.sheet.name, op: 'formulas', address: this.address, value: grid });
    this.store(this.sheet.cells, this.gridOf(grid));
  }

  /** R1C1 formulas (ExcelApi 1.2), stored as each cell reads them in A1 ({@link fromR1C1}). */
  set formulasR1C1(grid: unknown[][]) {
    this.checkShape('formulasR1C1', grid);
    this.book.record({ sheet: this.sheet.name, op: 'formulasR1C1', address: this.address, value: grid });
    this.store(this.sheet.cells, this.gridOf(grid, (v, r, c) => (typeof v === 'string' && v.startsWith('=') ? fromR1C1(v, r, c) : v)));
  }

  /** What Excel computed: formula cells read as blank (nothing recalculates here), like a fresh `.xlsx`. */
  get values(): unknown[][] {
    if (this.loadedAt < 0) throw new Error(`PropertyNotLoaded: values of ${this.sheet.name}!${this.address}`);
    const box = parseBox(this.address);
    if (!box) return [['']];
    const rows: unknown[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: unknown[] = [];
      for (let c = box.c0; c <= box.c1; c++) {
        const content = this.sheet.cells.get(`${columnName(c)}${r + 1}`);
        // A leading apostrophe marks text: Office.js keeps it out of `values`, as Excel does.
        row.push(content === undefined || (typeof content === 'string' && content.startsWith('=')) ? '' : typeof content === 'string' && content.startsWith("'") ? content.slice(1) : content);
      }
      rows.push(row);
    }
    return rows;
  }

  select(): void { this.book.record({ sheet: this.sheet.name, op: 'select', address: this.address }); }

  set values(grid: unknown[][]) {
    this.checkShape('values', grid);
    this.book.record({ sheet: this.sheet.name, op: 'values', address: this.address, value: grid });
    this.store(this.sheet.cells, this.gridOf(grid));
  }

  set numberFormat(grid: unknown[][]) {
    this.checkShape('numberFormat', grid);
    this.book.record({ sheet: this.sheet.name, op: 'numberFormat', address: this.address, value: grid });
    this.store(this.sheet.numberFormats as Map<string, unknown>, this.gridOf(grid));
  }

  /** `Range.columnHidden` / `rowHidden` (ExcelApi 1.2): recorded, and kept on the sheet by column letter and row number. */
  set columnHidden(hidden: boolean) {
    this.book.record({ sheet: this.sheet.name, op: 'columnHidden', address: this.address, value: hidden });
    const [first, last = first] = this.address.replace(/\$/g, '').split(':');
    for (let c = columnIndex(first); c <= columnIndex(last); c++) this.sheet.hiddenColumns.add(columnName(c));
  }
  set rowHidden(hidden: boolean) {
    this.book.record({ sheet: this.sheet.name, op: 'rowHidden', address: this.address, value: hidden });
    const [first, last = first] = this.address.replace(/\$/g, '').split(':').map(Number);
    for (let r = first; r <= last; r++) this.sheet.hiddenRows.add(r);
  }

  get format(): any { return recorder(this.book, this.sheet.name, 'format', this.address); }
  get dataValidation(): any { return recorder(this.book, this.sheet.name, 'dataValidation', this.address); }
  get conditionalFormats(): any { return recorder(this.book, this.sheet.name, 'conditionalFormats', this.address); }

  merge(across: boolean): void {
    this.book.record({ sheet: this.sheet.name, op: 'merge', address: this.address, value: across });
    if (this.book.tables.some((t) => t.sheet === this.sheet.name && overlaps(t.address, this.address))) {
      this.book.fail(`InvalidOperation: cannot merge ${this.sheet.name}!${this.address}, it overlaps a table`);
    }
    this.sheet.merges.push(this.address);
  }

  load(_props?: unknown): this {
    this.book.onSync(() => { this.loadedAt = this.book.syncs; });
    return this;
  }

  get text(): string[][] {
    if (this.loadedAt < 0) throw new Error(`PropertyNotLoaded: text of ${this.sheet.name}!${this.address}`);
    const box = parseBox(this.address);
    if (!box) return [['']];
    const rows: string[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: string[] = [];
      for (let c = box.c0; c <= box.c1; c++) {
        const at = `${columnName(c)}${r + 1}`;
        const content = this.sheet.cells.get(at);
        const shown = this.book.options.textFor?.(this.sheet.name, at, content);
        row.push(shown ?? (content === undefined ? '' : String(content)));
      }
      rows.push(row);
    }
    return rows;
  }
}

class FakeCollection<T extends { name: string }> {
  private snapshot: T[] | undefined;
  constructor(private readonly book: FakeWorkbook, private readonly source: () => T[]) {}
  load(_props?: unknown): this {
    this.book.onSync(() => { this.snapshot = this.source().slice(); });
    return this;
  }
  get items(): T[] {
    if (!this.snapshot) throw new Error('PropertyNotLoaded: items (call load and sync first)');
    return this.snapshot;
  }
}

export class FakeWorksheet {
  constructor(private readonly book: FakeWorkbook, readonly state: FakeSheetState) {}
  get name(): string { return this.state.name; }
  set tabColor(color: string) {
    this.book.record({ sheet: this.state.name, op: 'tabColor', value: color });
    this.state.tabColor = color;
  }
  getRange(address: string): FakeRange { return new FakeRange(this.book, this.state, address); }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.book, this.state, `${columnName(column)}${row + 1}:${columnName(column + columns - 1)}${row + rows}`);
  }
  /** The box from A1 to the last filled cell (A1 on an empty sheet), as Excel's `getUsedRange(true)` gives it. */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    let rows = 1;
    let columns = 1;
    for (const at of this.state.cells.keys()) {
      const box = parseBox(at);
      if (!box) continue;
      rows = Math.max(rows, box.r0 + 1);
      columns = Math.max(columns, box.c0 + 1);
    }
    return new FakeRange(this.book, this.state, `A1:${columnName(columns - 1)}${rows}`);
  }
  activate(): void { this.book.record({ sheet: this.state.name, op: 'activate' }); }
  get freezePanes(): any { return recorder(this.book, this.state.name, 'freezePanes'); }
  get notes(): any { return recorder(this.book, this.state.name, 'notes'); }
  get charts(): any { return recorder(this.book, this.state.name, 'charts'); }
  get pageLayout(): any { return recorder(this.book, this.state.name, 'pageLayout'); }
  get horizontalPageBreaks(): any { return recorder(this.book, this.state.name, 'horizontalPageBreaks'); }
  get names(): any { return recorder(this.book, this.state.name, 'names'); }
  get tables() {
    return {
      add: (address: string, hasHeaders: boolean) => {
        if (this.book.tables.some((t) => t.sheet === this.state.name && overlaps(t.address, address)) || this.state.merges.some((m) => overlaps(m, address))) {
          this.book.fail(`InvalidOperation: a table at ${this.state.name}!${address} would overlap another table or merged cells`);
        }
        const table = { name: `Table${this.book.tables.length + 1}`, sheet: this.state.name, address, hasHeaders };
        this.book.tables.push(table);
        this.book.record({ sheet: this.state.name, op: 'tables.add', address, value: hasHeaders });
        const book = this.book;
        return {
          set name(name: string) {
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) book.fail(`InvalidArgument: table name ${name}`);
            if (book.tables.some((t) => t !== table && key(t.name) === key(name)) || book.names.some((n) => key(n.name) === key(name))) {
              book.fail(`ItemAlreadyExists: a table or name called ${name}`);
            }
            table.name = name;
          },
          get name() { return table.name; },
        };
      },
    };
  }
}

export class FakeWorkbook {
  syncs = 0;
  readonly writes: WriteRecord[] = [];
  readonly sheets: FakeSheetState[] = [];
  readonly tables: { name: string; sheet: string; address: string; hasHeaders?: boolean }[] = [];
  readonly names: { name: string; formula: string; comment?: string }[] = [];
  private afterSync: (() => void)[] = [];
  private failures: string[] = [];

  constructor(readonly options: FakeOptions = {}) {
    for (const init of options.sheets ?? []) {
      const state = new FakeSheetState(init.name, true);
      for (const [address, value] of Object.entries(init.cells ?? {})) state.cells.set(address, value);
      this.sheets.push(state);
    }
    for (const table of options.tables ?? []) this.tables.push({ ...table });
    for (const name of options.names ?? []) this.names.push({ name, formula: '=1' });
  }

  record(write: WriteRecord): void { this.writes.push(write); }
  /** What the writes so far carry, as JSON: a stand-in for the size of the requests that sent them. */
  sentBytes(): number { return this.writes.reduce((n, w) => n + JSON.stringify(w).length, 0); }
  fail(message: string): void { this.failures.push(message); }
  onSync(action: () => void): void { this.afterSync.push(action); }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => key(s.name) === key(name));
  }

  /** A snapshot of one sheet's cells, to compare before and after. */
  cellsOf(name: string): Record<string, unknown> {
    return Object.fromEntries(this.sheet(name)?.cells ?? []);
  }

  context(): any {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- captured by the collection objects below
    const book = this;
    const worksheets = Object.assign(new FakeCollection(book, () => book.sheets.map((s) => new FakeWorksheet(book, s))), {
      add(name: string) {
        if (name.length > 31 || /[\\/?*[\]:]/.test(name)) book.fail(`InvalidArgument: sheet name ${name}`);
        if (book.sheet(name)) book.fail(`ItemAlreadyExists: a sheet called ${name}`);
        const state = new FakeSheetState(name, false);
        book.sheets.push(state);
        book.record({ sheet: name, op: 'worksheets.add' });
        return new FakeWorksheet(book, state);
      },
      getItem(name: string) {
        const state = book.sheet(name);
        if (!state) { book.fail(`ItemNotFound: sheet ${name}`); return new FakeWorksheet(book, new FakeSheetState(name, false)); }
        return new FakeWorksheet(book, state);
      },
    });
    const names = Object.assign(new FakeCollection(book, () => book.names), {
      add(name: string, formula: string, comment?: string) {
        if (book.names.some((n) => key(n.name) === key(name)) || book.tables.some((t) => key(t.name) === key(name))) {
          book.fail(`ItemAlreadyExists: a name called ${name}`);
        }
        book.names.push({ name, formula, comment });
        book.record({ sheet: '', op: 'names.add', value: { name, formula } });
      },
    });
    return {
      workbook: { worksheets, tables: new FakeCollection(book, () => book.tables), names },
      sync: async () => {
        book.syncs++;
        if (book.failures.length > 0) {
          const message = book.failures.join('; ');
          book.failures = [];
          book.afterSync = [];
          throw new Error(message);
        }
        const actions = book.afterSync;
        book.afterSync = [];
        for (const action of actions) action();
      },
    };
  }
}
