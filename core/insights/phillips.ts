/**
 * The checks of the Phillips ROI Methodology's guiding principles that a spreadsheet can make
 * (J. J. Phillips & P. P. Phillips, ROI Institute; "Return on Investment in Training and Performance
 * Improvement Programs", 2nd ed., 2003): fully loaded costs (principle 10), isolation (5), adjustment
 * for estimation error (7), data at the lower levels (1), first-year benefits only for short-term
 * programs (9), extreme data items (8), and "no data, no improvement" (6).
 */
import { firstAtLeast } from '../sorted';
import { COST_CATEGORIES } from '../templates/layout';
import { Finding, finding } from './findings';
import type { PortfolioFigures } from './figures';
import { money, percent, plain } from './format';
import type { FrameworkModel, Initiative, NumberField } from './model';
import { splitCell } from './model';
import { learningEvidence } from './learning';

export interface PhillipsOptions {
  readonly extremeROI: number;
  readonly outlierFactor: number;
}

const COST_NAMES: Readonly<Record<string, string>> = Object.fromEntries(COST_CATEGORIES.map(([key, header]) => [key, header]));

/** Words that say a benefit covers more than one year. */
export const MULTI_YEAR = /\b(multi[- ]?years?|cumulative|life[- ]?time|([2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b|total to date|since (launch|inception))/i;

const at = (field: { cell: string }) => splitCell(field.cell).address;

function usable(field: NumberField): boolean {
  return field.value !== null && field.invalid === undefined;
}

export function phillipsFindings(model: FrameworkModel, figures: PortfolioFigures, options: PhillipsOptions): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    const f = figures.initiatives[i.index];
    const name = `“${i.name.value}”`;
    const claimed = f.grossBenefit !== null && f.grossBenefit > 0;
    out.push(...costFindings(i, name, claimed));
    if (claimed) {
      out.push(...adjustmentFindings(i.impact.isolation, 'benefit-not-isolated', name, 'isolation %',
        'the share of the improvement the program itself caused (from a control group, a trend line or estimates by participants and managers)', 'all of the improvement is credited to the program, although other factors (prices, hiring, the market) moved the same measure'));
      out.push(...adjustmentFindings(i.impact.confidence, 'benefit-not-adjusted', name, 'confidence %',
        'the certainty of the estimate', 'the estimate is treated as certain'));
      // Level 2 from the Learning data's average score counts when Impact says to use it (as its Evidence reached formula).
      const learned = learningEvidence(model.learning?.settings, i.learning);
      const missing = [i.impact.learningGain, i.impact.application].filter((field) => field.value === null && field.invalid === undefined && !(learned && field === i.impact.learningGain));
      if (missing.length > 0) {
        const levels = missing.map((field) => (field === i.impact.learningGain ? 'what people learned (learning gain)' : 'whether participants apply it at work (on-the-job application)'));
        out.push(finding('benefit-without-evidence', missing[0].cell, `${name} claims a benefit without the evidence beneath it`,
          `${name} claims ${money(f.grossBenefit!)} of business results, but there is no data on ${levels.join(' or ')}. Without it nothing shows that the program, rather than something else, changed the result.`,
          `Measure and enter ${missing.map((field) => at(field)).join(' and ')} before counting the benefit.`));
      }
      out.push(...multiYearFindings(i, name));
    }
  }
  out.push(...extremeFindings(model, figures, options));
  return out;
}

