/**
 * What the audit says, word for word: for faults planted one at a time in the GrowthCorp example
 * (core/templates/growthcorp.ts), every finding it adds with its rule, severity, cell, title,
 * explanation and action. The other audit tests check which rule fires where; these check the words a
 * person reads, since a wrong figure, address or verb in them sends the reader to the wrong cell.
 * Each expected text was read against the planted fault: the figure as the workbook shows it, the
 * address the fault is in, and what to type there.
 */
import { ALIGNMENT_TABLE, GROWTHCORP, HISTORY_TABLE, IMPACT_TABLE, LINK_COLUMNS, PARTNERS_TABLE, PLAN_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../templates';
import { checkHealth, readFramework, type Finding } from './index';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';
import { once } from './testing/once';

/** The day of the example's last snapshot: every partner was contacted within 90 days of it. */
const TODAY = '2025-06-30';
const audit = (values: Values, today = TODAY): Finding[] => checkHealth(readFramework(sourceOf(values)).model, { today });
/** Initiative k of the example sits on row 9 + k of Alignment, Impact, ROI and Plan. */
const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);
const baseline = once(() => new Set(audit(exampleValues()).map((f) => f.id)));

interface Said {
  readonly rule: Finding['rule'];
  readonly severity: Finding['severity'];
  readonly at: string;
  readonly title: string;
  readonly explanation: string;
  readonly action: string;
}

const COSTS = ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation', 'overhead'];

