/**
 * The GrowthCorp example: a technology company whose L&D went from cost centre to business driver
 * (the case study in the product brief). The rows are chosen so that the Dashboard shows exactly the
 * brief's figures when a spreadsheet recalculates them:
 * - portfolio BCR 3.5: adjusted benefits 5,810,000 / fully loaded costs 1,660,000 (every product
 *   below is an exact binary number, so the ratio is exactly 3.5);
 * - 100% of programs aligned: every initiative has a link of 2 or more;
 * - next period's budget 1,740,000 = 1.45 × this period's 1,200,000;
 * - revenue objective: ARR from 250,000,000 to 320,000,000 = 28% growth;
 * - History: BCR 1.2x at the first snapshot, 3.5x at the last.
 * Each initiative also carries low and high isolation estimates around its point value (the Cloud
 * Certification Path, measured on the cloud bill, has no high one: blank means the point value). Every
 * low estimate clears the initiative's break-even isolation (12–19%) by 10 points or more, so the
 * example's range stays positive and no claim is fragile.
 */
import { evaluateFunction } from '../index';
import { portfolioAlignment as portfolioAlignmentOf } from '../functions/alignment';
import type { CostKey, MeasureType } from './layout';

export interface ExampleObjective {
  readonly objective: string;
  readonly category: string;
  readonly weight: number;
  readonly kpi: string;
  readonly baseline: number;
  readonly target: number;
  readonly current: number;
  readonly sponsor: string;
  readonly horizon: string;
}

export interface ExampleInitiative {
  readonly name: string;
  readonly owner: string;
  readonly audience: string;
  readonly participants: number;
  readonly budget: number;
  readonly status: string;
  /** Link strength to each objective, in Strategy order. */
  readonly links: readonly number[];
  readonly impact: {
    readonly reaction: number;
    readonly learningGain: number;
    readonly application: number;
    readonly metric: string;
    readonly change: number;
    readonly valuePerUnit: number;
    readonly isolation: number;
    readonly confidence: number;
    /** Optional low and high isolation estimates (the Impact sheet's range columns); absent: the point value. */
    readonly isolationLow?: number;
    readonly isolationHigh?: number;
    readonly leading: string;
    readonly lagging: string;
  };
  readonly costs: Readonly<Record<CostKey, number>>;
  readonly intangibles: string;
  readonly nextBudget: number;
  readonly decision: string;
}

export interface ExamplePartner {
  readonly name: string;
  readonly role: string;
  readonly unit: string;
  readonly objective: string;
  readonly influence: string;
  readonly interest: string;
  readonly cadence: string;
  /** ISO date. */
  readonly lastContact: string;
  readonly nextStep: string;
}

export interface ExampleSnapshot {
  /** ISO date. */
  readonly date: string;
  readonly investment: number;
  readonly benefits: number;
  readonly alignedShare: number;
  readonly coverage: number;
  readonly alignment: number;
  readonly note: string;
}

/** One row of the Measures sheet. */
export interface ExampleMeasure {
  readonly name: string;
  readonly type: MeasureType;
  /** An Alignment initiative, or '' for the whole portfolio. */
  readonly initiative: string;
  /** A Strategy objective (outcome measures), or ''. */
  readonly objective: string;
  readonly unit: string;
  readonly direction: 'More is better' | 'Less is better';
  readonly aggregation: 'Sum' | 'Average';
  readonly lastYear: number;
  /** null: no plan yet (the audit flags it). */
  readonly plan: number | null;
  /** Actuals for months 1…12; null (or missing) is not reported yet. */
  readonly months: readonly (number | null)[];
  readonly manualForecast?: number;
  /** "Actuals from" (MEASURE_ACTUAL_SOURCES); absent: typed. */
  readonly actualsFrom?: string;
}

/** The Measures sheet of an example: the reporting month and one row per measure. */
export interface ExampleMeasures {
  readonly reportingMonth: number;
  /** The fiscal year's first day (ISO), for months taken from Learning data; absent: blank. */
  readonly yearStart?: string;
  readonly rows: readonly ExampleMeasure[];
}

