/**
 * The `.xlsx` → {@link WorkbookSource} adapter of `ld-report` (outside core/: it reads files), bounded
 * so that no file, however large or hostile, can exhaust memory or time:
 *
 * 1. The file is at most {@link LIMITS}.fileBytes. Its first bytes say what it is: a zip archive
 *    (`.xlsx`, but also `.ods`, `.xlsb`, `.docx`), an OLE compound file (encrypted `.xlsx` or `.xls`),
 *    or text (`.csv`); anything but an `.xlsx` is named, with what to do.
 * 2. The zip's central directory is read first (cli/zip.ts): every part's declared size is checked
 *    against {@link LIMITS}.partBytes before anything is unpacked, and unpacking is capped anyway.
 * 3. A sheet is parsed only when the reader asks for its values (the framework's sheets, found by
 *    their marker names), once; cells are kept sparse in rows, never padded to the last column.
 *    A value past row {@link LIMITS}.rows or column {@link LIMITS}.columns stops the read.
 *
 * Cells become what Office.js gives: formula cells their cached result (blank when the file has none,
 * as in freshly generated workbooks: the insights model uses input cells only), shared and inline
 * strings their text (rich text runs joined), booleans `true`/`false`, error cells their code (`#N/A`),
 * numbers (dates included, as serial numbers) numbers.
 *
 * Every failure is an {@link UnreadableFileError} (exit 2) whose message is one line.
 */
import { readFileSync, statSync } from 'fs';
import type { WorkbookSource } from '../core/insights';
import type { DefinedNameRef } from '../core/insights/read';
import { MAX_INITIATIVE_CAPACITY } from '../core/templates/layout';
import { markerInstances } from '../core/framework/resolve';
import { readEntry, ZipEntry, zipEntries, ZipError } from './zip';
import { fileErrorReason } from './exit';

/** The documented bounds of `ld-report` (docs/insights.md, "ld-report limits"). */
export const LIMITS = {
  /** The largest file read: 100 MiB. */
  fileBytes: 100 * 1024 * 1024,
  /** The largest part of the archive (a sheet's XML, the shared strings) once unpacked: 64 MiB. */
  partBytes: 64 * 1024 * 1024,
  /**
   * The largest Learning data sheet (the part its marker points at) once unpacked: 160 MiB. ld-import
   * writes about 650 bytes a record, so 250,000 records take some 155 MiB (at 64 MiB a workbook stopped
   * being readable after some 100,000); the densest sheet of this size stays under 1 GiB of memory.
   */
  learningPartBytes: 160 * 1024 * 1024,
  /** The most unpacked bytes read in all: 256 MiB. */
  totalBytes: 256 * 1024 * 1024,
  /**
   * The last row a framework sheet may hold a value in: five times the largest capacity (2,000
   * initiatives, whose tables end at row 2,008), room for rows typed below a table, which are read.
   */
  rows: 5 * MAX_INITIATIVE_CAPACITY,
  /** The last column a framework sheet may hold a value in: IV (256). */
  columns: 256,
  /**
   * The columns read on the Learning data sheet: A to BL (64). Its records and per-initiative figures
   * take 21; values further right are a user's own and are not read, so 250,000 rows with one cell in
   * column IV cost what 64 columns do, not 256.
   */
  learningColumns: 64,
  /** The longest sheet name read: 255 characters (Excel allows 31); every finding repeats its sheet's name. */
  sheetNameChars: 255,
  /**
   * The last row the Learning data sheet (found by its marker) may hold a value in: one row per
   * imported record, so far more than a framework table (ld-import's 100,000-row imports, with room).
   */
  learningRows: 250_000,
  /**
   * The most characters of text read from the sheets, the Learning data sheet aside: 2 Mi. A
   * framework's names and notes hold far fewer (the 2,000-initiative example 0.44 Mi); the report
   * repeats names in its findings and JSON writes a C1 control as six characters, so 60 MB of names
   * took 2.8 GB, and one name of 8 Mi characters, half of them C1 controls, 1.5 GB and 17 s with --json.
   */
  textChars: 2 * 1024 * 1024,
} as const;