const CASES: readonly { fault: string; plant: (values: Values) => void; today?: string; says: readonly Said[] }[] = [
  {
    fault: 'participants typed as text ("about 40")',
    plant: (v) => setCell(v, ref(ALIGNMENT_TABLE, 'participants', row(0)), 'about 40'),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'Alignment!D9',
        title: 'Participants of “Consultative Selling Academy” is not a number',
        explanation: 'Participants of “Consultative Selling Academy” (D9) holds the text "about 40", which is not a number, so the workbook\'s formulas skip it or show an error and every total that uses it is wrong.',
        action: 'Type the figure as a plain number in D9, or clear the cell if it is not known.' },
    ],
  },
  {
    fault: 'a percentage typed as text: the fix says to type a percentage',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'confidence', row(1)), 'high'),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'Impact!J10',
        title: 'The confidence % of “Customer Success Playbook” is not a number',
        explanation: 'The confidence % of “Customer Success Playbook” (J10) holds the text "high", which is not a number, so the workbook\'s formulas skip it or show an error and every total that uses it is wrong.',
        action: 'Type the figure as a plain number in J10 (a percentage such as 80%), or clear the cell if it is not known.' },
    ],
  },
  {
    fault: 'an error value in a cost cell is named as it is, not as "the text"',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'delivery', row(0)), '#DIV/0!'),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'ROI!D9',
        title: 'The delivery cost for “Consultative Selling Academy” is not a number',
        explanation: 'The delivery cost for “Consultative Selling Academy” (D9) holds #DIV/0!, which is not a number, so the workbook\'s formulas skip it or show an error and every total that uses it is wrong.',
        action: 'Type the figure as a plain number in D9, or clear the cell if it is not known.' },
    ],
  },
  {
    fault: 'TRUE in a cost cell',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'overhead', row(0)), true),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'ROI!J9',
        title: 'The overhead cost for “Consultative Selling Academy” is not a number',
        explanation: 'The overhead cost for “Consultative Selling Academy” (J9) holds TRUE, which is not a number, so the workbook\'s formulas skip it or show an error and every total that uses it is wrong.',
        action: 'Type the figure as a plain number in J9, or clear the cell if it is not known.' },
    ],
  },
  {
    fault: 'a share above 100 (isolation 250, read as 25,000%)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolation', row(2)), 250),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Impact!I11',
        title: 'The isolation % of “Support Efficiency and Knowledge Base” is outside 0% to 100%',
        explanation: 'The isolation % of “Support Efficiency and Knowledge Base” (I11) is 25,000%; a share must be between 0% and 100%.',
        action: 'Correct I11: type a percentage between 0% and 100%.' },
    ],
  },
  {
    fault: 'a negative share (learning gain -20%)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'learningGain', row(2)), -0.2),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Impact!C11',
        title: 'The learning gain of “Support Efficiency and Knowledge Base” is outside 0% to 100%',
        explanation: 'The learning gain of “Support Efficiency and Knowledge Base” (C11) is -20%; a share must be between 0% and 100%.',
        action: 'Correct C11: type a percentage between 0% and 100%.' },
    ],
  },
  {
    fault: 'a link strength that is not whole (2.5)',
    plant: (v) => setCell(v, `Alignment!${LINK_COLUMNS[0]}${row(1)}`, 2.5),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Alignment!G10',
        title: 'The link from “Customer Success Playbook” to “Grow annual recurring revenue” is 2.5, not 0–3',
        explanation: 'The link from “Customer Success Playbook” to “Grow annual recurring revenue” (G10) is 2.5; a link strength is 0 (none), 1 (indirect), 2 (direct) or 3 (primary), so this link is ignored.',
        action: 'Pick 0, 1, 2 or 3 in G10.' },
    ],
  },
  {
    fault: 'a negative link strength: ignored, so the initiative is left with an indirect link only',
    plant: (v) => setCell(v, `Alignment!${LINK_COLUMNS[0]}${row(0)}`, -1),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Alignment!G9',
        title: 'The link from “Consultative Selling Academy” to “Grow annual recurring revenue” is -1, not 0–3',
        explanation: 'The link from “Consultative Selling Academy” to “Grow annual recurring revenue” (G9) is -1; a link strength is 0 (none), 1 (indirect), 2 (direct) or 3 (primary), so this link is ignored.',
        action: 'Pick 0, 1, 2 or 3 in G9.' },
      { rule: 'initiative-weakly-linked', severity: 'warning', at: 'Alignment!H9',
        title: '“Consultative Selling Academy” is only indirectly linked',
        explanation: '“Consultative Selling Academy”\'s strongest link to an objective is 1 (indirect), so it does not count as aligned to business goals.',
        action: 'Show a direct link (2 or 3) to an objective on Alignment row 9, or redesign the initiative around one.' },
    ],
  },
  {
    fault: 'a reaction rating above 5 is a warning',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'reaction', row(3)), 6),
    says: [
      { rule: 'out-of-range', severity: 'warning', at: 'Impact!B12',
        title: 'The reaction rating of “Product Discovery and Design Thinking” is outside 1–5',
        explanation: 'The reaction rating of “Product Discovery and Design Thinking” (B12) is 6; the reaction rating is an average on a scale of 1 to 5.',
        action: 'Correct B12.' },
    ],
  },
  {
    fault: 'a reaction rating below 1',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'reaction', row(3)), 0.5),
    says: [
      { rule: 'out-of-range', severity: 'warning', at: 'Impact!B12',
        title: 'The reaction rating of “Product Discovery and Design Thinking” is outside 1–5',
        explanation: 'The reaction rating of “Product Discovery and Design Thinking” (B12) is 0.5; the reaction rating is an average on a scale of 1 to 5.',
        action: 'Correct B12.' },
    ],
  },
  {
    fault: 'a negative budget, shown as money',
    plant: (v) => setCell(v, ref(ALIGNMENT_TABLE, 'budget', row(4)), -5000),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Alignment!E13',
        title: 'The budget of “Engineering Leadership Program” is negative',
        explanation: 'The budget of “Engineering Leadership Program” (E13) is -$5,000; it cannot be below 0, and a negative figure offsets the others in every total.',
        action: 'Correct E13; type 0 if there is none.' },
    ],
  },
  {
    fault: 'participants not a whole number is a warning',
    plant: (v) => setCell(v, ref(ALIGNMENT_TABLE, 'participants', row(4)), 12.5),
    says: [
      { rule: 'out-of-range', severity: 'warning', at: 'Alignment!D13',
        title: 'Participants of “Engineering Leadership Program” is not a whole number',
        explanation: 'Participants of “Engineering Leadership Program” (D13) is 12.5; it counts people.',
        action: 'Type a whole number in D13.' },
    ],
  },
  {
    fault: 'a negative KPI baseline is a measure, not an error',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'baseline', dataRow(STRATEGY_TABLE, 0)), -3),
    says: [
    ],
  },
  {
    fault: 'a negative priority weight, shown as a plain number',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 0)), -1),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Strategy!C6',
        title: 'The priority weight of “Grow annual recurring revenue” is negative',
        explanation: 'The priority weight of “Grow annual recurring revenue” (C6) is -1; it cannot be below 0, and a negative figure offsets the others in every total.',
        action: 'Correct C6; type 0 if there is none.' },
    ],
  },
  {
    fault: 'every priority weight 0: one finding, at the first weight',
    plant: (v) => { for (let k = 0; k < 5; k++) setCell(v, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, k)), 0); },
    says: [
      { rule: 'missing-figure', severity: 'error', at: 'Strategy!C6',
        title: 'Every priority weight is 0',
        explanation: 'All the objectives have a priority weight of 0, so no alignment score, objective coverage or portfolio alignment can be computed.',
        action: 'Give the objectives their relative importance on Strategy (weights above 0, starting at C6).' },
    ],
  },
  {
    fault: 'half a benefit: the change emptied (the value per unit kept)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'change', row(6)), null),
    says: [
      { rule: 'missing-figure', severity: 'error', at: 'Impact!F15',
        title: 'Half a benefit for “New Manager Essentials”',
        explanation: '“New Manager Essentials” has only half of its benefit: the yearly change in the business metric (F15) is blank, so no benefit can be counted for it.',
        action: 'Enter the yearly change in the business metric in F15, or clear the other half if there is no measured result yet.' },
    ],
  },
  {
    fault: 'a negative budget for next period, rounded to whole money',
    plant: (v) => setCell(v, ref(PLAN_TABLE, 'nextBudget', row(1)), -1500.5),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Plan!F10',
        title: 'Next period\'s budget for “Customer Success Playbook” is negative',
        explanation: 'Next period\'s budget for “Customer Success Playbook” (F10) is -$1,501; it cannot be below 0, and a negative figure offsets the others in every total.',
        action: 'Correct F10; type 0 if there is none.' },
    ],
  },
  {
    fault: 'a snapshot date typed as text',
    plant: (v) => setCell(v, ref(HISTORY_TABLE, 'date', dataRow(HISTORY_TABLE, 0)), 'last June'),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'History log!A6',
        title: 'A snapshot date is not a date',
        explanation: 'The snapshot date (A6) holds the text "last June", so the trend cannot place it.',
        action: 'Type the date as a date (2025-06-30) in A6.' },
    ],
  },
  {
    fault: 'a snapshot without its investment',
    plant: (v) => setCell(v, ref(HISTORY_TABLE, 'investment', dataRow(HISTORY_TABLE, 1)), null),
    says: [
      { rule: 'missing-figure', severity: 'warning', at: 'History log!B7',
        title: 'The 2023-12-31 snapshot is incomplete',
        explanation: 'The snapshot of 2023-12-31 has no investment (B7), so its return cannot be shown in the trend.',
        action: 'Enter it in B7, or delete the snapshot row.' },
    ],
  },
  {
    fault: 'a snapshot without its benefits',
    plant: (v) => setCell(v, ref(HISTORY_TABLE, 'benefits', dataRow(HISTORY_TABLE, 1)), null),
    says: [
      { rule: 'missing-figure', severity: 'warning', at: 'History log!C7',
        title: 'The 2023-12-31 snapshot is incomplete',
        explanation: 'The snapshot of 2023-12-31 has no benefits (C7), so its return cannot be shown in the trend.',
        action: 'Enter it in C7, or delete the snapshot row.' },
    ],
  },
  {
    fault: 'a snapshot share typed as 90 instead of 90%',
    plant: (v) => setCell(v, ref(HISTORY_TABLE, 'alignedShare', dataRow(HISTORY_TABLE, 1)), 90),
    says: [
      { rule: 'percent-typed-as-whole', severity: 'error', at: 'History log!F7',
        title: 'Programs aligned in the 2023-12-31 snapshot typed as 90 instead of 90%',
        explanation: 'Programs aligned in the 2023-12-31 snapshot (F7) is 90, which a spreadsheet reads as 9,000%: every figure built on it is 100 times too large.',
        action: 'Type 90% (or 0.9) in F7.' },
    ],
  },
  {
    fault: 'a partner\'s last contact typed as text: unreadable, so the sponsor counts as not contacted',
    plant: (v) => setCell(v, ref(PARTNERS_TABLE, 'lastContact', dataRow(PARTNERS_TABLE, 1)), 'soon'),
    says: [
      { rule: 'invalid-value', severity: 'error', at: 'Partners!H7',
        title: 'Last contact with Miguel Santos is not a date',
        explanation: 'The last contact with Miguel Santos (H7) holds the text "soon", so how recent it is cannot be checked.',
        action: 'Type the date (2025-06-30) in H7.' },
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H7',
        title: 'No contact about “Raise customer retention” in the last 90 days',
        explanation: 'No contact about “Raise customer retention” is recorded; the sponsor, Miguel Santos, has no contact date recorded. Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Miguel Santos to review progress on “Raise customer retention”, and record the date in H7.' },
    ],
  },
  {
    fault: 'a sponsor not listed on Partners (a different name on Strategy)',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'sponsor', dataRow(STRATEGY_TABLE, 1)), 'Someone Else'),
    says: [
      { rule: 'objective-no-sponsor', severity: 'warning', at: 'Strategy!J7',
        title: '“Raise customer retention” has no executive sponsor on Partners',
        explanation: '“Raise customer retention”\'s sponsor, Someone Else, is not listed on Partners, so the relationship is not being tracked.',
        action: 'Add Someone Else on Partners (same spelling), with their last contact date.' },
    ],
  },
  {
    fault: 'a low isolation estimate above the point value',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationLow', row(1)), 0.55),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Impact!O10',
        title: 'The low isolation estimate of “Customer Success Playbook” is above the point value',
        explanation: 'The low estimate (O10) is 55%, above the claimed isolation of 50%, so the ROI range is turned inside out.',
        action: 'Type a low estimate at or below 50% in O10, or clear it to use the point value.' },
    ],
  },
  {
    fault: 'a high isolation estimate below the point value',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationHigh', row(1)), 0.45),
    says: [
      { rule: 'out-of-range', severity: 'error', at: 'Impact!P10',
        title: 'The high isolation estimate of “Customer Success Playbook” is below the point value',
        explanation: 'The high estimate (P10) is 45%, below the claimed isolation of 50%, so the ROI range is turned inside out.',
        action: 'Type a high estimate at or above 50% in P10, or clear it to use the point value.' },
    ],
  },
  {
    fault: 'an initiative linked to nothing: its budget is named',
    plant: (v) => { for (const c of LINK_COLUMNS.slice(0, 5)) setCell(v, `Alignment!${c}${row(3)}`, 0); },
    says: [
      { rule: 'initiative-unlinked', severity: 'error', at: 'Alignment!G12',
        title: '“Product Discovery and Design Thinking” is linked to no objective',
        explanation: '“Product Discovery and Design Thinking” has no link to any business objective, so its budget of $160,000 is spending with no stated business goal, and the share of programs aligned falls below 100%.',
        action: 'On Alignment row 12, rate how strongly “Product Discovery and Design Thinking” serves each objective (2 direct, 3 primary), or stop funding it.' },
    ],
  },
  {
    fault: 'an initiative linked to nothing and without a budget',
    plant: (v) => { for (const c of LINK_COLUMNS.slice(0, 5)) setCell(v, `Alignment!${c}${row(3)}`, 0); setCell(v, ref(ALIGNMENT_TABLE, 'budget', row(3)), null); },
    says: [
      { rule: 'missing-figure', severity: 'error', at: 'Alignment!E12',
        title: 'No budget for “Product Discovery and Design Thinking”',
        explanation: '“Product Discovery and Design Thinking” has no budget for this period (E12), so the portfolio alignment and the plan leave its money out.',
        action: 'Enter its budget in E12 (0 if it has none).' },
      { rule: 'initiative-unlinked', severity: 'error', at: 'Alignment!G12',
        title: '“Product Discovery and Design Thinking” is linked to no objective',
        explanation: '“Product Discovery and Design Thinking” has no link to any business objective, so it is spending with no stated business goal, and the share of programs aligned falls below 100%.',
        action: 'On Alignment row 12, rate how strongly “Product Discovery and Design Thinking” serves each objective (2 direct, 3 primary), or stop funding it.' },
    ],
  },
  {
    fault: 'an initiative with indirect links only: the first of its strongest is the cell',
    plant: (v) => [0, 0, 1, 1, 1].forEach((s, j) => setCell(v, `Alignment!${LINK_COLUMNS[j]}${row(5)}`, s)),
    says: [
      { rule: 'initiative-weakly-linked', severity: 'warning', at: 'Alignment!I14',
        title: '“Cloud Certification Path” is only indirectly linked',
        explanation: '“Cloud Certification Path”\'s strongest link to an objective is 1 (indirect), so it does not count as aligned to business goals.',
        action: 'Show a direct link (2 or 3) to an objective on Alignment row 14, or redesign the initiative around one.' },
    ],
  },
  {
    fault: 'an objective with indirect support only says so',
    plant: (v) => setCell(v, `Alignment!${LINK_COLUMNS[2]}${row(2)}`, 1),
    says: [
      { rule: 'objective-unsupported', severity: 'warning', at: 'Strategy!A8',
        title: '“Reduce cost to serve” has no initiative supporting it',
        explanation: 'No initiative has a direct (2) or primary (3) link to “Reduce cost to serve” (only indirect links), so this business objective gets no targeted support and objective coverage is below 100%.',
        action: 'Link an existing initiative to it on Alignment, or plan one for next period.' },
    ],
  },
  {
    fault: 'an objective no initiative links to at all',
    plant: (v) => { for (let k = 0; k < 7; k++) setCell(v, `Alignment!${LINK_COLUMNS[2]}${row(k)}`, 0); },
    says: [
      { rule: 'objective-unsupported', severity: 'warning', at: 'Strategy!A8',
        title: '“Reduce cost to serve” has no initiative supporting it',
        explanation: 'No initiative has a direct (2) or primary (3) link to “Reduce cost to serve”, so this business objective gets no targeted support and objective coverage is below 100%.',
        action: 'Link an existing initiative to it on Alignment, or plan one for next period.' },
    ],
  },
  {
    fault: 'a cost category left blank',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'delivery', row(2)), null),
    says: [
      { rule: 'costs-not-fully-loaded', severity: 'error', at: 'ROI!D11',
        title: '“Support Efficiency and Knowledge Base”: costs not fully loaded',
        explanation: 'For “Support Efficiency and Knowledge Base”, Delivery is blank, so its cost is understated and its return overstated. A credible return counts every cost, including the time people spend away from their work.',
        action: 'Enter D11 (type 0 where there truly was no such cost).' },
    ],
  },
  {
    fault: 'participants\' time typed as 0 for a program with 70 participants',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'participantTime', row(6)), 0),
    says: [
      { rule: 'costs-not-fully-loaded', severity: 'error', at: 'ROI!G15',
        title: '“New Manager Essentials”: costs not fully loaded',
        explanation: 'For “New Manager Essentials”, participants\' time is 0 although 70 people took part, so its cost is understated and its return overstated. A credible return counts every cost, including the time people spend away from their work.',
        action: 'Enter the cost of participants\' time in G15 (people × hours × loaded hourly pay).' },
    ],
  },
  {
    fault: 'a benefit claimed with every cost at 0',
    plant: (v) => { for (const k of COSTS) setCell(v, ref(ROI_TABLE, k, row(1)), 0); setCell(v, ref(ALIGNMENT_TABLE, 'participants', row(1)), null); },
    says: [
      { rule: 'costs-not-fully-loaded', severity: 'error', at: 'ROI!B10',
        title: '“Customer Success Playbook” claims a benefit at no cost',
        explanation: '“Customer Success Playbook”\'s costs add up to $0 although it claims $1,800,000 of business results: no program is free, so its return cannot be stated.',
        action: 'Enter its real costs on ROI (B10, C10, D10, E10, F10, G10, H10, I10, J10), including participants\' time.' },
    ],
  },
  {
    fault: 'a benefit claimed with no cost entered',
    plant: (v) => { for (const k of COSTS) setCell(v, ref(ROI_TABLE, k, row(1)), null); },
    says: [
      { rule: 'costs-not-fully-loaded', severity: 'error', at: 'ROI!B10',
        title: '“Customer Success Playbook” claims a benefit with no costs',
        explanation: '“Customer Success Playbook” claims a benefit but none of its costs are entered, so its return looks infinite.',
        action: 'Enter every cost category for it on ROI row 10, including participants\' time (0 where there was none).' },
    ],
  },
  {
    fault: 'an initiative with neither costs nor benefits yet',
    plant: (v) => { for (const k of COSTS) setCell(v, ref(ROI_TABLE, k, row(1)), null); for (const k of ['change', 'valuePerUnit']) setCell(v, ref(IMPACT_TABLE, k, row(1)), null); },
    says: [
      { rule: 'not-evaluated', severity: 'info', at: 'Alignment!A10',
        title: '“Customer Success Playbook” has no costs or benefits yet',
        explanation: '“Customer Success Playbook” has neither costs (ROI sheet) nor a money benefit (Impact sheet), so it is left out of the return figures; until results are measured it is assumed to have produced no improvement.',
        action: 'Enter its costs on ROI and its results on Impact when they are known.' },
    ],
  },
  {
    fault: 'no isolation % for a claimed benefit',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolation', row(5)), null),
    says: [
      { rule: 'benefit-not-isolated', severity: 'error', at: 'Impact!I14',
        title: '“Cloud Certification Path”: no isolation %',
        explanation: '“Cloud Certification Path” claims a benefit with no isolation % (I14): the share of the improvement the program itself caused (from a control group, a trend line or estimates by participants and managers) is not stated, so the benefit cannot be adjusted and is left out.',
        action: 'Enter the isolation % in I14 (for example 50% when half the improvement is due to the program).' },
    ],
  },
  {
    fault: 'an isolation of 100% (the article follows the word: "an isolation %")',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolation', row(5)), 1),
    says: [
      { rule: 'benefit-not-isolated', severity: 'warning', at: 'Impact!I14',
        title: '“Cloud Certification Path”: isolation % is 100%',
        explanation: '“Cloud Certification Path”\'s isolation % is 100% (I14): all of the improvement is credited to the program, although other factors (prices, hiring, the market) moved the same measure, which executives are unlikely to accept.',
        action: 'Use an isolation % supported by evidence in I14, or note how the full isolation % was established.' },
    ],
  },
  {
    fault: 'no confidence % for a claimed benefit',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'confidence', row(6)), null),
    says: [
      { rule: 'benefit-not-adjusted', severity: 'error', at: 'Impact!J15',
        title: '“New Manager Essentials”: no confidence %',
        explanation: '“New Manager Essentials” claims a benefit with no confidence % (J15): the certainty of the estimate is not stated, so the benefit cannot be adjusted and is left out.',
        action: 'Enter the confidence % in J15 (for example 80%).' },
    ],
  },
  {
    fault: 'a confidence of 100%',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'confidence', row(6)), 1),
    says: [
      { rule: 'benefit-not-adjusted', severity: 'warning', at: 'Impact!J15',
        title: '“New Manager Essentials”: confidence % is 100%',
        explanation: '“New Manager Essentials”\'s confidence % is 100% (J15): the estimate is treated as certain, which executives are unlikely to accept.',
        action: 'Use a confidence % supported by evidence in J15, or note how the full confidence % was established.' },
    ],
  },
  {
    fault: 'no on-the-job application data beneath a benefit',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'application', row(2)), null),
    says: [
      { rule: 'benefit-without-evidence', severity: 'error', at: 'Impact!D11',
        title: '“Support Efficiency and Knowledge Base” claims a benefit without the evidence beneath it',
        explanation: '“Support Efficiency and Knowledge Base” claims $1,500,000 of business results, but there is no data on whether participants apply it at work (on-the-job application). Without it nothing shows that the program, rather than something else, changed the result.',
        action: 'Measure and enter D11 before counting the benefit.' },
    ],
  },
  {
    fault: 'neither learning gain nor application data: both named, the first is the cell',
    plant: (v) => { setCell(v, ref(IMPACT_TABLE, 'application', row(2)), null); setCell(v, ref(IMPACT_TABLE, 'learningGain', row(2)), null); },
    says: [
      { rule: 'benefit-without-evidence', severity: 'error', at: 'Impact!C11',
        title: '“Support Efficiency and Knowledge Base” claims a benefit without the evidence beneath it',
        explanation: '“Support Efficiency and Knowledge Base” claims $1,500,000 of business results, but there is no data on what people learned (learning gain) or whether participants apply it at work (on-the-job application). Without it nothing shows that the program, rather than something else, changed the result.',
        action: 'Measure and enter C11 and D11 before counting the benefit.' },
    ],
  },
  {
    fault: 'a metric described over three years',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'metric', row(4)), 'Regretted departures avoided over 3 years'),
    says: [
      { rule: 'multi-year-benefit', severity: 'error', at: 'Impact!E13',
        title: '“Engineering Leadership Program” claims more than one year of benefits',
        explanation: '“Engineering Leadership Program”\'s business result is described as “Regretted departures avoided over 3 years”, which covers more than one year. For a short program only the first year\'s benefits are credible.',
        action: 'Enter the change for the first year only in F13 and describe the metric per year in E13.' },
    ],
  },
  {
    fault: 'a "Benefit years" column someone added, at 3',
    plant: (v) => { setCell(v, `Impact!R${IMPACT_TABLE.headerRow}`, 'Benefit years'); setCell(v, `Impact!R${row(3)}`, 3); },
    says: [
      { rule: 'multi-year-benefit', severity: 'error', at: 'Impact!R12',
        title: '“Product Discovery and Design Thinking” claims 3 years of benefits',
        explanation: '“Product Discovery and Design Thinking” counts 3 years of benefits. For a short program only the first year\'s benefits are credible: later years depend on too many other things.',
        action: 'Count one year of benefits (set R12 to 1 and enter the yearly change on Impact).' },
    ],
  },
  {
    fault: 'the change column renamed to cover three years',
    plant: (v) => setCell(v, `Impact!F${IMPACT_TABLE.headerRow}`, 'Change over 3 years'),
    says: [
      { rule: 'multi-year-benefit', severity: 'error', at: 'Impact!F8',
        title: 'The change in the business metric is not per year',
        explanation: 'The column header “Change over 3 years” says the change covers more than one year, so every benefit on the sheet counts several years. For short programs only the first year\'s benefits are credible.',
        action: 'Enter yearly changes and restore the header “Change in metric (per year)” in F8.' },
      { rule: 'unreadable', severity: 'info', at: 'Impact!F8',
        title: 'The header "Change in metric (per year)" reads "Change over 3 years"',
        explanation: 'The header "Change in metric (per year)" reads "Change over 3 years"; column F is read as Change in metric (per year), where the template puts it.',
        action: 'Restore the layout of the template here, or move the figures into the template’s rows and columns.' },
    ],
  },
  {
    fault: 'an absurd benefit: out of line with the others, and an extreme ROI',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'change', row(1)), 40000),
    says: [
      { rule: 'benefit-outlier', severity: 'error', at: 'Impact!K10',
        title: '“Customer Success Playbook”\'s benefit is far out of line',
        explanation: '“Customer Success Playbook” claims $720,000,000 of adjusted benefits, 941.2 times the median of the other initiatives ($765,000). It comes from a change of 40,000 (F10) × $45,000 per unit (G10); a figure this far from the rest is usually a typing slip or an unsupported claim.',
        action: 'Check F10 and G10; if the figure is right, document the evidence, otherwise correct it or leave it out of the return.' },
      { rule: 'roi-extreme', severity: 'error', at: 'ROI!O10',
        title: '“Customer Success Playbook” shows an ROI of 327,173%',
        explanation: '“Customer Success Playbook” returns 327,173% ($720,000,000 of benefits on $220,000 of costs), above the 1,000% that executives and auditors treat as implausible without proof. An extreme figure left in makes every other figure look doubtful.',
        action: 'Check the inputs on Impact row 10 and ROI row 10; then either justify the figure with evidence or leave this initiative out of the reported return.' },
    ],
  },
  {
    fault: 'a fragile claim: 7 points above break-even, in percentage points',
    plant: (v) => { setCell(v, ref(IMPACT_TABLE, 'isolation', row(5)), 0.25); setCell(v, ref(IMPACT_TABLE, 'isolationLow', row(5)), null); },
    says: [
      { rule: 'roi-fragile', severity: 'warning', at: 'Impact!I14',
        title: '“Cloud Certification Path”: the return rests on a fragile isolation share',
        explanation: '“Cloud Certification Path” claims that it caused 25% of the improvement; it pays back from 18.0% (break-even isolation). The claim clears break-even by 7 percentage points, less than 10: if the program caused only a little less, its ROI of 39% turns negative.',
        action: 'Back the share in I14 with stronger isolation evidence (a control group or trend line), or report the ROI as uncertain.' },
    ],
  },
  {
    fault: 'a range whose low end loses money',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationLow', row(0)), 0.1),
    says: [
      { rule: 'roi-range-negative', severity: 'warning', at: 'Impact!O9',
        title: '“Consultative Selling Academy” may lose money at its low estimate',
        explanation: '“Consultative Selling Academy”\'s ROI is 251% at the claimed isolation of 50%, but -30% at the low estimate of 10%: the range of estimates is so wide that the program may not pay back.',
        action: 'Narrow the range with better isolation evidence, or present “Consultative Selling Academy”\'s return as a range from -30% to 357%.' },
    ],
  },
  {
    fault: 'an objective without a sponsor',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'sponsor', dataRow(STRATEGY_TABLE, 2)), null),
    says: [
      { rule: 'objective-no-sponsor', severity: 'warning', at: 'Strategy!J8',
        title: '“Reduce cost to serve” has no executive sponsor on Partners',
        explanation: '“Reduce cost to serve” names no executive sponsor, so no business leader is accountable for what L&D delivers towards it.',
        action: 'Agree a sponsor and enter their name in J8, then add them on Partners.' },
    ],
  },
  {
    fault: 'a sponsor removed from Partners',
    plant: (v) => { for (const key of PARTNERS_TABLE.inputs) setCell(v, ref(PARTNERS_TABLE, key, dataRow(PARTNERS_TABLE, 3)), null); },
    says: [
      { rule: 'objective-no-sponsor', severity: 'warning', at: 'Strategy!J9',
        title: '“Ship customer-driven innovation faster” has no executive sponsor on Partners',
        explanation: '“Ship customer-driven innovation faster”\'s sponsor, Tom Becker, is not listed on Partners, so the relationship is not being tracked.',
        action: 'Add Tom Becker on Partners (same spelling), with their last contact date.' },
    ],
  },
  {
    fault: 'a number typed over the fully loaded cost',
    plant: (v) => { setCell(v, ref(ROI_TABLE, 'cost', row(0)), 100000); },
    says: [
      { rule: 'formula-overwritten', severity: 'error', at: 'ROI!K9',
        title: '“Consultative Selling Academy”: a calculated figure was typed over',
        explanation: 'K9 shows $100,000 as the fully loaded cost (the sum of the cost categories) of “Consultative Selling Academy”, but its inputs give $410,000. The cell\'s formula has probably been replaced by a typed number, and the Dashboard totals use it.',
        action: 'Restore the formula in K9 (copy it from the row above or below), and change the inputs instead.' },
    ],
  },
  {
    fault: 'numbers typed over a gross and an adjusted benefit',
    plant: (v) => { setCell(v, ref(IMPACT_TABLE, 'grossBenefit', row(0)), 5); setCell(v, ref(IMPACT_TABLE, 'adjustedBenefit', row(1)), 2000000); },
    says: [
      { rule: 'formula-overwritten', severity: 'error', at: 'Impact!H9',
        title: '“Consultative Selling Academy”: a calculated figure was typed over',
        explanation: 'H9 shows $5 as the gross benefit (change × value per unit) of “Consultative Selling Academy”, but its inputs give $3,600,000. The cell\'s formula has probably been replaced by a typed number, and the Dashboard totals use it.',
        action: 'Restore the formula in H9 (copy it from the row above or below), and change the inputs instead.' },
      { rule: 'formula-overwritten', severity: 'error', at: 'Impact!K10',
        title: '“Customer Success Playbook”: a calculated figure was typed over',
        explanation: 'K10 shows $2,000,000 as the adjusted benefit (gross × isolation × confidence) of “Customer Success Playbook”, but its inputs give $720,000. The cell\'s formula has probably been replaced by a typed number, and the Dashboard totals use it.',
        action: 'Restore the formula in K10 (copy it from the row above or below), and change the inputs instead.' },
    ],
  },
  {
    fault: 'initiatives but no business objectives',
    plant: (v) => { for (let k = 0; k < GROWTHCORP.objectives.length; k++) for (const key of STRATEGY_TABLE.inputs) setCell(v, ref(STRATEGY_TABLE, key, dataRow(STRATEGY_TABLE, k)), null); },
    says: [
      { rule: 'missing-figure', severity: 'error', at: 'Strategy!A6',
        title: 'No business objectives on Strategy',
        explanation: 'There are 7 initiatives but no business objectives, so none of them can be shown to serve the business and no alignment figure can be computed.',
        action: 'List the business objectives on Strategy from A6, with their priority weights and sponsors, then rate the links on Alignment.' },
    ],
  },
  {
    fault: 'every sponsor last contacted more than 90 days before the audit (31 December 2025)',
    plant: () => undefined,
    today: '2025-12-31',
    says: [
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H6',
        title: 'No contact about “Grow annual recurring revenue” in the last 90 days',
        explanation: 'The last contact about “Grow annual recurring revenue” was with its sponsor, Dana Whitfield, on 2025-06-12, 202 days before 2025-12-31. Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Dana Whitfield to review progress on “Grow annual recurring revenue”, and record the date in H6.' },
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H7',
        title: 'No contact about “Raise customer retention” in the last 90 days',
        explanation: 'The last contact about “Raise customer retention” was with its sponsor, Miguel Santos, on 2025-06-05, 209 days before 2025-12-31. Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Miguel Santos to review progress on “Raise customer retention”, and record the date in H7.' },
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H8',
        title: 'No contact about “Reduce cost to serve” in the last 90 days',
        explanation: 'The last contact about “Reduce cost to serve” was with Lena Ortiz on 2025-06-24, 190 days before 2025-12-31; the sponsor, Priya Nair, was last contacted on 2025-05-20 (225 days ago). Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Priya Nair to review progress on “Reduce cost to serve”, and record the date in H8.' },
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H9',
        title: 'No contact about “Ship customer-driven innovation faster” in the last 90 days',
        explanation: 'The last contact about “Ship customer-driven innovation faster” was with its sponsor, Tom Becker, on 2025-06-18, 196 days before 2025-12-31. Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Tom Becker to review progress on “Ship customer-driven innovation faster”, and record the date in H9.' },
      { rule: 'sponsor-no-recent-contact', severity: 'warning', at: 'Partners!H10',
        title: 'No contact about “Keep our best engineers and leaders” in the last 90 days',
        explanation: 'The last contact about “Keep our best engineers and leaders” was with its sponsor, Alicia Grant, on 2025-06-20, 194 days before 2025-12-31. Without regular contact the sponsor hears about results late, if at all.',
        action: 'Meet Alicia Grant to review progress on “Keep our best engineers and leaders”, and record the date in H10.' },
    ],
  },
];

