/**
 * The pane's pure logic, shared by the Excel task pane and the Sheets sidebar: budget parsing, finding
 * grouping, labels, and the sentences and rounding both hosts show. Expected texts are written out by
 * hand from the rules in pane.ts and format.ts.
 */
import { CATALOGUE } from '../catalogue';
import type { Finding } from './findings';
import {
  alignmentText, auditHeading, breakEvenText, buildCountsLine, countsLine, describeSnapshot, figureLabel, functionList, functionSyntax,
  groupFindings, MAX_BUDGET, parseBudget, place, planCaveat, planLineDetail, scenarioCells, snapshotHeading,
  auditDialogText, planInsertedText, summaryInsertedText, summaryText, type SnapshotView,
  buildDialogText, inputRangeText, roiRangeText, sensitivityCaveat, sensitivityHeading, sensitivityRows, sensitivityRules, simulationRangeText,
  simulationText, swingText, tornadoDescription, type BuildSummary,
} from './pane';
import type { InputSwing, Sensitivity, SimulatedRoi } from './sensitivity';
import type { PlanLine } from './plan';

describe('parseBudget', () => {
  test.each([
    ['250000', 250000],
    ['250,000', 250000],
    ['$250,000', 250000],
    ['€ 250 000', 250000],
    ['£1,500,000.50', 1500000.5],
    ['250000 €', 250000],
    ['  1 000 000  ', 1000000],
    ['1\u00a0000\u202f000', 1000000],
    ['0', 0],
    ['0.5', 0.5],
    [String(MAX_BUDGET), MAX_BUDGET],
  ])('%j is %d', (text, budget) => {
    expect(parseBudget(text)).toEqual({ ok: true, budget });
  });

  test.each([
    ['', 'Enter the budget for the next period, for example 250000.'],
    ['   ', 'Enter the budget for the next period, for example 250000.'],
    ['$', 'Enter the budget for the next period, for example 250000.'],
    ['-5', 'The budget cannot be negative.'],
    ['$-5', 'The budget cannot be negative.'],
    ['lots', '“lots” is not an amount: use digits, for example 250000 or 250,000.'],
    // A decimal comma or a misplaced separator is refused, not guessed.
    ['1,5', '“1,5” is not an amount: use digits, for example 250000 or 250,000.'],
    ['1.250.000', '“1.250.000” is not an amount: use digits, for example 250000 or 250,000.'],
    ['25,00,000', '“25,00,000” is not an amount: use digits, for example 250000 or 250,000.'],
    ['100.555', '“100.555” is not an amount: use digits, for example 250000 or 250,000.'],
    ['1e6', '“1e6” is not an amount: use digits, for example 250000 or 250,000.'],
    ['$$5', '“$$5” is not an amount: use digits, for example 250000 or 250,000.'],
    ['1000000000001', 'That amount is too large: enter at most 1,000,000,000,000.'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseBudget(text)).toEqual({ ok: false, message });
  });
});

const finding = (severity: Finding['severity'], title: string, sheet = 'ROI', cell = 'G9'): Finding => ({
  id: `${title}@${sheet}!${cell}`, rule: 'unadjusted-benefit' as Finding['rule'], severity, title, explanation: 'why', action: 'what', sheet, cell,
});

describe('audit', () => {
  test('findings are grouped errors first, empty groups left out, order kept', () => {
    const groups = groupFindings([finding('warning', 'w1'), finding('error', 'e1'), finding('warning', 'w2'), finding('error', 'e2')]);
    expect(groups.map((g) => [g.heading, g.findings.map((f) => f.title)])).toEqual([['Errors', ['e1', 'e2']], ['Warnings', ['w1', 'w2']]]);
    expect(groupFindings([])).toEqual([]);
  });

  test('counts, headings and places', () => {
    expect(countsLine({ error: 1, warning: 2, info: 0 })).toBe('1 error, 2 warnings, 0 notes');
    expect(countsLine({ error: 0, warning: 1, info: 1200 })).toBe('0 errors, 1 warning, 1,200 notes');
    expect(auditHeading({ error: 0, warning: 3, info: 0 })).toBe('No errors');
    expect(auditHeading({ error: 1, warning: 0, info: 0 })).toBe('1 error to fix');
    expect(auditHeading({ error: 4, warning: 0, info: 0 })).toBe('4 errors to fix');
    expect(place({ sheet: 'Impact', cell: 'J9' })).toBe('Impact!J9');
    expect(place({ sheet: 'Impact', cell: '' })).toBe('Impact');
  });
});

