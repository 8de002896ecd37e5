/**
 * Where everything sits: capacities, the rows of each table and its columns by key. The sheet
 * modules build cells from these, and hosts and the insights reader use them to find a column by key
 * (`ROI_TABLE.columns.delivery` → `'D'`) instead of a hard-coded letter.
 *
 * Initiative rows line up across Alignment, Impact, ROI and Plan: the initiative typed on
 * Alignment row 9 is the one on Impact, ROI and Plan row 9 (their name columns are formulas).
 */
import { columnLetter } from './a1';
import type { SheetName, TableLayout } from './types';

/** Rows for business objectives on Strategy (and link columns on Alignment). */
export const OBJECTIVE_CAPACITY = 12;
/** Rows for initiatives on Alignment, Impact, ROI and Plan when no other capacity is chosen. */
export const INITIATIVE_CAPACITY = 200;
/**
 * The initiative capacities Set up and the workbook build offer (see {@link initiativeLayout}). Only
 * the row count changes with the capacity, never a column; the objective count stays 12.
 */
export const INITIATIVE_CAPACITIES = [200, 2000] as const;
export type InitiativeCapacity = (typeof INITIATIVE_CAPACITIES)[number];
/** The largest capacity: readers of a workbook file bound their rows by it. */
export const MAX_INITIATIVE_CAPACITY: InitiativeCapacity = INITIATIVE_CAPACITIES[INITIATIVE_CAPACITIES.length - 1];
export const PARTNER_CAPACITY = 50;
export const SNAPSHOT_CAPACITY = 40;
/** How many initiatives the ranked lists (Plan, Dashboard) show. */
export const PLAN_RANKED = 20;
export const DASHBOARD_TOP = 10;
/**
 * A claimed isolation share that clears its break-even by less than this (10 percentage points) is a
 * fragile ROI claim: the Impact sheet marks it and the audit warns (core/insights/health.ts).
 */
export const BREAK_EVEN_MARGIN = 0.1;
/** A link of this strength or more counts as support (a direct link), as in ALIGNED_SHARE. */
export const MIN_SUPPORT = 2;
export const MAX_STRENGTH = 3;

export const MONEY = '"$"#,##0';
export const PERCENT = '0%';
export const PERCENT1 = '0.0%';
export const RATIO = '0.00"x"';
export const SCORE = '0.0';
export const DATE = 'yyyy-mm-dd';
export const WHOLE = '#,##0';

export interface ColumnDef<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Pixels. */
  readonly width: number;
  /** A column a person fills in; otherwise it holds formulas. */
  readonly input: boolean;
  readonly numberFormat?: string;
  readonly note?: string;
}

export interface TableDef<K extends string = string> extends TableLayout<K> {
  readonly defs: readonly ColumnDef<K>[];
}

function defineTable<K extends string>(
  sheet: SheetName,
  table: string,
  headerRow: number,
  capacity: number,
  defs: readonly ColumnDef<K>[],
  firstColumn = 1,
): TableDef<K> {
  const columns = {} as Record<K, string>;
  const headers = {} as Record<K, string>;
  defs.forEach((d, i) => {
    columns[d.key] = columnLetter(firstColumn + i);
    headers[d.key] = d.header;
  });
  return {
    sheet,
    table,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + capacity,
    capacity,
    columns,
    headers,
    inputs: defs.filter((d) => d.input).map((d) => d.key),
    defs,
  };
}

const c = <K extends string>(key: K, header: string, width: number, input: boolean, numberFormat?: string, note?: string): ColumnDef<K> => ({
  key, header, width, input, numberFormat, note,
});

export const OBJECTIVE_CATEGORIES = ['Revenue growth', 'Cost reduction', 'Innovation', 'Customer satisfaction', 'Employee retention', 'Other'] as const;
export const INITIATIVE_STATUSES = ['Proposed', 'Planned', 'In progress', 'Completed', 'On hold'] as const;
export const LINK_STRENGTHS = ['0', '1', '2', '3'] as const;
export const LEVELS = ['High', 'Medium', 'Low'] as const;
export const CADENCES = ['Weekly', 'Fortnightly', 'Monthly', 'Quarterly'] as const;
export const PLAN_DECISIONS = ['Grow', 'Keep', 'Reduce', 'Stop', 'New'] as const;

