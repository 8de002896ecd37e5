/**
 * Both workbooks, written by the .xlsx writer and recalculated by LibreOffice headless: no cell is an
 * error, and every dashboard figure equals what the core computes from the same rows (to 1e-9
 * relative). Then inputs are changed in the file and the dashboard follows: the workbook is live.
 * Expected values come from core/templates/testing/expected.ts (the core's own functions) or, for the case
 * study, from the product brief (shared/brief: "improved from 1.2x to 3.5x", "increased budget by
 * 45%", "28% revenue growth", "100% of programs aligned").
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  ALIGNMENT_TABLE, DASHBOARD_CELLS as D, DASHBOARD_TREND_BLOCK as TREND, GROWTHCORP, HISTORY_TABLE, IMPACT_TABLE, PLAN_BY_OBJECTIVE,
  PLAN_BY_OBJECTIVE_COLUMNS, PLAN_CELLS, buildWorkbookSpec,
} from '../../core/templates';
import { filledGrowthCorp, type Dataset, type ExampleDataset, type ExampleInitiative } from '../../core/templates';
import { portfolioFigures, readFramework, specSource } from '../../core/insights';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { recalculate } from '../support/libreoffice';
import { checkDashboard as checkFigures, expectNumber, unexpectedErrors as expectedErrorsLeftOut, type CellReader } from '../../core/templates/testing/dashboard';
import { expectedFigures, type ExpectedFigures } from '../../core/templates/testing/expected';
import { errorCells, formulaCount, loadWorkbook, tableValue, valueAt, writeInitiative, writeObjective } from './workbook-cells';

const SETUP_TIMEOUT = 300_000;

/** A recalculated workbook's cells, as the shared checks read them. */
const reader = (workbook: ExcelJS.Workbook): CellReader => (sheet, address) => valueAt(workbook, sheet, address);
const unexpectedErrors = (workbook: ExcelJS.Workbook): string[] => expectedErrorsLeftOut(errorCells(workbook), reader(workbook));
const checkDashboard = (workbook: ExcelJS.Workbook, expected: ExpectedFigures, data: ExampleDataset): void => checkFigures(reader(workbook), expected, data);

