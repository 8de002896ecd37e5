/**
 * The executive summary of the GrowthCorp example states the case study's figures (the brief: BCR
 * "improved from 1.2x to 3.5x (+192%)", "increased budget by 45%", "28% revenue growth", "100% of
 * programs aligned"), computed by the core from the example's inputs (core/templates/growthcorp.ts:
 * 5,810,000 of adjusted benefits on 1,660,000 of fully loaded costs).
 */
import { evaluate } from '../index';
import { ALIGNMENT_TABLE, HISTORY_TABLE, IMPACT_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../templates';
import { checkHealth, executiveSummary, readFramework, summaryFigures, summaryRows } from './index';
import { exampleValues, ref, setCell, sourceOf, Values } from './testing/workbook';

const TODAY = '2025-06-30';

function summarise(values: Values, organisation = 'GrowthCorp') {
  const { model } = readFramework(sourceOf(values));
  return executiveSummary(model, checkHealth(model, { today: TODAY }), { organisation });
}

describe('executiveSummary of the GrowthCorp example', () => {
  let summary: ReturnType<typeof summarise>;
  beforeEach(() => {
    summary = summarise(exampleValues());
  });

  it.each([
    ['the investment', '$1,660,000'],
    ['the adjusted benefits', '$5,810,000'],
    ['the net benefits', '$4,150,000'],
    ['the ROI: (5,810,000 − 1,660,000) / 1,660,000', 'return on investment of 250%'],
    ['the BCR of the case study', 'benefit-cost ratio of 3.5x'],
    ['the trend of the case study: 1.2x to 3.5x, +192%', 'from 1.2x at the first snapshot (30 June 2023) to 3.5x now, up 192%'],
    ['the share aligned of the case study', '100% of programs (7 of 7)'],
    ['the coverage', 'cover 100% of the business priorities'],
    ['the revenue growth of the case study: 250M to 320M', '“Grow annual recurring revenue” is up 28% on its baseline'],
    ['the budget increase of the case study: 1,740,000 / 1,200,000', '$1,740,000, 45% more than this period\'s budget of $1,200,000'],
    ['the best served objective (most benefits by link points)', 'best served objective is “Grow annual recurring revenue” ($1,548,000'],
    ['the least served objective', 'least served is “Reduce cost to serve” ($626,000'],
    ['the top initiatives by net benefit (as the Dashboard ranks them)', 'Consultative Selling Academy ($1,030,000 net, 3.51x), Support Efficiency and Knowledge Base ($580,000 net, 3.52x) and Engineering Leadership Program ($560,000 net, 3.24x)'],
    ['the change since the last snapshot', 'unchanged since the last snapshot (30 June 2025)'],
    ['the audit result', 'found nothing that would change these figures'],
  ])('states %s', (_what, text) => {
    expect(summary.text).toContain(text);
  });

  it('agrees with the core functions', () => {
    expect(summary.figures.roi).toBe(evaluate('ROI', [5810000, 1660000]));
    expect(summary.figures.bcr).toBe(evaluate('BCR', [5810000, 1660000]));
    expect(summary.figures.firstSnapshot?.bcr).toBe(evaluate('BCR', [1320000, 1100000]));
    expect(summary.figures.alignedShare).toBe(1);
  });

  it('speaks business, not training jargon', () => {
    for (const word of [/\btraining\b/i, /\blearners?\b/i, /kirkpatrick/i, /phillips/i, /\blevel [1-5]\b/i, /isolation/i, /L&D/, /\bcurricul/i, /\bmodality/i]) {
      expect(summary.text).not.toMatch(word);
    }
    expect(summary.paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const p of summary.paragraphs) expect(p.length).toBeLessThan(700);
  });

  it('is stable: the same model gives the same text, also after a JSON round trip', () => {
    const { model } = readFramework(sourceOf(exampleValues()));
    const findings = checkHealth(model, { today: TODAY });
    const again = executiveSummary(JSON.parse(JSON.stringify(model)), JSON.parse(JSON.stringify(findings)), { organisation: 'GrowthCorp' });
    expect(again).toEqual(summary);
    expect(summarise(exampleValues()).text).toBe(summary.text);
  });
});

describe('executiveSummary follows the numbers', () => {
  it('reports the change since the last snapshot', () => {
    const values = exampleValues();
    // Drop the last snapshot (2025-06-30): the one before is 2024-12-31, 1,480,000 invested and 4,292,000 of benefits (2.9x).
    for (const key of HISTORY_TABLE.inputs) setCell(values, ref(HISTORY_TABLE, key, HISTORY_TABLE.firstDataRow + 4), null);
    expect(summarise(values).text).toContain('Since the last snapshot (31 December 2024), investment has gone from $1,480,000 to $1,660,000 and benefits have gone from $4,292,000 to $5,810,000, taking the ratio from 2.9x to 3.5x.');
  });

  it('states the caveats of the audit in business terms', () => {
    const values = exampleValues();
    setCell(values, ref(ROI_TABLE, 'delivery', 11), null);
    setCell(values, ref(IMPACT_TABLE, 'confidence', 9), 80);
    const text = summarise(values).text;
    expect(text).toContain('Caveats: the audit found 2 problems to fix before these figures are shared: some percentages are mistyped (80 instead of 80%); some costs are missing, so the return is overstated.');
    // The mistyped row's benefit is left out rather than counted 100 times over.
    expect(text).toContain('No benefit is counted yet for Consultative Selling Academy.');
    expect(text).toContain('$4,370,000');
  });

  it('names unsupported objectives and loss-making programs', () => {
    const values = exampleValues();
    setCell(values, `Alignment!${ALIGNMENT_TABLE.columns.link3}11`, 1);
    setCell(values, ref(IMPACT_TABLE, 'change', 15), 1); // New Manager Essentials: 1 × 152,500 × 40% = 61,000 on 150,000
    const text = summarise(values).text;
    expect(text).toContain('“Reduce cost to serve” has no program supporting it directly.');
    expect(text).toContain('New Manager Essentials (0.41x) returns less than it costs.');
  });

  it('says so when there is nothing to report', () => {
    const text = summarise(exampleValues('empty'), '').text;
    expect(text).toContain('The organisation has no programs recorded yet');
  });
});

describe('executiveSummary without an organisation name', () => {
  it('says "the organisation" in mid-sentence', () => {
    expect(summarise(exampleValues(), '').paragraphs[0]).toMatch(/^In FY2025, the organisation invested \$1,660,000/);
  });
});

describe('executiveSummary leaves extreme values out', () => {
  it('counts the costs but not the benefit of an initiative the audit found extreme, and says so', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'change', 10), 40000); // Customer Success Playbook: 720,000,000 of benefits
    const summary = summarise(values);
    // 5,810,000 − 720,000 (its benefit in the example) on the same 1,660,000 of costs.
    expect(summary.figures.adjustedBenefits).toBe(5090000);
    expect(summary.figures.investment).toBe(1660000);
    expect(summary.figures.bcr).toBe(evaluate('BCR', [5090000, 1660000]));
    expect(summary.figures.benefitsLeftOut).toEqual(['Customer Success Playbook']);
    expect(summary.text).toContain('The benefit claimed for Customer Success Playbook is left out of these figures: it is far out of line with the rest and needs checking.');
  });
});

