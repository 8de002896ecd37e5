/**
 * `checkHealth(model, { today })`: the audit. Data checks (numbers that can't be read, percentages
 * typed as 80), alignment and partnership checks here; the Phillips ROI Methodology's checks in
 * {@link ./phillips}. Deterministic: `today` is a parameter, and the findings come back sorted.
 */
import { MAX_STRENGTH, MIN_SUPPORT, STRATEGY_TABLE } from '../templates/layout';
import { daysBetween, invalidText, isIsoDate } from './cells';
import { Finding, RULES, finding, sortFindings } from './findings';
import { portfolioFigures, PortfolioFigures } from './figures';
import { money, percent, plain } from './format';
import type { FrameworkModel, Initiative, NumberField, Objective } from './model';
import { splitCell } from './model';
import { phillipsFindings } from './phillips';
import { auditMeasures, type MeasuresReport } from './measures';
import { uncertaintyFindings } from './uncertainty';

export interface HealthOptions {
  /** The day to measure "last 90 days" from, ISO `YYYY-MM-DD`. */
  readonly today: string;
  /** Days without contact before a sponsor counts as not engaged (default 90). */
  readonly contactDays?: number;
  /** ROI above this (a fraction: 10 = 1,000%) is extreme (default 10). */
  readonly extremeROI?: number;
  /** A benefit above this many times the median of the others is out of line (default 10). */
  readonly outlierFactor?: number;
  /** The Measures sheet as `measuresFromSource` read it: its unreadable cells and `auditMeasures` findings join the audit. */
  readonly measures?: MeasuresReport;
}

export const HEALTH_DEFAULTS = { contactDays: 90, extremeROI: 10, outlierFactor: 10 } as const;

type Kind = 'money' | 'count' | 'fraction' | 'weight' | 'reaction' | 'measure' | 'link';

/** The data checks of one number field; returns the findings (none when it is fine or blank). */
export function numberFindings(field: NumberField, label: string, kind: Kind): Finding[] {
  const ref = field.cell;
  const { address } = splitCell(ref);
  if (field.invalid !== undefined) {
    return [finding('invalid-value', ref, `${label} is not a number`,
      `${label} (${address}) holds ${invalidText(field.invalid)}, which is not a number, so the workbook's formulas skip it or show an error and every total that uses it is wrong.`,
      `Type the figure as a plain number in ${address}${kind === 'fraction' ? ' (a percentage such as 80%)' : ''}, or clear the cell if it is not known.`)];
  }
  const v = field.value;
  if (v === null) return [];
  if (kind === 'fraction') {
    if (v > 1 && v <= 100) {
      return [finding('percent-typed-as-whole', ref, `${label} typed as ${v} instead of ${v}%`,
        `${label} (${address}) is ${v}, which a spreadsheet reads as ${percent(v)}: every figure built on it is 100 times too large.`,
        `Type ${v}% (or ${v / 100}) in ${address}.`)];
    }
    if (v < 0 || v > 1) {
      return [finding('out-of-range', ref, `${label} is outside 0% to 100%`, `${label} (${address}) is ${percent(v)}; a share must be between 0% and 100%.`, `Correct ${address}: type a percentage between 0% and 100%.`)];
    }
    return [];
  }
  if (kind === 'link') {
    if (!Number.isInteger(v) || v < 0 || v > MAX_STRENGTH) {
      return [finding('out-of-range', ref, `${label} is ${v}, not 0–${MAX_STRENGTH}`, `${label} (${address}) is ${v}; a link strength is 0 (none), 1 (indirect), 2 (direct) or 3 (primary), so this link is ignored.`, `Pick 0, 1, 2 or 3 in ${address}.`)];
    }
    return [];
  }
  if (kind === 'reaction') {
    if (v < 1 || v > 5) {
      return [finding('out-of-range', ref, `${label} is outside 1–5`, `${label} (${address}) is ${v}; the reaction rating is an average on a scale of 1 to 5.`, `Correct ${address}.`, { severity: 'warning' })];
    }
    return [];
  }
  if (kind !== 'measure' && v < 0) {
    return [finding('out-of-range', ref, `${label} is negative`, `${label} (${address}) is ${kind === 'money' ? money(v) : plain(v)}; it cannot be below 0, and a negative figure offsets the others in every total.`, `Correct ${address}; type 0 if there is none.`)];
  }
  if (kind === 'count' && !Number.isInteger(v)) {
    return [finding('out-of-range', ref, `${label} is not a whole number`, `${label} (${address}) is ${v}; it counts people.`, `Type a whole number in ${address}.`, { severity: 'warning' })];
  }
  return [];
}