export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** The text of XML character data or an attribute value, its five entities and character references decoded. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, named: string) => {
    if (named) return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** An attribute's decoded value in an element's attribute text, or undefined. */
const ATTRIBUTES = new Map<string, RegExp>();
function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attributes);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
}

/**
 * Calls `visit` with each element called `name` (with any namespace prefix) in `xml`, in order: its
 * attribute text, its content (undefined when self-closing), and where it starts and ends. Elements of
 * one name do not nest. `visit` returns false to stop. Linear in the text whatever it holds: each
 * search starts where the last one stopped, and an element left open (no `>`, or no closing tag) ends
 * the scan, where an XML parser would stop with an error. (A regular expression such as
 * `<si\b[^>]*>([\s\S]*?)<\/si>` rescans to the end of the text for every unclosed element: a few MiB
 * of `<si>` without `</si>` took minutes.)
 */
export function eachElement(xml: string, name: string, visit: (attributes: string, content: string | undefined, start: number, end: number) => boolean | void): void {
  for (let found = nextElement(xml, name, 0); found !== undefined; found = nextElement(xml, name, found.end)) {
    if (visit(found.attributes, found.content, found.start, found.end) === false) return;
  }
}

/** The first element called `name` at or after `from` (see {@link eachElement}), or undefined. */
function nextElement(xml: string, name: string, from: number): { attributes: string; content: string | undefined; start: number; end: number } | undefined {
  let open = OPENING_TAGS.get(name);
  if (!open) OPENING_TAGS.set(name, (open = new RegExp(`<(\\w+:)?${name}(?=[\\s/>])`, 'g')));
  // The expression is shared (made once per name): its position is set before each search.
  open.lastIndex = from;
  const m = open.exec(xml);
  if (m === null) return undefined;
  const attributesStart = open.lastIndex;
  const close = xml.indexOf('>', attributesStart);
  if (close < 0) return undefined;
  if (xml.charCodeAt(close - 1) === 47 /* / */) return { attributes: xml.slice(attributesStart, close - 1), content: undefined, start: m.index, end: close + 1 };
  const closing = `</${m[1] ?? ''}${name}>`;
  const end = xml.indexOf(closing, close + 1);
  if (end < 0) return undefined;
  return { attributes: xml.slice(attributesStart, close), content: xml.slice(close + 1, end), start: m.index, end: end + closing.length };
}
const OPENING_TAGS = new Map<string, RegExp>();

/**
 * The workbook-level defined names of `xl/workbook.xml` (ECMA-376 Part 1, §18.2.5) with their
 * reference text as written (`'Strategy (2)'!$A$1`, `#REF!`). Names scoped to one sheet
 * (`localSheetId`) are left out: the framework markers are workbook-level.
 */
export function workbookDefinedNames(workbookXml: string): DefinedNameRef[] {
  const names: DefinedNameRef[] = [];
  eachElement(workbookXml, 'definedName', (attributes, content) => {
    const name = attribute(attributes, 'name');
    if (name === undefined || attribute(attributes, 'localSheetId') !== undefined) return;
    names.push({ name, reference: xmlText((content ?? '').trim()) });
  });
  return names;
}

/** The sheets of `xl/workbook.xml` in order, each with its relationship id. */
export function workbookSheets(workbookXml: string): { name: string; id: string }[] {
  const out: { name: string; id: string }[] = [];
  eachElement(workbookXml, 'sheet', (attributes) => {
    const name = attribute(attributes, 'name');
    const id = attribute(attributes, 'id');
    if (name !== undefined && id !== undefined) out.push({ name, id });
  });
  return out;
}