function costFindings(i: Initiative, name: string, claimed: boolean): Finding[] {
  const entries = COST_CATEGORIES.map(([key]) => [key, i.costs[key]] as const);
  const entered = entries.filter(([, field]) => field.value !== null || field.invalid !== undefined);
  if (entered.length === 0) {
    if (!claimed) {
      return [finding('not-evaluated', i.name.cell, `${name} has no costs or benefits yet`,
        `${name} has neither costs (ROI sheet) nor a money benefit (Impact sheet), so it is left out of the return figures; until results are measured it is assumed to have produced no improvement.`,
        `Enter its costs on ROI and its results on Impact when they are known.`)];
    }
    const first = entries[0][1];
    return [finding('costs-not-fully-loaded', first.cell, `${name} claims a benefit with no costs`,
      `${name} claims a benefit but none of its costs are entered, so its return looks infinite.`,
      `Enter every cost category for it on ROI row ${splitCell(first.cell).address.replace(/^[A-Z]+/, '')}, including participants' time (0 where there was none).`)];
  }
  const total = entries.reduce((sum, [, field]) => sum + (field.value ?? 0), 0);
  if (claimed && total <= 0 && entered.every(([, field]) => field.invalid === undefined)) {
    const first = entries[0][1];
    return [finding('costs-not-fully-loaded', first.cell, `${name} claims a benefit at no cost`,
      `${name}'s costs add up to ${money(total)} although it claims ${money(i.impact.change.value! * i.impact.valuePerUnit.value!)} of business results: no program is free, so its return cannot be stated.`,
      `Enter its real costs on ROI (${entries.map(([, field]) => at(field)).join(', ')}), including participants' time.`)];
  }
  const blank = entries.filter(([, field]) => field.value === null && field.invalid === undefined);
  const participants = i.participants.value;
  const time = i.costs.participantTime;
  const zeroTime = usable(time) && time.value === 0 && participants !== null && participants > 0;
  if (blank.length === 0 && !zeroTime) return [];
  const names = blank.map(([key]) => COST_NAMES[key]);
  const first = blank.length > 0 ? blank[0][1] : time;
  const parts: string[] = [];
  if (names.length > 0) parts.push(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} blank`);
  if (zeroTime) parts.push(`participants' time is 0 although ${plain(participants!)} people took part`);
  return [finding('costs-not-fully-loaded', first.cell, `${name}: costs not fully loaded`,
    `For ${name}, ${parts.join(', and ')}, so its cost is understated and its return overstated. A credible return counts every cost, including the time people spend away from their work.`,
    `${blank.length > 0 ? `Enter ${blank.map(([, field]) => at(field)).join(', ')} (type 0 where there truly was no such cost)` : `Enter the cost of participants' time in ${at(time)} (people × hours × loaded hourly pay)`}.`)];
}

function adjustmentFindings(field: NumberField, rule: 'benefit-not-isolated' | 'benefit-not-adjusted', name: string, what: string, meaning: string, fullMeaning: string): Finding[] {
  if (field.invalid !== undefined) return [];
  if (field.value === null) {
    return [finding(rule, field.cell, `${name}: no ${what}`,
      `${name} claims a benefit with no ${what} (${at(field)}): ${meaning} is not stated, so the benefit cannot be adjusted and is left out.`,
      `Enter the ${what} in ${at(field)}${rule === 'benefit-not-isolated' ? ' (for example 50% when half the improvement is due to the program)' : ' (for example 80%)'}.`)];
  }
  if (field.value === 1) {
    return [finding(rule, field.cell, `${name}: ${what} is 100%`,
      `${name}'s ${what} is ${percent(1)} (${at(field)}): ${fullMeaning}, which executives are unlikely to accept.`,
      `Use ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} supported by evidence in ${at(field)}, or note how the full ${what} was established.`, { severity: 'warning' })];
  }
  return [];
}

function multiYearFindings(i: Initiative, name: string): Finding[] {
  const out: Finding[] = [];
  const years = i.impact.benefitYears;
  if (years && usable(years) && years.value! > 1) {
    out.push(finding('multi-year-benefit', years.cell, `${name} claims ${plain(years.value!)} years of benefits`,
      `${name} counts ${plain(years.value!)} years of benefits. For a short program only the first year's benefits are credible: later years depend on too many other things.`,
      `Count one year of benefits (set ${at(years)} to 1 and enter the yearly change on Impact).`));
  }
  const metric = i.impact.metric;
  if (metric.value !== null && MULTI_YEAR.test(metric.value)) {
    out.push(finding('multi-year-benefit', metric.cell, `${name} claims more than one year of benefits`,
      `${name}'s business result is described as “${metric.value}”, which covers more than one year. For a short program only the first year's benefits are credible.`,
      `Enter the change for the first year only in ${at(i.impact.change)} and describe the metric per year in ${at(metric)}.`));
  }
  const header = i.impact.changeHeader;
  if (header?.value && MULTI_YEAR.test(header.value)) {
    out.push(finding('multi-year-benefit', header.cell, 'The change in the business metric is not per year',
      `The column header “${header.value}” says the change covers more than one year, so every benefit on the sheet counts several years. For short programs only the first year's benefits are credible.`,
      `Enter yearly changes and restore the header “Change in metric (per year)” in ${at(header)}.`));
  }
  return out;
}

/**
 * The median of `sorted` (ascending) with one occurrence of `value` left out, in constant time: the
 * k-th value of the shortened list is sorted[k] before the removed position and sorted[k + 1] after it.
 * (Sorting once and reading this per initiative keeps the audit linear, not one sort per initiative.)
 */
export function medianWithout(sorted: readonly number[], value: number): number {
  const removed = firstAtLeast(sorted, value);
  const length = sorted.length - 1;
  const at = (k: number) => sorted[k < removed ? k : k + 1];
  const mid = Math.floor(length / 2);
  return length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function extremeFindings(model: FrameworkModel, figures: PortfolioFigures, options: PhillipsOptions): Finding[] {
  const out: Finding[] = [];
  const benefits = figures.initiatives.filter((f) => f.adjustedBenefit !== null && f.adjustedBenefit > 0).map((f) => f.adjustedBenefit!).sort((a, b) => a - b);
  for (const f of figures.initiatives) {
    const i = model.initiatives[f.index];
    const name = `“${f.name}”`;
    if (f.roi !== null && f.roi > options.extremeROI) {
      out.push(finding('roi-extreme', i.derivedCells.roi ?? i.name.cell, `${name} shows an ROI of ${percent(f.roi)}`,
        `${name} returns ${percent(f.roi)} (${money(f.adjustedBenefit!)} of benefits on ${money(f.cost)} of costs), above the ${percent(options.extremeROI)} that executives and auditors treat as implausible without proof. An extreme figure left in makes every other figure look doubtful.`,
        `Check the inputs on Impact row ${i.impact.row ?? i.row} and ROI row ${i.roiRow ?? i.row}; then either justify the figure with evidence or leave this initiative out of the reported return.`));
    }
    if (f.adjustedBenefit === null || f.adjustedBenefit <= 0) continue;
    if (benefits.length - 1 < 3) continue;
    const typical = medianWithout(benefits, f.adjustedBenefit);
    if (typical > 0 && f.adjustedBenefit > options.outlierFactor * typical) {
      const ev = i.impact;
      out.push(finding('benefit-outlier', i.derivedCells.adjustedBenefit ?? ev.change.cell, `${name}'s benefit is far out of line`,
        `${name} claims ${money(f.adjustedBenefit)} of adjusted benefits, ${plain(f.adjustedBenefit / typical, 1)} times the median of the other initiatives (${money(typical)}). It comes from a change of ${plain(ev.change.value ?? 0)} (${at(ev.change)}) × ${money(ev.valuePerUnit.value ?? 0)} per unit (${at(ev.valuePerUnit)}); a figure this far from the rest is usually a typing slip or an unsupported claim.`,
        `Check ${at(ev.change)} and ${at(ev.valuePerUnit)}; if the figure is right, document the evidence, otherwise correct it or leave it out of the return.`));
    }
  }
  return out;
}
