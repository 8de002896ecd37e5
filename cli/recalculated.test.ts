/**
 * The model relies on input cells and computes every figure with the core. This test proves it agrees
 * with the workbook's own native formulas: the GrowthCorp example is recalculated by LibreOffice
 * (test/support/libreoffice.ts), and the Dashboard's cached figures must equal the model's to 1e-9
 * relative. It also proves the reader gives the same model whether or not formula results are cached.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbookSpec, DASHBOARD_CELLS } from '../core/templates';
import { checkHealth, portfolioFigures, readFramework, WorkbookSource } from '../core/insights';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { recalculate } from '../test/support/libreoffice';
import { closeTo } from '../test/support/results';
import { xlsxSource } from './xlsx-source';

let dir: string;
let fresh: WorkbookSource;
let recalculated: WorkbookSource;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-recalc-'));
  const file = join(dir, 'GrowthCorp-example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), file);
  fresh = await xlsxSource(file);
  recalculated = await xlsxSource(await recalculate(file));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dashboard(source: WorkbookSource, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return source.values('Dashboard')[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
}

it('agrees with the Dashboard that LibreOffice computed from the native formulas', () => {
  const figures = portfolioFigures(readFramework(recalculated).model);
  const pairs: [keyof typeof DASHBOARD_CELLS, number | null][] = [
    ['totalInvestment', figures.totalInvestment],
    ['totalAdjustedBenefits', figures.totalAdjustedBenefits],
    ['netBenefits', figures.netBenefits],
    ['portfolioROI', figures.portfolioROI],
    ['portfolioBCR', figures.portfolioBCR],
    ['alignedShare', figures.alignedShare],
    ['objectiveCoverage', figures.objectiveCoverage],
    ['portfolioAlignment', figures.portfolioAlignment],
  ];
  for (const [name, ours] of pairs) {
    const theirs = dashboard(recalculated, DASHBOARD_CELLS[name]);
    expect([name, typeof theirs]).toEqual([name, 'number']);
    expect([name, closeTo(ours as number, theirs as number, 1e-9)]).toEqual([name, true]);
  }
});

it('reads the same model with and without cached formula results', () => {
  expect(dashboard(fresh, DASHBOARD_CELLS.portfolioBCR)).toBeNull();
  const a = readFramework(fresh);
  const b = readFramework(recalculated);
  expect(b.problems).toEqual([]);
  // LibreOffice writes numbers with 15 significant digits: compare to 12.
  // What the workbook shows in its calculated cells is kept apart (derivedShown): only the recalculated file has it.
  const rounded = (model: unknown) =>
    JSON.parse(JSON.stringify(model, (k, v) => (k === 'derivedShown' ? undefined : typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
  expect(rounded(b.model)).toEqual(rounded(a.model));
  expect(b.model.initiatives[0].derivedShown).toEqual({ grossBenefit: 3600000, adjustedBenefit: 1440000, cost: 410000, benefit: 1440000 });
  // Every calculated cell LibreOffice computed agrees with the model: nothing looks typed over.
  expect(checkHealth(b.model, { today: '2025-06-30' })).toEqual([]);
});
