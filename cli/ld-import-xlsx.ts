/**
 * Appending rows to sheets of an existing `.xlsx` package, for `ld-import`: only the parts that must
 * change are rewritten (the target worksheets, their table parts, the workbook's calcPr and, when a
 * number format has no style yet, the styles part); every other part (charts, drawings, defined
 * names, shared strings, other sheets) is copied as the archive holds it, never unpacked
 * (cli/zip.ts `rewriteArchive`); the parts read are read within ld-report's bounds (cli/xlsx-source.ts).
 *
 * Per target sheet (ECMA-376 Part 1):
 * - rows are added to `sheetData` (§18.3.1.80) in row order; a row element that already exists there
 *   (a formatted empty row) is merged cell by cell, and a cell that already holds a value or a formula
 *   is never replaced: the whole append is refused instead ({@link AppendConflictError});
 * - text is an inline string (§18.3.1.53, `t="inlineStr"`), so the shared strings part is unchanged;
 *   characters XML cannot hold are written as `_xHHHH_` (§22.9.2.19 ST_Xstring);
 * - each cell keeps the style of the empty cell it fills, else takes the style of the same column in
 *   the table's first data row, else a style with the column's number format (added to styles.xml);
 * - the sheet's `dimension` (§18.3.1.35) and any table part (§18.5.1.2) whose header row is the
 *   table's grow to the last row written;
 * - the workbook asks for a full recalculation on open (`<calcPr fullCalcOnLoad="1"/>`, §18.2.2), so
 *   cached formula results computed before the import are not shown.
 */
import { columnLetter } from '../core/templates/a1';
import type { LearningCell } from '../core/learning';
import { eachElement, LIMITS, megabytes, relationships, workbookSheets, xmlPartText, xmlText } from './xlsx-source';
import { readEntry, rewriteArchive, type ZipEntry, zipEntries } from './zip';

export interface SheetAppend {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** The table's header row (1-based): table parts starting there are extended. */
  readonly headerRow: number;
  /** The first row to write (1-based): below every value the table's columns hold. */
  readonly startRow: number;
  /** The column (1-based) of each value of a row, in row order. */
  readonly columns: readonly number[];
  /** Number formats by column (1-based) for cells that find no style to take. */
  readonly numberFormats?: ReadonlyMap<number, string>;
  readonly rows: readonly (readonly LearningCell[])[];
}

/** A target cell already holds something, or a sheet would outgrow what ld-report reads: nothing is written. */
export class AppendConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppendConflictError';
  }
}

const MAX_ROW = 1_048_576;

/** XML character data: the markup characters escaped, characters XML 1.0 cannot hold as `_xHHHH_`. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;

export function xmlCellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const attr = (text: string): string => xmlCellText(text).replace(/"/g, '&quot;');

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
}

/** One cell's XML. */
function cellXml(ref: string, value: LearningCell, style: string | undefined): string {
  const s = style !== undefined ? ` s="${attr(style)}"` : '';
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a number to write in ${ref} is not finite`);
    return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
  }
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlCellText(value)}</t></is></c>`;
}

interface ParsedCell {
  readonly column: number;
  readonly xml: string;
  readonly style: string | undefined;
  readonly filled: boolean;
}

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cells of a row element's inner XML, in order, with their columns (in linear time, as cli/xlsx-source.ts reads them). */
function parseCells(inner: string): ParsedCell[] {
  const cells: ParsedCell[] = [];
  let column = 0;
  eachElement(inner, 'c', (attributes, content, start, end) => {
    const ref = attribute(attributes, 'r');
    const parsed = ref === undefined ? null : /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref);
    column = parsed ? columnOf(parsed[1]) : column + 1;
    cells.push({ column, xml: inner.slice(start, end), style: attribute(attributes, 's'), filled: content !== undefined && /<(?:\w+:)?(v|f|is)\b/.test(content) });
  });
  return cells;
}

interface ParsedRow {
  readonly row: number;
  readonly start: number;
  readonly end: number;
  readonly attributes: string;
  readonly inner: string;
}

/** The row elements of `sheetData`, with their positions in the XML. */
function parseRows(xml: string, from: number, to: number): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let row = 0;
  eachElement(xml.slice(from, to), 'row', (attributes, inner, start, end) => {
    const r = attribute(attributes, 'r');
    row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
    rows.push({ row, start: from + start, end: from + end, attributes, inner: inner ?? '' });
  });
  return rows;
}

/**
 * The worksheet XML with `rows` written from `startRow` (see the file's comment). `styleFor(column,
 * cellsOfFirstDataRow)` gives the style of a cell that fills no existing one.
 */
