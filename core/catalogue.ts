/**
 * The function catalogue: every custom function defined once, with what both hosts' autocomplete
 * shows, what the reference documents, and the implementation. Excel's `functions.json`, the Apps
 * Script JSDoc and `docs/functions.md` are all generated from this list, and tests hold them to it.
 */
import * as alignment from './functions/alignment';
import * as finance from './functions/finance';
import * as reporting from './functions/reporting';
import * as uncertainty from './functions/uncertainty';
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

const grossBenefit: ParamSpec = {
  name: 'gross_benefit', type: 'number', range: true,
  description: 'Money value of the whole improvement in the business measure, before isolation and confidence.',
};
const monthlyActuals: ParamSpec = {
  name: 'monthly_actuals', type: 'number', range: true,
  description: 'Actuals for months 1, 2, … of the year: one row or one column of up to 12 cells; blank for a month not reported.',
};
const throughMonth: ParamSpec = {
  name: 'through_month', type: 'number', range: false,
  description: 'The reporting month: a whole number from 1 to 12; months after it are not read.',
};
const aggregation: ParamSpec = {
  name: 'aggregation', type: 'text', range: false, optional: true, defaultText: '"sum"',
  description: '"sum" (default) for counts, hours and money; "average" for scores and rates.',
};
const triangle = (what: 'benefit' | 'cost', point: 'low' | 'likely' | 'high'): ParamSpec => ({
  name: `${what}_${point}`, type: 'number', range: false, ...(what === 'cost' ? { rule: Rules.divisor } : {}),
  description: {
    low: `Lowest plausible ${what === 'benefit' ? 'adjusted benefit' : 'fully loaded cost (greater than 0)'}, at most ${what}_likely.`,
    likely: `Most likely ${what === 'benefit' ? 'adjusted benefit' : 'fully loaded cost (greater than 0)'}, from ${what}_low to ${what}_high.`,
    high: `Highest plausible ${what === 'benefit' ? 'adjusted benefit' : 'fully loaded cost (greater than 0)'}, at least ${what}_likely.`,
  }[point],
});

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
    details: "Timing as PROGRAM_NPV: costs at the start, benefits at the end of each year, so PROGRAM_IRR(c, B) equals Excel's =IRR({−c; b₁; …; bₙ}). Found by stepping outward from 10% (Excel IRR's default guess) to the first rate where PROGRAM_NPV changes sign, then bisecting, so it converges (where a Newton iteration can fail) whenever PROGRAM_NPV changes sign across one of its steps, which are 0.5% near 10% and grow farther out, from −100% to a trillion (10¹²); two rates closer together than a step, or a rate where PROGRAM_NPV touches 0 without changing sign, are not seen. When the benefits change sign (a later year is a loss), several rates can repay the costs: the one nearest 10% is the answer, as Excel's IRR gives with its default guess. #NUM! when no rate above −100% repays the costs (for example when no benefit is positive), or the rate is above a trillion.",
    examples: [
      { args: [100000, [[60000], [60000]]], result: 0.1306623862918075, note: 'closed form: 1/x − 1 where 60,000x + 60,000x² = 100,000; Excel =IRR({-100000;60000;60000}) ≈ 13.07%' },
      { args: [1000, [[1100]]], result: 0.1, note: 'one year: 1,100 / 1,000 − 1' },
      { args: [1000, [[0, '']]], result: { error: '#NUM!' }, note: 'no benefits: no rate repays the costs' },
      { args: [100, [[500], [-600]]], result: 1, note: 'a later loss: rates 100% and 200% both give NPV 0 and 100% is nearest 10%; LibreOffice =IRR({-100;500;-600}) = 100%' },
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
  {
    kind: 'elementwise', name: 'BREAKEVEN_ISOLATION', compute: uncertainty.breakevenIsolation, spills: true,
    description: 'Smallest share of an improvement the program must have caused to pay for itself: costs / (gross_benefit × confidence).',
    params: [
      grossBenefit,
      costsAllowZero,
      { ...confidence, optional: true, default: 1, description: "Estimator's confidence in the figure, 0 to 1 (default 1)." },
    ],
    returns: 'The break-even isolation share as a fraction (format as %).',
    details: `${ELEMENTWISE} A result above 1 (100%) means the program cannot pay back even if it caused the whole improvement. At the break-even share, ROI = (gross_benefit × share × confidence − costs) / costs = 0. gross_benefit × confidence = 0 gives #DIV/0!; a negative gross_benefit or costs, or confidence outside 0–1, gives #NUM!. Compare it with the isolation share you claim: the closer they are, the more fragile the ROI claim.`,
    examples: [
      { args: [500000, 100000], result: 0.2, note: '100,000 / 500,000: pays back if it caused at least 20% of the improvement' },
      { args: [500000, 100000, 0.8], result: 0.25, note: '100,000 / (500,000 × 80%)' },
      { args: [80000, 100000], result: 1.25, note: 'above 1: cannot pay back even if it caused everything' },
      { args: [[[500000], [200000]], 100000, 0.5], result: [[0.4], [1]], note: 'two programs at once' },
      { args: [0, 100000], result: { error: '#DIV/0!' }, note: 'no improvement: no share pays back' },
    ],
  },
  {
    kind: 'range', name: 'ROI_SENSITIVITY', compute: uncertainty.roiSensitivity, spills: true,
    description: 'ROI for each isolation value (rows) and confidence value (columns): a what-if table in one formula.',
    params: [
      { ...grossBenefit, range: false, description: 'Money value of the whole improvement (one value), before isolation and confidence.' },
      { ...costs, range: false, description: 'Fully loaded program costs (one value), greater than 0.' },
      { name: 'isolation_values', type: 'number', range: true, rule: Rules.fraction, description: 'Isolation shares to try, 0 to 1: a column (one result row each).' },
      { name: 'confidence_values', type: 'number', range: true, rule: Rules.fraction, description: 'Confidence levels to try, 0 to 1: a row (one result column each).' },
    ],
    returns: 'A grid of ROI fractions, one row per isolation value and one column per confidence value.',
    details: 'Each cell is (gross_benefit × i × c − costs) / costs. Google Sheets has no What-If data table; this is one. A list given the other way round (isolation as a row) is read as the same list; the result always has isolation down and confidence across. A value outside 0–1 is #NUM! across its row (isolation) or down its column (confidence), text #VALUE!; a blank value leaves its row or column blank. costs of 0 gives #DIV/0!, negative costs #NUM!.',
    examples: [
      {
        args: [500000, 100000, [[0.2], [0.4], [0.6]], [[0.5, 1]]],
        result: [[-0.5, 0], [0, 1], [0.5, 2]],
        note: 'e.g. (500,000 × 40% × 100% − 100,000) / 100,000 = 1; the zeros are the break-even pairs',
      },
      { args: [500000, 100000, [[0.5], [80]], [[0.8]]], result: [[1], [{ error: '#NUM!' }]], note: '80 is 8000%: an error in its own row' },
      { args: [500000, 0, [[0.5]], [[0.8]]], result: { error: '#DIV/0!' }, note: 'ROI is undefined without costs' },
    ],
  },
  {
    kind: 'range', name: 'ROI_SIMULATE', compute: uncertainty.roiSimulate, spills: true,
    description: 'Simulated ROI from low / likely / high estimates: P10, P50, P90 and the probability that ROI > 0.',
    params: [
      triangle('benefit', 'low'), triangle('benefit', 'likely'), triangle('benefit', 'high'),
      triangle('cost', 'low'), triangle('cost', 'likely'), triangle('cost', 'high'),
      { name: 'trials', type: 'number', range: false, optional: true, default: 10000, description: 'Number of simulated trials, a whole number from 100 to 100,000 (default 10,000).' },
      { name: 'seed', type: 'number', range: false, optional: true, default: 1, description: 'Seed of the random numbers, a whole number from 0 to 4,294,967,295 (default 1); the same seed gives the same result.' },
    ],
    returns: 'One row of four cells: P10, P50 and P90 of ROI (fractions) and the probability that ROI > 0.',
    details: 'Benefit and cost are drawn independently from triangular distributions (low, likely, high) by the inverse of their CDF, a benefit then a cost per trial, from one Mulberry32 generator (Tommy Ettinger, 2017; see bryc/code, PRNGs.md) started from seed. The result therefore never changes on recalculation, and it is the same in Excel and Google Sheets: the generator uses only 32-bit integer operations and the sampler only + − × ÷ and √, which IEEE 754 rounds the same way in every JavaScript engine. Each trial\'s ROI is (benefit − cost) / cost; P10, P50 and P90 are taken as Excel\'s PERCENTILE.INC does (linear interpolation between order statistics, rank (n − 1) × p). When low = likely = high for both, every trial is the point ROI, so all three percentiles are exactly it. low > likely or likely > high gives #NUM!; a cost of 0 gives #DIV/0!, a negative one #NUM!; trials outside 100–100,000 or not whole, or a seed that is not a whole number from 0 to 4,294,967,295, gives #NUM!. 100,000 trials take a few tens of milliseconds, far inside a custom function\'s time limit (30 s in Apps Script).',
    examples: [
      { args: [90000, 200000, 400000, 80000, 100000, 140000], result: [[0.3784246793215788, 1.117642933077505, 2.1192410561302766, 0.9886]], note: '10,000 trials, seed 1; the same values from test/cases/roi-simulate-reference.py (an independent Python re-implementation): ROI above 0 in 98.86% of trials' },
      { args: [350000, 350000, 350000, 100000, 100000, 100000], result: [[2.5, 2.5, 2.5, 1]], note: 'no uncertainty: exactly the point ROI, (350,000 − 100,000) / 100,000' },
      { args: [300000, 200000, 450000, 80000, 100000, 150000], result: { error: '#NUM!' }, note: 'benefit_low above benefit_likely' },
      { args: [200000, 300000, 450000, 80000, 100000, 150000, 50], result: { error: '#NUM!' }, note: 'fewer than 100 trials' },
    ],
  },
  {
    kind: 'range', name: 'YTD', compute: reporting.ytd, spills: false,
    description: 'Year-to-date actual through the reporting month: the sum of months 1…through_month, or their average.',
    params: [monthlyActuals, throughMonth, aggregation],
    returns: 'The year-to-date actual (blank for an average with no month reported).',
    details: 'As in the TDRp management reports (Center for Talent Reporting). "sum" adds months 1…through_month, blanks counting 0; "average" averages the months among them that are not blank, and is blank when all are blank. Cells after through_month are not read. through_month that is not a whole number from 1 to 12 (including text or a blank) gives #NUM!; aggregation other than "sum" or "average" (any case) gives #VALUE!; monthly_actuals of more than 12 cells, or not one row or one column, gives #VALUE!; text in a month read gives #VALUE!.',
    examples: [
      { args: [[[100, 120, 90, 110, '', '', '', '', '', '', '', '']], 3], result: 310, note: '100 + 120 + 90; April is after the reporting month' },
      { args: [[[4.2, 4.5, '', 4.4]], 4, 'average'], result: 4.366666666666666, note: '(4.2 + 4.5 + 4.4) / 3: the blank month is not averaged' },
      { args: [[['', '']], 2, 'average'], result: '', note: 'no month reported: blank' },
      { args: [[[100, 120]], 13], result: { error: '#NUM!' }, note: 'there is no month 13' },
      { args: [[[100, 120]], 2, 'median'], result: { error: '#VALUE!' }, note: 'only "sum" or "average"' },
    ],
  },
  {
    kind: 'range', name: 'RUN_RATE_FORECAST', compute: reporting.runRateForecast, spills: false,
    description: 'Full-year forecast at the run rate: YTD ÷ through_month × 12 for a sum, the YTD average for an average.',
    params: [monthlyActuals, throughMonth, aggregation],
    returns: 'The forecast for the year (blank for an average with no month reported).',
    details: 'Arguments and errors as YTD. For "sum", YTD(monthly_actuals, through_month) / through_month × 12: blank months among 1…through_month count as 0 and still count as elapsed. For "average", the YTD average: a rate or score is forecast to stay where it is.',
    examples: [
      { args: [[[100, 120, 90]], 3], result: 1240, note: '310 / 3 × 12' },
      { args: [[[0.82], [0.85], [0.88]], 3, 'average'], result: 0.85, note: 'a completion rate: the average so far' },
      { args: [[[100, '', 90, 500]], 3], result: 760, note: '(100 + 0 + 90) / 3 × 12: month 4 is after the reporting month' },
    ],
  },
  {
    kind: 'elementwise', name: 'PLAN_ATTAINMENT', compute: reporting.planAttainment, spills: true,
    description: 'Attainment of plan: actual / plan, or plan / actual when less is better; 1 means exactly on plan.',
    params: [
      { name: 'actual', type: 'number', range: true, description: 'The actual (for example year to date or the forecast), a value or a range.' },
      { name: 'plan', type: 'number', range: true, description: 'The plan for the same period, a value or a range.' },
      { name: 'less_is_better', type: 'boolean', range: true, optional: true, default: 0, rule: Rules.flag, description: 'TRUE when less is better (cost per learner, time to proficiency); default FALSE.' },
    ],
    returns: 'Attainment as a fraction (format as %): above 1 is better than plan.',
    details: `${ELEMENTWISE} less_is_better takes TRUE or FALSE (or 1 or 0); blank or omitted is FALSE. A zero divisor (plan, or actual when less is better) gives #DIV/0!.`,
    examples: [
      { args: [450, 500], result: 0.9, note: '450 / 500: 90% of plan' },
      { args: [55000, 50000, true], result: 0.9090909090909091, note: 'cost 55,000 against a plan of 50,000, less is better: 50,000 / 55,000' },
      { args: [[[450], [600]], [[500], [500]]], result: [[0.9], [1.2]], note: 'two measures at once' },
      { args: [10, 0], result: { error: '#DIV/0!' }, note: 'no plan to measure against' },
    ],
  },
];

/** The catalogue by upper-case name. */
export const BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(CATALOGUE.map((spec) => [spec.name, spec]));