export const STRATEGY_TABLE = defineTable('Strategy', 'Objectives', 5, OBJECTIVE_CAPACITY, [
  c('objective', 'Objective', 240, true, undefined, 'A business objective in the words executives use, e.g. "Grow annual recurring revenue".'),
  c('category', 'Category', 150, true, undefined, 'Pick from the list.'),
  c('weight', 'Priority weight', 80, true, '0.##', 'How much this objective matters relative to the others (any scale, e.g. points out of 100). 0 or more.'),
  c('kpi', 'KPI', 200, true, undefined, 'The business measure that shows progress.'),
  c('baseline', 'Baseline', 110, true, '#,##0.##', 'KPI value at the start.'),
  c('target', 'Target', 110, true, '#,##0.##', 'KPI value aimed for by the horizon.'),
  c('current', 'Current', 110, true, '#,##0.##', 'Latest KPI value.'),
  c('targetChange', 'Target change', 90, false, PERCENT1),
  c('changeToDate', 'Change to date', 90, false, PERCENT1),
  c('sponsor', 'Executive sponsor', 160, true, undefined, 'Use the same name as on Partners.'),
  c('horizon', 'Horizon', 90, true, undefined, 'When the target is due, e.g. FY2025.'),
  c('strongestLink', 'Strongest link', 80, false, '0'),
  c('support', 'Supported?', 90, false),
] as const);
export type StrategyKey = (typeof STRATEGY_TABLE.defs)[number]['key'];

/** Alignment: the per-objective block above the initiatives table (rows) and the link columns. */
export const ALIGNMENT_ROWS = {
  objectiveNames: 3,
  weights: 4,
  strongestLink: 5,
  coverage: 6,
  gapNumber: 7,
} as const;

const linkColumns = Array.from({ length: OBJECTIVE_CAPACITY }, (_, i) =>
  c(`link${i + 1}` as `link${number}`, `Objective ${i + 1} link`, 70, true, '0', 'Link strength 0–3: 0 none, 1 indirect, 2 direct, 3 primary.'),
);

export const ALIGNMENT_TABLE = defineTable('Alignment', 'Initiatives', 8, INITIATIVE_CAPACITY, [
  c('name', 'Initiative', 230, true, undefined, 'One row per L&D initiative. Impact, ROI and Plan pick the name up from here, row by row.'),
  c('owner', 'Owner', 130, true),
  c('audience', 'Audience', 150, true),
  c('participants', 'Participants', 90, true, WHOLE),
  c('budget', 'Budget (this period)', 110, true, MONEY, "This period's L&D budget for the initiative."),
  c('status', 'Status', 100, true),
  ...linkColumns,
  c('score', 'Alignment score', 90, false, SCORE),
  c('aligned', 'Aligned?', 80, false),
  c('strongest', 'Strongest link', 80, false, '0'),
  c('budgetScore', 'Budget × score (helper)', 110, false, '#,##0'),
] as const);
export type AlignmentKey = (typeof ALIGNMENT_TABLE.defs)[number]['key'];
/** Link column letters for objectives 1…12 (objective i is Strategy data row i). */
export const LINK_COLUMNS: readonly string[] = linkColumns.map((d) => ALIGNMENT_TABLE.columns[d.key as AlignmentKey]);