/** Relationship id → part path inside the archive, from a `.rels` part next to `base` (a folder such as `xl/`). */
export function relationships(relsXml: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  eachElement(relsXml, 'Relationship', (attributes) => {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id !== undefined && target !== undefined) out.set(id, normalisePath(target.startsWith('/') ? target.slice(1) : base + target));
  });
  return out;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The texts of `xl/sharedStrings.xml` (§18.4.9): each item's runs joined, phonetic runs left out. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let item = nextElement(xml, 'si', 0); item !== undefined; item = nextElement(xml, 'si', item.end)) out.push(item.content === undefined ? '' : runText(item.content));
  return out;
}

/** The text of a string item or inline string: its `<t>` elements, outside `<rPh>` phonetic runs. */
function runText(inner: string): string {
  if (!inner.includes('<')) return '';
  let body = inner;
  if (inner.includes('rPh')) {
    body = '';
    let from = 0;
    for (let phonetic = nextElement(inner, 'rPh', 0); phonetic !== undefined; phonetic = nextElement(inner, 'rPh', phonetic.end)) {
      body += inner.slice(from, phonetic.start);
      from = phonetic.end;
    }
    body += inner.slice(from);
  }
  let text = '';
  for (let run = nextElement(body, 't', 0); run !== undefined; run = nextElement(body, 't', run.end)) {
    if (run.content !== undefined) text += xmlText(run.content);
  }
  return unescapeXstring(text);
}

/**
 * Characters XML cannot hold, as spreadsheet programs write them in text: `_x001B_` for ESC
 * (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); `_x005F_` escapes a literal underscore sequence.
 */
export function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Column letters (`XFD`) → 1-based number. */
function columnOf(letters: string): number {
  let n = 0;
  for (let k = 0; k < letters.length; k++) n = n * 26 + (letters.charCodeAt(k) - 64);
  return n;
}

/**
 * A sheet that cannot be read: a value beyond {@link LIMITS} (the sheet, the cell and the limit, in
 * words), or a cell that refers to a shared string the file does not have (a damaged file).
 */
export class SheetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetReadError';
  }
}

/**
 * A worksheet part's values as rows from A1 (§18.3.1.99 sheetData): rows are sparse arrays up to their
 * last value, never padded to a common width. Throws a {@link SheetReadError} at the first value past
 * `limits.rows` or `limits.columns`, before reading further; values past `limits.readColumns` (when
 * given) are skipped. Linear in the text, as {@link elements}:
 * an unclosed tag or cell ends the read.
 */
