/**
 * The framework templates as data. `buildWorkbookSpec('empty' | 'growthcorp')` returns the whole
 * workbook, fully resolved, for every renderer (the .xlsx writer, Excel, Google Sheets);
 * `renameSheets` re-targets it when some sheet names are taken. The layout constants say where each
 * table and figure sits, by column key, for hosts and for the insights reader.
 */
import { GROWTHCORP, type ExampleDataset } from './growthcorp';
import { filledGrowthCorp } from './filled-example';
import { DEFINED_NAMES, initiativeLayout, SHEET_TITLES } from './layout';
import { alignmentSheet } from './sheets/alignment';
import { dashboardSheet } from './sheets/dashboard';
import { guideSheet } from './sheets/guide';
import { historySheet } from './sheets/history';
import { impactSheet } from './sheets/impact';
import { measuresSheet } from './sheets/measures';
import { operationsReportSheet } from './sheets/operations-report';
import { partnersSheet } from './sheets/partners';
import { planSheet } from './sheets/plan';
import { programReportSheet } from './sheets/program-report';
import { learningSheet } from './sheets/learning';
import { mappingsSheet } from './sheets/mappings';
import { roiSheet } from './sheets/roi';
import { strategySheet } from './sheets/strategy';
import { summaryReportSheet } from './sheets/summary-report';
import { absolute } from './a1';
import { renameSheets } from './rename';
import type { Dataset, DefinedNameSpec, SheetName, SheetSpec, WorkbookOptions, WorkbookSpec } from './types';

/** The sheets in workbook order, by canonical name. */
export const SHEET_NAMES: readonly SheetName[] = [
  'Guide', 'Strategy', 'Alignment', 'Impact', 'ROI', 'Plan', 'Partners', 'Measures', 'Dashboard', 'ProgramReport', 'OperationsReport', 'SummaryReport', 'Learning', 'Mappings', 'History',
];

/** A sheet of a spec by its canonical name, whatever it is called in the workbook. */
export function findSheet(spec: WorkbookSpec, canonical: SheetName): SheetSpec {
  const sheet = spec.sheets.find((s) => (s.canonicalName ?? s.name) === canonical);
  if (!sheet) throw new Error(`The spec has no ${canonical} sheet`);
  return sheet;
}

const NAME_COMMENTS: Readonly<Record<keyof typeof DEFINED_NAMES, string>> = {
  TotalInvestment: 'Fully loaded cost of all initiatives (ROI sheet).',
  TotalAdjustedBenefits: 'Benefits after isolation and confidence, all initiatives (Impact sheet).',
  PortfolioROI: '(benefits − investment) / investment, a fraction: 2.5 is 250%.',
  PortfolioBCR: 'benefits / investment: 3.5 means 3.5:1.',
  AlignedShare: 'Share of initiatives with a link of 2 or more to some objective.',
  ObjectiveCoverage: 'Priority-weighted share of objectives some initiative supports at 2 or more.',
  PortfolioAlignment: 'Budget-weighted mean alignment score, 0–100.',
  PortfolioROILow: 'Portfolio ROI with the low isolation estimates (Impact; blank estimate: the point value).',
  PortfolioROIHigh: 'Portfolio ROI with the high isolation estimates (Impact; blank estimate: the point value).',
  BreakEvenAttribution: 'Share of every improvement programs must have caused for the portfolio to pay back: investment / sum of gross benefit × confidence.',
};

/** The example rows of a dataset (undefined for the empty template). */
export function exampleData(dataset: Dataset): ExampleDataset | undefined {
  if (dataset === 'empty') return undefined;
  if (dataset === 'growthcorp') return GROWTHCORP;
  throw new Error(`Unknown dataset: ${String(dataset)}`);
}

/**
 * The whole workbook for `dataset`, its initiative tables sized for `options.capacity` (one of
 * INITIATIVE_CAPACITIES, default 200; anything else throws). Only row counts change with the capacity.
 */
export function buildWorkbookSpec(dataset: Dataset, options: WorkbookOptions = {}): WorkbookSpec {
  const layout = initiativeLayout(options.capacity);
  if (options.filled && dataset !== 'growthcorp') throw new Error(`Only the growthcorp example can be filled, not ${String(dataset)}.`);
  const data = options.filled ? filledGrowthCorp(layout.capacity) : exampleData(dataset);
  const sheets = [
    guideSheet(data),
    strategySheet(data),
    alignmentSheet(data, layout),
    impactSheet(data, layout),
    roiSheet(data, layout),
    planSheet(data, layout),
    partnersSheet(data),
    measuresSheet(data, layout),
    dashboardSheet(layout),
    programReportSheet(data, layout),
    operationsReportSheet(),
    summaryReportSheet(layout),
    learningSheet(layout),
    mappingsSheet(layout),
    historySheet(data),
  ];
  const names: DefinedNameSpec[] = (Object.keys(DEFINED_NAMES) as (keyof typeof DEFINED_NAMES)[]).map((name) => ({
    name,
    ref: `Dashboard!${absolute(DEFINED_NAMES[name])}`,
    comment: NAME_COMMENTS[name],
  }));
  const renamed = Object.fromEntries(SHEET_NAMES.filter((n) => SHEET_TITLES[n] !== n).map((n) => [n, SHEET_TITLES[n]]));
  return renameSheets({ dataset, sheets, names }, renamed);
}

export { renameSheets, isValidSheetName, renameIdentifiers, planSheetNames, planIdentifiers, numbered, nameKey, MAX_SHEET_NAME, type NamePlan } from './rename';
export * from './layout';
export { PLAN_RANKED_COLUMNS, PLAN_BY_OBJECTIVE_COLUMNS } from './sheets/plan';
export { SUMMARY_COLUMNS, NO_LEARNING, NO_MEASURE } from './sheets/summary-report';
export { PROGRAM_REPORT_COLUMNS, PROGRAM_REPORT_GROUPS } from './sheets/program-report';
export { OPERATIONS_REPORT_COLUMNS, OPERATIONS_REPORT_GROUPS } from './sheets/operations-report';
export type { ReportColumn } from './sheets/report';
export { GROWTHCORP, GROWTHCORP_MEASURES } from './growthcorp';
export { filledGrowthCorp } from './filled-example';
export type { ExampleDataset, ExampleInitiative, ExampleMeasure, ExampleMeasures, ExampleObjective, ExamplePartner, ExampleSnapshot } from './growthcorp';
export { columnLetter, columnNumber, parseCell, parseRange, quoteSheet, findReferences, findFunctionNames, rewriteSheetNames, cellAddress, rangeAddress, columnsAddress, splitSheetReference } from './a1';
export { STYLES } from './types';
export type * from './types';