describe('summaryRows', () => {
  it('is the title, then each paragraph after a blank row, one cell per row', () => {
    const summary = summarise(exampleValues());
    const rows = summaryRows(summary);
    expect(rows[0]).toEqual([summary.title]);
    expect(rows.length).toBe(1 + 2 * summary.paragraphs.length);
    expect(rows.filter((_, k) => k % 2 === 0 && k > 0).map((r) => r[0])).toEqual(summary.paragraphs);
  });
});

describe('executiveSummary with History rows out of order', () => {
  it('takes the first and last snapshots by date', () => {
    const values = exampleValues();
    const sheet = values['History log'];
    const first = HISTORY_TABLE.firstDataRow - 1;
    [sheet[first], sheet[first + 4]] = [sheet[first + 4], sheet[first]];
    expect(summarise(values).text).toContain('from 1.2x at the first snapshot (30 June 2023) to 3.5x now');
  });
});

describe('summaryFigures, field by field (the example, growthcorp.ts)', () => {
  const figuresOf = (values: Values) => {
    const { model } = readFramework(sourceOf(values));
    return summaryFigures(model, checkHealth(model, { today: TODAY }));
  };

  it('takes the first and last snapshots with their ratios, and the shares a snapshot can have', () => {
    const s = figuresOf(exampleValues());
    // First: 1,320,000 on 1,100,000; last: 5,810,000 on 1,660,000 (the case study's 1.2x and 3.5x).
    expect(s.firstSnapshot).toEqual({ date: '2023-06-30', investment: 1100000, benefits: 1320000, bcr: 1320000 / 1100000, roi: 220000 / 1100000, alignedShare: 0.4 });
    expect(s.lastSnapshot).toEqual({ date: '2025-06-30', investment: 1660000, benefits: 5810000, bcr: 3.5, roi: 2.5, alignedShare: 1 });
    expect([s.period, s.initiatives, s.alignedCount, s.thisBudget, s.nextBudget, s.errors, s.warnings, s.benefitsLeftOut]).toEqual(['FY2025', 7, 7, 1200000, 1740000, 0, 0, []]);
    expect(s.budgetChange).toBeCloseTo(0.45, 12);
    expect(s.topInitiatives.map((t) => [t.name, t.netBenefits])).toEqual([
      ['Consultative Selling Academy', 1030000], ['Support Efficiency and Knowledge Base', 580000], ['Engineering Leadership Program', 560000],
    ]);
  });

  it('leaves out a snapshot without investment or benefits, a share above 100% and a ratio with no investment', () => {
    const values = exampleValues();
    setCell(values, ref(HISTORY_TABLE, 'investment', HISTORY_TABLE.firstDataRow), null); // the first: left out
    setCell(values, ref(HISTORY_TABLE, 'alignedShare', HISTORY_TABLE.firstDataRow + 1), 60); // a share typed as 60
    setCell(values, ref(HISTORY_TABLE, 'investment', HISTORY_TABLE.firstDataRow + 4), 0); // the last: no ratio
    const s = figuresOf(values);
    expect(s.firstSnapshot).toMatchObject({ date: '2023-12-31', alignedShare: null });
    expect(s.lastSnapshot).toMatchObject({ date: '2025-06-30', investment: 0, bcr: null, roi: null });
    setCell(values, ref(HISTORY_TABLE, 'benefits', HISTORY_TABLE.firstDataRow + 1), null);
    expect(figuresOf(values).firstSnapshot).toMatchObject({ date: '2024-06-30' });
  });

  it('has no first snapshot with only one, and none at all without any', () => {
    const values = exampleValues();
    for (let k = 1; k < 5; k++) setCell(values, ref(HISTORY_TABLE, 'investment', HISTORY_TABLE.firstDataRow + k), null);
    expect([figuresOf(values).firstSnapshot, figuresOf(values).lastSnapshot?.date]).toEqual([null, '2023-06-30']);
    setCell(values, ref(HISTORY_TABLE, 'investment', HISTORY_TABLE.firstDataRow), null);
    expect(figuresOf(values).lastSnapshot).toBeNull();
  });

  it('serves only objectives with a weight or an investment', () => {
    const values = exampleValues();
    // Objective 5 (Keep our best engineers) loses its weight and every link: neither weight nor investment, so it is not served.
    setCell(values, ref(STRATEGY_TABLE, 'weight', STRATEGY_TABLE.firstDataRow + 4), 0);
    for (let k = 0; k < 7; k++) setCell(values, `Alignment!${ALIGNMENT_TABLE.columns.link5}${ALIGNMENT_TABLE.firstDataRow + k}`, 0);
    const s = figuresOf(values);
    // With no benefit and no investment it would be the least served: it is left out instead.
    expect(s.leastServed?.name).toBe('Reduce cost to serve');
  });
});
