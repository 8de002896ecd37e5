/**
 * What the builder wrote, recalculated by a real formula engine (HyperFormula, test-only): the
 * GrowthCorp framework built into a spreadsheet whose Strategy and Dashboard names are taken still
 * computes the case study's dashboard (BCR 3.5x, every program aligned) from the renamed sheets, and no
 * formula the builder wrote evaluates to an error. This proves the writes (values and formulas in one
 * setValues, text escaping, renamed references, named ranges) keep the template live.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { DASHBOARD_TREND_BLOCK as TREND, GROWTHCORP } from '../../core/templates';
import { buildFramework } from '../server/builder/build';
import { buildWorkbookSpec } from '../../core/templates';
import { FakeSpreadsheetApp, type FakeSheet } from './fake-spreadsheet';

/** A sheet's cells as HyperFormula reads them (formulas as text, escaped text without its apostrophe). */
function grid(sheet: FakeSheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    while (rows.length <= r) rows.push([]);
    const value = cell.formula !== undefined ? cell.formula : (cell.value instanceof Date ? null : cell.value ?? null);
    // Text stays text: HyperFormula, like Sheets, would otherwise read "007" as a number.
    rows[r][c] = typeof value === 'string' && cell.formula === undefined ? `'${value}` : value;
  }
  return rows.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null));
}

test('GrowthCorp built next to sheets named Strategy and Dashboard recalculates to the case study', () => {
  const app = new FakeSpreadsheetApp();
  app.spreadsheet.addSheet('Strategy').range('A1:B2').setValues([['Ours', 1], ['Mine', '=B1*10']]);
  app.spreadsheet.addSheet('Dashboard').range('A1').setValues([['Our own dashboard']]);
  const report = buildFramework(app, { dataset: 'growthcorp', templates: { buildWorkbookSpec } });
  expect(report.renamedSheets).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }, { from: 'Dashboard', to: 'Dashboard (2)' }]);

  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of app.spreadsheet.sheets) sheets[sheet.name] = grid(sheet);
  // Array arithmetic as in Excel, Sheets and LibreOffice, where SUMPRODUCT(--(range<=x), …) compares
  // element by element (the Measures sheet's year-to-date helpers).
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  try {
    const figure = (name: string) => {
      const named = app.spreadsheet.namedRanges.find((n) => n.name === name)!.range;
      return hf.getCellValue({ sheet: hf.getSheetId(named.sheet.name)!, row: named.r0, col: named.c0 });
    };
    const last = GROWTHCORP.history[GROWTHCORP.history.length - 1];
    expect(figure('TotalInvestment')).toBeCloseTo(last.investment, 6);
    expect(figure('TotalAdjustedBenefits')).toBeCloseTo(last.benefits, 6);
    expect(figure('PortfolioBCR')).toBeCloseTo(3.5, 9);
    expect(figure('AlignedShare')).toBe(1);
    expect(figure('ObjectiveCoverage')).toBe(1);
    // The user's own sheets still compute what they did.
    expect(hf.getCellValue({ sheet: hf.getSheetId('Strategy')!, row: 1, col: 1 })).toBe(10);

    const errors: string[] = [];
    for (const sheet of app.spreadsheet.sheets.slice(2)) {
      const id = hf.getSheetId(sheet.name)!;
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const [row, col] = key.split(',').map(Number);
        const value = hf.getCellValue({ sheet: id, row, col });
        if (value && typeof value === 'object' && 'type' in value) {
          // An empty slot of the Dashboard's trend block is #N/A on purpose (a line chart leaves #N/A
          // out); only where its date cell (column B) is blank.
          const trendSlot = sheet.name === 'Dashboard (2)' && col === 2 && row + 1 >= TREND.firstRow && row + 1 < TREND.firstRow + TREND.slots;
          if (trendSlot && (value as { type: string }).type === 'NA' && ['', null].includes(hf.getCellValue({ sheet: id, row, col: 1 }) as string | null)) continue;
          errors.push(`${sheet.name} r${row + 1}c${col + 1}: ${cell.formula} → ${String((value as { value: unknown }).value)}`);
        }
      }
    }
    expect(errors.slice(0, 5)).toEqual([]);
  } finally {
    hf.destroy();
  }
});