export function checkHealth(model: FrameworkModel, options: HealthOptions): Finding[] {
  if (!isIsoDate(options.today)) throw new Error(`checkHealth: today must be an ISO date (YYYY-MM-DD), not ${String(options.today)}`);
  const figures = portfolioFigures(model);
  const out: Finding[] = [];
  for (const p of [...model.problems, ...(options.measures?.problems ?? [])]) {
    out.push(finding('unreadable', p.cell ? `${p.sheet}!${p.cell}` : `${p.sheet}!`, p.message.split(/[;:.]/)[0], p.message, p.action ?? 'Restore the layout of the template here, or move the figures into the template’s rows and columns.', { severity: p.severity }));
  }
  out.push(...dataFindings(model), ...overwrittenFindings(model, figures), ...alignmentFindings(model, figures), ...partnershipFindings(model, options));
  out.push(...phillipsFindings(model, figures, { ...HEALTH_DEFAULTS, ...options }));
  out.push(...uncertaintyFindings(model, figures));
  if (options.measures) out.push(...auditMeasures(options.measures));
  // One finding per id: the same cell can only be reported once for a rule.
  const unique = new Map<string, Finding>();
  for (const f of out) if (!unique.has(f.id)) unique.set(f.id, f);
  return sortFindings([...unique.values()], model.sheets);
}