describe('set up and functions', () => {
  test('figure labels', () => {
    expect(['PortfolioROI', 'TotalAdjustedBenefits', 'AlignedShare', 'TotalInvestment_2', 'PortfolioBCR'].map(figureLabel))
      .toEqual(['Portfolio ROI', 'Total adjusted benefits', 'Aligned share', 'Total investment (2)', 'Portfolio BCR']);
  });

  test('counts', () => {
    expect(buildCountsLine({ sheets: 9, validations: 1, conditionalFormats: 6, charts: 3, names: 7 }))
      .toBe('1 dropdown or input check, 6 highlight rules, 3 charts, 7 named figures.');
  });

  test('function syntax: Excel’s namespace, optional parameters in brackets', () => {
    const cost = CATALOGUE.find((s) => s.name === 'PARTICIPANT_COST')!;
    expect(functionSyntax(cost, 'LD')).toBe('=LD.PARTICIPANT_COST(participants, hours, hourly_rate, [benefits_loading])');
    expect(functionSyntax(cost)).toBe('=PARTICIPANT_COST(participants, hours, hourly_rate, [benefits_loading])');
    expect(functionList(CATALOGUE).map((f) => f.name)).toEqual(CATALOGUE.map((s) => s.name));
  });
});

describe('summary', () => {
  test('text to copy and the inserted-sheet sentence', () => {
    expect(summaryText({ title: 'T', paragraphs: ['a', 'b'] })).toBe('T\n\na\n\nb');
    expect(summaryInsertedText('Summary')).toBe('Added the summary as a new sheet, “Summary”.');
    expect(summaryInsertedText('Summary (2)')).toBe('Added the summary as a new sheet, “Summary (2)”. A sheet named Summary already exists and was not changed.');
    expect(planInsertedText('Plan summary')).toBe('Added the plan as a new sheet, “Plan summary”.');
    expect(planInsertedText('Plan summary (2)')).toBe('Added the plan as a new sheet, “Plan summary (2)”. A sheet named Plan summary already exists and was not changed.');
  });
});

const line = (over: Partial<PlanLine>): PlanLine => ({
  name: 'Sales coaching', row: 9, request: 120000, alignmentScore: 72.46, expectedBCR: 3.5, priority: 1, rank: 1, funded: true, reason: '',
  scenarios: { conservative: null, expected: null, optimistic: null }, scenarioCost: 0,
  breakEvenBenefit: 50000, breakEvenChange: 1234.567, currentChange: 617.28, metric: 'Deals closed', breakEvenCover: 0.5, ...over,
});

describe('plan', () => {
  test('alignment to one decimal in both hosts', () => {
    expect(alignmentText(72.46)).toBe('72.5');
    expect(alignmentText(80)).toBe('80.0');
    expect(planLineDetail(line({}))).toBe('Request $120,000 · alignment 72.5 · expected BCR 3.5x');
    expect(planLineDetail(line({ alignmentScore: null, expectedBCR: null }))).toBe('Request $120,000 · alignment not scored · expected BCR not measured');
  });

  test('break-even in money and in the metric', () => {
    expect(breakEvenText(line({}))).toBe('Break-even: $50,000 of gross benefit, a change of 1,234.57 a year in “Deals closed”. The change measured now is 50% of that.');
    expect(breakEvenText(line({ breakEvenChange: null, breakEvenCover: null }))).toBe('Break-even: $50,000 of gross benefit.');
    expect(breakEvenText(line({ breakEvenBenefit: null }))).toBe('Break-even: not known yet (no fully loaded cost, isolation or confidence).');
  });

  test('caveat and scenarios', () => {
    expect(planCaveat(0)).toBeUndefined();
    expect(planCaveat(1)).toBe('The audit found 1 error: this plan uses the figures as they stand. See Audit.');
    expect(scenarioCells({ benefits: 1660000, bcr: 3.5, roi: 2.5 })).toEqual(['$1,660,000', '3.5x', '250%']);
    expect(scenarioCells({ benefits: 0, bcr: null, roi: null })).toEqual(['$0', '–', '–']);
  });
});

describe('snapshot', () => {
  const view: SnapshotView = {
    ok: true, sheet: 'History log', row: 12, requestedRow: 11, sameDateRow: 10, beyondCapacity: true,
    values: { date: '2026-06-30', investment: 1660000, benefits: 5810000, alignedShare: 0.85, coverage: null, alignment: 80, note: 'Q2 review' },
  };
  test('what was written, in sentences', () => {
    expect(snapshotHeading(view)).toBe('Added row 12 of “History log” (2026-06-30)');
    expect(describeSnapshot(view)).toEqual([
      'Investment $1,660,000, adjusted benefits $5,810,000, programs aligned 85%, objectives covered not known.',
      'Note: Q2 review',
      'Row 10 already holds a snapshot of 2026-06-30; both are kept.',
      'Row 11 was not empty, so it was left as it was.',
      'This row is below the template’s History rows: its ROI and BCR cells have no formulas; copy them down from the row above.',
    ]);
    expect(describeSnapshot({ ...view, row: 11, sameDateRow: null, beyondCapacity: false, values: { ...view.values, note: '' } })).toHaveLength(1);
  });
});

