/**
 * ld-report reads a workbook built at the largest capacity completely (issue 10): GrowthCorp filled to
 * 2,000 initiatives, written by the project's .xlsx writer, run as `npx ld-report` runs it. Every
 * initiative is seen, the audit is as clean as GrowthCorp's own, and the totals are the sums of the
 * generated rows (worked here from the rows themselves, not from the reader); the row limit follows
 * the largest capacity.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbookSpec, COST_CATEGORIES, filledGrowthCorp, MAX_INITIATIVE_CAPACITY } from '../core/templates';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { LIMITS } from './xlsx-source';

const ROOT = join(__dirname, '..');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-report-2000-'));
  file = join(dir, 'GrowthCorp-2000.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp', { capacity: 2000, filled: true }), file);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the row limit leaves room past the largest capacity (tables end at row 2,008)', () => {
  expect(MAX_INITIATIVE_CAPACITY).toBe(2000);
  expect(LIMITS.rows).toBe(5 * MAX_INITIATIVE_CAPACITY);
  expect(LIMITS.rows).toBeGreaterThan(8 + MAX_INITIATIVE_CAPACITY);
});

test('ld-report sees all 2,000 initiatives of the 2,000 example, audits it clean and totals every row', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'cli', 'ld-report.js'), file, '--json', '--today', '2025-06-30'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.ok).toBe(true);
  expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
  const data = filledGrowthCorp(2000);
  const investment = data.initiatives.reduce((sum, x) => sum + COST_CATEGORIES.reduce((s, [key]) => s + x.costs[key], 0), 0);
  const benefits = data.initiatives.reduce((sum, x) => sum + x.impact.change * x.impact.valuePerUnit * x.impact.isolation * x.impact.confidence, 0);
  const figures = report.summary.figures;
  expect(figures.initiatives).toBe(2000);
  expect(figures.alignedCount).toBe(2000);
  expect(figures.investment).toBeCloseTo(investment, 4);
  expect(figures.adjustedBenefits / benefits).toBeCloseTo(1, 12);
  expect(report.range.initiatives).toHaveLength(2000);
});
