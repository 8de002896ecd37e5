/**
 * `executiveSummary(model, findings)`: a few short paragraphs in business language with the figures
 * that matter to executives: investment, adjusted benefits, ROI and BCR, share aligned, the objectives
 * best and least served, the top initiatives, the change since the last snapshot, and the audit's
 * caveats. Every number is computed by the core (`evaluateFunction(roi, …)`, `alignedShare`, … by reference) from the
 * workbook's inputs; nothing is invented, and the same model always gives the same text.
 */
import { evaluateFunction } from '../index';
import { benefitCostRatio, roi as roiOf } from '../functions/finance';
import { isErrorValue } from '../errors';
import { countBySeverity, Finding, RuleId } from './findings';
import { portfolioFigures, PortfolioFigures } from './figures';
import { count, list, longDate, money, percent, plain, ratio } from './format';
import type { FrameworkModel, Snapshot } from './model';
import { offTrackSentence, type MeasuresReport } from './measures';

export interface SummaryOptions {
  /** The organisation's name ("GrowthCorp"); without it the text says "the organisation". */
  readonly organisation?: string;
  /** Currency symbol (default `$`). */
  readonly currency?: string;
  /** How many top initiatives to name (default 3). */
  readonly top?: number;
}

export interface SnapshotFigures {
  readonly date: string | null;
  readonly investment: number;
  readonly benefits: number;
  readonly bcr: number | null;
  readonly roi: number | null;
  readonly alignedShare: number | null;
}

export interface SummaryFigures {
  readonly period: string | null;
  readonly initiatives: number;
  readonly investment: number;
  readonly adjustedBenefits: number;
  readonly netBenefits: number;
  readonly roi: number | null;
  readonly bcr: number | null;
  /** The ROI with every low (high) isolation estimate, as the Dashboard's C22:D22. */
  readonly roiLow: number | null;
  readonly roiHigh: number | null;
  /** The share of the improvements the programs must have caused for the portfolio to pay back (C23). */
  readonly breakEvenAttribution: number | null;
  readonly alignedShare: number | null;
  readonly alignedCount: number;
  readonly objectiveCoverage: number | null;
  readonly bestServed: { readonly name: string; readonly investment: number; readonly benefits: number } | null;
  readonly leastServed: { readonly name: string; readonly investment: number; readonly benefits: number } | null;
  readonly topInitiatives: readonly { readonly name: string; readonly netBenefits: number; readonly bcr: number | null }[];
  readonly firstSnapshot: SnapshotFigures | null;
  readonly lastSnapshot: SnapshotFigures | null;
  /** Null when a sum passes the largest number there is (see {@link PortfolioFigures.thisBudget}). */
  readonly thisBudget: number | null;
  readonly nextBudget: number | null;
  readonly budgetChange: number | null;
  readonly errors: number;
  readonly warnings: number;
  /** Initiatives whose benefit is left out as an extreme value (their costs still count). */
  readonly benefitsLeftOut: readonly string[];
}

export interface ExecutiveSummary {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The paragraphs joined by blank lines. */
  readonly text: string;
  readonly figures: SummaryFigures;
}

/** What each rule means for the figures, in an executive's words (for the caveats). */
const CAVEATS: Partial<Record<RuleId, string>> = {
  'measure-no-plan': 'some measures on Measures have no plan, so nobody can tell whether they are on track',
  'months-out-of-order': 'some measures skip a month, so their year to date is misstated',
  'costs-not-fully-loaded': 'some costs are missing, so the return is overstated',
  'benefit-not-isolated': 'some benefits are not limited to the share of the result the programs themselves caused',
  'benefit-not-adjusted': 'some estimates are not discounted for uncertainty',
  'benefit-without-evidence': 'some benefits lack evidence that people learned and now work differently',
  'multi-year-benefit': 'some benefits count more than one year',
  'roi-extreme': 'some returns are implausibly high and need checking',
  'benefit-outlier': 'one or more benefits are far out of line with the rest and need checking',
  'invalid-value': 'some figures are typed in a form the calculations cannot use',
  'percent-typed-as-whole': 'some percentages are mistyped (80 instead of 80%)',
  'out-of-range': 'some figures are outside their possible range',
  'missing-figure': 'some figures are missing',
  'formula-overwritten': 'some calculated figures were typed over and disagree with their inputs',
  'initiative-unlinked': 'some programs are not linked to any business objective',
  'initiative-weakly-linked': 'some programs are only indirectly linked to business objectives',
  'objective-unsupported': 'some business objectives have no program supporting them directly',
  'objective-no-sponsor': 'some objectives have no executive sponsor on record',
  'sponsor-no-recent-contact': 'some sponsors have not been contacted in the last 90 days',
  'roi-fragile': 'some returns rest on a share of the result barely above what they need to pay back',
  'roi-range-negative': 'some programs may lose money on the most cautious estimates',
  'unreadable': 'parts of the workbook could not be read',
};