it.each(CASES.map((c) => [c.fault, c] as const))('%s', (_fault, c) => {
  const values = exampleValues();
  c.plant(values);
  const added = audit(values, c.today).filter((f) => !baseline().has(f.id));
  expect(added.map((f): Said => ({ rule: f.rule, severity: f.severity, at: `${f.sheet}!${f.cell}`, title: f.title, explanation: f.explanation, action: f.action })))
    .toEqual(c.says);
});

describe('every checked field is named in its title', () => {
  const srow = (k: number) => dataRow(STRATEGY_TABLE, k);
  const hrow = (k: number) => dataRow(HISTORY_TABLE, k);
  // [what is planted, where, the value, the rule, the title]: one per field the data checks read.
  it.each<[string, string, unknown, string, string]>([
    ['a KPI baseline', ref(STRATEGY_TABLE, 'baseline', srow(0)), 'n/a', 'invalid-value', 'The KPI baseline of “Grow annual recurring revenue” is not a number'],
    ['a KPI target', ref(STRATEGY_TABLE, 'target', srow(1)), 'n/a', 'invalid-value', 'The KPI target of “Raise customer retention” is not a number'],
    ['a current KPI value', ref(STRATEGY_TABLE, 'current', srow(2)), 'n/a', 'invalid-value', 'The current KPI value of “Reduce cost to serve” is not a number'],
    ['a priority weight', ref(STRATEGY_TABLE, 'weight', srow(3)), 'n/a', 'invalid-value', 'The priority weight of “Ship customer-driven innovation faster” is not a number'],
    ['a KPI target below 0 (a measure may be negative)', ref(STRATEGY_TABLE, 'target', srow(1)), -5, '', ''],
    ['on-the-job application', ref(IMPACT_TABLE, 'application', row(0)), -0.1, 'out-of-range', 'On-the-job application for “Consultative Selling Academy” is outside 0% to 100%'],
    ['the change in the metric', ref(IMPACT_TABLE, 'change', row(1)), 'lots', 'invalid-value', 'The change in the business metric for “Customer Success Playbook” is not a number'],
    ['the value per unit', ref(IMPACT_TABLE, 'valuePerUnit', row(2)), -12.5, 'out-of-range', 'The value per unit for “Support Efficiency and Knowledge Base” is negative'],
    ['the learning gain', ref(IMPACT_TABLE, 'learningGain', row(3)), 35, 'percent-typed-as-whole', 'The learning gain of “Product Discovery and Design Thinking” typed as 35 instead of 35%'],
    ['the isolation % at exactly 100 typed as a whole number', ref(IMPACT_TABLE, 'isolation', row(3)), 100, 'percent-typed-as-whole', 'The isolation % of “Product Discovery and Design Thinking” typed as 100 instead of 100%'],
    ['a reaction of exactly 1 (the scale’s low end is allowed)', ref(IMPACT_TABLE, 'reaction', row(4)), 1, '', ''],
    ['a reaction of exactly 5', ref(IMPACT_TABLE, 'reaction', row(4)), 5, '', ''],
    ['a snapshot’s investment', ref(HISTORY_TABLE, 'investment', hrow(0)), 'n/a', 'invalid-value', 'The investment in the 2023-06-30 snapshot is not a number'],
    ['a snapshot’s benefits', ref(HISTORY_TABLE, 'benefits', hrow(1)), -1, 'out-of-range', 'The benefits in the 2023-12-31 snapshot is negative'],
    ['a snapshot’s coverage', ref(HISTORY_TABLE, 'coverage', hrow(2)), 150, 'out-of-range', 'Objective coverage in the 2024-06-30 snapshot is outside 0% to 100%'],
    ['a snapshot’s alignment', ref(HISTORY_TABLE, 'alignment', hrow(3)), -2, 'out-of-range', 'Portfolio alignment in the 2024-12-31 snapshot is negative'],
  ])('%s', (_what, address, value, rule, title) => {
    const values = exampleValues();
    setCell(values, address, value);
    const added = audit(values).filter((f) => !baseline().has(f.id) && !f.rule.startsWith('sponsor'));
    expect(added.map((f) => [f.rule, f.title])).toEqual(rule === '' ? [] : [[rule, title]]);
  });

  it('names an undated snapshot by its row', () => {
    const values = exampleValues();
    setCell(values, ref(HISTORY_TABLE, 'date', hrow(3)), null);
    setCell(values, ref(HISTORY_TABLE, 'alignment', hrow(3)), -2);
    const added = audit(values).filter((f) => !baseline().has(f.id));
    expect(added.map((f) => [f.rule, f.title])).toEqual([['out-of-range', `Portfolio alignment in the row ${hrow(3)} snapshot is negative`]]);
  });
});