let dir: string;
const written: Partial<Record<Dataset, string>> = {};
const recalculated: Partial<Record<Dataset, ExcelJS.Workbook>> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-workbooks-'));
  for (const dataset of ['empty', 'growthcorp'] as const) {
    const path = join(dir, `${dataset}.xlsx`);
    await writeWorkbook(buildWorkbookSpec(dataset), path);
    written[dataset] = path;
    recalculated[dataset] = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated') }));
  }
}, SETUP_TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('GrowthCorp example, recalculated by LibreOffice', () => {
  const expected = expectedFigures(GROWTHCORP);

  test('no cell is an error value, and every formula is still a formula', () => {
    const workbook = recalculated.growthcorp!;
    expect(unexpectedErrors(workbook)).toEqual([]);
    const specFormulas = buildWorkbookSpec('growthcorp').sheets.reduce((n, s) => n + s.cells.flat().filter((c) => c?.formula).length, 0);
    expect(formulaCount(workbook)).toBe(specFormulas);
  });

  test('the trend block lists the snapshots oldest first with their BCR; the empty slots show #N/A for the chart to leave out', () => {
    const workbook = recalculated.growthcorp!;
    const history = GROWTHCORP.history;
    for (let k = 0; k < TREND.slots; k++) {
      const date = valueAt(workbook, 'Dashboard', `B${TREND.firstRow + k}`);
      const bcr = valueAt(workbook, 'Dashboard', `C${TREND.firstRow + k}`);
      if (k < history.length) {
        // Dates come back from the recalculated file as Date objects or serial numbers.
        const serial = date instanceof Date ? Math.round(date.getTime() / 86_400_000 + 25569) : date;
        expect(serial).toBe(Math.round(Date.parse(history[k].date) / 86_400_000 + 25569));
        expectNumber(bcr, history[k].benefits / history[k].investment, `trend slot ${k + 1}: BCR of the snapshot of ${history[k].date}`);
      } else {
        expect(date === '' || date === null).toBe(true);
        expect(errorCells(workbook)).toContain(`Dashboard!C${TREND.firstRow + k}: #N/A`);
      }
    }
  });

  test('every dashboard figure, per-initiative row, ranking and split equals what the core computes', () => {
    checkDashboard(recalculated.growthcorp!, expected, GROWTHCORP);
  });

  test("the dashboard reproduces the brief's case study", () => {
    const figure = (cell: string) => valueAt(recalculated.growthcorp!, 'Dashboard', cell);
    // Brief: "improved from 1.2x to 3.5x (+192%)".
    expect(figure(D.portfolioBCR)).toBe(3.5);
    expect(figure(D.firstBCR)).toBeCloseTo(1.2, 12);
    expect(Math.round((figure(D.bcrChange) as number) * 100)).toBe(192);
    const lastSnapshot = HISTORY_TABLE.firstDataRow + GROWTHCORP.history.length - 1;
    expect(valueAt(recalculated.growthcorp!, 'History', `${HISTORY_TABLE.columns.bcr}${lastSnapshot}`)).toBe(3.5);
    // Brief: "100% of programs aligned to business goals".
    expect(figure(D.alignedShare)).toBe(1);
    // Brief: "increased budget by 45%".
    expectNumber(figure(D.budgetChange), 0.45, 'budget change');
    expect(valueAt(recalculated.growthcorp!, 'Plan', PLAN_CELLS.change)).toBeCloseTo(0.45, 12);
    // Brief: "contributed to 28% revenue growth".
    expectNumber(figure(D.revenueGrowth), 0.28, 'revenue growth');
    expect(figure(D.revenueObjective)).toBe('Grow annual recurring revenue');
  });

  test('the summary paragraph states the figures in business language', () => {
    const summary = String(valueAt(recalculated.growthcorp!, 'Dashboard', D.summary));
    for (const phrase of ['$1,660,000', '7 programs', '$5,810,000', '$3.50 back for every $1', '250%', '100% of programs are aligned', 'from 1.2x', 'to 3.5x', 'up 28%', '$1,740,000 is 45% above']) {
      expect(summary).toContain(phrase);
    }
  });

  test("the ROI range and the break-even attribution equal core/insights' figures, and the Dashboard says it in words", () => {
    // portfolioFigures reads the example's inputs as any host would (core/insights/figures.ts).
    const core = portfolioFigures(readFramework(specSource(buildWorkbookSpec('growthcorp'))).model);
    const figure = (cell: string) => valueAt(recalculated.growthcorp!, 'Dashboard', cell);
    expectNumber(figure(D.portfolioROILow), core.portfolioROILow!, 'portfolioROILow');
    expectNumber(figure(D.portfolioROIHigh), core.portfolioROIHigh!, 'portfolioROIHigh');
    expectNumber(figure(D.breakEvenAttribution), core.breakEvenAttribution!, 'breakEvenAttribution');
    core.initiatives.forEach((x, i) => expectNumber(tableValue(recalculated.growthcorp!, IMPACT_TABLE, 'breakEven', i), x.breakEven!, `${x.name}: breakEven`));
    // 1,660,000 / 10,680,000 = 15.5% (docs/templates.md).
    expect(figure(`D${D.breakEvenAttribution.replace(/^[A-Z]+/, '')}`)).toBe('The portfolio pays back if programs caused at least 16% of the improvements.');
  });

  test('the defined names survive the round trip and point at the dashboard figures', () => {
    const model = recalculated.growthcorp!.definedNames.model as { name: string; ranges: string[] }[];
    const byName = new Map(model.map((n) => [n.name, n.ranges]));
    for (const n of buildWorkbookSpec('growthcorp').names) expect(byName.get(n.name)).toEqual([n.ref]);
  });
});