function snapshotFigures(s: Snapshot): SnapshotFigures | null {
  const investment = s.investment.value;
  const benefits = s.benefits.value;
  if (investment === null || benefits === null) return null;
  const bcr = evaluateFunction(benefitCostRatio, [benefits, investment]);
  const roi = evaluateFunction(roiOf, [benefits, investment]);
  return {
    date: s.date.value, investment, benefits,
    bcr: typeof bcr === 'number' ? bcr : null, roi: typeof roi === 'number' ? roi : null,
    alignedShare: s.alignedShare.value !== null && s.alignedShare.value <= 1 ? s.alignedShare.value : null,
  };
}

export function summaryFigures(model: FrameworkModel, findings: readonly Finding[], figures: PortfolioFigures = portfolioFigures(model), top = 3): SummaryFigures {
  const served = figures.objectives.filter((o) => o.weight > 0 || o.investment > 0);
  const byBenefit = [...served].sort((a, b) => b.benefits - a.benefits || b.investment - a.investment || a.slot - b.slot);
  // Oldest first by date (rows may have been reordered); rows without a date keep their place at the end.
  const snapshots = model.history
    .map(snapshotFigures)
    .filter((s): s is SnapshotFigures => s !== null)
    .map((s, k) => ({ s, k }))
    .sort((a, b) => (a.s.date && b.s.date ? (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.k - b.k) : a.s.date ? -1 : b.s.date ? 1 : a.k - b.k))
    .map(({ s }) => s);
  const counts = countBySeverity(findings);
  const pick = (o: (typeof byBenefit)[number] | undefined) => (o ? { name: o.name, investment: o.investment, benefits: o.benefits } : null);
  return {
    period: model.thisPeriod?.value ?? null,
    initiatives: figures.initiatives.length,
    investment: figures.totalInvestment,
    adjustedBenefits: figures.totalAdjustedBenefits,
    netBenefits: figures.netBenefits,
    roi: figures.portfolioROI,
    bcr: figures.portfolioBCR,
    roiLow: figures.portfolioROILow,
    roiHigh: figures.portfolioROIHigh,
    breakEvenAttribution: figures.breakEvenAttribution,
    alignedShare: figures.alignedShare,
    alignedCount: figures.initiatives.filter((f) => f.aligned).length,
    objectiveCoverage: figures.objectiveCoverage,
    bestServed: pick(byBenefit[0]),
    leastServed: byBenefit.length > 1 ? pick(byBenefit[byBenefit.length - 1]) : null,
    topInitiatives: figures.initiatives
      .filter((f) => f.net !== null)
      .sort((a, b) => b.net! - a.net! || a.index - b.index)
      .slice(0, top)
      .map((f) => ({ name: f.name, netBenefits: f.net!, bcr: f.bcr })),
    firstSnapshot: snapshots.length > 1 ? snapshots[0] : null,
    lastSnapshot: snapshots.length > 0 ? snapshots[snapshots.length - 1] : null,
    thisBudget: figures.thisBudget,
    nextBudget: figures.nextBudget,
    budgetChange: figures.budgetChange,
    errors: counts.error,
    warnings: counts.warning,
    benefitsLeftOut: figures.initiatives.filter((f) => f.benefitProblem === 'left out as an extreme value').map((f) => f.name),
  };
}