export const IMPACT_TABLE = defineTable('Impact', 'ImpactEvidence', 8, INITIATIVE_CAPACITY, [
  c('name', 'Initiative', 230, false),
  c('reaction', 'Reaction (1–5)', 80, true, '0.0', 'Level 1: average participant rating, 1 to 5.'),
  c('learningGain', 'Learning gain', 80, true, PERCENT, 'Level 2: improvement from pre-test to post-test, as a percentage (type 25%).'),
  c('application', 'On-the-job application', 95, true, PERCENT, 'Level 3 (Behavior): share of participants applying it at work (type 70%).'),
  c('metric', 'Business metric', 200, true, undefined, 'Level 4 (Results): the business measure the initiative moves.'),
  c('change', 'Change in metric (per year)', 105, true, '#,##0.##', 'Annual improvement in that measure, in its own units.'),
  c('valuePerUnit', 'Value per unit', 95, true, '"$"#,##0.00', 'Money value of one unit of the measure (standard value, or agreed with Finance).'),
  c('grossBenefit', 'Gross benefit', 110, false, MONEY),
  c('isolation', 'Isolation %', 80, true, PERCENT, 'Share of the improvement caused by the initiative (control group, trend line or estimates). Type 60%, not 60.'),
  c('confidence', 'Confidence %', 80, true, PERCENT, "Estimator's confidence in the figures. Type 80%, not 80."),
  c('adjustedBenefit', 'Adjusted benefit', 110, false, MONEY),
  c('leading', 'Leading indicator', 170, true, undefined, 'An early signal: engagement, knowledge, skills, confidence.'),
  c('lagging', 'Lagging indicator', 170, true, undefined, 'A later result: performance, outcomes, business results.'),
  c('evidence', 'Evidence reached', 140, false),
  // Appended after the original columns, so cell addresses of workbooks built before them stay valid.
  c('isolationLow', 'Isolation % (low)', 80, true, PERCENT, 'Optional: the lowest isolation share you find plausible. Blank means the same as Isolation %. Type 40%, not 40.'),
  c('isolationHigh', 'Isolation % (high)', 80, true, PERCENT, 'Optional: the highest isolation share you find plausible. Blank means the same as Isolation %. Type 70%, not 70.'),
  c('breakEven', 'Break-even isolation', 90, false, PERCENT, 'The smallest isolation share at which the initiative pays for itself: cost ÷ (gross benefit × confidence), as BREAKEVEN_ISOLATION. Above 100%: it cannot pay back even if it caused the whole improvement.'),
  c('adjustedLow', 'Adjusted benefit (low)', 110, false, MONEY),
  c('adjustedHigh', 'Adjusted benefit (high)', 110, false, MONEY),
  c('attributable', 'Gross × confidence (helper)', 110, false, MONEY),
] as const);
/** Impact columns that workbooks built before them lack: the reader reads them only when their header is there. */
export const IMPACT_OPTIONAL_COLUMNS = ['isolationLow', 'isolationHigh', 'breakEven', 'adjustedLow', 'adjustedHigh', 'attributable'] as const;
export type ImpactKey = (typeof IMPACT_TABLE.defs)[number]['key'];

export const COST_CATEGORIES = [
  ['needsAssessment', 'Needs assessment'],
  ['design', 'Design and development'],
  ['delivery', 'Delivery'],
  ['materials', 'Materials'],
  ['facilities', 'Facilities and travel'],
  ['participantTime', "Participants' time"],
  ['technology', 'Technology'],
  ['evaluation', 'Evaluation'],
  ['overhead', 'Overhead'],
] as const;
export type CostKey = (typeof COST_CATEGORIES)[number][0];

export const ROI_TABLE = defineTable('ROI', 'ProgramROI', 8, INITIATIVE_CAPACITY, [
  c('name', 'Initiative', 230, false),
  ...COST_CATEGORIES.map(([key, header]) => c(key, header, 100, true, MONEY, `${header}: this period's cost, 0 if none.`)),
  c('cost', 'Fully loaded cost', 115, false, MONEY),
  c('benefit', 'Adjusted benefits', 115, false, MONEY),
  c('net', 'Net benefits', 110, false, MONEY),
  c('bcr', 'BCR', 70, false, RATIO),
  c('roi', 'ROI', 75, false, PERCENT),
  c('payback', 'Payback (months)', 80, false, '0.0'),
  c('intangibles', 'Intangible benefits', 220, true, undefined, 'Benefits not converted to money (engagement, teamwork, brand).'),
  c('rankKey', 'Rank key (helper)', 90, false, '#,##0'),
] as const);
export type RoiKey = (typeof ROI_TABLE.defs)[number]['key'];

export const PLAN_TABLE = defineTable('Plan', 'PlanInitiatives', 8, INITIATIVE_CAPACITY, [
  c('name', 'Initiative', 230, false),
  c('score', 'Alignment score', 85, false, SCORE),
  c('bcr', 'Expected BCR', 80, false, RATIO),
  c('priority', 'Priority score', 85, false, '0.0'),
  c('thisBudget', 'Budget this period', 110, false, MONEY),
  c('nextBudget', 'Budget next period', 110, true, MONEY, "Proposed budget for next period. Fill it for every initiative you keep, grow or add."),
  c('budgetChange', 'Change', 75, false, PERCENT),
  c('decision', 'Decision', 90, true),
  c('primaryObjective', 'Primary objective', 200, false),
  c('linkTotal', 'Link points (helper)', 80, false, '0'),
  c('costPerLink', 'Cost per link point (helper)', 95, false, '#,##0'),
  c('benefitPerLink', 'Benefit per link point (helper)', 95, false, '#,##0'),
  c('thisPerLink', 'Budget per link point (helper)', 95, false, '#,##0'),
  c('nextPerLink', 'Next budget per link point (helper)', 95, false, '#,##0'),
  c('priorityKey', 'Priority key (helper)', 90, false, '0.000'),
] as const);
export type PlanKey = (typeof PLAN_TABLE.defs)[number]['key'];

