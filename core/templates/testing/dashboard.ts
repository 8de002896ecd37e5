/**
 * Test support: what a recalculated framework workbook must show, for any engine that recalculated it
 * (HyperFormula in core/templates/recalc.test.ts, LibreOffice in test/templates/libreoffice.test.ts).
 * Each engine gives a reader of the cells it computed; the figures it must match come from
 * expected.ts (the core's own functions on the same rows).
 */
import {
  ALIGNMENT_TABLE, COST_CATEGORIES, DASHBOARD_BY_OBJECTIVE, DASHBOARD_CELLS as D, DASHBOARD_TOP, DASHBOARD_TOP_BLOCK, DASHBOARD_TREND_BLOCK as TREND, IMPACT_TABLE,
  INITIATIVE_CAPACITY, PLAN_BY_OBJECTIVE, PLAN_BY_OBJECTIVE_COLUMNS, PLAN_RANKED, PLAN_RANKED_BLOCK, PLAN_RANKED_COLUMNS, PLAN_TABLE, ROI_TABLE,
  STRATEGY_TABLE,
} from '..';
import type { ExampleDataset, ExampleInitiative, ExampleObjective, SheetName, TableLayout } from '..';
import { closeTo } from '../../../test/support/results';
import type { ExpectedFigures } from './expected';

/** What a cell shows after recalculation: blank (and "") as null, an error as `{ error: '#N/A' }`. */
export type CellValue = number | string | boolean | Date | { readonly error: string } | null;

/** A recalculated workbook's cell, by framework sheet and A1 address. */
export type CellReader = (sheet: SheetName, address: string) => CellValue;

/** Types a value into a workbook's cell (null clears it), by framework sheet and A1 address. */
export type CellWriter = (sheet: SheetName, address: string, value: string | number | null) => void;

const TOLERANCE = 1e-9;

/** `actual` equals `expected` to 1e-9 relative; the failure says which figure and both values. */
export function expectNumber(actual: CellValue, expected: number, what: string): void {
  if (typeof actual !== 'number' || !closeTo(actual, expected, TOLERANCE)) throw new Error(`${what}: the workbook shows ${JSON.stringify(actual)}, the core computes ${expected}`);
}

/** The cell of the `index`-th (0-based) data row of a table column. */
export function tableCell(table: TableLayout, key: string, index: number): string {
  return `${(table.columns as Record<string, string>)[key]}${table.firstDataRow + index}`;
}

/**
 * Error cells (`Sheet!A1: #N/A`), except the #N/A of an empty slot of the Dashboard's trend block: a
 * slot without a snapshot has no date and #N/A as its BCR, on purpose (a line chart leaves #N/A out; it
 * would draw an empty text as 0). A #N/A beside a date, or any other error, is still reported.
 */
export function unexpectedErrors(errors: readonly string[], read: CellReader, dashboardTitle = 'Dashboard'): string[] {
  const emptySlot = new Set<string>();
  for (let r = TREND.firstRow; r < TREND.firstRow + TREND.slots; r++) {
    if (read('Dashboard', `B${r}`) === null) emptySlot.add(`${dashboardTitle}!C${r}: #N/A`);
  }
  return errors.filter((e) => !emptySlot.has(e));
}

