/**
 * What the audit says: a {@link Finding} per thing to fix, each with a severity, a plain-language
 * explanation, what to do, and the sheet and cell it concerns. Every rule is listed once in
 * {@link RULES} with its severity and its source, so the documentation and the tests read the same list.
 *
 * Severities:
 * - `error`: a figure the workbook reports is wrong or cannot be defended as it stands (a number that
 *   cannot be read, a percentage typed as 80, or a breach of the Phillips ROI Methodology's guiding
 *   principles that overstates the return). Fix before sharing the figures.
 * - `warning`: the figures are right, but the story has a gap an executive will ask about (a weak link,
 *   an objective nothing supports, a sponsor nobody has spoken to).
 * - `info`: worth knowing (an initiative not evaluated yet, a header read by position).
 */
import { splitCell } from './model';
import { parseCell } from '../templates/a1';
import { MEASURE_RULES, type MeasureRuleId } from './measures';

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'unreadable'
  | 'invalid-value'
  | 'percent-typed-as-whole'
  | 'out-of-range'
  | 'missing-figure'
  | 'formula-overwritten'
  | 'initiative-unlinked'
  | 'initiative-weakly-linked'
  | 'objective-unsupported'
  | 'objective-no-sponsor'
  | 'sponsor-no-recent-contact'
  | 'costs-not-fully-loaded'
  | 'benefit-not-isolated'
  | 'benefit-not-adjusted'
  | 'benefit-without-evidence'
  | 'multi-year-benefit'
  | 'roi-extreme'
  | 'benefit-outlier'
  | 'not-evaluated'
  | 'roi-fragile'
  | 'roi-range-negative'
  | MeasureRuleId;

export interface Finding {
  /** Stable for the same fault in the same place: `rule@Sheet!A1` (plus `#subject` when a cell has several). */
  readonly id: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  /** One line. */
  readonly title: string;
  /** What is wrong and why it matters, in plain language. */
  readonly explanation: string;
  /** What to do about it. */
  readonly action: string;
  /** The sheet's name in the workbook, and the A1 address ('' when it concerns a whole sheet). */
  readonly sheet: string;
  readonly cell: string;
}

export interface RuleInfo {
  readonly severity: Severity;
  readonly group: 'data' | 'alignment' | 'partnership' | 'phillips' | 'reporting';
  readonly summary: string;
  readonly source: string;
}

const PHILLIPS = 'Phillips ROI Methodology, guiding principles (Phillips & Phillips, ROI Institute)';