/** `table` with `capacity` data rows: the same columns and header row, only the last row moves. */
export function withCapacity<K extends string>(table: TableDef<K>, capacity: number): TableDef<K> {
  return { ...table, lastDataRow: table.headerRow + capacity, capacity };
}

/** The initiative tables at one capacity; their rows line up, as in the default tables. */
export interface InitiativeLayout {
  readonly capacity: InitiativeCapacity;
  readonly alignment: typeof ALIGNMENT_TABLE;
  readonly impact: typeof IMPACT_TABLE;
  readonly roi: typeof ROI_TABLE;
  readonly plan: typeof PLAN_TABLE;
  /** The per-initiative learning figures on the Learning data sheet (rows by index, header row 5). */
  readonly learning: typeof LEARNING_BY_INITIATIVE;
}

/** `capacity` if it is one of {@link INITIATIVE_CAPACITIES}; otherwise an error that lists them. */
export function initiativeCapacity(capacity: unknown): InitiativeCapacity {
  const allowed: readonly unknown[] = INITIATIVE_CAPACITIES;
  if (allowed.includes(capacity)) return capacity as InitiativeCapacity;
  const given =
    typeof capacity === 'number' ? String(capacity)
    : typeof capacity === 'string' ? `the text ${JSON.stringify(capacity)}`
    : capacity === undefined || capacity === null ? 'blank'
    : typeof capacity === 'object' ? 'an object'
    : `a ${typeof capacity}`;
  throw new Error(`An initiative capacity is one of ${INITIATIVE_CAPACITIES.join(' or ')} rows, not ${given}.`);
}

/**
 * Alignment, Impact, ROI and Plan sized for `capacity` initiatives (one of {@link INITIATIVE_CAPACITIES};
 * anything else throws). Built on each call, never at load: it is a few small objects.
 */
export function initiativeLayout(capacity: number = INITIATIVE_CAPACITY): InitiativeLayout {
  const n = initiativeCapacity(capacity);
  return {
    capacity: n,
    alignment: withCapacity(ALIGNMENT_TABLE, n),
    impact: withCapacity(IMPACT_TABLE, n),
    roi: withCapacity(ROI_TABLE, n),
    plan: withCapacity(PLAN_TABLE, n),
    learning: withCapacity(LEARNING_BY_INITIATIVE, n),
  };
}

/** Plan's settings and totals, above its table. */
export const PLAN_CELLS = {
  thisPeriod: 'B4',
  nextPeriod: 'B5',
  thisTotal: 'E4',
  nextTotal: 'E5',
  change: 'E6',
} as const;

/** Plan's ranked list and budget by objective, to the right of its table. */
export const PLAN_RANKED_BLOCK = { headerRow: 8, firstRow: 9, firstColumn: 'R' } as const;
export const PLAN_BY_OBJECTIVE = { headerRow: 31, firstRow: 32, firstColumn: 'S', unlinkedRow: 32 + OBJECTIVE_CAPACITY } as const;

export const PARTNERS_TABLE = defineTable('Partners', 'Partners', 5, PARTNER_CAPACITY, [
  c('name', 'Name', 170, true),
  c('role', 'Role', 190, true),
  c('unit', 'Business unit', 140, true),
  c('objective', 'Objective owned', 220, true, undefined, 'The Strategy objective this person owns or sponsors (pick from the list).'),
  c('influence', 'Influence', 85, true),
  c('interest', 'Interest', 85, true),
  c('cadence', 'Engagement cadence', 110, true),
  c('lastContact', 'Last contact', 100, true, DATE),
  c('nextStep', 'Next step', 260, true),
  c('approach', 'Approach', 130, false),
  c('nextContact', 'Next contact due', 110, false, DATE),
] as const);
export type PartnerKey = (typeof PARTNERS_TABLE.defs)[number]['key'];

export const HISTORY_TABLE = defineTable('History', 'Snapshots', 5, SNAPSHOT_CAPACITY, [
  c('date', 'Date', 100, true, DATE),
  c('investment', 'Total investment', 120, true, MONEY),
  c('benefits', 'Total adjusted benefits', 130, true, MONEY),
  c('roi', 'Portfolio ROI', 90, false, PERCENT),
  c('bcr', 'Portfolio BCR', 90, false, RATIO),
  c('alignedShare', 'Programs aligned', 90, true, PERCENT),
  c('coverage', 'Objective coverage', 90, true, PERCENT),
  c('alignment', 'Portfolio alignment', 90, true, SCORE),
  c('note', 'Note', 320, true),
] as const);
export type HistoryKey = (typeof HISTORY_TABLE.defs)[number]['key'];