describe('empty template, recalculated by LibreOffice', () => {
  test('no cell is an error value; the figures are zero or blank and the summary asks for data', () => {
    const workbook = recalculated.empty!;
    expect(unexpectedErrors(workbook)).toEqual([]);
    const figure = (cell: string) => valueAt(workbook, 'Dashboard', cell);
    expect(figure(D.totalInvestment)).toBe(0);
    expect(figure(D.totalAdjustedBenefits)).toBe(0);
    expect(figure(D.initiatives)).toBe(0);
    for (const cell of [D.portfolioROI, D.portfolioBCR, D.alignedShare, D.objectiveCoverage, D.portfolioAlignment, D.firstBCR, D.revenueGrowth, D.portfolioROILow, D.portfolioROIHigh, D.breakEvenAttribution]) {
      expect(figure(cell)).toBeNull();
    }
    expect(String(figure(D.summary))).toMatch(/^Nothing to report yet/);
    expect(formulaCount(workbook)).toBeGreaterThan(5000);
  });
});

describe('the workbook is live: change inputs in the file, recalculate, and the dashboard follows', () => {
  test('one low isolation estimate changed: the low end of the range moves with the core, the point and the high end stay', async () => {
    const workbook = await loadWorkbook(written.growthcorp!);
    const selling = GROWTHCORP.initiatives[0];
    const modified: ExampleDataset = {
      ...GROWTHCORP,
      initiatives: [{ ...selling, impact: { ...selling.impact, isolationLow: 0.2 } }, ...GROWTHCORP.initiatives.slice(1)],
    };
    writeInitiative(workbook, 0, modified.initiatives[0]);
    const path = join(dir, 'growthcorp-low-estimate.xlsx');
    await workbook.xlsx.writeFile(path);
    const after = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated') }));
    expect(unexpectedErrors(after)).toEqual([]);
    const [before, expected] = [expectedFigures(GROWTHCORP), expectedFigures(modified)];
    // 3,600,000 × (35% − 20%) × 80% = 432,000 less at the low end: ROI −26 points.
    expect(expected.portfolioROILow).toBeCloseTo(before.portfolioROILow - 432000 / 1660000, 12);
    expect(expected.portfolioROIHigh).toBe(before.portfolioROIHigh);
    checkDashboard(after, expected, modified);
    expect(valueAt(after, 'Dashboard', D.portfolioROILow)).not.toBeCloseTo(before.portfolioROILow, 6);
  }, SETUP_TIMEOUT);

  test('a cost, a link strength, a confidence, a priority weight and a brand-new initiative row', async () => {
    const workbook = await loadWorkbook(written.growthcorp!);
    const change = (x: ExampleInitiative, patch: Partial<ExampleInitiative>): ExampleInitiative => ({ ...x, ...patch });
    const [selling, success] = [GROWTHCORP.initiatives[0], GROWTHCORP.initiatives[1]];
    const managers = GROWTHCORP.initiatives[6];
    const added: ExampleInitiative = {
      name: 'Sales Onboarding Bootcamp', owner: 'Sales Enablement', audience: 'New account executives', participants: 35, budget: 90000, status: 'Planned',
      links: [2, 0, 0, 0, 0, 1], // the 6th objective is new (below), and only indirectly supported
      impact: { reaction: 4.3, learningGain: 0.3, application: 0.8, metric: 'Earlier first deals', change: 14, valuePerUnit: 40000, isolation: 0.55, confidence: 0.7, leading: 'Ramp milestones met', lagging: 'Time to first deal' },
      costs: { needsAssessment: 3000, design: 20000, delivery: 25000, materials: 2000, facilities: 6000, participantTime: 30000, technology: 2000, evaluation: 3000, overhead: 4000 },
      intangibles: 'Faster ramp', nextBudget: 120000, decision: 'New',
    };
    // An initiative linked to no objective: unaligned, a budget with alignment 0, money "not linked".
    const unlinked: ExampleInitiative = {
      ...added, name: 'Office Software Refresher', owner: 'IT', audience: 'All staff', budget: 30000, status: 'Proposed', links: [0, 0, 0, 0, 0],
      impact: { ...added.impact, metric: 'Help-desk tickets avoided', change: 900, valuePerUnit: 25, isolation: 0.5, confidence: 0.6 },
      costs: { ...added.costs, delivery: 12000, participantTime: 20000 }, nextBudget: 0, decision: 'Stop',
    };
    const modified: ExampleDataset = {
      ...GROWTHCORP,
      objectives: [
        ...GROWTHCORP.objectives.map((o, j) => (j === 2 ? { ...o, weight: 25 } : o)),
        { objective: 'Open the public-sector market', category: 'Other', weight: 10, kpi: 'Public-sector contracts signed', baseline: 0, target: 5, current: 1, sponsor: 'Dana Whitfield', horizon: 'FY2026' },
      ],
      initiatives: [
        change(selling, { costs: { ...selling.costs, delivery: 186000 } }),
        change(success, { impact: { ...success.impact, confidence: 0.6 } }),
        ...GROWTHCORP.initiatives.slice(2, 6),
        change(managers, { links: [0, 1, 0, 0, 1] }), // no longer aligned: its strongest link is now 1
        added,
        unlinked,
      ],
    };
    writeObjective(workbook, 2, modified.objectives[2]);
    writeObjective(workbook, 5, modified.objectives[5]);
    for (const i of [0, 1, 6, 7, 8]) writeInitiative(workbook, i, modified.initiatives[i]);
    const path = join(dir, 'growthcorp-changed.xlsx');
    await workbook.xlsx.writeFile(path);

    const after = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated') }));
    expect(unexpectedErrors(after)).toEqual([]);
    const expected = expectedFigures(modified);
    // The changes moved the figures (so the comparison below is not vacuous).
    const before = expectedFigures(GROWTHCORP);
    expect(expected.totalInvestment).not.toBe(before.totalInvestment);
    expect(expected.alignedShare).toBeCloseTo(7 / 9, 12);
    expect(expected.gaps).toEqual(['Open the public-sector market']);
    expect(expected.portfolioBCR).not.toBeCloseTo(3.5, 3);
    checkDashboard(after, expected, modified);
    expect(valueAt(after, 'Dashboard', D.initiatives)).toBe(9);
    // The unlinked initiative's money appears on Plan's "Not linked to any objective" row.
    const notLinked = PLAN_BY_OBJECTIVE.unlinkedRow;
    expect(valueAt(after, 'Plan', `${PLAN_BY_OBJECTIVE_COLUMNS.thisBudget}${notLinked}`)).toBe(unlinked.budget);
    expect(tableValue(after, ALIGNMENT_TABLE, 'aligned', 8)).toBe('No');
    // The new objective shows up as a gap, and the summary says so.
    expect(String(valueAt(after, 'Dashboard', D.summary))).toContain('(1 objective has no direct support yet)');
  });
});

describe('GrowthCorp filled to 2,000 initiatives, recalculated by LibreOffice (issue 10: capacity as a choice)', () => {
  const data = filledGrowthCorp(2000);
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = join(dir, 'growthcorp-2000.xlsx');
    await writeWorkbook(buildWorkbookSpec('growthcorp', { capacity: 2000, filled: true }), path);
    workbook = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated') }));
  }, SETUP_TIMEOUT);

  test('no cell is an error value; every dashboard figure, per-initiative row, ranking and split equals what the core computes', () => {
    expect(unexpectedErrors(workbook)).toEqual([]);
    checkDashboard(workbook, expectedFigures(data), data);
    expect(valueAt(workbook, 'Dashboard', D.initiatives)).toBe(2000);
  });
});