/** Every rule: default severity, what it checks and where the rule comes from. */
export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'unreadable': { severity: 'warning', group: 'data', summary: 'A sheet, header or row could not be read as the template lays it out (severity as found).', source: 'The template layout (core/templates/layout.ts).' },
  'invalid-value': { severity: 'error', group: 'data', summary: 'Text, TRUE/FALSE or an error value where a number or a date is needed: the workbook’s formulas skip it or fail.', source: 'Spreadsheet arithmetic: SUM ignores text.' },
  'percent-typed-as-whole': { severity: 'error', group: 'data', summary: 'A percentage typed as a whole number (80 instead of 80%): the figure becomes 100 times too large.', source: 'The core’s fraction rule (DESIGN.md: percent inputs are fractions in [0, 1]).' },
  'out-of-range': { severity: 'error', group: 'data', summary: 'A negative cost, budget, head count, weight or value; a link strength that is not 0, 1, 2 or 3; a percentage below 0% or above 100%; a reaction outside 1–5 (warning).', source: 'The template’s validation rules.' },
  'missing-figure': { severity: 'error', group: 'data', summary: 'A figure the calculations need is blank: an initiative’s budget, an objective’s priority weight, half of a benefit (change without value per unit or the reverse), a snapshot’s investment or benefits.', source: 'The Dashboard formulas that use it.' },
  'formula-overwritten': { severity: 'error', group: 'data', summary: 'A calculated cell (gross benefit, adjusted benefit, fully loaded cost) shows a number its inputs do not give: a figure typed over the formula, which the Dashboard then uses.', source: 'The template formulas (Impact and ROI sheets); checked only when the host gives computed values.' },
  'initiative-unlinked': { severity: 'error', group: 'alignment', summary: 'An initiative linked to no objective at all: money spent with no business goal.', source: 'The brief: align every initiative with specific business objectives.' },
  'initiative-weakly-linked': { severity: 'warning', group: 'alignment', summary: 'An initiative whose strongest link is 1 (indirect): it does not count as aligned.', source: 'ALIGNED_SHARE: aligned means a link of 2 (direct) or more.' },
  'objective-unsupported': { severity: 'warning', group: 'alignment', summary: 'An objective no initiative supports with a link of 2 or more (a coverage gap).', source: 'OBJECTIVE_COVERAGE / COVERAGE_GAPS.' },
  'objective-no-sponsor': { severity: 'warning', group: 'partnership', summary: 'An objective whose executive sponsor is blank or not listed on Partners.', source: 'The brief: Partnership Building, stakeholder engagement.' },
  'sponsor-no-recent-contact': { severity: 'warning', group: 'partnership', summary: 'No contact with the objective’s sponsor or owners in the last 90 days (or no date recorded).', source: 'The brief: regular reporting and progress updates; 90 days is one quarter, the slowest cadence on Partners.' },
  'costs-not-fully-loaded': { severity: 'error', group: 'phillips', summary: 'A cost category left blank (0 means none; blank means unknown), no costs at all against a claimed benefit, or participants’ time at 0 for a program with participants.', source: `${PHILLIPS}, principle 10: costs of the solution should be fully loaded for ROI analysis.` },
  'benefit-not-isolated': { severity: 'error', group: 'phillips', summary: 'A benefit with no isolation % (error) or with 100% (warning: the whole improvement credited to the program).', source: `${PHILLIPS}, principle 5: use at least one method to isolate the effects of the project.` },
  'benefit-not-adjusted': { severity: 'error', group: 'phillips', summary: 'A benefit with no confidence % (error) or with 100% (warning: estimates not adjusted for error).', source: `${PHILLIPS}, principle 7: adjust estimates of improvement for potential errors of estimation.` },
  'benefit-without-evidence': { severity: 'error', group: 'phillips', summary: 'A money benefit claimed with no Learning (learning gain) or no Behavior (on-the-job application) data underneath it.', source: `${PHILLIPS}, principle 1: when a higher-level evaluation is conducted, data must be collected at lower levels.` },
  'multi-year-benefit': { severity: 'error', group: 'phillips', summary: 'More than one year of benefits claimed: a "Benefit years" column above 1, or a business metric or change header that says multi-year, cumulative or lifetime.', source: `${PHILLIPS}, principle 9: only the first year of benefits should be used in the ROI analysis of short-term solutions.` },
  'roi-extreme': { severity: 'error', group: 'phillips', summary: 'An initiative’s ROI above 1,000%: exclude it or justify it before reporting.', source: `${PHILLIPS}, principle 8: extreme data items and unsupported claims should not be used in ROI calculations.` },
  'benefit-outlier': { severity: 'error', group: 'phillips', summary: 'An adjusted benefit more than 10 times the median of the other initiatives’ benefits (needs at least 3 others).', source: `${PHILLIPS}, principle 8 (extreme data items).` },
  'roi-fragile': { severity: 'warning', group: 'phillips', summary: 'An initiative’s claimed isolation share clears its break-even isolation by less than 10 percentage points (BREAK_EVEN_MARGIN): a small overstatement of the share would wipe out the return.', source: 'BREAKEVEN_ISOLATION (issue 11); Phillips ROI Methodology, principle 4: use the most conservative alternative.' },
  'roi-range-negative': { severity: 'warning', group: 'phillips', summary: 'An initiative’s ROI is positive at the point isolation share but negative at its low estimate: the range is so wide the program may lose money.', source: 'The Impact sheet’s low and high isolation estimates (issue 11).' },
  'not-evaluated': { severity: 'info', group: 'phillips', summary: 'An initiative with neither costs nor benefits yet: left out of the return figures.', source: `${PHILLIPS}, principle 6: if no improvement data are available, assume no improvement occurred.` },
  // The Measures sheet (TDRp regular reporting): core/insights/measures.ts.
  ...(Object.fromEntries(Object.entries(MEASURE_RULES).map(([id, rule]) => [id, { ...rule, group: 'reporting' }])) as Record<MeasureRuleId, RuleInfo>),
};

/** Build a finding for the field at `ref` (`Sheet!A1`). */
export function finding(rule: RuleId, ref: string, title: string, explanation: string, action: string, options: { severity?: Severity; subject?: string } = {}): Finding {
  const { sheet, address } = splitCell(ref);
  return {
    id: `${rule}@${ref}${options.subject ? `#${options.subject}` : ''}`,
    rule,
    severity: options.severity ?? RULES[rule].severity,
    title,
    explanation,
    action,
    sheet,
    cell: address,
  };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SHEET_ORDER = ['Strategy', 'Alignment', 'Impact', 'ROI', 'Plan', 'Partners', 'History', 'Measures'];

function addressKey(cell: string): [number, number] {
  const at = parseCell(cell);
  return at ? [at.row, at.column] : [0, 0];
}

/** Errors first, then by sheet in workbook order, row, column and id: the same order every time. */
export function sortFindings(findings: readonly Finding[], sheets: Readonly<Record<string, string>> = {}): Finding[] {
  const order = (sheet: string) => {
    const canonical = Object.keys(sheets).find((k) => sheets[k] === sheet) ?? sheet;
    const i = SHEET_ORDER.indexOf(canonical);
    return i < 0 ? SHEET_ORDER.length : i;
  };
  return [...findings].sort((a, b) => {
    const [ar, ac] = addressKey(a.cell);
    const [br, bc] = addressKey(b.cell);
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || order(a.sheet) - order(b.sheet) || ar - br || ac - bc || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