/**
 * Learning data: one row per imported learning record (an LMS export row or an xAPI statement),
 * written by the import (task pane, sidebar, `ld-import`), never typed formulas per row.
 *
 * **Appending.** The import appends below the last non-blank row of the `key` column (column C):
 * rows already there are never changed, and a record whose key is already in that column is skipped,
 * so re-importing a file adds nothing. The per-initiative formulas ({@link LEARNING_BY_INITIATIVE})
 * reference whole columns (`Learning!$F:$F`), so every appended row counts however many there are;
 * {@link LEARNING_CAPACITY} is only the bound a reader stops at (Excel's last row).
 *
 * Cells: `date` is a date serial shown `yyyy-mm-dd`, `status` one of core/learning's
 * LEARNING_STATUSES (`completed`, `passed`, …), `hours` a number, `score` a fraction 0–1 (shown as
 * %; the Level 2 assessment score), `cost` money; `initiative` is the Alignment initiative the
 * activity was mapped to (Mappings sheet).
 */
export const LEARNING_CAPACITY = 1_048_576 - 5;
/**
 * Rows the template formats and validates ahead (dates, %, money; the status list). Hosts add rows as
 * an import needs them and the import writes each appended row's number formats from `defs`.
 */
export const LEARNING_FORMATTED_ROWS = 1_000;
export const MAPPINGS_FORMATTED_ROWS = 500;
export const LEARNING_TABLE = defineTable('Learning', 'LearningData', 5, LEARNING_CAPACITY, [
  c('importId', 'Import id', 130, true, undefined, 'Which import added the row (one id per import run).'),
  c('source', 'Source', 170, true, undefined, 'The file the record came from.'),
  c('key', 'Record key', 150, true, undefined, 'A key made from the record itself: the same record imported again has the same key and is skipped.'),
  c('person', 'Person', 190, true, undefined, 'E-mail address or learner id.'),
  c('activity', 'Activity', 230, true, undefined, 'The course or activity as the file names it.'),
  c('initiative', 'Initiative', 230, true, undefined, 'The Alignment initiative the activity is mapped to (Mappings sheet).'),
  c('date', 'Date', 95, true, DATE),
  c('status', 'Status', 95, true, undefined, 'completed, passed, failed, attempted, experienced, in progress, not started or withdrawn.'),
  c('hours', 'Hours', 70, true, '0.0#', 'Learning time in hours.'),
  c('score', 'Score', 70, true, PERCENT, 'Assessment score as a percentage (Level 2).'),
  c('cost', 'Cost', 90, true, MONEY),
] as const);
export type LearningKey = (typeof LEARNING_TABLE.defs)[number]['key'];

/**
 * The per-initiative figures on the Learning data sheet, to the right of the records (a blank column
 * between). Row `firstDataRow + i` is initiative `i`: Alignment row `ALIGNMENT_TABLE.firstDataRow + i`
 * (the header rows differ, 5 here and 8 there, so the figures sit beside the records' header).
 * Every figure is a native formula over whole columns of the records; see core/insights/learning.ts
 * for the same figures computed by the core.
 */
export const LEARNING_BY_INITIATIVE = defineTable('Learning', 'LearningByInitiative', 5, INITIATIVE_CAPACITY, [
  c('name', 'Initiative', 230, false),
  c('participants', 'Participants', 90, false, WHOLE, 'Completing records (completed or passed). One per learner per initiative, so it counts the people who completed.'),
  c('records', 'Records', 80, false, WHOLE, 'All records mapped to the initiative.'),
  c('tries', 'Enrolments', 90, false, WHOLE, 'Records that start or end a try: all statuses except experienced and attempted (xAPI progress statements).'),
  c('completionRate', 'Completion rate', 90, false, PERCENT, 'Participants ÷ enrolments.'),
  c('hours', 'Learning hours', 90, false, '#,##0.0'),
  c('averageScore', 'Average score (Level 2)', 100, false, PERCENT, 'Mean of the scored records (the assessment score, Level 2). Level 1 (reaction) is not in LMS exports or xAPI results: type it on Impact.'),
  c('timeCost', "Participants' time cost", 110, false, MONEY, "Learning hours × the hourly cost on ROI, when ROI says to use learning data; ROI takes it where its Participants' time is blank."),
  // Hidden: the name as the criteria match it, literally (~, * and ? escaped; see literalCriterion).
  c('criterion', 'Name as matched', 110, false, undefined, 'The initiative name with ~, * and ? escaped, so the counts match it literally.'),
] as const, 13);
export type LearningByInitiativeKey = (typeof LEARNING_BY_INITIATIVE.defs)[number]['key'];