export interface ExampleDataset {
  readonly company: string;
  readonly thisPeriod: string;
  readonly nextPeriod: string;
  readonly objectives: readonly ExampleObjective[];
  readonly initiatives: readonly ExampleInitiative[];
  readonly partners: readonly ExamplePartner[];
  readonly history: readonly ExampleSnapshot[];
  /** Regular reporting (Measures sheet); absent: the sheet starts empty. */
  readonly measures?: ExampleMeasures;
}

const costs = (
  needsAssessment: number, design: number, delivery: number, materials: number, facilities: number,
  participantTime: number, technology: number, evaluation: number, overhead: number,
): Record<CostKey, number> => ({ needsAssessment, design, delivery, materials, facilities, participantTime, technology, evaluation, overhead });

const ARR = 'Grow annual recurring revenue';
const RETENTION = 'Raise customer retention';
const COST_TO_SERVE = 'Reduce cost to serve';
const INNOVATION = 'Ship customer-driven innovation faster';
const TALENT = 'Keep our best engineers and leaders';

const BASE: Omit<ExampleDataset, 'history'> = {
  company: 'GrowthCorp',
  thisPeriod: 'FY2025',
  nextPeriod: 'FY2026',
  objectives: [
    { objective: ARR, category: 'Revenue growth', weight: 30, kpi: 'Annual recurring revenue ($)', baseline: 250000000, target: 300000000, current: 320000000, sponsor: 'Dana Whitfield', horizon: 'FY2025' },
    { objective: RETENTION, category: 'Customer satisfaction', weight: 20, kpi: 'Gross revenue retention', baseline: 0.88, target: 0.93, current: 0.92, sponsor: 'Miguel Santos', horizon: 'FY2025' },
    { objective: COST_TO_SERVE, category: 'Cost reduction', weight: 15, kpi: 'Support cost per customer ($)', baseline: 1200, target: 1000, current: 1020, sponsor: 'Priya Nair', horizon: 'FY2026' },
    { objective: INNOVATION, category: 'Innovation', weight: 20, kpi: 'Customer-requested features shipped per quarter', baseline: 40, target: 55, current: 52, sponsor: 'Tom Becker', horizon: 'FY2026' },
    { objective: TALENT, category: 'Employee retention', weight: 15, kpi: 'Regretted attrition', baseline: 0.14, target: 0.1, current: 0.11, sponsor: 'Alicia Grant', horizon: 'FY2025' },
  ],
  initiatives: [
    {
      name: 'Consultative Selling Academy', owner: 'Sales Enablement', audience: 'Account executives', participants: 120, budget: 300000, status: 'Completed',
      links: [3, 1, 0, 0, 0],
      impact: { reaction: 4.6, learningGain: 0.32, application: 0.78, metric: 'Additional enterprise deals won', change: 60, valuePerUnit: 60000, isolation: 0.5, confidence: 0.8, isolationLow: 0.35, isolationHigh: 0.65, leading: 'Discovery-call quality score', lagging: 'Win rate on qualified pipeline' },
      costs: costs(12000, 85000, 96000, 9000, 38000, 115000, 15000, 14000, 26000),
      intangibles: 'Stronger relationships with buying committees', nextBudget: 420000, decision: 'Grow',
    },
    {
      name: 'Customer Success Playbook', owner: 'Customer Success', audience: 'Customer success managers', participants: 80, budget: 160000, status: 'Completed',
      links: [2, 3, 0, 0, 0],
      impact: { reaction: 4.4, learningGain: 0.28, application: 0.82, metric: 'At-risk accounts saved', change: 40, valuePerUnit: 45000, isolation: 0.5, confidence: 0.8, isolationLow: 0.35, isolationHigh: 0.6, leading: 'Health-score reviews held on time', lagging: 'Gross revenue retention' },
      costs: costs(8000, 52000, 48000, 6000, 12000, 64000, 10000, 9000, 11000),
      intangibles: 'Customers report clearer value reviews', nextBudget: 240000, decision: 'Grow',
    },
    {
      name: 'Support Efficiency and Knowledge Base', owner: 'Support Operations', audience: 'Support agents', participants: 150, budget: 150000, status: 'Completed',
      links: [0, 2, 3, 0, 0],
      impact: { reaction: 4.1, learningGain: 0.25, application: 0.74, metric: 'Tickets resolved without escalation', change: 120000, valuePerUnit: 12.5, isolation: 0.6, confidence: 0.9, isolationLow: 0.45, isolationHigh: 0.75, leading: 'Knowledge articles used per ticket', lagging: 'Support cost per customer' },
      costs: costs(10000, 45000, 40000, 5000, 4000, 70000, 36000, 8000, 12000),
      intangibles: 'Less agent burnout', nextBudget: 200000, decision: 'Grow',
    },
    {
      name: 'Product Discovery and Design Thinking', owner: 'Product Management', audience: 'Product managers and engineers', participants: 60, budget: 160000, status: 'In progress',
      links: [1, 0, 0, 3, 0],
      impact: { reaction: 4.5, learningGain: 0.35, application: 0.7, metric: 'Rework hours avoided', change: 20000, valuePerUnit: 96, isolation: 0.5, confidence: 0.75, isolationLow: 0.3, isolationHigh: 0.6, leading: 'Customer interviews per feature', lagging: 'Customer-requested features shipped' },
      costs: costs(9000, 40000, 55000, 4000, 22000, 60000, 6000, 7000, 17000),
      intangibles: 'Better collaboration between product and engineering', nextBudget: 220000, decision: 'Grow',
    },
    {
      name: 'Engineering Leadership Program', owner: 'Engineering', audience: 'Engineering managers', participants: 40, budget: 200000, status: 'Completed',
      links: [0, 0, 0, 2, 3],
      impact: { reaction: 4.7, learningGain: 0.3, application: 0.85, metric: 'Regretted departures avoided', change: 12, valuePerUnit: 150000, isolation: 0.6, confidence: 0.75, isolationLow: 0.4, isolationHigh: 0.7, leading: 'Quality of one-to-ones (survey)', lagging: 'Regretted attrition' },
      costs: costs(11000, 60000, 70000, 5000, 30000, 48000, 4000, 10000, 12000),
      intangibles: 'Higher engagement scores in managed teams', nextBudget: 280000, decision: 'Grow',
    },
    {
      name: 'Cloud Certification Path', owner: 'Platform Engineering', audience: 'Platform and DevOps engineers', participants: 90, budget: 110000, status: 'In progress',
      links: [0, 0, 1, 2, 2],
      impact: { reaction: 4.3, learningGain: 0.4, application: 0.76, metric: 'Cloud spend saved ($)', change: 1250000, valuePerUnit: 1, isolation: 0.7, confidence: 0.8, isolationLow: 0.6, leading: 'Certifications earned', lagging: 'Cloud cost per customer' },
      costs: costs(5000, 15000, 30000, 2000, 3000, 72000, 35000, 6000, 12000),
      intangibles: 'Stronger employer brand with engineers', nextBudget: 190000, decision: 'Grow',
    },
    {
      name: 'New Manager Essentials', owner: 'People Team', audience: 'First-time managers', participants: 70, budget: 120000, status: 'Completed',
      links: [0, 1, 0, 0, 2],
      impact: { reaction: 4.2, learningGain: 0.27, application: 0.72, metric: 'Regretted departures avoided in new teams', change: 10, valuePerUnit: 152500, isolation: 0.5, confidence: 0.8, isolationLow: 0.35, isolationHigh: 0.6, leading: 'Manager effectiveness pulse', lagging: 'First-year attrition in new teams' },
      costs: costs(6000, 28000, 32000, 3000, 9000, 48000, 5000, 5000, 14000),
      intangibles: 'Faster onboarding of new hires', nextBudget: 190000, decision: 'Grow',
    },
  ],
  partners: [
    { name: 'Dana Whitfield', role: 'Chief Revenue Officer', unit: 'Sales', objective: ARR, influence: 'High', interest: 'High', cadence: 'Monthly', lastContact: '2025-06-12', nextStep: 'Review win-rate data from the academy cohorts' },
    { name: 'Miguel Santos', role: 'Chief Customer Officer', unit: 'Customer Success', objective: RETENTION, influence: 'High', interest: 'High', cadence: 'Monthly', lastContact: '2025-06-05', nextStep: 'Agree the FY2026 renewal-risk curriculum' },
    { name: 'Priya Nair', role: 'Chief Operating Officer', unit: 'Operations', objective: COST_TO_SERVE, influence: 'High', interest: 'Medium', cadence: 'Quarterly', lastContact: '2025-05-20', nextStep: 'Share support cost trend with the knowledge-base results' },
    { name: 'Tom Becker', role: 'Chief Technology Officer', unit: 'Engineering', objective: INNOVATION, influence: 'High', interest: 'High', cadence: 'Monthly', lastContact: '2025-06-18', nextStep: 'Co-present discovery results at the product review' },
    { name: 'Alicia Grant', role: 'Chief People Officer', unit: 'People', objective: TALENT, influence: 'High', interest: 'High', cadence: 'Monthly', lastContact: '2025-06-20', nextStep: 'Link leadership cohorts to the attrition dashboard' },
    { name: 'Raj Patel', role: 'VP Finance, FP&A', unit: 'Finance', objective: '', influence: 'High', interest: 'Medium', cadence: 'Quarterly', lastContact: '2025-06-02', nextStep: 'Confirm value-per-unit figures for the FY2026 plan' },
    { name: 'Lena Ortiz', role: 'Director of Support', unit: 'Operations', objective: COST_TO_SERVE, influence: 'Medium', interest: 'High', cadence: 'Fortnightly', lastContact: '2025-06-24', nextStep: 'Pilot knowledge-base coaching in the EMEA team' },
  ],
};