/** The dashboard's figures, every per-initiative row, the rankings and the splits, against the core. */
export function checkDashboard(read: CellReader, expected: ExpectedFigures, data: ExampleDataset): void {
  const figure = (cell: string) => read('Dashboard', cell);
  const table = (t: TableLayout, key: string, i: number) => read(t.sheet, tableCell(t, key, i));
  expectNumber(figure(D.totalInvestment), expected.totalInvestment, 'TotalInvestment (sum of fully loaded costs)');
  expectNumber(figure(D.totalAdjustedBenefits), expected.totalAdjustedBenefits, 'TotalAdjustedBenefits (sum of ADJUSTED_BENEFIT)');
  expectNumber(figure(D.netBenefits), expected.totalAdjustedBenefits - expected.totalInvestment, 'net benefits');
  expectNumber(figure(D.portfolioROI), expected.portfolioROI, "PortfolioROI (core's ROI)");
  expectNumber(figure(D.portfolioBCR), expected.portfolioBCR, "PortfolioBCR (core's BCR)");
  expectNumber(figure(D.alignedShare), expected.alignedShare, "AlignedShare (core's ALIGNED_SHARE)");
  expectNumber(figure(D.objectiveCoverage), expected.objectiveCoverage, "ObjectiveCoverage (core's OBJECTIVE_COVERAGE)");
  expectNumber(figure(D.portfolioAlignment), expected.portfolioAlignment, "PortfolioAlignment (core's PORTFOLIO_ALIGNMENT)");
  expectNumber(figure(D.initiatives), data.initiatives.length, 'initiatives');
  expectNumber(figure(D.objectives), data.objectives.length, 'objectives');
  expectNumber(figure(D.thisBudget), expected.thisBudget, "this period's budget");
  expectNumber(figure(D.nextBudget), expected.nextBudget, "next period's budget");
  expectNumber(figure(D.budgetChange), expected.budgetChange, 'budget change');
  expectNumber(figure(D.gaps), expected.gaps.length, 'number of gaps');
  expectNumber(figure(D.portfolioROILow), expected.portfolioROILow, "PortfolioROILow (core's ROI of ADJUSTED_BENEFIT with the low estimates)");
  expectNumber(figure(D.portfolioROIHigh), expected.portfolioROIHigh, "PortfolioROIHigh (core's ROI of ADJUSTED_BENEFIT with the high estimates)");
  expectNumber(figure(D.breakEvenAttribution), expected.breakEvenAttribution, "BreakEvenAttribution (core's BREAKEVEN_ISOLATION of the totals)");
  if (expected.revenueGrowth !== undefined) expectNumber(figure(D.revenueGrowth), expected.revenueGrowth, 'revenue growth');
  if (expected.firstBCR !== undefined) {
    expectNumber(figure(D.firstBCR), expected.firstBCR, 'BCR at the first snapshot');
    expectNumber(figure(D.bcrChange), (expected.portfolioBCR - expected.firstBCR) / expected.firstBCR, 'BCR change since the first snapshot');
  }

  // Per initiative, on every sheet, against the core; the rows after the last initiative stay blank.
  expected.initiatives.forEach((x, i) => {
    expect(table(IMPACT_TABLE, 'name', i)).toBe(x.name);
    expectNumber(table(IMPACT_TABLE, 'adjustedBenefit', i), x.adjustedBenefit, `${x.name}: ADJUSTED_BENEFIT`);
    expectNumber(table(IMPACT_TABLE, 'breakEven', i), x.breakEven, `${x.name}: BREAKEVEN_ISOLATION`);
    expectNumber(table(IMPACT_TABLE, 'adjustedLow', i), x.adjustedLow, `${x.name}: ADJUSTED_BENEFIT (low)`);
    expectNumber(table(IMPACT_TABLE, 'adjustedHigh', i), x.adjustedHigh, `${x.name}: ADJUSTED_BENEFIT (high)`);
    expectNumber(table(ROI_TABLE, 'cost', i), x.cost, `${x.name}: fully loaded cost`);
    expectNumber(table(ROI_TABLE, 'net', i), x.net, `${x.name}: NET_BENEFITS`);
    expectNumber(table(ROI_TABLE, 'bcr', i), x.bcr, `${x.name}: BCR`);
    expectNumber(table(ROI_TABLE, 'roi', i), x.roi, `${x.name}: ROI`);
    expectNumber(table(ROI_TABLE, 'payback', i), x.payback, `${x.name}: PAYBACK_MONTHS`);
    expectNumber(table(ALIGNMENT_TABLE, 'score', i), x.alignmentScore, `${x.name}: ALIGNMENT_SCORE`);
    expect(table(ALIGNMENT_TABLE, 'aligned', i)).toBe(x.aligned);
    expectNumber(table(PLAN_TABLE, 'priority', i), x.priority, `${x.name}: priority score`);
  });
  for (const i of [expected.initiatives.length, INITIATIVE_CAPACITY - 1].filter((k) => k >= expected.initiatives.length)) {
    for (const key of ['score', 'aligned'] as const) expect(table(ALIGNMENT_TABLE, key, i)).toBeNull();
    for (const key of ['breakEven', 'adjustedLow', 'adjustedHigh'] as const) expect(table(IMPACT_TABLE, key, i)).toBeNull();
    for (const key of ['cost', 'benefit', 'net', 'bcr', 'roi', 'payback'] as const) expect(table(ROI_TABLE, key, i)).toBeNull();
  }

  // Top initiatives by net benefit, and the plan's ranking by priority.
  const top = Array.from({ length: DASHBOARD_TOP }, (_, k) => figure(`B${DASHBOARD_TOP_BLOCK.firstRow + k}`));
  expect(top).toEqual([...expected.topByNetBenefit.slice(0, DASHBOARD_TOP), ...Array(Math.max(0, DASHBOARD_TOP - expected.topByNetBenefit.length)).fill(null)]);
  const ranked = Array.from({ length: PLAN_RANKED }, (_, k) => read('Plan', `${PLAN_RANKED_COLUMNS.name}${PLAN_RANKED_BLOCK.firstRow + k}`));
  expect(ranked).toEqual([...expected.rankedByPriority.slice(0, PLAN_RANKED), ...Array(Math.max(0, PLAN_RANKED - expected.rankedByPriority.length)).fill(null)]);

  // Investment and benefits by objective, on Plan and on the Dashboard; coverage and gaps.
  const P = PLAN_BY_OBJECTIVE_COLUMNS;
  expected.objectives.forEach((o, j) => {
    const planRow = PLAN_BY_OBJECTIVE.firstRow + j;
    expect(read('Plan', `${P.objective}${planRow}`)).toBe(o.name);
    expectNumber(read('Plan', `${P.thisBudget}${planRow}`), o.thisBudget, `${o.name}: budget this period`);
    expectNumber(read('Plan', `${P.nextBudget}${planRow}`), o.nextBudget, `${o.name}: budget next period`);
    const row = DASHBOARD_BY_OBJECTIVE.firstRow + j;
    expect(figure(`B${row}`)).toBe(o.name);
    expectNumber(figure(`C${row}`), o.investment, `${o.name}: investment`);
    expectNumber(figure(`D${row}`), o.benefits, `${o.name}: benefits`);
    expect(figure(`F${row}`)).toBe(o.covered ? 'Covered' : 'Gap');
  });
  const gapList = Array.from({ length: 12 }, (_, k) => figure(`G${DASHBOARD_BY_OBJECTIVE.firstRow + k}`)).filter((v) => v !== null);
  expect(gapList).toEqual(expected.gaps);
  // Split budgets add back up to the totals (nothing is lost in the split).
  const totalRow = PLAN_BY_OBJECTIVE.unlinkedRow + 1;
  expectNumber(read('Plan', `${P.thisBudget}${totalRow}`), expected.thisBudget, 'budget by objective, total');
  expectNumber(read('Plan', `${P.investment}${totalRow}`), expected.totalInvestment, 'investment by objective, total');
}