function change(from: number, to: number): number | null {
  const r = evaluateFunction(roiOf, [to, from]);
  return isErrorValue(r) || typeof r !== 'number' ? null : r;
}

function signed(fraction: number): string {
  return `${fraction >= 0 ? 'up' : 'down'} ${percent(Math.abs(fraction))}`;
}

/**
 * Initiatives whose benefit the audit found extreme (ROI above 1,000% or far out of line): the summary
 * leaves their benefit out (Phillips principle 8: extreme data items should not be used in ROI
 * calculations) and says so; their costs still count.
 */
export function extremeInitiatives(model: FrameworkModel, findings: readonly Finding[]): number[] {
  const cells = new Set(findings.filter((f) => f.rule === 'roi-extreme' || f.rule === 'benefit-outlier').map((f) => `${f.sheet}!${f.cell}`));
  return model.initiatives
    .filter((i) => [i.derivedCells.roi, i.derivedCells.adjustedBenefit, i.name.cell, i.impact.change.cell].some((c) => c !== null && cells.has(c)))
    .map((i) => i.index);
}

export function executiveSummary(model: FrameworkModel, findings: readonly Finding[], options: SummaryOptions = {}, measures?: MeasuresReport): ExecutiveSummary {
  const excluded = extremeInitiatives(model, findings);
  const excludedSet = new Set(excluded);
  const figures = portfolioFigures(model, { excludeBenefits: excluded });
  const s = summaryFigures(model, findings, figures, options.top ?? 3);
  const $ = (n: number) => money(n, options.currency ?? '$');
  const who = options.organisation?.trim() || 'The organisation';
  /** The organisation's name in the middle of a sentence. */
  const whoMid = options.organisation?.trim() || 'the organisation';
  const when = s.period ? `In ${s.period}, ` : 'This period, ';
  const paragraphs: string[] = [];

  // 1. The return.
  if (s.initiatives === 0) {
    paragraphs.push(`${who} has no programs recorded yet: list them on the Alignment sheet, with their costs and results, and this summary will report their return.`);
  } else if (s.bcr === null || s.investment === 0) {
    paragraphs.push(`${when}${whoMid} runs ${count(s.initiatives, 'people-development program')}, but their costs are not recorded yet, so their return cannot be stated.`);
  } else {
    paragraphs.push(
      `${when}${whoMid} invested ${$(s.investment)} in ${count(s.initiatives, 'people-development program')}, counting every cost including the time people spent away from their work. ` +
      `Counting only the share of each business result the programs themselves caused, and discounting every estimate for uncertainty, they returned ${$(s.adjustedBenefits)}: ` +
      `net benefits of ${$(s.netBenefits)}, a return on investment of ${percent(s.roi!)} and a benefit-cost ratio of ${ratio(s.bcr)} (${money(s.bcr, options.currency ?? '$')} back for every ${money(1, options.currency ?? '$')} spent).` +
      rangeSentences(s),
    );
  }

  // 2. The trend: first snapshot, and the change since the last one.
  const trend: string[] = [];
  if (s.firstSnapshot?.bcr != null && s.bcr !== null) {
    const moved = change(s.firstSnapshot.bcr, s.bcr);
    trend.push(`The benefit-cost ratio has moved from ${ratio(s.firstSnapshot.bcr)} at the first snapshot${s.firstSnapshot.date ? ` (${longDate(s.firstSnapshot.date)})` : ''} to ${ratio(s.bcr)} now${moved !== null ? `, ${signed(moved)}` : ''}.`);
  }
  const last = s.lastSnapshot;
  if (last && s.bcr !== null) {
    const since = last.date ? `the last snapshot (${longDate(last.date)})` : 'the last snapshot';
    const same = Math.abs(last.investment - s.investment) < 0.5 && Math.abs(last.benefits - s.adjustedBenefits) < 0.5;
    if (same) {
      trend.push(`Investment and benefits are unchanged since ${since}.`);
    } else {
      const parts = [
        `investment ${last.investment === s.investment ? 'is unchanged' : `has gone from ${$(last.investment)} to ${$(s.investment)}`}`,
        `benefits ${last.benefits === s.adjustedBenefits ? 'are unchanged' : `have gone from ${$(last.benefits)} to ${$(s.adjustedBenefits)}`}`,
      ];
      trend.push(`Since ${since}, ${parts.join(' and ')}${last.bcr !== null ? `, taking the ratio from ${ratio(last.bcr)} to ${ratio(s.bcr)}` : ''}.`);
    }
  } else if (!last && s.initiatives > 0) {
    // (With snapshots but no costs this period there is no ratio to compare them with: nothing is said.)
    trend.push('There is no earlier snapshot to compare with yet; taking one now starts the trend.');
  }
  if (trend.length > 0) paragraphs.push(trend.join(' '));

  // 3. Alignment and the objectives.
  if (s.initiatives > 0 && s.alignedShare !== null) {
    const parts = [`${percent(s.alignedShare)} of programs (${s.alignedCount} of ${s.initiatives}) directly support at least one business objective`];
    if (s.objectiveCoverage !== null) parts.push(`together they cover ${percent(s.objectiveCoverage)} of the business priorities by weight`);
    let text = `${parts.join(', and ')}.`;
    const gaps = figures.objectives.filter((o) => !o.supported).map((o) => `“${o.name}”`);
    if (gaps.length > 0) text += ` ${list(gaps)} ${gaps.length === 1 ? 'has' : 'have'} no program supporting ${gaps.length === 1 ? 'it' : 'them'} directly.`;
    if (s.bestServed && s.bestServed.benefits > 0) {
      // Without costs recorded, "on $0 invested" would read as free programs: only the benefits are given.
      const costed = s.investment > 0;
      text += ` The best served objective is “${s.bestServed.name}” (${$(s.bestServed.benefits)} of benefits${costed ? ` on ${$(s.bestServed.investment)} invested` : ''})`;
      text += s.leastServed ? `; the least served is “${s.leastServed.name}” (${$(s.leastServed.benefits)} of benefits${costed ? ` on ${$(s.leastServed.investment)}` : ''}).` : '.';
    }
    const growth = figures.objectives.filter((o) => o.changeToDate !== null && model.objectives.find((m) => m.slot === o.slot)?.category.value === 'Revenue growth');
    for (const o of growth) {
      const objective = model.objectives.find((m) => m.slot === o.slot)!;
      text += ` “${o.name}” is ${signed(o.changeToDate!)} on its baseline (${objective.kpi.value ? `${objective.kpi.value}: ` : ''}from ${plain(objective.baseline.value!)} to ${plain(objective.current.value!)}).`;
    }
    paragraphs.push(text);
  }

  // 4. The top initiatives, and any that lose money.
  if (s.topInitiatives.length > 0) {
    // Only a program that returns more than it costs contributes; the others are named as losing money.
    // (Without costs recorded no net benefit can be stated, so no program is named a contributor.)
    const named = s.topInitiatives.filter((t) => t.netBenefits > 0 && s.investment > 0).map((t) => `${t.name} (${$(t.netBenefits)} net${t.bcr !== null ? `, ${ratio(t.bcr)}` : ''})`);
    const sentences: string[] = [];
    if (named.length > 0) sentences.push(`The largest ${named.length === 1 ? 'contributor is' : 'contributors are'} ${list(named)}.`);
    const losing = figures.initiatives.filter((f) => f.bcr !== null && f.bcr < 1).map((f) => `${f.name} (${ratio(f.bcr!)})`);
    if (losing.length > 0) sentences.push(`${list(losing)} ${losing.length === 1 ? 'returns' : 'return'} less than ${losing.length === 1 ? 'it costs' : 'they cost'}.`);
    let text = sentences.join(' ');
    const uncounted = figures.initiatives.filter((f) => f.adjustedBenefit === null && !excludedSet.has(f.index)).map((f) => f.name);
    if (uncounted.length > 0) text += `${text ? ' ' : ''}No benefit is counted yet for ${list(uncounted)}.`;
    const left = excluded.map((k) => model.initiatives[k].name.value ?? '');
    if (left.length > 0) text += `${text ? ' ' : ''}The ${left.length === 1 ? 'benefit' : 'benefits'} claimed for ${list(left)} ${left.length === 1 ? 'is' : 'are'} left out of these figures: ${left.length === 1 ? 'it is far out of line with the rest and needs' : 'they are far out of line with the rest and need'} checking.`;
    if (text) paragraphs.push(text);
  }

  // 5. The plan.
  // A budget change needs both budgets, finite and above 0.
  if (s.nextBudget !== null && s.thisBudget !== null && s.budgetChange !== null) {
    paragraphs.push(`The ${model.nextPeriod?.value ? `${model.nextPeriod.value} ` : ''}plan asks for ${$(s.nextBudget)}, ${percent(Math.abs(s.budgetChange))} ${s.budgetChange >= 0 ? 'more' : 'less'} than this period's budget of ${$(s.thisBudget)}.`);
  }

  // 6. What is off track on the Measures sheet (TDRp regular reporting), when it has measures with a plan.
  const offTrack = measures ? offTrackSentence(measures) : '';
  if (offTrack !== '') paragraphs.push(offTrack);

  // 7. Caveats from the audit.
  paragraphs.push(caveats(findings));

  const title = `${options.organisation?.trim() ? `${options.organisation.trim()}: ` : ''}the return on people development${s.period ? `, ${s.period}` : ''}`;
  return { title: title.charAt(0).toUpperCase() + title.slice(1), paragraphs, text: paragraphs.join('\n\n'), figures: s };
}