/** Where the ROI and Impact sheets say whether to use the learning data (settings above their tables). */
export const LEARNING_SETTINGS = {
  /** ROI: 'Yes' or 'No': a blank Participants' time takes learning hours × the hourly cost. */
  roiUse: 'B5',
  /** ROI: the hourly cost of participants' time (money per hour). */
  roiHourlyCost: 'B6',
  /** Impact: 'Yes' or 'No': Level 2 evidence counts the learning data's average score when Learning gain is blank. */
  impactUse: 'B5',
} as const;
export const YES_NO = ['Yes', 'No'] as const;

/** Mappings: activity → initiative as the user confirmed them; a later row for the same activity wins. */
export const MAPPINGS_CAPACITY = 100_000;
export const MAPPINGS_TABLE = defineTable('Mappings', 'Mappings', 5, MAPPINGS_CAPACITY, [
  c('activity', 'Activity', 280, true, undefined, 'The course or activity name exactly as the import files write it.'),
  c('initiative', 'Initiative', 260, true, undefined, 'The Alignment initiative it counts towards.'),
  c('matchedBy', 'Matched by', 100, true, undefined, 'How the mapping was found: confirmed, exact, normalised, contains, close or user.'),
  c('confirmedOn', 'Confirmed on', 100, true, DATE),
] as const);
export type MappingKey = (typeof MAPPINGS_TABLE.defs)[number]['key'];

/** The Dashboard's figures: each a formula cell; the first seven and the ROI range and break-even attribution also a defined name. */
export const DASHBOARD_CELLS = {
  totalInvestment: 'C5',
  totalAdjustedBenefits: 'C6',
  netBenefits: 'C7',
  portfolioROI: 'C8',
  portfolioBCR: 'C9',
  alignedShare: 'C10',
  objectiveCoverage: 'C11',
  portfolioAlignment: 'C12',
  initiatives: 'C13',
  objectives: 'C14',
  firstBCR: 'C15',
  bcrChange: 'C16',
  thisBudget: 'C17',
  nextBudget: 'C18',
  budgetChange: 'C19',
  revenueGrowth: 'C20',
  revenueObjective: 'D20',
  gaps: 'C21',
  /** Portfolio ROI with the low and the high isolation estimates (Impact), side by side. */
  portfolioROILow: 'C22',
  portfolioROIHigh: 'D22',
  /** The share of the improvements programs must have caused for the portfolio to pay back. */
  breakEvenAttribution: 'C23',
  summary: 'B25',
} as const;

/** Dashboard blocks: top initiatives and investment/benefits by objective (rows are 1-based). */
export const DASHBOARD_TOP_BLOCK = { headerRow: 27, firstRow: 28 } as const;
export const DASHBOARD_BY_OBJECTIVE = { headerRow: 40, firstRow: 41 } as const;
/**
 * Dashboard charts, below the blocks above and within columns B–G: two side by side from `firstRow`,
 * one full width from `secondRow` (20 rows on: room for a 320-pixel chart at LibreOffice's 17-pixel rows).
 */
export const DASHBOARD_CHARTS = { firstRow: 55, secondRow: 75 } as const;
/**
 * Dashboard trend block, the data of the "Benefit–cost ratio over time" chart: the last `slots`
 * snapshots of History, oldest first (a chart needs a fixed range; History has SNAPSHOT_CAPACITY rows).
 */
export const DASHBOARD_TREND_BLOCK = { headerRow: 96, firstRow: 97, slots: 8 } as const;

export const DEFINED_NAMES = {
  TotalInvestment: DASHBOARD_CELLS.totalInvestment,
  TotalAdjustedBenefits: DASHBOARD_CELLS.totalAdjustedBenefits,
  PortfolioROI: DASHBOARD_CELLS.portfolioROI,
  PortfolioBCR: DASHBOARD_CELLS.portfolioBCR,
  AlignedShare: DASHBOARD_CELLS.alignedShare,
  ObjectiveCoverage: DASHBOARD_CELLS.objectiveCoverage,
  PortfolioAlignment: DASHBOARD_CELLS.portfolioAlignment,
  PortfolioROILow: DASHBOARD_CELLS.portfolioROILow,
  PortfolioROIHigh: DASHBOARD_CELLS.portfolioROIHigh,
  BreakEvenAttribution: DASHBOARD_CELLS.breakEvenAttribution,
} as const;
export type DefinedName = keyof typeof DEFINED_NAMES;