export function worksheetValues(
  xml: string,
  strings: () => readonly string[],
  sheet: string,
  limits: { rows: number; columns: number; readColumns?: number; rowsWhy?: string; text?: { used: number; readonly max: number } } = LIMITS,
): unknown[][] {
  const rowsWhy = limits.rowsWhy ?? `a framework holds at most ${MAX_INITIATIVE_CAPACITY.toLocaleString('en-US')} initiatives`;
  const rows: unknown[][] = [];
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return rows;
  const tags = /<(\w+:)?(row|c)(?=[\s/>])|<\/(?:\w+:)?sheetData>/g;
  tags.lastIndex = start;
  let row = 0;
  let column = 0;
  for (let m = tags.exec(xml); m !== null; m = tags.exec(xml)) {
    if (m[2] === undefined) break; // </sheetData>
    const close = xml.indexOf('>', tags.lastIndex);
    if (close < 0) break;
    const selfClosing = xml[close - 1] === '/';
    const attributes = xml.slice(tags.lastIndex, selfClosing ? close - 1 : close);
    tags.lastIndex = close + 1;
    if (m[2] === 'row') {
      const r = attribute(attributes, 'r');
      row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
      column = 0;
      continue;
    }
    // A cell: its reference (or the next column), type, and content up to </c>. `<c/>` is blank.
    if (selfClosing && attributes.trim() === '') {
      column++;
      continue;
    }
    const ref = attribute(attributes, 'r');
    const parsed = ref === undefined ? null : /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
    if (parsed) {
      column = columnOf(parsed[1].toUpperCase());
      row = Number(parsed[2]);
    } else {
      column++;
    }
    let inner = '';
    if (!selfClosing) {
      const closing = `</${m[1] ?? ''}c>`;
      const end = xml.indexOf(closing, tags.lastIndex);
      if (end < 0) break;
      inner = xml.slice(tags.lastIndex, end);
      tags.lastIndex = end + closing.length;
    }
    const value = cellValue(attribute(attributes, 't') ?? 'n', inner, strings);
    if (value === null) continue;
    if (value === MISSING_STRING) {
      throw new SheetReadError(`the file is damaged (cell ${cellName(parsed, row, column)} of the sheet ${sheet} refers to shared text number ${sharedIndex(inner)}, and the file has ${strings().length.toLocaleString('en-US')}); open it in Excel, which offers to repair it, save it and try again`);
    }
    if (row > limits.rows) {
      throw new SheetReadError(`the sheet ${sheet} has a value in row ${row.toLocaleString('en-US')}, beyond the ${limits.rows.toLocaleString('en-US')} rows ld-report reads (${rowsWhy})`);
    }
    // Columns past those read (the Learning data sheet's) are skipped whatever they hold.
    if (limits.readColumns !== undefined && column > limits.readColumns) continue;
    if (column > limits.columns) {
      throw new SheetReadError(`the sheet ${sheet} has a value in column ${parsed ? parsed[1].toUpperCase() : column}, beyond the ${limits.columns} columns ld-report reads`);
    }
    if (row < 1 || column < 1) continue;
    if (limits.text !== undefined && typeof value === 'string' && (limits.text.used += value.length) > limits.text.max) {
      throw new SheetReadError(`the sheets ld-report reads hold more than ${limits.text.max.toLocaleString('en-US')} characters of text (the sheet ${sheet} passes it in ${cellName(parsed, row, column)}); a framework's names and notes are far shorter`);
    }
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1];
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  }
  return rows;
}

/** A cell named in a message: its reference (`B7`), or its row and column when it has none. */
function cellName(parsed: RegExpExecArray | null, row: number, column: number): string {
  return parsed ? parsed[1].toUpperCase() + parsed[2] : `row ${row}, column ${column}`;
}

/** What {@link cellValue} gives for a shared-string cell whose index is not in the table. */
const MISSING_STRING = Symbol('missing shared string');

/** A cell's `<v>` text, or undefined when it has none (a formula without a cached result). */
function cellV(inner: string): string | undefined {
  return nextElement(inner, 'v', 0)?.content;
}

const sharedIndex = (inner: string) => (cellV(inner) ?? '').trim().slice(0, 20);

/** A number as a spreadsheet file writes one (`-12`, `3.5`, `1E-3`), not `0x10`, `Infinity` or blank. */
const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** One cell's value from its type (§18.18.11 ST_CellType) and inner XML; null for a blank cell. */
function cellValue(type: string, inner: string, strings: () => readonly string[]): unknown {
  if (inner === '') return null;
  if (type === 'inlineStr') {
    const is = nextElement(inner, 'is', 0);
    return is === undefined ? null : runText(is.content ?? '');
  }
  const text = cellV(inner);
  if (text === undefined) return null; // a formula without a cached result
  switch (type) {
    case 's': {
      if (text.trim() === '') return null;
      const k = Number(text);
      const table = strings();
      return Number.isInteger(k) && k >= 0 && k < table.length ? table[k] : MISSING_STRING;
    }
    case 'str':
      return unescapeXstring(xmlText(text));
    case 'e':
      return xmlText(text);
    case 'b':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'd':
      return xmlText(text);
    default: {
      const n = Number(text);
      return DECIMAL.test(text) && Number.isFinite(n) ? n : xmlText(text);
    }
  }
}