function dataFindings(model: FrameworkModel): Finding[] {
  const out: Finding[] = [];
  for (const o of model.objectives) {
    const name = `“${o.name.value}”`;
    out.push(...numberFindings(o.weight, `The priority weight of ${name}`, 'weight'));
    out.push(...numberFindings(o.baseline, `The KPI baseline of ${name}`, 'measure'));
    out.push(...numberFindings(o.target, `The KPI target of ${name}`, 'measure'));
    out.push(...numberFindings(o.current, `The current KPI value of ${name}`, 'measure'));
    if (o.weight.value === null && o.weight.invalid === undefined) {
      out.push(finding('missing-figure', o.weight.cell, `No priority weight for ${name}`,
        `${name} has no priority weight (${splitCell(o.weight.cell).address}), so it counts as 0: the alignment score and objective coverage ignore it.`,
        `Enter its priority weight in ${splitCell(o.weight.cell).address} (any scale, e.g. points out of 100).`));
    }
  }
  const weights = model.objectives.filter((o) => o.weight.value !== null && o.weight.invalid === undefined);
  if (weights.length > 0 && weights.every((o) => o.weight.value === 0)) {
    const first = weights[0].weight;
    out.push(finding('missing-figure', first.cell, 'Every priority weight is 0',
      'All the objectives have a priority weight of 0, so no alignment score, objective coverage or portfolio alignment can be computed.',
      `Give the objectives their relative importance on Strategy (weights above 0, starting at ${splitCell(first.cell).address}).`));
  }
  for (const i of model.initiatives) {
    const name = `“${i.name.value}”`;
    out.push(...numberFindings(i.participants, `Participants of ${name}`, 'count'));
    out.push(...numberFindings(i.budget, `The budget of ${name}`, 'money'));
    for (const link of i.links) {
      const objective = model.objectives.find((o) => o.slot === link.slot);
      if (link.strength.invalid?.startsWith('no link column')) continue;
      out.push(...numberFindings(link.strength, `The link from ${name} to “${objective?.name.value ?? `objective ${link.slot}`}”`, 'link'));
    }
    if (i.budget.value === null && i.budget.invalid === undefined) {
      out.push(finding('missing-figure', i.budget.cell, `No budget for ${name}`,
        `${name} has no budget for this period (${splitCell(i.budget.cell).address}), so the portfolio alignment and the plan leave its money out.`,
        `Enter its budget in ${splitCell(i.budget.cell).address} (0 if it has none).`));
    }
    const ev = i.impact;
    out.push(...numberFindings(ev.reaction, `The reaction rating of ${name}`, 'reaction'));
    out.push(...numberFindings(ev.learningGain, `The learning gain of ${name}`, 'fraction'));
    out.push(...numberFindings(ev.application, `On-the-job application for ${name}`, 'fraction'));
    out.push(...numberFindings(ev.change, `The change in the business metric for ${name}`, 'measure'));
    out.push(...numberFindings(ev.valuePerUnit, `The value per unit for ${name}`, 'money'));
    out.push(...numberFindings(ev.isolation, `The isolation % of ${name}`, 'fraction'));
    out.push(...numberFindings(ev.confidence, `The confidence % of ${name}`, 'fraction'));
    out.push(...rangeEstimateFindings(ev, name));
    if (ev.benefitYears) out.push(...numberFindings(ev.benefitYears, `The benefit years of ${name}`, 'count'));
    const half = [ev.change, ev.valuePerUnit].filter((f) => f.value === null && f.invalid === undefined);
    if (half.length === 1) {
      const missing = half[0];
      const what = missing === ev.change ? 'the yearly change in the business metric' : 'the money value of one unit of the metric';
      out.push(finding('missing-figure', missing.cell, `Half a benefit for ${name}`,
        `${name} has only half of its benefit: ${what} (${splitCell(missing.cell).address}) is blank, so no benefit can be counted for it.`,
        `Enter ${what} in ${splitCell(missing.cell).address}, or clear the other half if there is no measured result yet.`));
    }
    for (const [key, field] of Object.entries(i.costs)) out.push(...numberFindings(field, `${COST_LABELS[key] ?? 'A cost'} for ${name}`, 'money'));
    out.push(...numberFindings(i.plan.nextBudget, `Next period's budget for ${name}`, 'money'));
  }
  for (const s of model.history) {
    const when = s.date.value ?? `row ${s.row}`;
    if (s.date.invalid !== undefined) {
      out.push(finding('invalid-value', s.date.cell, 'A snapshot date is not a date', `The snapshot date (${splitCell(s.date.cell).address}) holds ${invalidText(s.date.invalid)}, so the trend cannot place it.`, `Type the date as a date (2025-06-30) in ${splitCell(s.date.cell).address}.`));
    }
    out.push(...numberFindings(s.investment, `The investment in the ${when} snapshot`, 'money'));
    out.push(...numberFindings(s.benefits, `The benefits in the ${when} snapshot`, 'money'));
    out.push(...numberFindings(s.alignedShare, `Programs aligned in the ${when} snapshot`, 'fraction'));
    out.push(...numberFindings(s.coverage, `Objective coverage in the ${when} snapshot`, 'fraction'));
    out.push(...numberFindings(s.alignment, `Portfolio alignment in the ${when} snapshot`, 'weight'));
    for (const field of [s.investment, s.benefits]) {
      if (field.value === null && field.invalid === undefined) {
        out.push(finding('missing-figure', field.cell, `The ${when} snapshot is incomplete`, `The snapshot of ${when} has no ${field === s.investment ? 'investment' : 'benefits'} (${splitCell(field.cell).address}), so its return cannot be shown in the trend.`, `Enter it in ${splitCell(field.cell).address}, or delete the snapshot row.`, { severity: 'warning' }));
      }
    }
  }
  for (const p of model.partners) {
    if (p.lastContact.invalid !== undefined) {
      out.push(finding('invalid-value', p.lastContact.cell, `Last contact with ${p.name.value} is not a date`, `The last contact with ${p.name.value} (${splitCell(p.lastContact.cell).address}) holds ${invalidText(p.lastContact.invalid)}, so how recent it is cannot be checked.`, `Type the date (2025-06-30) in ${splitCell(p.lastContact.cell).address}.`));
    }
  }
  return out;
}

/** The low and high isolation estimates: fractions, with low ≤ point ≤ high (a blank estimate is the point value). */
function rangeEstimateFindings(ev: Initiative['impact'], name: string): Finding[] {
  const out: Finding[] = [];
  const point = ev.isolation.value;
  const valid = (v: number | null) => v !== null && v >= 0 && v <= 1;
  for (const [field, which] of [[ev.isolationLow, 'low'], [ev.isolationHigh, 'high']] as const) {
    if (!field) continue;
    const problems = numberFindings(field, `The ${which} isolation estimate of ${name}`, 'fraction');
    out.push(...problems);
    if (problems.length > 0 || !valid(field.value) || !valid(point)) continue;
    const wrong = which === 'low' ? field.value! > point! : field.value! < point!;
    if (!wrong) continue;
    const address = splitCell(field.cell).address;
    out.push(finding('out-of-range', field.cell, `The ${which} isolation estimate of ${name} is ${which === 'low' ? 'above' : 'below'} the point value`,
      `The ${which} estimate (${address}) is ${percent(field.value!)}, ${which === 'low' ? 'above' : 'below'} the claimed isolation of ${percent(point!)}, so the ROI range is turned inside out.`,
      `Type a ${which} estimate ${which === 'low' ? 'at or below' : 'at or above'} ${percent(point!)} in ${address}, or clear it to use the point value.`));
  }
  return out;
}