export function appendRowsToSheetXml(
  xml: string,
  target: Pick<SheetAppend, 'sheet' | 'headerRow' | 'startRow' | 'columns' | 'rows'>,
  fallbackStyle: (column: number) => string | undefined,
): string {
  if (target.rows.length === 0) return xml;
  const lastRow = target.startRow + target.rows.length - 1;
  if (lastRow > MAX_ROW) throw new AppendConflictError(`the sheet ${target.sheet} would need row ${lastRow.toLocaleString('en-US')}, past the last row a sheet can have (${MAX_ROW.toLocaleString('en-US')})`);
  let open = xml.search(/<(?:\w+:)?sheetData\b/);
  if (open < 0) throw new AppendConflictError(`the sheet ${target.sheet} has no cell data part (sheetData)`);
  // `<sheetData/>`: open it, so rows go inside.
  const selfClosing = /^<((?:\w+:)?sheetData)\b[^>]*\/>/.exec(xml.slice(open));
  if (selfClosing) {
    xml = `${xml.slice(0, open)}<${selfClosing[1]}></${selfClosing[1]}>${xml.slice(open + selfClosing[0].length)}`;
  }
  open = xml.indexOf('>', open) + 1;
  const close = xml.search(/<\/(?:\w+:)?sheetData>/);
  const existing = parseRows(xml, open, close);
  const byRow = new Map(existing.map((r) => [r.row, r]));

  // Styles from the table's first data row (the template's formatted row).
  const firstDataRow = byRow.get(target.headerRow + 1);
  const templateStyles = new Map<number, string>();
  if (firstDataRow) for (const c of parseCells(firstDataRow.inner)) if (c.style !== undefined) templateStyles.set(c.column, c.style);
  const styleOf = (column: number) => templateStyles.get(column) ?? fallbackStyle(column);

  const written = new Map<number, string>();
  target.rows.forEach((values, k) => {
    const row = target.startRow + k;
    const old = byRow.get(row);
    const cells = new Map<number, string>();
    let attributes = ` r="${row}"`;
    if (old) {
      for (const c of parseCells(old.inner)) cells.set(c.column, c.xml);
      const oldCells = new Map(parseCells(old.inner).map((c) => [c.column, c]));
      for (const column of target.columns) {
        const c = oldCells.get(column);
        if (c?.filled) throw new AppendConflictError(`the sheet ${target.sheet} already has something in ${columnLetter(column)}${row}, where the next record would go; nothing was written`);
      }
      attributes = old.attributes.replace(/\s(?:\w+:)?spans\s*=\s*("[^"]*"|'[^']*')/, '');
    }
    values.forEach((value, i) => {
      const column = target.columns[i];
      const kept = old ? parseCells(old.inner).find((c) => c.column === column) : undefined;
      if (value === null && kept) return;
      cells.set(column, cellXml(`${columnLetter(column)}${row}`, value, kept?.style ?? styleOf(column)));
    });
    const inner = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x).join('');
    written.set(row, `<row${attributes}>${inner}</row>`);
  });

  // Rebuild sheetData: existing rows outside the written ones as they were, all in row order.
  const pieces: { row: number; xml: string }[] = [];
  for (const r of existing) if (!written.has(r.row)) pieces.push({ row: r.row, xml: xml.slice(r.start, r.end) });
  for (const [row, x] of written) pieces.push({ row, xml: x });
  pieces.sort((a, b) => a.row - b.row);
  const body = pieces.map((p) => p.xml).join('');
  // The dimension sits before sheetData (CT_Worksheet order): only that head is searched.
  return extendDimension(xml.slice(0, open), lastRow, Math.max(...target.columns)) + body + xml.slice(close);
}