/** Absolute range of one column of a table's data rows, with its sheet: `ROI!$K$9:$K$208`. */
export function columnRange(table: TableLayout, key: string, withSheet = true): string {
  const letter = (table.columns as Record<string, string>)[key];
  if (!letter) throw new Error(`${table.sheet} has no column ${key}`);
  const body = `$${letter}$${table.firstDataRow}:$${letter}$${table.lastDataRow}`;
  return withSheet ? `${table.sheet}!${body}` : body;
}

/** The cell of a table column in sheet row `row`: `ROI!K9` (relative) for formulas written per row. */
export function cellOf(table: TableLayout, key: string, row: number, withSheet = false): string {
  const letter = (table.columns as Record<string, string>)[key];
  if (!letter) throw new Error(`${table.sheet} has no column ${key}`);
  return withSheet ? `${table.sheet}!${letter}${row}` : `${letter}${row}`;
}

/**
 * Measures (regular reporting, TDRp): one row per measure with last year's actual, this year's plan,
 * twelve monthly actuals and an optional manual forecast; YTD, % of plan, forecast and status calculate.
 */
export const MEASURE_CAPACITY = 60;
export const MEASURE_TYPES = ['Efficiency', 'Effectiveness', 'Outcome'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const MEASURE_DIRECTIONS = ['More is better', 'Less is better'] as const;
export const MEASURE_AGGREGATIONS = ['Sum', 'Average'] as const;
export const MEASURE_STATUSES = ['On track', 'At risk', 'Off track'] as const;
export const MONTHS_IN_YEAR = 12;
/** The sheet's default thresholds: on track at 95% of plan or more (forecast), at risk from 85%. */
export const MEASURE_THRESHOLDS = { onTrack: 0.95, atRisk: 0.85 } as const;
/** Measures hold any unit: up to two decimals, thousands grouped. */
export const NUMBER_FORMAT = '#,##0.##';
const NUMBER = NUMBER_FORMAT;

const monthColumns = Array.from({ length: MONTHS_IN_YEAR }, (_, i) =>
  c(`m${i + 1}` as `m${number}`, `Month ${i + 1}`, 62, true, NUMBER, `Actual for month ${i + 1} of the year (month 1 is the first month of your fiscal year). Leave blank until reported.`),
);

/**
 * The months YTD, forecast and status read (hidden helpers): the typed month, else the Learning data
 * figure the row's "Actuals from" picks, else blank. Appended after the other columns so addresses stay.
 */
const effectiveMonthColumns = Array.from({ length: MONTHS_IN_YEAR }, (_, i) =>
  c(`e${i + 1}` as `e${number}`, `Month ${i + 1} used (helper)`, 62, false, NUMBER),
);

/** Where a measure's monthly actuals come from ("Actuals from"); blank is Typed. */
export const MEASURE_ACTUAL_SOURCES = ['Typed', 'Learning: participants', 'Learning: hours'] as const;
export type MeasureActualSource = (typeof MEASURE_ACTUAL_SOURCES)[number];

export const MEASURES_TABLE = defineTable('Measures', 'Measures', 7, MEASURE_CAPACITY, [
  c('name', 'Measure', 230, true, undefined, 'One row per measure, e.g. "Participants", "Completion rate", "Net new ARR".'),
  c('type', 'Type', 105, true, undefined, 'Efficiency (volume, cost, reach), effectiveness (reaction, learning, application, impact, ROI) or outcome (contribution to a business objective).'),
  c('initiative', 'Initiative', 200, true, undefined, 'The Alignment initiative the measure belongs to (blank for the whole portfolio).'),
  c('objective', 'Objective', 200, true, undefined, 'The Strategy objective an outcome measure contributes to.'),
  c('unit', 'Unit', 80, true, undefined, 'e.g. people, hours, $, %, score 1–5.'),
  c('direction', 'Direction', 105, true, undefined, 'More is better (participants, revenue) or less is better (cost per learner, attrition).'),
  c('aggregation', 'Aggregation', 85, true, undefined, 'Sum (participants, hours, cost) adds the months; average (scores, rates) averages the reported months.'),
  c('lastYear', 'Last year actual', 90, true, NUMBER),
  c('plan', 'Plan this year', 90, true, NUMBER, "This year's plan for the whole year (for a sum) or the level aimed at (for an average)."),
  ...monthColumns,
  c('manualForecast', 'Manual forecast', 90, true, NUMBER, 'Optional: your own forecast for the year. Blank: the run rate (sums) or the YTD average (averages).'),
  c('ytd', 'YTD actual', 90, false, NUMBER),
  c('ytdPercent', 'YTD % of plan', 80, false, PERCENT, 'YTD against plan prorated to the reporting month (sums) or against plan (averages); plan ÷ actual when less is better.'),
  c('forecast', 'Forecast', 90, false, NUMBER),
  c('forecastPercent', 'Forecast % of plan', 85, false, PERCENT),
  c('status', 'Status', 90, false, undefined, 'From forecast % of plan and the thresholds at the top of the sheet.'),
  c('reported', 'Months reported (helper)', 80, false, '0'),
  c('sumToMonth', 'Sum to month (helper)', 90, false, NUMBER),
  c('outcomeObjective', 'Outcome objective (helper)', 120, false),
  c('actualsFrom', 'Actuals from', 150, true, undefined, 'Typed (or blank): the months as typed. Learning: participants or Learning: hours: a blank month takes the completing records (completed or passed) or the learning hours of the measure\'s initiative dated in that month on the Learning data sheet. A typed month always wins.'),
  ...effectiveMonthColumns,
  // Hidden: the initiative as the Learning data criteria match it, literally (see literalCriterion).
  c('initiativeCriterion', 'Initiative as matched (helper)', 110, false),
] as const);
export type MeasureKey = (typeof MEASURES_TABLE.defs)[number]['key'];
/** Month column letters, month 1 first. */
export const MONTH_COLUMNS: readonly string[] = monthColumns.map((d) => MEASURES_TABLE.columns[d.key as MeasureKey]);
/** The effective month columns (typed, else from Learning data), month 1 first: what YTD reads. */
export const EFFECTIVE_MONTH_COLUMNS: readonly string[] = effectiveMonthColumns.map((d) => MEASURES_TABLE.columns[d.key as MeasureKey]);

/** The settings at the top of Measures; the month numbers sit over the month columns in `monthNumberRow`. */
export const MEASURES_CELLS = {
  reportingMonth: 'B3',
  onTrack: 'B4',
  atRisk: 'B5',
  /** The first day of month 1 (a date): months taken from Learning data are the calendar months from it. */
  yearStart: 'B6',
  monthNumberRow: 6,
} as const;

/**
 * The report sheets: each lists measures from Measures by native formulas. `firstRow`…`firstRow +
 * capacity − 1` are the report's rows; the hidden `position` column holds each row's Measures row
 * index; the hidden running-count columns sit on the Measures rows (same sheet row numbers).
 */
export const REPORT_COLUMNS = ['measure', 'type', 'unit', 'lastYear', 'plan', 'ytd', 'ytdPercent', 'forecast', 'forecastPercent', 'status'] as const;
export const PROGRAM_REPORT = { initiative: 'B4', headerRow: 10, firstRow: 11, capacity: 25, position: 'M', counts: ['O', 'P', 'Q'] } as const;
export const OPERATIONS_REPORT = { headerRow: 8, firstRow: 9, capacity: MEASURE_CAPACITY, position: 'N', counts: ['P', 'Q'] } as const;
export const SUMMARY_REPORT = { headerRow: 9, firstRow: 10, position: 'N', outcomeCount: 'O' } as const;

/**
 * The name each sheet gets in a workbook. All are their canonical names except History: Excel
 * reserves "History" (its UI refuses it, and exceljs neither writes nor reads a workbook with such a
 * sheet), so it is shown as "History log". The spec's History sheet has `name: 'History log'` and
 * `canonicalName: 'History'`. The report sheets' canonical names are single words (a framework marker
 * names its part in letters only: `LDFramework_ProgramReport`); people see them as "Program report" etc.
 */
export const SHEET_TITLES: Readonly<Record<SheetName, string>> = {
  Guide: 'Guide', Strategy: 'Strategy', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI', Plan: 'Plan', Partners: 'Partners', Measures: 'Measures', Dashboard: 'Dashboard',
  ProgramReport: 'Program report', OperationsReport: 'Operations report', SummaryReport: 'Summary report',
  Learning: 'Learning data', Mappings: 'Mappings',
  History: 'History log',
};