/**
 * The range of the return and the break-even attribution, in plain words (no "isolation"): the range only
 * when some estimate moves it off the point.
 */
function rangeSentences(s: SummaryFigures): string {
  let text = '';
  // Said only when it shows: a range whose ends print the same (-100% and -100%, or no estimate
  // moving the return off its point) says nothing.
  if (s.roiLow !== null && s.roiHigh !== null && percent(s.roiLow) !== percent(s.roiHigh)) {
    text += ` On the most cautious and the most generous estimates of how much of each result the programs caused, the return lies between ${percent(s.roiLow)} and ${percent(s.roiHigh)}.`;
  }
  const x = s.breakEvenAttribution;
  if (x !== null) {
    text += x <= 1
      ? ` The portfolio pays back if the programs caused at least ${percent(x)} of the improvements credited to them.`
      : ` Even if the programs caused all of the improvements credited to them, the portfolio would not pay back: it would need ${percent(x)} of them.`;
  }
  return text;
}

function caveats(findings: readonly Finding[]): string {
  const byRule = (severity: Finding['severity']) => {
    const rules: RuleId[] = [];
    for (const f of findings) if (f.severity === severity && !rules.includes(f.rule)) rules.push(f.rule);
    return rules.map((r) => CAVEATS[r]).filter((t): t is string => t !== undefined);
  };
  const counts = countBySeverity(findings);
  const errors = byRule('error');
  const warnings = byRule('warning');
  if (counts.error === 0 && counts.warning === 0) return 'The audit of the workbook found nothing that would change these figures.';
  const out: string[] = [];
  // Each caveat is a clause of its own, often with an "and" inside: semicolons keep them apart.
  // A kind with no caveat of its own (a rule added later) still counts; the list is then left out.
  const listed = (kinds: readonly string[]) => (kinds.length > 0 ? `: ${kinds.join('; ')}` : '');
  if (counts.error > 0) out.push(`Caveats: the audit found ${count(counts.error, 'problem')} to fix before these figures are shared${listed(errors)}.`);
  else out.push('The audit found nothing that would change these figures.');
  if (counts.warning > 0) out.push(`It also notes ${count(counts.warning, 'point')} to follow up${listed(warnings)}.`);
  return out.join(' ');
}


/** The summary as rows of one cell (title, blank, paragraph, blank, …), for a host to insert as a sheet. */
export function summaryRows(summary: ExecutiveSummary): string[][] {
  const rows: string[][] = [[summary.title]];
  for (const p of summary.paragraphs) rows.push([''], [p]);
  return rows;
}