/** `<dimension ref="A1:K6"/>` grown to cover `lastRow` and `lastColumn`; left alone when there is none. */
export function extendDimension(xml: string, lastRow: number, lastColumn: number): string {
  return xml.replace(/(<(?:\w+:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)(")/, (whole, before: string, ref: string, after: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
    if (!m) return whole;
    const endColumn = Math.max(columnOf(m[3] ?? m[1]), lastColumn);
    const endRow = Math.max(Number(m[4] ?? m[2]), lastRow);
    return `${before}${m[1]}${m[2]}:${columnLetter(endColumn)}${endRow}${after}`;
  });
}

/** A table part's `ref` (and its autoFilter's) grown down to `lastRow` when the table starts on `headerRow`. */
export function extendTableXml(xml: string, headerRow: number, firstColumn: number, lastRow: number): string {
  const table = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
  const ref = table ? attribute(table[1], 'ref') : undefined;
  const m = ref ? /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(ref) : null;
  if (!m || Number(m[2]) !== headerRow || columnOf(m[1]) > firstColumn || columnOf(m[3]) < firstColumn) return xml;
  const totals = Number(attribute(table![1], 'totalsRowCount') ?? '0');
  const end = Math.max(Number(m[4]), lastRow + totals);
  if (end === Number(m[4])) return xml;
  const grown = `${m[1]}${m[2]}:${m[3]}${end}`;
  const grownFilter = `${m[1]}${m[2]}:${m[3]}${end - totals}`;
  return xml
    .replace(/(<(?:\w+:)?table\b[^>]*?\sref\s*=\s*")[^"]*(")/, `$1${grown}$2`)
    .replace(/(<(?:\w+:)?autoFilter\b[^>]*?\sref\s*=\s*")[^"]*(")/, `$1${grownFilter}$2`);
}

/** The workbook part with `fullCalcOnLoad="1"` on its calcPr (added after definedNames/sheets when missing). */
export function setFullCalcOnLoad(xml: string): string {
  const calc = /<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/.exec(xml);
  if (calc) {
    const attributes = /\sfullCalcOnLoad\s*=/.test(calc[2]) ? calc[2].replace(/(\sfullCalcOnLoad\s*=\s*)("[^"]*"|'[^']*')/, '$1"1"') : `${calc[2]} fullCalcOnLoad="1"`;
    return `${xml.slice(0, calc.index)}<${calc[1]}${attributes}${calc[3]}>${xml.slice(calc.index + calc[0].length)}`;
  }
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr, …
  let at = -1;
  for (const element of ['definedNames', 'externalReferences', 'functionGroups', 'sheets']) {
    const closing = new RegExp(`<\\/(?:\\w+:)?${element}>|<(?:\\w+:)?${element}\\b[^>]*\\/>`).exec(xml);
    if (closing) {
      at = closing.index + closing[0].length;
      break;
    }
  }
  if (at < 0) return xml;
  return `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

/**
 * The index of a cell style (cellXfs) with number format `format`, added to the styles part when none
 * has it. Returns the new styles XML too.
 */
export function styleWithNumberFormat(stylesXml: string, format: string): { xml: string; index: number } | undefined {
  const builtIn: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
  let xml = stylesXml;
  let id: number | undefined = builtIn[format];
  if (id === undefined) {
    const formats = [...xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)].map((m) => ({ id: Number(attribute(m[1], 'numFmtId')), code: attribute(m[1], 'formatCode') }));
    const known: number | undefined = formats.find((f) => f.code === format)?.id;
    if (known !== undefined) id = known;
    else {
      id = Math.max(163, ...formats.map((f) => f.id).filter(Number.isFinite)) + 1;
      const entry = `<numFmt numFmtId="${id}" formatCode="${attr(format)}"/>`;
      const list = /<((?:\w+:)?numFmts)\b([^>]*?)(\/?)>/.exec(xml);
      if (list && list[3] === '') {
        const end = xml.indexOf(`</${list[1]}>`, list.index);
        xml = xml.slice(0, end) + entry + xml.slice(end);
        xml = xml.replace(/(<(?:\w+:)?numFmts\b[^>]*?\scount\s*=\s*")(\d+)(")/, (_, a: string, n: string, b: string) => `${a}${Number(n) + 1}${b}`);
      } else {
        const styleSheet = /<(?:\w+:)?styleSheet\b[^>]*>/.exec(xml);
        if (!styleSheet) return undefined;
        const at = styleSheet.index + styleSheet[0].length;
        xml = `${xml.slice(0, at)}<numFmts count="1">${entry}</numFmts>${xml.slice(at)}`;
      }
    }
  }
  const xfs = /<((?:\w+:)?cellXfs)\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return undefined;
  const entries = [...xfs[3].matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)];
  const same = entries.findIndex((e) => Number(attribute(e[1], 'numFmtId') ?? '0') === id && (attribute(e[1], 'fontId') ?? '0') === '0' && (attribute(e[1], 'fillId') ?? '0') === '0' && (attribute(e[1], 'borderId') ?? '0') === '0');
  if (same >= 0) return { xml, index: same };
  const end = xfs.index + xfs[0].lastIndexOf('<');
  xml = `${xml.slice(0, end)}<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>${xml.slice(end)}`;
  xml = xml.replace(/(<(?:\w+:)?cellXfs\b[^>]*?\scount\s*=\s*")(\d+)(")/, (_, a: string, n: string, b: string) => `${a}${Number(n) + 1}${b}`);
  return { xml, index: entries.length };
}

/** An XML part's text, unpacked within `limit` bytes; undefined when the package has no such part. */
function readPart(data: Buffer, byName: ReadonlyMap<string, ZipEntry>, path: string, limit: number): string | undefined {
  const entry = byName.get(path);
  return entry === undefined ? undefined : xmlPartText(readEntry(data, entry, limit));
}

/** The package with the rows appended (see the file's comment); throws {@link AppendConflictError} when a target is not free. */
export async function appendToPackage(data: Buffer, targets: readonly SheetAppend[], limits: Pick<typeof LIMITS, 'partBytes' | 'learningPartBytes'> = LIMITS): Promise<Buffer> {
  const entries = zipEntries(data);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const changed = new Map<string, string>();
  const workbookXml = readPart(data, byName, 'xl/workbook.xml', limits.partBytes) ?? '';
  const rels = relationships(readPart(data, byName, 'xl/_rels/workbook.xml.rels', limits.partBytes) ?? '', 'xl/');
  const paths = new Map(workbookSheets(workbookXml).map((s) => [s.name, rels.get(s.id)]));
  // Parts are read within ld-report's bounds (a part that lies about its size stops at the limit): the
  // sheets appended to within the Learning data sheet's, which the records make the largest part.
  const sheetParts = new Set(targets.map((t) => paths.get(t.sheet)));
  const limitOf = (path: string) => (sheetParts.has(path) ? limits.learningPartBytes : limits.partBytes);
  const read = (path: string): string | undefined => changed.get(path) ?? readPart(data, byName, path, limitOf(path));
  const stylesPath = [...rels.values()].find((p) => /styles\.xml$/i.test(p)) ?? 'xl/styles.xml';
  let styles = read(stylesPath);
  let stylesChanged = false;
  const styleCache = new Map<string, string | undefined>();

  for (const target of targets) {
    if (target.rows.length === 0) continue;
    const path = paths.get(target.sheet);
    const xml = path === undefined ? undefined : read(path);
    if (path === undefined || xml === undefined) throw new AppendConflictError(`the workbook has no part for the sheet ${target.sheet}`);
    const fallback = (column: number): string | undefined => {
      const format = target.numberFormats?.get(column);
      if (format === undefined || styles === undefined) return undefined;
      if (!styleCache.has(format)) {
        const made = styleWithNumberFormat(styles, format);
        if (made && made.xml !== styles) {
          styles = made.xml;
          stylesChanged = true;
        }
        styleCache.set(format, made ? String(made.index) : undefined);
      }
      return styleCache.get(format);
    };
    const appended = appendRowsToSheetXml(xml, target, fallback);
    // Never write a sheet ld-report and ld-import could not read back.
    const bytes = Buffer.byteLength(appended);
    if (bytes > limitOf(path)) {
      throw new AppendConflictError(`the sheet ${target.sheet} would grow to ${megabytes(bytes)}, beyond the ${megabytes(limitOf(path))} ld-report and ld-import read; keep older records in another workbook and import into a fresh framework (nothing was written)`);
    }
    changed.set(path, appended);

    // Table parts of this sheet that start on the header row.
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const relsPath = `${folder}_rels/${path.slice(folder.length)}.rels`;
    const sheetRels = read(relsPath);
    if (sheetRels === undefined) continue;
    for (const tablePath of relationships(sheetRels, folder).values()) {
      if (!/tables\/[^/]+\.xml$/i.test(tablePath)) continue;
      const tableXml = read(tablePath);
      if (tableXml === undefined) continue;
      const grown = extendTableXml(tableXml, target.headerRow, Math.min(...target.columns), target.startRow + target.rows.length - 1);
      if (grown !== tableXml) changed.set(tablePath, grown);
    }
  }
  if (stylesChanged && styles !== undefined) changed.set(stylesPath, styles);
  changed.set('xl/workbook.xml', setFullCalcOnLoad(workbookXml));
  // Written back as UTF-8, whatever the part was read as: its XML declaration says so.
  const utf8 = (xml: string) => {
    const declaration = /^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'])utf-16(["'])/i.exec(xml.slice(0, 256));
    return Buffer.from(declaration ? `${declaration[1]}UTF-8${declaration[2]}${xml.slice(declaration[0].length)}` : xml);
  };
  return rewriteArchive(data, entries, new Map([...changed].map(([path, xml]) => [path, utf8(xml)])));
}