describe('dialogs', () => {
  const finding = (n: number): Finding => ({ rule: 'missing-cost', severity: 'error', sheet: 'ROI', cell: `J${n}`, title: `Cost missing ${n}`, detail: '', fix: '' } as unknown as Finding);
  it('lists the first five errors with their place, then how many more, then where the rest is', () => {
    const text = auditDialogText({ ok: true, today: '2025-06-30', counts: { error: 7, warning: 0, info: 1 }, findings: [1, 2, 3, 4, 5, 6, 7].map(finding), summary: { title: '', paragraphs: [], text: '' } }, 'Open the pane');
    expect(text.split('\n')).toEqual([
      '7 errors, 0 warnings, 1 note.', '• Cost missing 1 (ROI!J1)', '• Cost missing 2 (ROI!J2)', '• Cost missing 3 (ROI!J3)', '• Cost missing 4 (ROI!J4)', '• Cost missing 5 (ROI!J5)',
      '…and 2 more.', 'Open the pane to read every finding, what to do about it, and go to its cell.',
    ]);
    expect(auditDialogText({ ok: false, reason: 'No framework here.' }, 'Open the pane')).toBe('No framework here.');
  });
});

describe('sensitivity', () => {
  const swing = (over: Partial<InputSwing>): InputSwing => ({
    input: 'isolation', label: 'Isolation', base: 0.5, low: 0.375, high: 0.625, roiAtLow: 1.7, roiAtHigh: 3.5, swing: 1.8, ...over,
  });
  const simulation: SimulatedRoi = {
    p10: 1.2, p50: 2.5, p90: 3.9, chancePositive: 0.995, trials: 10000, seed: 1, benefit: { low: 1, likely: 2, high: 3 }, cost: { low: 1, likely: 1, high: 1 },
  };
  const sensitivity = (over: Partial<Extract<Sensitivity, { ok: true }>>): Extract<Sensitivity, { ok: true }> => ({
    ok: true, subject: 'portfolio', name: 'Portfolio', benefit: 5810000, cost: 1660000, roi: 2.5,
    inputs: [swing({}), swing({ input: 'benefit', label: 'Gross benefit', low: 1440000, high: 2160000, roiAtLow: 1.88, roiAtHigh: 3.32, swing: 1.44 }), swing({ input: 'delivery', label: 'Delivery', low: null, high: null, roiAtLow: 2.5, roiAtHigh: 2.5, swing: 0 })],
    isolationSource: 'estimates', simulation, simulationProblem: null, unmeasured: [], ...over,
  });

  test('the heading, the caveat and each row', () => {
    expect(sensitivityHeading(sensitivity({}))).toBe('Portfolio: ROI 250%');
    expect(sensitivityHeading({ ok: false, subject: 'portfolio', name: '', reason: 'no benefit' })).toBe('No ROI to test');
    expect(sensitivityHeading({ ok: false, subject: 'portfolio', name: 'Pilot', reason: 'no benefit' })).toBe('Pilot');
    expect(sensitivityCaveat(0)).toBeUndefined();
    expect(sensitivityCaveat(2)).toBe('The audit found 2 errors: these figures use the workbook as it stands. See Audit.');
    expect(sensitivityCaveat(1, 'spreadsheet')).toBe('The audit found 1 error: these figures use the spreadsheet as it stands. See Audit.');
    expect(sensitivityRows(sensitivity({}))).toEqual([
      ['Isolation', '38%–63%', '170% → 350%', '180 pts'],
      ['Gross benefit', '$1,440,000–$2,160,000', '188% → 332%', '144 pts'],
      ['Delivery', 'not measured', '250% → 250%', '0 pts'],
    ]);
    expect(inputRangeText(swing({ input: 'confidence', low: 0.6, high: 1 }))).toBe('60%–100%');
    expect(inputRangeText(swing({ low: 0.4, high: null }))).toBe('not measured');
    expect(roiRangeText(swing({ roiAtLow: -0.25, roiAtHigh: 0 }))).toBe('-25% → 0%');
    expect(swingText(0.004)).toBe('0 pts');
    expect(swingText(12.345)).toBe('1,235 pts');
  });

  test('the chart described in words: bars that move, largest first', () => {
    expect(tornadoDescription(sensitivity({}))).toBe('ROI 250%. Bars in order of swing: Isolation 170% → 350%; Gross benefit 188% → 332%.');
    expect(tornadoDescription(sensitivity({ inputs: [swing({ swing: 0, roiAtLow: 2.5, roiAtHigh: 2.5 })] }))).toBe('No input moves ROI from 250%.');
  });

  test('the simulation: one decimal only when the chance is just short of certain', () => {
    expect(simulationRangeText(simulation)).toBe('P10 120%, P50 250%, P90 390%');
    expect(simulationText(simulation)).toBe('Simulated over 10,000 trials (seed 1): ROI P10 120%, P50 250%, P90 390%. ROI is above 0 in 99.5% of trials.');
    expect(simulationText({ ...simulation, chancePositive: 1 })).toMatch(/ROI is above 0 in 100% of trials\.$/);
    expect(simulationText({ ...simulation, chancePositive: 0.99 })).toMatch(/ROI is above 0 in 99% of trials\.$/);
    expect(simulationText({ ...simulation, chancePositive: 0.42 })).toMatch(/ROI is above 0 in 42% of trials\.$/);
  });

  test('how it is worked out, for each source of the isolation range and each subject', () => {
    const common = [
      'Each bar moves one input to its low and then its high end, every other input as it is, and shows the ROI at each end; the longest bar moves ROI most.',
      'Confidence, gross benefit (change × value per unit) and each cost category move ±20% of themselves; percentages stay within 0–100%.',
      'The simulation draws benefit from a triangle of every benefit input at its low end, as it is, and at its high end, and cost from −20%, as it is and +20%, with a fixed seed so the figures stay the same.',
    ];
    const portfolio = 'For the portfolio an input moves in every initiative at once; isolation and confidence are shown weighted by the benefit they scale.';
    expect(sensitivityRules(sensitivity({}), 0.2, 0.25)).toEqual([
      common[0], 'Isolation runs between the low and high estimates on Impact (a blank one is the point value).', common[1], common[2], portfolio,
    ]);
    expect(sensitivityRules(sensitivity({ isolationSource: 'both', unmeasured: ['Pilot A', 'Pilot B'] }), 0.2, 0.25)).toEqual([
      common[0], 'Isolation runs between the low and high estimates on Impact where they are given, else ±25% of itself.', common[1], common[2], portfolio,
      'Counted as costs only, with no measured benefit: Pilot A, Pilot B.',
    ]);
    expect(sensitivityRules(sensitivity({ isolationSource: 'default', subject: 2 }), 0.2, 0.25)).toEqual([
      common[0], 'Isolation moves ±25% of itself: Impact gives no low or high estimate.', common[1], common[2],
    ]);
  });
});

