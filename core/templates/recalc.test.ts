/**
 * Both example workbooks recalculated in process by HyperFormula (core/templates/testing/engine.ts):
 * no cell is an error, every dashboard figure and per-initiative row equals what the core computes from
 * the same rows (core/templates/testing/expected.ts, to 1e-9 relative), and typed changes flow through.
 * The same checks run against LibreOffice in test/templates/libreoffice.test.ts; this one takes
 * seconds, so it also judges the template formulas under mutation testing (README "Mutation scores").
 * Case-study figures come from the product brief (shared/brief: "improved from 1.2x to 3.5x",
 * "increased budget by 45%", "28% revenue growth", "100% of programs aligned").
 *
 * Each test builds and recalculates its own workbook (no beforeAll): Stryker judges a mutant only by
 * the tests whose own code reached it.
 */
import {
  DASHBOARD_CELLS as D, DASHBOARD_TREND_BLOCK as TREND, GROWTHCORP, HISTORY_TABLE, PLAN_BY_OBJECTIVE, PLAN_BY_OBJECTIVE_COLUMNS, PLAN_CELLS,
  ALIGNMENT_TABLE, buildWorkbookSpec,
} from '.';
import type { ExampleDataset } from '.';
import { evaluate } from '../index';
import { checkDashboard, expectNumber, tableCell, typeInitiative, typeObjective, unexpectedErrors } from './testing/dashboard';
import { evaluateSpec, type EvaluatedSpec } from './testing/engine';
import { expectedFigures } from './testing/expected';

let engine: EvaluatedSpec | undefined;
afterEach(() => {
  engine?.destroy();
  engine = undefined;
});

function recalculated(dataset: 'growthcorp' | 'empty'): EvaluatedSpec {
  engine = evaluateSpec(buildWorkbookSpec(dataset));
  return engine;
}

const DAY_ZERO = Date.UTC(1899, 11, 30); // serial 0 of Excel's 1900 date system
const serial = (iso: string) => (Date.parse(iso) - DAY_ZERO) / 86_400_000;

describe('GrowthCorp example, recalculated by HyperFormula', () => {
  it('shows no error and every figure the core computes, the case study and the trend of snapshots', () => {
    const book = recalculated('growthcorp');
    expect(unexpectedErrors(book.errorCells(), book.shown)).toEqual([]);
    checkDashboard(book.shown, expectedFigures(GROWTHCORP), GROWTHCORP);

    const figure = (cell: string) => book.shown('Dashboard', cell);
    // Brief: "improved from 1.2x to 3.5x (+192%)".
    expect(figure(D.portfolioBCR)).toBe(3.5);
    expectNumber(figure(D.firstBCR), 1.2, 'BCR at the first snapshot');
    expect(Math.round((figure(D.bcrChange) as number) * 100)).toBe(192);
    expect(book.shown('History', `${HISTORY_TABLE.columns.bcr}${HISTORY_TABLE.firstDataRow + GROWTHCORP.history.length - 1}`)).toBe(3.5);
    // Brief: "100% of programs aligned", "increased budget by 45%", "28% revenue growth".
    expect(figure(D.alignedShare)).toBe(1);
    expectNumber(book.shown('Plan', PLAN_CELLS.change), 0.45, 'budget change on Plan');
    expectNumber(figure(D.revenueGrowth), 0.28, 'revenue growth');
    expect(figure(D.revenueObjective)).toBe('Grow annual recurring revenue');

    // Every snapshot as typed, with the ROI and BCR History computes (the core's ROI and BCR); then blank rows.
    GROWTHCORP.history.forEach((h, k) => {
      const at = (key: string) => book.shown('History', tableCell(HISTORY_TABLE, key, k));
      expect(['date', 'investment', 'benefits', 'alignedShare', 'coverage', 'alignment', 'note'].map(at))
        .toEqual([serial(h.date), h.investment, h.benefits, h.alignedShare, h.coverage, h.alignment, h.note]);
      expectNumber(at('roi'), evaluate('ROI', [h.benefits, h.investment]) as number, `History ROI of ${h.date}`);
      expectNumber(at('bcr'), evaluate('BCR', [h.benefits, h.investment]) as number, `History BCR of ${h.date}`);
    });
    for (const k of [GROWTHCORP.history.length, HISTORY_TABLE.capacity - 1]) {
      expect(['roi', 'bcr'].map((key) => book.shown('History', tableCell(HISTORY_TABLE, key, k)))).toEqual([null, null]);
    }

    // The trend block: each snapshot's date and BCR, oldest first; empty slots #N/A for the chart to leave out.
    GROWTHCORP.history.forEach((h, k) => {
      expect(figure(`B${TREND.firstRow + k}`)).toBe(serial(h.date));
      expectNumber(figure(`C${TREND.firstRow + k}`), h.benefits / h.investment, `trend slot ${k + 1}`);
    });
    for (let k = GROWTHCORP.history.length; k < TREND.slots; k++) {
      expect([figure(`B${TREND.firstRow + k}`), figure(`C${TREND.firstRow + k}`)]).toEqual([null, { error: '#N/A' }]);
    }
  });

  it('states the figures in business language in the summary paragraph and the break-even line', () => {
    const book = recalculated('growthcorp');
    const summary = String(book.shown('Dashboard', D.summary));
    for (const phrase of ['$1,660,000', '7 programs', '$5,810,000', '$3.50 back for every $1', '250%', '100% of programs are aligned', 'from 1.2x', 'to 3.5x', 'up 28%', '$1,740,000 is 45% above']) {
      expect(summary).toContain(phrase);
    }
    // 1,660,000 / 10,680,000 = 15.5% (docs/templates.md).
    expect(book.shown('Dashboard', `D${D.breakEvenAttribution.replace(/^[A-Z]+/, '')}`)).toBe('The portfolio pays back if programs caused at least 16% of the improvements.');
  });
});

