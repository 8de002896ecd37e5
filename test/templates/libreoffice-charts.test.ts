/**
 * The GrowthCorp example, written by the .xlsx writer and printed to PDF by LibreOffice: the
 * Dashboard's native charts are drawn, from the live cells. The evidence is text that only a drawn
 * chart puts on the Dashboard's pages: the chart titles that are no cell's text, the axis labels in
 * thousands ($1,000K) and month-year dates (Jun 2025) that no cell is formatted as, and the second
 * occurrence of "Top 10 initiatives by net benefit" (the first is the block's heading).
 * Reference values: the GrowthCorp History (core/templates/growthcorp.ts) has five snapshots from
 * 2023-06-30 to 2025-06-30, BCR 1.2x to 3.5x, the figures the case study quotes.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DASHBOARD_TOP, buildWorkbookSpec } from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { exportPdf, pdfPages } from '../support/libreoffice';

let dir: string;
let dashboard: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-charts-'));
  const path = join(dir, 'GrowthCorp-example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), path);
  const pages = await pdfPages(await exportPdf(path));
  // The Dashboard's pages: from its title to the page before History log's title (the next sheet).
  const first = pages.findIndex((p) => p.includes('L&D value dashboard'));
  const next = pages.findIndex((p, i) => i > first && p.includes('History: snapshots of the dashboard'));
  expect(first).toBeGreaterThanOrEqual(0);
  expect(next).toBeGreaterThan(first);
  dashboard = pages.slice(first, next).join('\n');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = (text: string, what: string) => text.split(what).length - 1;

test('LibreOffice draws the three charts on the Dashboard’s pages', () => {
  expect(dashboard).toContain('Investment and adjusted benefits by objective');
  expect(dashboard).toContain('Benefit–cost ratio over time');
  expect(count(dashboard, `Top ${DASHBOARD_TOP} initiatives by net benefit`)).toBe(2);
});

test('the charts show the example’s figures: axes in thousands, the trend by month, Jun 2023 to Jun 2025, at 1.20x … 3.50x', () => {
  expect(dashboard).toMatch(/\$1,000K/);
  // Month names are the trend's axis (the cells show dates as 2023-06-30): Jun 2023, Jun 2024, Jun 2025
  // and Dec 2023, Dec 2024; a narrow axis wraps the year under its month, so they are counted apart.
  expect(count(dashboard, 'Jun')).toBeGreaterThanOrEqual(3);
  expect(count(dashboard, 'Dec')).toBeGreaterThanOrEqual(2);
  // The trend's point labels; the BCR column of the block shows them too, so count both.
  expect(count(dashboard, '3.50x')).toBeGreaterThanOrEqual(2);
  expect(count(dashboard, '1.20x')).toBeGreaterThanOrEqual(2);
});
