/**
 * The `.xlsx` → {@link WorkbookSource} adapter (outside core/: it reads files). exceljs gives each
 * cell as a value or an object; this turns every kind into what Office.js or SpreadsheetApp would give:
 * formula cells become their cached result (blank when the file has none, as in freshly generated
 * workbooks: the insights model uses input cells only and computes the rest itself), rich text its
 * text, hyperlinks their text, error cells their code (`#N/A`).
 */
import ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'fs';
import type { WorkbookSource } from '../core/insights';
import type { DefinedNameRef } from '../core/insights/read';
import { readEntry, zipEntries } from './zip';

/** The text of XML character data or an attribute value, its five entities and character references decoded. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, named: string) => {
    if (named) return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * The workbook-level defined names of `xl/workbook.xml` (ECMA-376 Part 1, §18.2.5) with their
 * reference text as written (`'Strategy (2)'!$A$1`, `#REF!`). Names scoped to one sheet
 * (`localSheetId`) are left out: the framework markers are workbook-level.
 */
export function workbookDefinedNames(workbookXml: string): DefinedNameRef[] {
  const names: DefinedNameRef[] = [];
  const pattern = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
  for (let m = pattern.exec(workbookXml); m !== null; m = pattern.exec(workbookXml)) {
    const attributes = m[1];
    if (/\blocalSheetId\s*=/.test(attributes)) continue;
    const name = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    if (!name) continue;
    names.push({ name: xmlText(name[1] ?? name[2]), reference: xmlText((m[2] ?? '').trim()) });
  }
  return names;
}

/** One exceljs cell value as a plain host value. */
export function plainValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? null : plainValue(v.result as ExcelJS.CellValue);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
    if ('hyperlink' in v && 'text' in v) return plainValue(v.text as ExcelJS.CellValue);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

/** The values of one worksheet as rows from A1. */
export function worksheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = plainValue(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** Read an `.xlsx` file into a source; an unreadable file is an {@link UnreadableFileError} with the reason. */
export async function xlsxSource(path: string): Promise<WorkbookSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UnreadableFileError(`cannot read ${path}: it is a folder, not a workbook`);
    if (stat.size === 0) throw new UnreadableFileError(`cannot read ${path}: the file is empty`);
    await workbook.xlsx.readFile(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError(`cannot read ${path}: no such file`);
    if (code === 'EACCES') throw new UnreadableFileError(`cannot read ${path}: permission denied`);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const why = /central directory|zip/i.test(detail) ? 'it is not a zip archive, as every .xlsx file is' : detail;
    throw new UnreadableFileError(`cannot read ${path}: not an .xlsx workbook (${why})`);
  }
  const values = new Map<string, unknown[][]>();
  for (const sheet of workbook.worksheets) values.set(sheet.name, worksheetValues(sheet));
  const data = readFileSync(path);
  const entry = zipEntries(data).find((e) => e.name === 'xl/workbook.xml');
  const definedNames = entry ? workbookDefinedNames(readEntry(data, entry, 64 * 1024 * 1024).toString('utf8')) : [];
  return {
    sheetNames: () => [...values.keys()],
    values: (name) => values.get(name) ?? [],
    definedNames: () => definedNames,
  };
}