/** What a file that is not an `.xlsx` is, with what to do; undefined when it may be one. */
export function otherFormat(data: Buffer, entries?: readonly ZipEntry[]): string | undefined {
  const save = 'open it in Excel, LibreOffice or Google Sheets and save it as an Excel Workbook (.xlsx)';
  if (data.length >= 8 && data.readUInt32LE(0) === 0xe011cfd0 && data.readUInt32LE(4) === 0xe11ab1a1) {
    const encrypted = data.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted
      ? 'it is password-protected (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook), save it as .xlsx and try again'
      : `it is an Excel 97-2003 workbook (.xls) or another older Office file; ${save}`;
  }
  if (entries) {
    const names = new Set(entries.map((e) => e.name));
    const mimetype = entries.find((e) => e.name === 'mimetype');
    if (mimetype) {
      let type = '';
      try {
        type = readEntry(data, mimetype, 1024).toString('latin1').trim();
      } catch {
        type = '';
      }
      if (type === 'application/vnd.oasis.opendocument.spreadsheet') return `it is an OpenDocument spreadsheet (.ods); ${save}`;
      if (type.startsWith('application/vnd.oasis.opendocument')) return `it is an OpenDocument file (${type.split('.').pop()}), not a spreadsheet`;
    }
    if (names.has('xl/workbook.bin')) return `it is an Excel binary workbook (.xlsb); ${save}`;
    if (names.has('word/document.xml')) return 'it is a Word document (.docx), not a workbook';
    if (names.has('ppt/presentation.xml')) return 'it is a PowerPoint presentation (.pptx), not a workbook';
    if (names.has('Index/Document.iwa')) return 'it is an Apple Numbers spreadsheet; in Numbers choose File > Export To > Excel, and pass the .xlsx file';
    if (!names.has('xl/workbook.xml')) {
      const inner = entries.find((e) => /\.xls[xm]$/i.test(e.name));
      if (inner) return `it is a zip archive holding the workbook ${inner.name}; unzip it and pass that file`;
      return 'it is a zip archive with no workbook in it (no xl/workbook.xml)';
    }
    return undefined;
  }
  // A zip archive starts with a local header, or, empty, with its end record (APPNOTE §4.3.6, §4.3.16).
  if (data.length >= 4 && (data.readUInt32LE(0) === 0x04034b50 || data.readUInt32LE(0) === 0x06054b50)) return undefined;
  const head = data.subarray(0, 4096).toString('latin1');
  if (head.startsWith('%PDF')) return 'it is a PDF document, not a workbook';
  // Text: UTF-16 with its byte order mark (Excel's "Unicode Text"), or UTF-8 with or without one.
  const utf16 = head.startsWith('\xff\xfe') ? 'utf-16le' : head.startsWith('\xfe\xff') ? 'utf-16be' : undefined;
  const textHead = utf16 ? new TextDecoder(utf16).decode(data.subarray(2, 4096)) : head.replace(/^\xef\xbb\xbf/, '');
  // eslint-disable-next-line no-control-regex
  const binary = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(textHead);
  const packed = binary ? PACKED.find(([magic, at]) => head.startsWith(magic, at)) : undefined;
  if (packed) return packed[2];
  if (/^\s*<\?xml/.test(textHead) && textHead.includes('urn:schemas-microsoft-com:office:spreadsheet')) return `it is an XML Spreadsheet 2003 file; ${save}`;
  if (/^\s*<(!doctype html|html)/i.test(textHead)) return `it is a web page (HTML), not a workbook; ${save}`;
  if (!binary) return `it is a text file (CSV or similar)${utf16 ? ' in UTF-16' : ''}, not an .xlsx workbook; ${save}`;
  return `it is not a zip archive, as every .xlsx file is; if it is a workbook in another format, ${save}`;
}