/** Budget-weighted alignment of the example, by the core's own PORTFOLIO_ALIGNMENT. */
function portfolioAlignment(data: Omit<ExampleDataset, 'history'>): number {
  const result = evaluateFunction(portfolioAlignmentOf, [
    data.initiatives.map((i) => i.links.slice()),
    [data.objectives.map((o) => o.weight)],
    data.initiatives.map((i) => [i.budget]),
  ]);
  if (typeof result !== 'number') throw new Error('GrowthCorp example: portfolio alignment is not a number');
  return result;
}

/** A snapshot whose `alignment` is the example's {@link portfolioAlignment}, computed once, when first read. */
function lazyAlignment(snapshot: Omit<ExampleSnapshot, 'alignment'>): ExampleSnapshot {
  let alignment: number | undefined;
  return Object.defineProperty({ ...snapshot } as ExampleSnapshot, 'alignment', {
    enumerable: true,
    get: () => (alignment ??= portfolioAlignment(BASE)),
  });
}

const ACADEMY = 'Consultative Selling Academy';
const PLAYBOOK = 'Customer Success Playbook';
const SUPPORT = 'Support Efficiency and Knowledge Base';
const DISCOVERY = 'Product Discovery and Design Thinking';
const LEADERSHIP = 'Engineering Leadership Program';
const CLOUD = 'Cloud Certification Path';
const MANAGERS = 'New Manager Essentials';

