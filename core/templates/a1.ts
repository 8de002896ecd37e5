/**
 * A1 addresses and the sheet references inside formulas: column letters, cell and range parsing, and
 * a small scanner that finds `Sheet!A1` / `'My Sheet'!A1:B2` references outside string literals.
 * Used to build the templates, to rename sheets ({@link ./rename}) and by the tests that check every
 * reference points inside the declared sheets.
 */

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The column letter `offset` columns to the right of `letter`. */
export function shiftColumn(letter: string, offset: number): string {
  return columnLetter(columnNumber(letter) + offset);
}

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** `$B$6` → { row: 6, column: 2 }; undefined if it is not a cell address. */
export function parseCell(text: string): CellAddress | undefined {
  const m = CELL.exec(text.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** 1-based row and column → `B3`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** 1-based inclusive corners → `A1:C4`, or `A1` for one cell. */
export function rangeAddress(row0: number, column0: number, row1: number, column1: number): string {
  const first = cellAddress(row0, column0);
  return row0 === row1 && column0 === column1 ? first : `${first}:${cellAddress(row1, column1)}`;
}

/** Columns `start` … `start + count − 1` (1-based) as a whole-column address: `C:E`. */
export function columnsAddress(start: number, count: number): string {
  return `${columnLetter(start)}:${columnLetter(start + count - 1)}`;
}

/** `'Strategy (2)'!$A$6:$A$17` (with or without `=`) → sheet `Strategy (2)`, address `$A$6:$A$17`; no sheet → undefined. */
export function splitSheetReference(reference: string): { readonly sheet: string | undefined; readonly address: string } {
  const text = reference.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, address: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}

export interface RangeRef {
  /** The sheet named in the reference, unquoted; undefined for a same-sheet reference. */
  readonly sheet?: string;
  readonly start: CellAddress;
  readonly end: CellAddress;
}

/** Quote a sheet name for a formula when it needs it: `Strategy` stays, `My Sheet` → `'My Sheet'`. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name) && !/^[RC]\d*$/i.test(name) && !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Strategy!$A$6:$A$17`, `'My Sheet'!B2` or `C5:C9` → its parts; undefined when not a range. */
export function parseRange(text: string): RangeRef | undefined {
  const trimmed = text.trim();
  let sheet: string | undefined;
  let rest = trimmed;
  const bang = trimmed.lastIndexOf('!');
  if (bang >= 0) {
    const raw = trimmed.slice(0, bang);
    rest = trimmed.slice(bang + 1);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const [a, b] = rest.split(':');
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return { sheet, start, end };
}

/** A range back to text, with its sheet quoted when needed. */
export function formatRange(ref: RangeRef, absolute = false): string {
  const d = absolute ? '$' : '';
  const cell = (c: CellAddress) => `${d}${columnLetter(c.column)}${d}${c.row}`;
  const body = ref.start.row === ref.end.row && ref.start.column === ref.end.column ? cell(ref.start) : `${cell(ref.start)}:${cell(ref.end)}`;
  return ref.sheet === undefined ? body : `${quoteSheet(ref.sheet)}!${body}`;
}

/** A piece of a formula: text inside a string literal, or formula code outside one. */
interface Segment {
  readonly literal: boolean;
  readonly text: string;
}

/** Split a formula into string literals (`"..."`, with `""` escapes) and the code between them. */
export function splitLiterals(formula: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let code = '';
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      if (code) out.push({ literal: false, text: code });
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out.push({ literal: true, text: formula.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  if (code) out.push({ literal: false, text: code });
  return out;
}

/** A sheet prefix in code: `'quoted name'!` or `Name!`. Group 1 is quoted, group 2 plain. */
const SHEET_PREFIX = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/g;

/** Rewrite the sheet names in the references of a formula (outside string literals). */
export function rewriteSheetNames(formula: string, rename: (sheet: string) => string | undefined): string {
  return splitLiterals(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      return seg.text.replace(SHEET_PREFIX, (whole, quoted: string | undefined, plain: string | undefined) => {
        const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain!;
        const next = rename(name);
        return next === undefined ? whole : `${quoteSheet(next)}!`;
      });
    })
    .join('');
}

/** A reference found in a formula: its sheet (undefined: same sheet) and cells. */
export interface FoundReference extends RangeRef {
  readonly text: string;
}

/**
 * A cell or range reference with its optional sheet, or else (group 5) a quoted sheet name on its own,
 * consumed whole so that nothing inside it (`'A0'!$F:$F`, `'My A1 plan'!C:C`) reads as a cell.
 */
const REFERENCE = /(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(])|('(?:[^']|'')+'!?)/g;

/** Every cell or range reference in a formula's code (not inside string literals or sheet names). */
export function findReferences(formula: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const seg of splitLiterals(formula)) {
    if (seg.literal) continue;
    REFERENCE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REFERENCE.exec(seg.text)) !== null) {
      if (m[5] !== undefined) continue; // a quoted sheet name before a whole-column reference
      const before = m.index > 0 ? seg.text[m.index - 1] : '';
      // Part of a longer name (e.g. LOG10 inside a function name) is not a reference.
      if (/[A-Za-z0-9_.]/.test(before) && m[1] === undefined && m[2] === undefined) continue;
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      const start = parseCell(m[3])!;
      const end = m[4] ? parseCell(m[4])! : start;
      found.push({ text: m[0], sheet, start, end });
    }
  }
  return found;
}

/** Function names called in a formula (the word before each `(`), outside string literals. */
export function findFunctionNames(formula: string): string[] {
  const names: string[] = [];
  for (const seg of splitLiterals(formula)) {
    if (seg.literal) continue;
    const re = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg.text)) !== null) {
      const before = m.index > 0 ? seg.text[m.index - 1] : '';
      if (before === "'" || before === '!') continue;
      names.push(m[1].toUpperCase());
    }
  }
  return names;
}

/** `B4` → `$B$4`. */
export function absolute(cell: string): string {
  const at = parseCell(cell);
  if (!at) throw new Error(`not a cell: ${cell}`);
  return `$${columnLetter(at.column)}$${at.row}`;
}