/** Calculated cells that show a number their inputs do not give (a value typed over the formula). */
function overwrittenFindings(model: FrameworkModel, figures: PortfolioFigures): Finding[] {
  const out: Finding[] = [];
  const differs = (shown: number, ours: number) => Math.abs(shown - ours) > Math.max(0.005, 1e-9 * Math.abs(ours));
  for (const i of model.initiatives) {
    const f = figures.initiatives[i.index];
    const name = `“${i.name.value}”`;
    const anyCost = Object.values(i.costs).some((field) => field.value !== null);
    const checks: [keyof Initiative['derivedShown'], number | null, string][] = [
      ['grossBenefit', f.grossBenefit, 'gross benefit (change × value per unit)'],
      ['adjustedBenefit', f.adjustedBenefit, 'adjusted benefit (gross × isolation × confidence)'],
      ['cost', anyCost ? f.cost : null, 'fully loaded cost (the sum of the cost categories)'],
      ['benefit', f.adjustedBenefit, 'adjusted benefits (from Impact)'],
    ];
    for (const [key, ours, what] of checks) {
      const shown = i.derivedShown[key];
      const cell = i.derivedCells[key];
      if (shown === null || ours === null || cell === null || !differs(shown, ours)) continue;
      const address = splitCell(cell).address;
      out.push(finding('formula-overwritten', cell, `${name}: a calculated figure was typed over`,
        `${address} shows ${money(shown)} as the ${what} of ${name}, but its inputs give ${money(ours)}. The cell's formula has probably been replaced by a typed number, and the Dashboard totals use it.`,
        `Restore the formula in ${address} (copy it from the row above or below), and change the inputs instead.`));
    }
  }
  return out;
}

export const COST_LABELS: Readonly<Record<string, string>> = {
  needsAssessment: 'The needs assessment cost', design: 'The design and development cost', delivery: 'The delivery cost', materials: 'The materials cost',
  facilities: 'The facilities and travel cost', participantTime: "The cost of participants' time", technology: 'The technology cost', evaluation: 'The evaluation cost', overhead: 'The overhead cost',
};

function alignmentFindings(model: FrameworkModel, figures: PortfolioFigures): Finding[] {
  const out: Finding[] = [];
  if (model.objectives.length === 0) {
    if (model.initiatives.length > 0) {
      const first = `${model.sheets.Strategy}!${STRATEGY_TABLE.columns.objective}${STRATEGY_TABLE.firstDataRow}`;
      out.push(finding('missing-figure', first, 'No business objectives on Strategy',
        `There are ${model.initiatives.length} initiatives but no business objectives, so none of them can be shown to serve the business and no alignment figure can be computed.`,
        `List the business objectives on Strategy from ${splitCell(first).address}, with their priority weights and sponsors, then rate the links on Alignment.`));
    }
    return out;
  }
  for (const i of model.initiatives) {
    const f = figures.initiatives[i.index];
    const name = `“${i.name.value}”`;
    const links = i.links.filter((l) => !l.strength.invalid?.startsWith('no link column'));
    if (links.length === 0) continue;
    if (f.strongestLink === 0) {
      out.push(finding('initiative-unlinked', links[0].strength.cell, `${name} is linked to no objective`,
        `${name} has no link to any business objective, so ${i.budget.value !== null ? `its budget of ${money(i.budget.value)} is` : 'it is'} spending with no stated business goal, and the share of programs aligned falls below 100%.`,
        `On Alignment row ${i.row}, rate how strongly ${name} serves each objective (2 direct, 3 primary), or stop funding it.`));
    } else if (f.strongestLink < MIN_SUPPORT) {
      const weak = links.find((l) => l.strength.value === f.strongestLink)!;
      out.push(finding('initiative-weakly-linked', weak.strength.cell, `${name} is only indirectly linked`,
        `${name}'s strongest link to an objective is 1 (indirect), so it does not count as aligned to business goals.`,
        `Show a direct link (2 or 3) to an objective on Alignment row ${i.row}, or redesign the initiative around one.`));
    }
  }
  if (model.initiatives.length === 0) return out;
  for (const o of figures.objectives) {
    if (o.supported) continue;
    const objective = model.objectives.find((x) => x.slot === o.slot)!;
    out.push(finding('objective-unsupported', objective.name.cell, `“${o.name}” has no initiative supporting it`,
      `No initiative has a direct (2) or primary (3) link to “${o.name}”${o.strongestLink === 1 ? ' (only indirect links)' : ''}, so this business objective gets no targeted support and objective coverage is below 100%.`,
      `Link an existing initiative to it on Alignment, or plan one for next period.`));
  }
  return out;
}

