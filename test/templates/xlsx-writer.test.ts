/**
 * The .xlsx writer copies the spec faithfully: every cell (value, formula, number format, note),
 * dropdowns and other validations, conditional formats, frozen panes, merges, tab colours and the
 * defined names; and it writes formulas without cached results in a workbook that asks for a full
 * recalculation on load, so any spreadsheet computes the figures when it opens the file.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbookSpec, parseRange, quoteSheet } from '../../core/templates';
import { markerName } from '../../core/framework/marker';
import type { Dataset, WorkbookSpec } from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';

// jszip is exceljs's own zip library; the test reads the raw XML parts with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as { loadAsync(data: Buffer): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null; files: Record<string, unknown> }> };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeAndRead(dataset: Dataset): Promise<{ spec: WorkbookSpec; path: string; book: ExcelJS.Workbook }> {
  const spec = buildWorkbookSpec(dataset);
  const path = join(dir, `${dataset}.xlsx`);
  await writeWorkbook(spec, path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { spec, path, book };
}

/** exceljs reads a date-formatted number back as a Date: compare its serial number. */
const shownValue = (v: ExcelJS.CellValue) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v);
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe.each(['empty', 'growthcorp'] as const)('the %s workbook file', (dataset) => {
  let spec: WorkbookSpec;
  let path: string;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ spec, path, book } = await writeAndRead(dataset));
  });

  test('has every sheet in order with its tab colour and frozen panes', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const sheet of spec.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      expect(ws.properties.tabColor).toEqual({ argb: argb(sheet.tabColor) });
      const view = ws.views[0] as { state: string; xSplit?: number; ySplit?: number };
      if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) expect(view).toMatchObject({ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows });
      else expect(view.state).toBe('normal');
      sheet.columnWidths.forEach((px, i) => expect(Math.abs((ws.getColumn(i + 1).width ?? 0) * 7 + 5 - px)).toBeLessThan(1));
      for (const letter of sheet.hiddenColumns ?? []) expect(ws.getColumn(letter).hidden).toBe(true);
      for (const row of sheet.hiddenRows ?? []) expect(ws.getRow(row).hidden).toBe(true);
      expect(ws.getColumn(1).hidden).toBe(false);
    }
  });

  test('every cell carries its value or formula, number format and note', () => {
    const problems: string[] = [];
    for (const sheet of spec.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          const got = ws.getCell(r + 1, c + 1);
          const at = `${sheet.name}!${got.address}`;
          if (cell.formula !== undefined) {
            if (got.formula !== cell.formula.slice(1)) problems.push(`${at}: formula ${got.formula}`);
            if (got.result !== undefined) problems.push(`${at}: has a cached result`);
          } else if ((cell.value ?? null) !== null && shownValue(got.value) !== cell.value) {
            problems.push(`${at}: value ${String(got.value)}`);
          }
          if (cell.numberFormat && got.numFmt !== cell.numberFormat) problems.push(`${at}: format ${got.numFmt}`);
          if (cell.note && got.note !== cell.note) problems.push(`${at}: note`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  test('keeps every validation (dropdowns with their lists, bounds and error messages)', () => {
    for (const sheet of spec.sheets) {
      const model = (book.getWorksheet(sheet.name) as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[]; error?: string }> } }).dataValidations.model;
      for (const v of sheet.validations) {
        const ref = parseRange(v.range)!;
        for (const corner of [v.range.split(':')[0], v.range.split(':')[1] ?? v.range]) {
          const got = model[corner];
          expect(got).toBeDefined();
          expect(got.type).toBe(v.type);
          expect(got.error).toBe(v.errorMessage);
          if (v.type === 'list') expect(got.formulae[0]).toBe(v.source ?? `"${v.values!.join(',')}"`);
        }
        expect(ref.start.row).toBeLessThanOrEqual(ref.end.row);
      }
    }
  });

  test('keeps conditional formats, merges and the defined names', () => {
    for (const sheet of spec.sheets) {
      const ws = book.getWorksheet(sheet.name) as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[]; model: { merges: string[] } };
      expect(ws.conditionalFormattings.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual(sheet.conditionalFormats.map((cf) => [cf.range, cf.formula.slice(1)]));
      expect([...ws.model.merges].sort()).toEqual([...(sheet.merges ?? [])].sort());
    }
    // The template's names, then one framework marker per sheet at its A1 (core/framework/marker.ts).
    const names = book.definedNames.model as { name: string; ranges: string[] }[];
    const markers = spec.sheets.map((s) => [markerName(s.canonicalName ?? s.name), [`${quoteSheet(s.name)}!$A$1`]]);
    expect(names.map((n) => [n.name, n.ranges]).sort()).toEqual([...spec.names.map((n) => [n.name, [n.ref]]), ...markers].sort());
    expect(markers.map((m) => m[0])).toContain('LDFramework_History');
  });

  test('asks for a full recalculation on load and stores no cached formula results', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(spec.sheets.length);
    let formulas = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      formulas += (xml.match(/<f>/g) ?? []).length;
      expect(xml).not.toMatch(/<\/f><v>/);
    }
    expect(formulas).toBe(spec.sheets.reduce((n, s) => n + s.cells.flat().filter((c) => c?.formula).length, 0));
  });
});