type Row = Omit<ExampleMeasure, 'direction' | 'aggregation'>;
const more = (aggregation: ExampleMeasure['aggregation'], row: Row): ExampleMeasure => ({ ...row, direction: 'More is better', aggregation });
const less = (aggregation: ExampleMeasure['aggregation'], row: Row): ExampleMeasure => ({ ...row, direction: 'Less is better', aggregation });

/**
 * GrowthCorp's measures, reported through month 9 of FY2025. With the sheet's thresholds (on track
 * from 95% of plan, at risk from 85%) four measures are at risk (playbook application, cost per
 * learner, features shipped, regretted attrition), discovery workshop hours are off track, the rest on
 * track. The outcome measures agree with the case: net new ARR runs at 52.5 ÷ 9 × 12 = $70M, i.e.
 * 250 → 320 ($M) = +28% (the ARR growth measure averages 28% too); the portfolio BCR averages 3.5x and
 * the manual forecast is 3.5x; the fully loaded cost runs at 1,245 ÷ 9 × 12 = $1,660k (the ROI sheet's
 * total). Strategy's current KPIs are the YTD averages (retention 92%, support cost $1,020,
 * 52 features, attrition 11%).
 */
export const GROWTHCORP_MEASURES: ExampleMeasures = {
  reportingMonth: 9,
  // FY2025 runs July 2024 to June 2025: the months of the sample learning data (examples/).
  yearStart: '2024-07-01',
  rows: [
    more('Sum', { name: 'Account executives trained', type: 'Efficiency', initiative: ACADEMY, objective: '', unit: 'people', lastYear: 100, plan: 120, months: [10, 12, 8, 14, 10, 12, 9, 11, 14] }),
    more('Average', { name: 'Academy reaction score', type: 'Effectiveness', initiative: ACADEMY, objective: '', unit: 'score 1–5', lastYear: 4.3, plan: 4.5, months: [4.5, 4.6, 4.7, 4.6, 4.6, 4.5, 4.7, 4.6, 4.6] }),
    more('Sum', { name: 'Net new ARR', type: 'Outcome', initiative: ACADEMY, objective: ARR, unit: '$M', lastYear: 42, plan: 50, months: [4.5, 5, 5.5, 5.5, 6, 6, 6.5, 6.5, 7] }),
    more('Average', { name: 'ARR growth over last year', type: 'Outcome', initiative: '', objective: ARR, unit: '%', lastYear: 18, plan: 20, months: [24, 25, 26, 27, 28, 29, 30, 31, 32] }),
    more('Sum', { name: 'CSMs certified on the playbook', type: 'Efficiency', initiative: PLAYBOOK, objective: '', unit: 'people', lastYear: 50, plan: 80, months: [6, 8, 7, 9, 8, 6, 7, 8, 9] }),
    more('Average', { name: 'Playbook applied on the job', type: 'Effectiveness', initiative: PLAYBOOK, objective: '', unit: '%', lastYear: 70, plan: 82, months: [70, 72, 71, 73, 72, 74, 73, 72, 74] }),
    more('Average', { name: 'Gross revenue retention', type: 'Outcome', initiative: PLAYBOOK, objective: RETENTION, unit: '%', lastYear: 88, plan: 93, months: [91, 91.5, 92, 92, 92, 92.5, 92, 92.5, 92.5] }),
    more('Sum', { name: 'Support agents trained', type: 'Efficiency', initiative: SUPPORT, objective: '', unit: 'people', lastYear: 120, plan: 150, months: [15, 18, 12, 16, 14, 10, 12, 10, 9] }),
    less('Average', { name: 'Cost per learner', type: 'Efficiency', initiative: SUPPORT, objective: '', unit: '$', lastYear: 1100, plan: 1000, months: [1180, 1160, 1150, 1140, 1150, 1140, 1130, 1150, 1150] }),
    more('Average', { name: 'Knowledge articles used per ticket', type: 'Effectiveness', initiative: SUPPORT, objective: '', unit: 'articles', lastYear: 0.8, plan: 1.2, months: [1, 1.1, 1.2, 1.2, 1.3, 1.2, 1.3, 1.3, 1.2] }),
    less('Average', { name: 'Support cost per customer', type: 'Outcome', initiative: SUPPORT, objective: COST_TO_SERVE, unit: '$', lastYear: 1200, plan: 1000, months: [1050, 1040, 1030, 1020, 1020, 1010, 1010, 1000, 1000] }),
    more('Sum', { name: 'Discovery workshop hours', type: 'Efficiency', initiative: DISCOVERY, objective: '', unit: 'hours', lastYear: 1800, plan: 2400, months: [120, 100, 140, 110, 90, 150, 130, 120, 140] }),
    more('Average', { name: 'Learning gain (pre/post test)', type: 'Effectiveness', initiative: DISCOVERY, objective: '', unit: '%', lastYear: 28, plan: 30, months: [33, 35, 36, 34, 35, 36, 35, 36, 35] }),
    more('Average', { name: 'Customer-requested features shipped per quarter', type: 'Outcome', initiative: DISCOVERY, objective: INNOVATION, unit: 'features', lastYear: 40, plan: 55, months: [50, 51, 51, 52, 52, 52, 53, 53, 54] }),
    more('Sum', { name: 'Managers enrolled', type: 'Efficiency', initiative: LEADERSHIP, objective: '', unit: 'people', lastYear: 30, plan: 40, months: [20, 0, 0, 0, 0, 0, 12, 0, 0] }),
    more('Average', { name: 'Leadership applied on the job', type: 'Effectiveness', initiative: LEADERSHIP, objective: '', unit: '%', lastYear: 78, plan: 80, months: [84, 85, 86, 85, 85, 84, 86, 85, 85] }),
    less('Average', { name: 'Regretted attrition', type: 'Outcome', initiative: LEADERSHIP, objective: TALENT, unit: '%', lastYear: 14, plan: 10, months: [11.5, 11.2, 11, 11, 10.8, 11, 11, 10.8, 10.7] }),
    more('Sum', { name: 'Cloud certifications earned', type: 'Efficiency', initiative: CLOUD, objective: '', unit: 'certifications', lastYear: 40, plan: 90, months: [5, 6, 8, 7, 9, 8, 7, 9, 10] }),
    more('Average', { name: 'Certification exam pass rate', type: 'Effectiveness', initiative: CLOUD, objective: '', unit: '%', lastYear: 72, plan: 80, months: [78, 80, 79, 82, 81, 80, 79, 81, 80] }),
    more('Sum', { name: 'New managers trained', type: 'Efficiency', initiative: MANAGERS, objective: '', unit: 'people', lastYear: 50, plan: 70, months: [6, 5, 7, 6, 5, 6, 5, 6, 5] }),
    more('Average', { name: 'Manager effectiveness pulse', type: 'Effectiveness', initiative: MANAGERS, objective: '', unit: 'score 1–5', lastYear: 3.8, plan: 4, months: [3.9, 4, 4, 4.1, 4, 4.1, 4.1, 4.2, 4.2] }),
    less('Sum', { name: 'Fully loaded L&D cost', type: 'Efficiency', initiative: '', objective: '', unit: '$k', lastYear: 1480, plan: 1700, months: [130, 135, 140, 140, 135, 140, 140, 140, 145] }),
    more('Average', { name: 'Portfolio benefit–cost ratio', type: 'Effectiveness', initiative: '', objective: '', unit: 'x', lastYear: 2.9, plan: 3, months: [3.3, 3.4, 3.4, 3.5, 3.5, 3.6, 3.6, 3.6, 3.6], manualForecast: 3.5 }),
  ],
};

export const GROWTHCORP: ExampleDataset = {
  ...BASE,
  history: [
    { date: '2023-06-30', investment: 1100000, benefits: 1320000, alignedShare: 0.4, coverage: 0.35, alignment: 14.5, note: 'Baseline: courses chosen on request, little business data' },
    { date: '2023-12-31', investment: 1180000, benefits: 2006000, alignedShare: 0.6, coverage: 0.55, alignment: 19, note: 'Objectives agreed with the executive team' },
    { date: '2024-06-30', investment: 1300000, benefits: 3120000, alignedShare: 0.8, coverage: 0.8, alignment: 24.5, note: 'Alignment matrix and impact evaluation introduced' },
    { date: '2024-12-31', investment: 1480000, benefits: 4292000, alignedShare: 0.9, coverage: 1, alignment: 28, note: 'Business partners co-own every program' },
    // The last snapshot is this period's Dashboard figures.
    // Its alignment is computed on first read, not when the module loads (Apps Script loads every module on each call).
    lazyAlignment({ date: '2025-06-30', investment: 1660000, benefits: 5810000, alignedShare: 1, coverage: 1, note: 'Every program aligned; BCR 3.5x' }),
  ],
  measures: GROWTHCORP_MEASURES,
};