/** Binary files that are packed or pictures, by their first bytes (read as Latin-1): magic, offset, what to say. */
const PACKED: readonly (readonly [string, number, string])[] = [
  ['\x1f\x8b', 0, 'it is a gzip-compressed file (.gz); unpack it, and pass the .xlsx file inside'],
  ["7z\xbc\xaf'\x1c", 0, 'it is a 7-Zip archive (.7z); unpack it, and pass the .xlsx file inside'],
  ['Rar!\x1a\x07', 0, 'it is a RAR archive (.rar); unpack it, and pass the .xlsx file inside'],
  ['ustar', 257, 'it is a tar archive (.tar); unpack it, and pass the .xlsx file inside'],
  ['1AY&SY', 4, 'it is a bzip2-compressed file (.bz2); unpack it, and pass the .xlsx file inside'],
  ['\xfd7zXZ\x00', 0, 'it is an xz-compressed file (.xz); unpack it, and pass the .xlsx file inside'],
  ['\x89PNG', 0, 'it is a PNG picture, not a workbook'],
  ['\xff\xd8\xff', 0, 'it is a JPEG picture, not a workbook'],
  ['GIF8', 0, 'it is a GIF picture, not a workbook'],
];

/** Read an `.xlsx` file into a source; an unreadable or unbounded file is an {@link UnreadableFileError} with the reason. */
export async function xlsxSource(path: string, limits: { readonly [K in keyof typeof LIMITS]: number } = LIMITS): Promise<WorkbookSource> {
  const fail = (why: string) => new UnreadableFileError(`cannot read ${path}: ${why}`);
  let data: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fail('it is a folder, not a workbook');
    if (!stat.isFile()) throw fail('it is a pipe, a device or a socket, not a workbook file');
    if (stat.size === 0) throw fail('the file is empty');
    if (stat.size > limits.fileBytes) throw fail(`it is ${megabytes(stat.size)}, larger than the ${megabytes(limits.fileBytes)} ld-report reads`);
    data = readFileSync(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw fail(fileErrorReason(error));
  }
  const notXlsx = (why: string) => fail(`not an .xlsx workbook: ${why}`);
  const early = otherFormat(data);
  if (early) throw notXlsx(early);
  let entries: ZipEntry[];
  try {
    entries = zipEntries(data);
  } catch (error) {
    if (error instanceof ZipError) throw error.kind === 'truncated' ? fail(`the file is damaged or incomplete (${error.message}); copy or download it again`) : notXlsx(error.message);
    throw error;
  }
  const other = otherFormat(data, entries);
  if (other) throw notXlsx(other);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) throw fail(`the file is damaged (two of its parts are named ${entry.name}); copy or download it again`);
    byName.set(entry.name, entry);
  }
  // Every part's declared size against its limit, before anything large is unpacked: the workbook and
  // its relationships first (within the part limit), since they say which part is the Learning data sheet.
  const learningParts = new Set<string>();
  const limitOf = (name: string) => (learningParts.has(name) ? limits.learningPartBytes : limits.partBytes);
  const checkSizes = (names: readonly string[]) => {
    const big = names.map((name) => byName.get(name)).find((e) => e !== undefined && e.uncompressedSize > limitOf(e.name));
    if (!big) return;
    const limit = megabytes(limitOf(big.name));
    throw fail(learningParts.has(big.name)
      ? `its Learning data sheet (part ${big.name}) unpacks to ${megabytes(big.uncompressedSize)}, more than the ${limit} ld-report reads there (ld-import never writes more); keep older records in another workbook`
      : `its part ${big.name} unpacks to ${megabytes(big.uncompressedSize)}, more than the ${limit} ld-report reads (a framework workbook is far smaller)`);
  };
  checkSizes(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);

  let unpacked = 0;
  const part = (name: string, limit = limitOf(name)): string | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    try {
      const bytes = readEntry(data, entry, Math.min(limit, limits.totalBytes - unpacked));
      unpacked += bytes.length;
      return xmlPartText(bytes);
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      if (error.kind === 'too-large') throw fail(`its part ${name} unpacks to more than ld-report reads (${megabytes(limit)} a part, ${megabytes(limits.totalBytes)} in all)`);
      if (error.kind === 'encrypted') throw notXlsx(`${error.message} (the zip archive has a password); save the workbook again from Excel, without one`);
      if (error.kind === 'unsupported') throw fail(`${error.message}; open it in Excel, LibreOffice or Google Sheets and save it as an Excel Workbook (.xlsx) again`);
      throw fail(`the file is damaged or incomplete (${error.message}); copy or download it again`);
    }
  };

  const workbookXml = part('xl/workbook.xml') ?? '';
  const rels = relationships(part('xl/_rels/workbook.xml.rels') ?? '', 'xl/');
  const sheets = workbookSheets(workbookXml);
  const longName = sheets.find((s) => s.name.length > limits.sheetNameChars);
  if (longName) {
    throw fail(`a sheet's name is ${longName.name.length.toLocaleString('en-US')} characters long, more than the ${limits.sheetNameChars} ld-report reads (Excel allows 31); rename it and save the workbook again`);
  }
  const definedNames = workbookDefinedNames(workbookXml);
  const paths = new Map(sheets.map((s) => [s.name, rels.get(s.id)]));
  // Sheets a Learning data marker points at (any framework instance) take limits.learningRows, and
  // their parts limits.learningPartBytes.
  const learningSheets = new Set<string>();
  for (const parts of markerInstances(definedNames, sheets.map((s) => s.name)).values()) {
    const learning = parts.get('Learning');
    if (learning === undefined) continue;
    learningSheets.add(learning);
    const target = paths.get(learning);
    if (target !== undefined) learningParts.add(target);
  }
  checkSizes(entries.map((e) => e.name));
  let strings: string[] | undefined;
  const sharedStringsOnce = () => {
    if (strings === undefined) {
      const target = [...rels.values()].find((p) => /sharedStrings\.xml$/i.test(p)) ?? 'xl/sharedStrings.xml';
      // Within the part limit even if a (damaged) workbook also names this part as its Learning data sheet.
      strings = sharedStrings(part(target, limits.partBytes) ?? '');
    }
    return strings;
  };
  const parsed = new Map<string, unknown[][]>();
  const text = { used: 0, max: limits.textChars };
  const values = (name: string): unknown[][] => {
    let grid = parsed.get(name);
    if (grid === undefined) {
      const target = paths.get(name);
      const xml = target === undefined ? undefined : part(target);
      // A sheet the workbook lists must have its part (ECMA-376 Part 1, §18.2.19): without it the file is damaged.
      if (paths.has(name) && xml === undefined) throw fail(`the file is damaged (the sheet ${name} has no part${target === undefined ? '' : ` ${target}`} in it); copy or download it again`);
      try {
        const bounds = learningSheets.has(name)
          ? { rows: Math.max(limits.rows, limits.learningRows), columns: limits.columns, readColumns: limits.learningColumns, rowsWhy: `ld-import keeps at most ${limits.learningRows.toLocaleString('en-US')} records on it` }
          : { rows: limits.rows, columns: limits.columns, text };
        grid = xml === undefined ? [] : worksheetValues(xml, sharedStringsOnce, name, bounds);
      } catch (error) {
        if (error instanceof SheetReadError) throw fail(error.message);
        throw error;
      }
      parsed.set(name, grid);
    }
    // A copy per call, as a host's read gives a fresh array; rows are copied lazily by the reader's own slices.
    return grid.slice();
  };
  return {
    sheetNames: () => sheets.map((s) => s.name),
    values,
    definedNames: () => definedNames,
  };
}

/** An XML part's text: UTF-8, or UTF-16 when it starts with a byte order mark (packages may use either, ECMA-376 Part 2). */
export function xmlPartText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return bytes.toString('utf8');
}

/** A size in words: MiB to one decimal (whole MiB without it), KiB below 1 MiB. */
export function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
