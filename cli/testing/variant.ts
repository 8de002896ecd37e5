/**
 * Test support: a copy of a workbook with a change made through exceljs (a cell cleared, a sheet
 * renamed, a row typed), written beside it in the test's own temporary folder.
 */
import { join } from 'path';
import ExcelJS from 'exceljs';

/** `source` read, edited by `edit`, written as `dir/name`; its path. */
export async function workbookVariant(source: string, dir: string, name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  edit(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}