function normalName(text: string | null): string {
  return (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function partnershipFindings(model: FrameworkModel, options: HealthOptions): Finding[] {
  const out: Finding[] = [];
  if (!model.sheets.Partners) return out;
  const contactDays = options.contactDays ?? HEALTH_DEFAULTS.contactDays;
  for (const o of model.objectives) {
    const name = `“${o.name.value}”`;
    const sponsor = model.partners.find((p) => o.sponsor.value !== null && normalName(p.name.value) === normalName(o.sponsor.value));
    const sponsorAddress = splitCell(o.sponsor.cell).address;
    if (!sponsor) {
      out.push(finding('objective-no-sponsor', o.sponsor.cell, `${name} has no executive sponsor on Partners`,
        o.sponsor.value === null
          ? `${name} names no executive sponsor, so no business leader is accountable for what L&D delivers towards it.`
          : `${name}'s sponsor, ${o.sponsor.value}, is not listed on Partners, so the relationship is not being tracked.`,
        o.sponsor.value === null ? `Agree a sponsor and enter their name in ${sponsorAddress}, then add them on Partners.` : `Add ${o.sponsor.value} on Partners (same spelling), with their last contact date.`));
    }
    out.push(...contactFindings(model, o, sponsor ?? null, options.today, contactDays));
  }
  return out;
}

function contactFindings(model: FrameworkModel, o: Objective, sponsor: FrameworkModel['partners'][number] | null, today: string, days: number): Finding[] {
  const owners = model.partners.filter((p) => p === sponsor || (p.objective.value !== null && normalName(p.objective.value) === normalName(o.name.value)));
  if (owners.length === 0) return [];
  const dated = owners.filter((p) => p.lastContact.value !== null).sort((a, b) => (a.lastContact.value! < b.lastContact.value! ? 1 : -1));
  const latest = dated[0];
  if (latest && daysBetween(latest.lastContact.value!, today) <= days) return [];
  const who = sponsor ?? owners[0];
  const ref = who.lastContact.cell;
  const name = `“${o.name.value}”`;
  const ago = (date: string) => `${daysBetween(date, today)} days before ${today}`;
  let since: string;
  if (!latest) since = `No contact about ${name} is recorded`;
  else if (latest === sponsor) since = `The last contact about ${name} was with its sponsor, ${latest.name.value}, on ${latest.lastContact.value}, ${ago(latest.lastContact.value!)}`;
  else since = `The last contact about ${name} was with ${latest.name.value} on ${latest.lastContact.value}, ${ago(latest.lastContact.value!)}`;
  // When that was someone else, say so and name the sponsor: the sponsor is the one who must hear.
  if (sponsor && latest !== sponsor) {
    const when = sponsor.lastContact.value;
    since += `; the sponsor, ${sponsor.name.value}, ${when === null ? 'has no contact date recorded' : `was last contacted on ${when} (${daysBetween(when, today)} days ago)`}`;
  }
  const listener = sponsor ? 'the sponsor hears' : `the business owners of ${name} hear`;
  return [finding('sponsor-no-recent-contact', ref, `No contact about ${name} in the last ${days} days`,
    `${since}. Without regular contact ${listener} about results late, if at all.`,
    `Meet ${who.name.value} to review progress on ${name}, and record the date in ${splitCell(ref).address}.`, { subject: `objective${o.slot}` })];
}

export { RULES };
