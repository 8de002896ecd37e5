/**
 * The function catalogue: every custom function defined once, with what both hosts' autocomplete
 * shows, what the reference documents, and the implementation. Excel's `functions.json`, the Apps
 * Script JSDoc and `docs/functions.md` are all generated from this list, and tests hold them to it.
 */
import * as alignment from './functions/alignment';
import * as finance from './functions/finance';
import { Rules } from './rules';
import type { FunctionSpec, ParamSpec } from './types';

const benefits: ParamSpec = {
  name: 'benefits', type: 'number', range: true,
  description: 'Monetary benefits of the program (adjusted for isolation and confidence), a value or a range.',
};
const costs: ParamSpec = {
  name: 'costs', type: 'number', range: true, rule: Rules.divisor,
  description: 'Fully loaded program costs, greater than 0, a value or a range.',
};
const costsAllowZero: ParamSpec = { ...costs, rule: Rules.nonNegative, description: 'Fully loaded program costs, 0 or more, a value or a range.' };
const isolation: ParamSpec = {
  name: 'isolation', type: 'number', range: true, rule: Rules.fraction,
  description: 'Share of the improvement caused by the program, 0 to 1 (80% or 0.8).',
};
const confidence: ParamSpec = {
  name: 'confidence', type: 'number', range: true, rule: Rules.fraction,
  description: "Estimator's confidence in the figure, 0 to 1 (80% or 0.8).",
};
const strengths: ParamSpec = {
  name: 'strengths', type: 'number', range: true,
  description: 'Link strengths, one row per initiative and one column per objective: 0 none, 1 indirect, 2 direct, 3 primary.',
};
const weights: ParamSpec = {
  name: 'weights', type: 'number', range: true,
  description: 'Priority weight of each objective (one per column of strengths), 0 or more.',
};
const maxStrength: ParamSpec = {
  name: 'max_strength', type: 'number', range: false, optional: true, default: 3,
  description: 'Strongest possible link (default 3).',
};
const minStrength: ParamSpec = {
  name: 'min_strength', type: 'number', range: false, optional: true, default: 2,
  description: 'Weakest link that counts as support (default 2, a direct link).',
};

const ELEMENTWISE = 'Elementwise: each argument is a value or a range; ranges of one shape go cell by cell, a single value applies to every cell, and the result spills in that shape. All inputs blank gives blank; some blank gives #N/A naming them.';