describe('empty template, recalculated by HyperFormula', () => {
  it('shows no error; the figures are zero or blank and the summary asks for data', () => {
    const book = recalculated('empty');
    expect(unexpectedErrors(book.errorCells(), book.shown)).toEqual([]);
    const figure = (cell: string) => book.shown('Dashboard', cell);
    expect([figure(D.totalInvestment), figure(D.totalAdjustedBenefits), figure(D.initiatives)]).toEqual([0, 0, 0]);
    for (const cell of [D.portfolioROI, D.portfolioBCR, D.alignedShare, D.objectiveCoverage, D.portfolioAlignment, D.firstBCR, D.revenueGrowth, D.portfolioROILow, D.portfolioROIHigh, D.breakEvenAttribution]) {
      expect([cell, figure(cell)]).toEqual([cell, null]);
    }
    expect(String(figure(D.summary))).toMatch(/^Nothing to report yet/);
  });
});

describe('the workbook is live: typed changes reach the dashboard', () => {
  it('a cost, a confidence, a weight, a new objective and two new initiatives (one linked to nothing)', () => {
    const book = recalculated('growthcorp');
    const [selling, success] = GROWTHCORP.initiatives;
    const added = {
      ...selling, name: 'Sales Onboarding Bootcamp', budget: 90000, links: [2, 0, 0, 0, 0, 1],
      impact: { ...selling.impact, change: 14, valuePerUnit: 40000, isolation: 0.55, confidence: 0.7, isolationLow: undefined, isolationHigh: undefined },
      nextBudget: 120000,
    };
    const unlinked = { ...added, name: 'Office Software Refresher', budget: 30000, links: [0, 0, 0, 0, 0, 0], nextBudget: 0 };
    const modified: ExampleDataset = {
      ...GROWTHCORP,
      objectives: [
        ...GROWTHCORP.objectives.map((o, j) => (j === 2 ? { ...o, weight: 25 } : o)),
        { ...GROWTHCORP.objectives[0], objective: 'Open the public-sector market', weight: 10, baseline: 0, target: 5, current: 1 },
      ],
      initiatives: [
        { ...selling, costs: { ...selling.costs, delivery: 186000 } },
        { ...success, impact: { ...success.impact, confidence: 0.6 } },
        ...GROWTHCORP.initiatives.slice(2),
        added,
        unlinked,
      ],
    };
    const write = (sheet: Parameters<EvaluatedSpec['set']>[0], address: string, value: string | number | null) => book.set(sheet, address, value);
    typeObjective(write, 2, modified.objectives[2]);
    typeObjective(write, 5, modified.objectives[5]);
    for (const i of [0, 1, 7, 8]) typeInitiative(write, i, modified.initiatives[i]);

    const expected = expectedFigures(modified);
    // The changes moved the figures, so the comparison is not vacuous.
    expect(expected.totalInvestment).not.toBe(expectedFigures(GROWTHCORP).totalInvestment);
    expect(expected.gaps).toEqual(['Open the public-sector market']);
    expect(unexpectedErrors(book.errorCells(), book.shown)).toEqual([]);
    checkDashboard(book.shown, expected, modified);
    // The unlinked initiative's money is on Plan's "Not linked to any objective" row, and it is not aligned.
    expect(book.shown('Plan', `${PLAN_BY_OBJECTIVE_COLUMNS.thisBudget}${PLAN_BY_OBJECTIVE.unlinkedRow}`)).toBe(unlinked.budget);
    expect(book.shown('Alignment', tableCell(ALIGNMENT_TABLE, 'aligned', 8))).toBe('No');
    expect(String(book.shown('Dashboard', D.summary))).toContain('(1 objective has no direct support yet)');
  });
});