/** Type one initiative's inputs into Alignment, Impact, ROI and Plan row `index`, as a person would. */
export function typeInitiative(write: CellWriter, index: number, x: ExampleInitiative): void {
  const put = (table: TableLayout, key: string, value: string | number | null) => write(table.sheet, tableCell(table, key, index), value);
  put(ALIGNMENT_TABLE, 'name', x.name);
  put(ALIGNMENT_TABLE, 'owner', x.owner);
  put(ALIGNMENT_TABLE, 'audience', x.audience);
  put(ALIGNMENT_TABLE, 'participants', x.participants);
  put(ALIGNMENT_TABLE, 'budget', x.budget);
  put(ALIGNMENT_TABLE, 'status', x.status);
  x.links.forEach((s, j) => put(ALIGNMENT_TABLE, `link${j + 1}`, s));
  for (const key of ['reaction', 'learningGain', 'application', 'metric', 'change', 'valuePerUnit', 'isolation', 'confidence', 'leading', 'lagging'] as const) {
    put(IMPACT_TABLE, key, x.impact[key]);
  }
  // The optional range estimates: a blank cell where the initiative has none.
  for (const key of ['isolationLow', 'isolationHigh'] as const) put(IMPACT_TABLE, key, x.impact[key] ?? null);
  for (const [key] of COST_CATEGORIES) put(ROI_TABLE, key, x.costs[key]);
  put(ROI_TABLE, 'intangibles', x.intangibles);
  put(PLAN_TABLE, 'nextBudget', x.nextBudget);
  put(PLAN_TABLE, 'decision', x.decision);
}

/** Type one objective's inputs into Strategy row `index`. */
export function typeObjective(write: CellWriter, index: number, o: ExampleObjective): void {
  for (const key of ['objective', 'category', 'weight', 'kpi', 'baseline', 'target', 'current', 'sponsor', 'horizon'] as const) {
    write(STRATEGY_TABLE.sheet, tableCell(STRATEGY_TABLE, key, index), o[key]);
  }
}