export const CATALOGUE: readonly FunctionSpec[] = [
  {
    kind: 'elementwise', name: 'ROI', compute: finance.roi, spills: true,
    description: 'Return on investment as a fraction: (benefits − costs) / costs; 2.5 means 250%.',
    params: [benefits, costs],
    returns: 'ROI as a fraction (format as %).',
    details: `${ELEMENTWISE} costs = 0 gives #DIV/0!; negative costs give #NUM!. Phillips ROI Methodology: ROI (%) = net program benefits / program costs × 100.`,
    examples: [
      { args: [350000, 100000], result: 2.5, note: '(350,000 − 100,000) / 100,000 = 2.5, i.e. 250%' },
      { args: [[[350000], [90000]], [[100000], [100000]]], result: [[2.5], [-0.1]], note: 'two programs at once; the second loses 10%' },
      { args: [50000, 0], result: { error: '#DIV/0!' }, note: 'no costs: ROI is undefined' },
    ],
  },
  {
    kind: 'elementwise', name: 'BCR', compute: finance.benefitCostRatio, spills: true,
    description: 'Benefit–cost ratio: benefits / costs; 3.5 means 3.5:1.',
    params: [benefits, costs],
    returns: 'The benefit–cost ratio.',
    details: `${ELEMENTWISE} costs = 0 gives #DIV/0!; negative costs give #NUM!. BCR = ROI + 1.`,
    examples: [
      { args: [350000, 100000], result: 3.5, note: 'GrowthCorp-style 3.5:1 return' },
      { args: [120000, -5], result: { error: '#NUM!' }, note: 'negative costs are a data-entry mistake' },
    ],
  },
  {
    kind: 'elementwise', name: 'NET_BENEFITS', compute: finance.netBenefits, spills: true,
    description: 'Net program benefits: benefits − costs.',
    params: [{ ...benefits }, costsAllowZero],
    returns: 'Benefits minus costs, in money.',
    details: `${ELEMENTWISE} Negative costs give #NUM!.`,
    examples: [{ args: [350000, 100000], result: 250000, note: '350,000 − 100,000' }],
  },
  {
    kind: 'elementwise', name: 'ADJUSTED_BENEFIT', compute: finance.adjustedBenefit, spills: true,
    description: "The program's share of a gross benefit, discounted by confidence: gross × isolation × confidence.",
    params: [
      { name: 'gross_benefit', type: 'number', range: true, description: 'Money value of the whole improvement in the business measure.' },
      isolation,
      confidence,
    ],
    returns: 'The adjusted (conservative) benefit, in money.',
    details: `${ELEMENTWISE} Phillips ROI Methodology, guiding principles 5 and 7: isolate the effect of the program and adjust estimates for error. isolation or confidence outside 0–1 gives #NUM! (type 80% or 0.8, not 80).`,
    examples: [
      { args: [500000, 0.6, 0.8], result: 240000, note: '500,000 × 60% × 80%' },
      { args: [500000, 60, 0.8], result: { error: '#NUM!' }, note: '60 is 6000%; type 60%' },
    ],
  },
  {
    kind: 'elementwise', name: 'PAYBACK_MONTHS', compute: finance.paybackMonths, spills: true,
    description: 'Months until the program pays for itself: costs / annual_benefits × 12.',
    params: [
      costsAllowZero,
      { name: 'annual_benefits', type: 'number', range: true, rule: Rules.paysBack, description: 'Adjusted benefits per year, greater than 0.' },
    ],
    returns: 'Payback period in months.',
    details: `${ELEMENTWISE} annual_benefits of 0 or less gives #NUM! (the program never pays back). Assumes benefits arrive evenly through the year.`,
    examples: [
      { args: [120000, 480000], result: 3, note: '120,000 / 480,000 × 12' },
      { args: [120000, 0], result: { error: '#NUM!' }, note: 'never pays back' },
    ],
  },
  {
    kind: 'range', name: 'PROGRAM_NPV', compute: finance.programNpv, spills: false,
    description: 'Net present value: costs paid now, benefits at the end of each year, discounted at rate.',
    params: [
      { name: 'rate', type: 'number', range: false, rule: Rules.rate, description: 'Annual discount rate as a fraction (8% or 0.08), above −100%.' },
      { name: 'costs', type: 'number', range: false, rule: Rules.nonNegative, description: 'Program costs paid at the start (year 0), 0 or more.' },
      { name: 'benefits', type: 'number', range: true, description: 'Benefits for years 1, 2, …: one row or column; blank years count as 0.' },
    ],
    returns: 'The net present value, in money.',
    details: 'NPV = −costs + Σ benefitsₜ / (1 + rate)ᵗ for t = 1…n. This differs from Excel\'s NPV, which discounts its first value by one period: PROGRAM_NPV(r, c, B) = NPV(r, B) − c. rate ≤ −1 gives #NUM!; a benefits range that is neither one row nor one column gives #VALUE!.',
    examples: [
      { args: [0.1, 100000, [[60000], [60000]]], result: 4132.231404958671, note: "same as Excel's =NPV(10%, 60000, 60000) − 100000" },
      { args: [0, 100000, [[60000, '', 60000]]], result: 20000, note: 'at 0% the benefits simply add up; the blank year is 0' },
    ],
  },
  {
    kind: 'range', name: 'PROGRAM_IRR', compute: finance.programIrr, spills: false,
    description: 'Internal rate of return: the discount rate at which PROGRAM_NPV is 0.',
    params: [
      { name: 'costs', type: 'number', range: false, rule: Rules.positive, description: 'Program costs paid at the start (year 0), greater than 0.' },
      { name: 'benefits', type: 'number', range: true, description: 'Benefits for years 1, 2, …: one row or column; blank years count as 0.' },
    ],
    returns: 'The annual rate of return as a fraction (format as %).',
    details: "Timing as PROGRAM_NPV: costs at the start, benefits at the end of each year, so PROGRAM_IRR(c, B) equals Excel's =IRR({−c; b₁; …; bₙ}). Found by bisection, so it always converges when a rate exists; #NUM! when no rate above −100% repays the costs (for example when no benefit is positive).",
    examples: [
      { args: [100000, [[60000], [60000]]], result: 0.1306623862918075, note: 'closed form: 1/x − 1 where 60,000x + 60,000x² = 100,000; Excel =IRR({-100000;60000;60000}) ≈ 13.07%' },
      { args: [1000, [[1100]]], result: 0.1, note: 'one year: 1,100 / 1,000 − 1' },
      { args: [1000, [[0, '']]], result: { error: '#NUM!' }, note: 'no benefits: no rate repays the costs' },
    ],
  },
  {
    kind: 'elementwise', name: 'PARTICIPANT_COST', compute: finance.participantCost, spills: true,
    description: "Cost of participants' time: participants × hours × hourly_rate × (1 + benefits_loading).",
    params: [
      { name: 'participants', type: 'number', range: true, rule: Rules.nonNegative, description: 'Number of people trained, 0 or more.' },
      { name: 'hours', type: 'number', range: true, rule: Rules.nonNegative, description: 'Hours each person spends in the program, 0 or more.' },
      { name: 'hourly_rate', type: 'number', range: true, rule: Rules.nonNegative, description: 'Average hourly pay of the participants, 0 or more.' },
      { name: 'benefits_loading', type: 'number', range: true, optional: true, default: 0, rule: Rules.fraction, description: 'Employee benefits as a share of pay, 0 to 1 (default 0).' },
    ],
    returns: 'The cost of the time, in money.',
    details: `${ELEMENTWISE} A blank benefits_loading is 0. Participants' time is the cost most often left out of a "fully loaded" cost (Phillips, guiding principle 10).`,
    examples: [
      { args: [25, 16, 45, 0.3], result: 23400, note: '25 × 16 h × 45/h × 1.3' },
      { args: [25, 16, 45], result: 18000, note: 'no benefits loading' },
    ],
  },
  {
    kind: 'elementwise', name: 'UTILITY_GAIN', compute: finance.utilityGain, spills: true,
    description: 'Brogden–Cronbach–Gleser utility: trained × years × effect_size × sd_value − cost.',
    params: [
      { name: 'trained', type: 'number', range: true, rule: Rules.nonNegative, description: 'Number of people trained, 0 or more.' },
      { name: 'years', type: 'number', range: true, rule: Rules.nonNegative, description: 'Years the effect lasts, 0 or more.' },
      { name: 'effect_size', type: 'number', range: true, description: 'Effect size d: performance gain in standard deviations.' },
      { name: 'sd_value', type: 'number', range: true, rule: Rules.nonNegative, description: 'Money value of one standard deviation of job performance per year (SDy).' },
      { name: 'cost', type: 'number', range: true, rule: Rules.nonNegative, description: 'Total program cost, 0 or more.' },
    ],
    returns: 'The utility gain, in money.',
    details: `${ELEMENTWISE} ΔU = N × T × d × SDy − C (Cascio & Boudreau, Investing in People, 2011).`,
    examples: [{ args: [100, 2, 0.5, 10000, 150000], result: 850000, note: '100 × 2 × 0.5 × 10,000 − 150,000' }],
  },
  {
    kind: 'elementwise', name: 'COST_PER_PARTICIPANT', compute: finance.costPerParticipant, spills: true,
    description: 'Fully loaded cost per person trained: costs / participants.',
    params: [costsAllowZero, { name: 'participants', type: 'number', range: true, rule: Rules.participants, description: 'Number of people trained, 1 or more.' }],
    returns: 'Cost per participant, in money.',
    details: `${ELEMENTWISE} participants = 0 gives #DIV/0!.`,
    examples: [{ args: [50000, 40], result: 1250, note: '50,000 / 40' }],
  },
  {
    kind: 'elementwise', name: 'BREAKEVEN_BENEFIT', compute: finance.breakevenBenefit, spills: true,
    description: 'Gross benefit needed to break even after adjustment: costs / (isolation × confidence).',
    params: [costsAllowZero, isolation, confidence],
    returns: 'The gross benefit at which ROI is 0, in money.',
    details: `${ELEMENTWISE} isolation or confidence of 0 gives #DIV/0! (no benefit can be attributed).`,
    examples: [{ args: [100000, 0.5, 0.8], result: 250000, note: '100,000 / (50% × 80%)' }],
  },
  {
    kind: 'range', name: 'ALIGNMENT_SCORE', compute: alignment.alignmentScore, spills: true,
    description: 'Alignment score 0–100 per initiative: 100 × Σ weight × strength / (max_strength × Σ weight).',
    params: [strengths, weights, maxStrength],
    returns: 'One score from 0 to 100 per initiative, spilled as a column.',
    details: 'The weighted-sum model of project-portfolio prioritisation. Blank strengths count as 0; a row that is entirely blank gives blank. Blank weights count as 0. A strength that is not a whole number 0…max_strength gives #NUM! in its row only; weights not matching the columns of strengths give #VALUE!; weights that add up to 0 give #DIV/0!.',
    examples: [
      { args: [[[3, 2, 0], [0, 0, 1]], [[0.5, 0.3, 0.2]]], result: [[70], [6.666666666666667]], note: '100 × (0.5×3 + 0.3×2) / 3 = 70; 100 × 0.2×1 / 3' },
      { args: [[[3, 2, 0], [0, 4, 1]], [[0.5, 0.3, 0.2]]], result: [[70], [{ error: '#NUM!' }]], note: 'a strength of 4 is an error in its own row only' },
    ],
  },
  {
    kind: 'range', name: 'PORTFOLIO_ALIGNMENT', compute: alignment.portfolioAlignment, spills: false,
    description: "Budget-weighted mean of the initiatives' alignment scores (0–100).",
    params: [strengths, weights, { name: 'budgets', type: 'number', range: true, description: 'Budget of each initiative (one per row of strengths), 0 or more.' }, maxStrength],
    returns: 'The portfolio alignment from 0 to 100.',
    details: 'Σ budgetᵢ × ALIGNMENT_SCOREᵢ / Σ budgetᵢ. A row with no links but a budget scores 0 (unaligned spending counts against the portfolio); a row with neither is skipped; a row with links and a blank budget gives #N/A.',
    examples: [
      { args: [[[3, 2, 0], [0, 0, 1]], [[0.5, 0.3, 0.2]], [[100000], [50000]]], result: 48.888888888888886, note: '(70 × 100,000 + 6.67 × 50,000) / 150,000' },
    ],
  },
  {
    kind: 'range', name: 'ALIGNED_SHARE', compute: alignment.alignedShare, spills: false,
    description: 'Share of initiatives with at least one link of min_strength or more: "% of programs aligned".',
    params: [strengths, minStrength],
    returns: 'A fraction from 0 to 1 (format as %).',
    details: 'Every row passed counts as an initiative; blank cells count as 0, so pass only the rows of real initiatives. A strength that is not a whole number of 0 or more gives #NUM!.',
    examples: [
      { args: [[[3, 2, 0], [0, 0, 1]]], result: 0.5, note: 'the second initiative has only an indirect link' },
      { args: [[[3, 2, 0], [0, 0, 1]], 1], result: 1, note: 'counting indirect links too' },
    ],
  },
  {
    kind: 'range', name: 'OBJECTIVE_COVERAGE', compute: alignment.objectiveCoverage, spills: false,
    description: 'Priority-weighted share of objectives that some initiative supports at min_strength or more.',
    params: [strengths, weights, minStrength],
    returns: 'A fraction from 0 to 1 (format as %).',
    details: 'Σ weightⱼ over supported objectives / Σ weightⱼ. Blank strengths and weights count as 0.',
    examples: [{ args: [[[3, 2, 0], [0, 0, 1]], [[0.5, 0.3, 0.2]]], result: 0.8, note: 'objectives 1 and 2 are supported: 0.5 + 0.3' }],
  },
  {
    kind: 'range', name: 'COVERAGE_GAPS', compute: alignment.coverageGaps, spills: true,
    description: 'Names of the objectives no initiative supports at min_strength or more, in order.',
    params: [
      { name: 'objectives', type: 'text', range: true, description: 'Objective names, one per column of strengths (a row or a column).' },
      strengths,
      minStrength,
    ],
    returns: 'The unsupported objectives, spilled in the orientation of objectives; one empty cell when there are none.',
    details: 'Columns whose objective name is blank are unused and never a gap. When every objective is supported the result is a single empty text cell (""), so the spill never breaks; test for it with =COUNTIF(range, "?*").',
    examples: [
      { args: [[['Revenue', 'Cost', 'Innovation']], [[3, 2, 0], [0, 0, 1]]], result: [['Innovation']], note: 'Innovation has only an indirect link' },
      { args: [[['Revenue', 'Cost']], [[3, 2]]], result: [['']], note: 'no gaps: one empty cell' },
    ],
  },
];

/** The catalogue by upper-case name. */
export const BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(CATALOGUE.map((spec) => [spec.name, spec]));