describe('the Set up dialog', () => {
  const summary = (over: Partial<BuildSummary>): BuildSummary => ({
    dataset: 'growthcorp', sheets: [{ name: 'Guide', purpose: '' }, { name: 'Strategy', purpose: '' }], renamed: [],
    notes: ['Strategy was taken, so the new sheet is Strategy (2).'],
    counts: { sheets: 2, validations: 1, conditionalFormats: 0, charts: 0, names: 1 },
    figures: [{ name: 'TotalInvestment', text: '$1,660,000' }, { name: 'PortfolioBCR_2', text: '3.50x' }], summary: '', ...over,
  });

  test('names the sheets, the notes and the portfolio ratio, then where to read more', () => {
    expect(buildDialogText(summary({}), 'Open the pane').split('\n\n')).toEqual([
      'Added 2 sheets (with the GrowthCorp example): Guide, Strategy.',
      'Strategy was taken, so the new sheet is Strategy (2).',
      'Portfolio benefit–cost ratio: 3.50x.',
      'Open the pane for the details.',
    ]);
    expect(buildDialogText(summary({ dataset: 'empty', notes: [], figures: [{ name: 'PortfolioBCR', text: '' }] }), 'Use the menu').split('\n\n')).toEqual([
      'Added 2 sheets (empty template): Guide, Strategy.',
      'Use the menu for the details.',
    ]);
  });

  test('an audit without errors says so before the counts', () => {
    const text = auditDialogText({ ok: true, today: '2025-06-30', counts: { error: 0, warning: 2, info: 0 }, findings: [], summary: { title: '', paragraphs: [], text: '' } } as never, 'Open the pane');
    expect(text.split('\n')).toEqual(['No errors: 0 errors, 2 warnings, 0 notes.', 'Open the pane to read every finding, what to do about it, and go to its cell.']);
  });

  test('counts with one of each, and none', () => {
    expect(buildCountsLine({ sheets: 1, validations: 2, conditionalFormats: 1, charts: 1, names: 1 })).toBe('2 dropdowns and input checks, 1 highlight rule, 1 chart, 1 named figure.');
    expect(buildCountsLine({ sheets: 0, validations: 0, conditionalFormats: 0, charts: 0, names: 0 })).toBe('0 dropdowns and input checks, 0 highlight rules, 0 charts, 0 named figures.');
  });
});
