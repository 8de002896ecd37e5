/**
 * sensitivity(model, subject) on small models built by hand. Every expected value is worked by hand
 * from the rows below (the arithmetic is written out beside it); the simulation is checked against
 * the catalogue's ROI_SIMULATE called on the triangles worked out by hand.
 */
import { evaluate } from '../index';
import { COST_CATEGORIES, type CostKey } from '../templates/layout';
import type { FrameworkModel, Initiative, NumberField } from './model';
import { GROWTHCORP } from '../templates';
import { auditWorkbook } from './index';
import { portfolioFigures } from './figures';
import { sensitivityHeading, sensitivityRows, sensitivityRules, simulationText, tornadoDescription } from './pane';
import { ISOLATION_DEFAULT_SWING, RELATIVE_SWING, SIMULATION_SEED, SIMULATION_TRIALS, sensitivity, type Sensitivity } from './sensitivity';
import { sensitivityView, subjectArgument } from './service';
import { exampleValues, sourceOf } from './testing/workbook';

const num = (value: number | null, cell = 'X1', invalid?: string): NumberField => ({ value, cell, ...(invalid ? { invalid } : {}) });
const text = (value: string | null) => ({ value, cell: 'X1' });

interface Row {
  readonly name: string;
  readonly change?: number | null;
  readonly value?: number | null;
  readonly isolation?: number | null;
  readonly confidence?: number | null;
  readonly isolationLow?: number | null;
  readonly isolationHigh?: number | null;
  readonly costs?: Partial<Record<CostKey, number>>;
}

function initiative(row: Row, index: number): Initiative {
  const costs = Object.fromEntries(COST_CATEGORIES.map(([key]) => [key, num(row.costs?.[key] ?? null)])) as Record<CostKey, NumberField>;
  const impact = {
    row: 9 + index, reaction: num(null), learningGain: num(null), application: num(null), metric: text('m'),
    change: num(row.change ?? null), valuePerUnit: num(row.value ?? null), isolation: num(row.isolation ?? null), confidence: num(row.confidence ?? null),
    leading: text(null), lagging: text(null),
    ...('isolationLow' in row ? { isolationLow: num(row.isolationLow ?? null) } : {}),
    ...('isolationHigh' in row ? { isolationHigh: num(row.isolationHigh ?? null) } : {}),
  };
  return {
    index, row: 9 + index, name: text(row.name), owner: text(null), audience: text(null), participants: num(null), budget: num(null), status: text(null),
    links: [], impact, costs, roiRow: 9 + index, intangibles: text(null), plan: { row: null, nextBudget: num(null), decision: text(null) },
    derivedCells: { grossBenefit: null, adjustedBenefit: null, cost: null, bcr: null, roi: null, benefit: null },
    derivedShown: { grossBenefit: null, adjustedBenefit: null, cost: null, benefit: null },
  };
}

function model(...rows: Row[]): FrameworkModel {
  return { sheets: {}, thisPeriod: null, nextPeriod: null, objectives: [], initiatives: rows.map(initiative), partners: [], history: [], problems: [] };
}

/** Gross 40 × 45,000 = 1,800,000; isolation 50%, confidence 80% → adjusted 720,000; cost 200,000 → ROI 2.6. */
const PLAYBOOK: Row = { name: 'Playbook', change: 40, value: 45000, isolation: 0.5, confidence: 0.8, costs: { delivery: 100000, design: 60000, overhead: 40000 } };
/** Gross 1,000 × 100 = 100,000; isolation 60% (estimates 50–80%), confidence 100% → adjusted 60,000; cost 50,000. */
const COACHING: Row = { name: 'Coaching', change: 1000, value: 100, isolation: 0.6, confidence: 1, isolationLow: 0.5, isolationHigh: 0.8, costs: { delivery: 50000 } };
/** No change measured: its 30,000 of technology counts as cost only. */
const PILOT: Row = { name: 'Pilot', costs: { technology: 30000 } };

const ZERO_COSTS: CostKey[] = ['needsAssessment', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation'];

function ok(s: Sensitivity): Extract<Sensitivity, { ok: true }> {
  if (!s.ok) throw new Error(s.reason);
  return s;
}

const bar = (s: Extract<Sensitivity, { ok: true }>, input: string) => s.inputs.find((i) => i.input === input)!;

describe('sensitivity of one initiative', () => {
  let s: ReturnType<typeof ok>;
  beforeEach(() => {
    s = ok(sensitivity(model(PLAYBOOK), 0));
  });

  it('starts from the workbook’s figures', () => {
    expect(s.name).toBe('Playbook');
    expect(s.benefit).toBeCloseTo(720000, 6);
    expect(s.cost).toBe(200000);
    expect(s.roi).toBeCloseTo((720000 - 200000) / 200000, 12); // 2.6
  });

  it('moves isolation ±25% of itself when Impact gives no estimate, confidence, gross benefit and each cost ±20%', () => {
    expect([ISOLATION_DEFAULT_SWING, RELATIVE_SWING]).toEqual([0.25, 0.2]);
    expect(s.isolationSource).toBe('default');
    const cases: [string, number, number, number, number][] = [
      // input, low value, high value, ROI at low, ROI at high
      ['isolation', 0.375, 0.625, (1800000 * 0.375 * 0.8 - 200000) / 200000, (1800000 * 0.625 * 0.8 - 200000) / 200000], // 1.7, 3.5
      ['confidence', 0.64, 0.96, (1800000 * 0.5 * 0.64 - 200000) / 200000, (1800000 * 0.5 * 0.96 - 200000) / 200000], // 1.88, 3.32
      ['benefit', 1440000, 2160000, (1440000 * 0.4 - 200000) / 200000, (2160000 * 0.4 - 200000) / 200000], // 1.88, 3.32
      ['delivery', 80000, 120000, 720000 / 180000 - 1, 720000 / 220000 - 1], // 3.0, 2.27
      ['design', 48000, 72000, 720000 / 188000 - 1, 720000 / 212000 - 1],
      ['overhead', 32000, 48000, 720000 / 192000 - 1, 720000 / 208000 - 1],
    ];
    for (const [input, low, high, roiAtLow, roiAtHigh] of cases) {
      const b = bar(s, input);
      expect([input, b.low, b.high]).toEqual([input, expect.closeTo(low, 9), expect.closeTo(high, 9)]);
      expect([input, b.roiAtLow, b.roiAtHigh, b.swing]).toEqual([input, expect.closeTo(roiAtLow, 12), expect.closeTo(roiAtHigh, 12), expect.closeTo(Math.abs(roiAtHigh - roiAtLow), 12)]);
    }
    expect(bar(s, 'isolation').base).toBe(0.5);
    expect(bar(s, 'delivery').label).toBe('Delivery');
    expect(bar(s, 'benefit').label).toBe('Gross benefit');
  });

  it('lists the inputs by swing, largest first; ties (confidence and benefit, the empty costs) in the order isolation, confidence, benefit, costs', () => {
    // Swings 1.8, 1.44, 1.44, 0.727, 0.434, 0.288, then six cost categories with nothing in them.
    expect(s.inputs.map((i) => i.input)).toEqual(['isolation', 'confidence', 'benefit', 'delivery', 'design', 'overhead', ...ZERO_COSTS]);
    for (const key of ZERO_COSTS) expect([key, bar(s, key).swing, bar(s, key).roiAtLow]).toEqual([key, 0, expect.closeTo(2.6, 12)]);
    expect(s.inputs).toHaveLength(12);
  });

  it('uses the Impact sheet’s low and high isolation estimates; a blank end is the point value', () => {
    const both = ok(sensitivity(model({ ...PLAYBOOK, isolationLow: 0.3, isolationHigh: 0.7 }), 0));
    expect(both.isolationSource).toBe('estimates');
    // 1,800,000 × 0.3 × 0.8 = 432,000 → 1.16; × 0.7 × 0.8 = 1,008,000 → 4.04.
    expect([bar(both, 'isolation').roiAtLow, bar(both, 'isolation').roiAtHigh]).toEqual([expect.closeTo(1.16, 12), expect.closeTo(4.04, 12)]);
    const lowOnly = ok(sensitivity(model({ ...PLAYBOOK, isolationLow: 0.4, isolationHigh: null }), 0));
    // 1,800,000 × 0.4 × 0.8 = 576,000 → 1.88; the high end stays at 50% → 2.6.
    expect([bar(lowOnly, 'isolation').low, bar(lowOnly, 'isolation').high]).toEqual([0.4, 0.5]);
    expect([bar(lowOnly, 'isolation').roiAtLow, bar(lowOnly, 'isolation').roiAtHigh]).toEqual([expect.closeTo(1.88, 12), expect.closeTo(2.6, 12)]);
  });

  it('ignores an estimate outside 0–100% and clamps the default ends to 100%', () => {
    const s2 = ok(sensitivity(model({ ...PLAYBOOK, isolation: 0.9, confidence: 0.9, isolationLow: 80, isolationHigh: null }), 0));
    expect(s2.isolationSource).toBe('default');
    // 0.9 × 1.25 = 1.125 → 100%; confidence 0.9 × 1.2 = 1.08 → 100%.
    expect([bar(s2, 'isolation').low, bar(s2, 'isolation').high]).toEqual([expect.closeTo(0.675, 12), 1]);
    expect(bar(s2, 'confidence').high).toBe(1);
  });

  it('simulates ROI with ROI_SIMULATE over the triangles of every input low together and high together, seed fixed', () => {
    const sim = s.simulation!;
    // Benefit: 1,800,000 × 0.8 × 0.375 × 0.64 = 345,600; 720,000; 1,800,000 × 1.2 × 0.625 × 0.96 = 1,296,000. Cost ±20%.
    expect(sim.benefit).toEqual({ low: expect.closeTo(345600, 6), likely: expect.closeTo(720000, 6), high: expect.closeTo(1296000, 6) });
    expect(sim.cost).toEqual({ low: 160000, likely: 200000, high: 240000 });
    expect([sim.trials, sim.seed]).toEqual([SIMULATION_TRIALS, SIMULATION_SEED]);
    const [[p10, p50, p90, chance]] = evaluate('ROI_SIMULATE', [345600, 720000, 1296000, 160000, 200000, 240000, 10000, 1]) as number[][];
    expect([sim.p10, sim.p50, sim.p90, sim.chancePositive]).toEqual([expect.closeTo(p10, 9), expect.closeTo(p50, 9), expect.closeTo(p90, 9), chance]);
    // The worst benefit (345,600) over the worst cost (240,000) still pays back: ROI > 0 in every trial.
    expect(sim.chancePositive).toBe(1);
    expect(sim.p10).toBeLessThan(s.roi);
    expect(sim.p90).toBeGreaterThan(s.roi);
    expect(s.simulationProblem).toBeNull();
    expect(ok(sensitivity(model(PLAYBOOK), 0))).toEqual(s);
  });
});

describe('sensitivity of the portfolio', () => {
  let s: ReturnType<typeof ok>;
  beforeEach(() => {
    s = ok(sensitivity(model(PLAYBOOK, COACHING, PILOT), 'portfolio'));
  });

  it('sums every initiative; one without a measured benefit adds its costs only', () => {
    // Benefit 720,000 + 60,000 = 780,000; cost 200,000 + 50,000 + 30,000 = 280,000.
    expect([s.name, s.benefit, s.cost]).toEqual(['Portfolio', expect.closeTo(780000, 6), 280000]);
    expect(s.roi).toBeCloseTo(500000 / 280000, 12);
    expect(s.unmeasured).toEqual(['Pilot']);
    expect(s.isolationSource).toBe('both');
  });

  it('moves an input in every initiative at once', () => {
    const cases: [string, number, number][] = [
      // Isolation: Playbook 37.5–62.5% (default), Coaching its estimates 50–80%.
      ['isolation', (1800000 * 0.375 * 0.8 + 100000 * 0.5) / 280000 - 1, (1800000 * 0.625 * 0.8 + 100000 * 0.8) / 280000 - 1],
      // Gross benefit ±20%: 624,000 and 936,000.
      ['benefit', 624000 / 280000 - 1, 936000 / 280000 - 1],
      // Confidence: Playbook 64–96%, Coaching 80–100% (120% clamped).
      ['confidence', (1800000 * 0.5 * 0.64 + 100000 * 0.6 * 0.8) / 280000 - 1, (1800000 * 0.5 * 0.96 + 100000 * 0.6) / 280000 - 1],
      // Delivery 150,000 ± 30,000.
      ['delivery', 780000 / 250000 - 1, 780000 / 310000 - 1],
      ['design', 780000 / 268000 - 1, 780000 / 292000 - 1],
      ['overhead', 780000 / 272000 - 1, 780000 / 288000 - 1],
      // The unmeasured pilot's technology cost still moves ROI.
      ['technology', 780000 / 274000 - 1, 780000 / 286000 - 1],
    ];
    expect(s.inputs.map((i) => i.input)).toEqual([...cases.map((c) => c[0]), 'needsAssessment', 'materials', 'facilities', 'participantTime', 'evaluation']);
    for (const [input, roiAtLow, roiAtHigh] of cases) {
      expect([input, bar(s, input).roiAtLow, bar(s, input).roiAtHigh]).toEqual([input, expect.closeTo(roiAtLow, 12), expect.closeTo(roiAtHigh, 12)]);
    }
  });

  it('shows isolation and confidence weighted by the benefit they scale, gross benefit and costs as totals', () => {
    // Σ gross × confidence × isolation ÷ Σ gross × confidence = 780,000 ÷ 1,540,000.
    expect(bar(s, 'isolation').base).toBeCloseTo(780000 / 1540000, 12);
    expect(bar(s, 'isolation').low).toBeCloseTo((1440000 * 0.375 + 100000 * 0.5) / 1540000, 12);
    // Σ gross × isolation × confidence ÷ Σ gross × isolation = 780,000 ÷ 960,000.
    expect(bar(s, 'confidence').base).toBeCloseTo(780000 / 960000, 12);
    expect([bar(s, 'benefit').base, bar(s, 'delivery').base, bar(s, 'technology').high]).toEqual([1900000, 150000, expect.closeTo(36000, 9)]);
  });

  it('simulates the portfolio over the summed triangles', () => {
    // Low: 1,800,000 × 0.8 × 0.375 × 0.64 + 100,000 × 0.8 × 0.5 × 0.8 = 345,600 + 32,000; high: 1,296,000 + 100,000 × 1.2 × 0.8 × 1 = 96,000.
    expect(s.simulation!.benefit).toEqual({ low: expect.closeTo(377600, 6), likely: expect.closeTo(780000, 6), high: expect.closeTo(1392000, 6) });
    expect(s.simulation!.cost).toEqual({ low: expect.closeTo(224000, 6), likely: 280000, high: expect.closeTo(336000, 6) });
  });
});

describe('when there is no ROI to test', () => {
  it.each([
    ['no change measured', model(PILOT), 0, /“Pilot” has no measured benefit yet: fill in its change and value per unit on Impact\./],
    ['an isolation of 80 (not 80%)', model({ ...PLAYBOOK, isolation: 80 }), 0, /The benefit of “Playbook” cannot be worked out: .*isolation/],
    ['no cost', model({ ...PLAYBOOK, costs: {} }), 0, /“Playbook” has no fully loaded cost on ROI, so there is no ROI to test\./],
    ['an initiative that is gone', model(PLAYBOOK), 3, /There is no initiative number 4 any more/],
    ['no initiatives', model(), 'portfolio' as const, /no initiatives yet/],
    ['a portfolio without costs', model({ ...PLAYBOOK, costs: {} }), 'portfolio' as const, /The portfolio has no fully loaded cost on ROI/],
  ])('%s says why', (_what, m, subject, reason) => {
    const s = sensitivity(m, subject);
    expect(s.ok).toBe(false);
    expect(!s.ok && s.reason).toMatch(reason);
  });

  it('names an initiative without a name by its row', () => {
    const s = sensitivity(model({ ...PILOT, name: '' }), 0);
    expect(s.name).toBe('(no name, Alignment row 9)');
  });
});

describe('what the pane shows (core/insights/pane.ts, service.ts)', () => {
  let s: ReturnType<typeof ok>;
  beforeEach(() => {
    s = ok(sensitivity(model(PLAYBOOK), 0));
  });

  it('writes the tornado as rows of text, largest swing first', () => {
    const rows = sensitivityRows(s);
    // Isolation 37.5%–62.5% rounds to 38%–63%; ROI 1.7 → 3.5; swing 1.8 = 180 points.
    expect(rows[0]).toEqual(['Isolation', '38%–63%', '170% → 350%', '180 pts']);
    expect(rows[2]).toEqual(['Gross benefit', '$1,440,000–$2,160,000', '188% → 332%', '144 pts']);
    // Delivery 80,000–120,000: ROI 720,000 / 180,000 − 1 = 300%, 720,000 / 220,000 − 1 = 227%; swing 0.727 = 73 points.
    expect(rows[3]).toEqual(['Delivery', '$80,000–$120,000', '300% → 227%', '73 pts']);
    expect(sensitivityHeading(s)).toBe('Playbook: ROI 260%');
    expect(tornadoDescription(s)).toMatch(/^ROI 260%\. Bars in order of swing: Isolation 170% → 350%; Confidence 188% → 332%; Gross benefit 188% → 332%; Delivery/);
    expect(simulationText(s.simulation!)).toMatch(/^Simulated over 10,000 trials \(seed 1\): ROI P10 -?\d+%, P50 \d+%, P90 \d+%\. ROI is above 0 in 100% of trials\.$/);
    expect(sensitivityRules(s, RELATIVE_SWING, ISOLATION_DEFAULT_SWING)[1]).toBe('Isolation moves ±25% of itself: Impact gives no low or high estimate.');
  });

  it('checks the subject a pane or a script passes', () => {
    expect(subjectArgument('portfolio')).toBe('portfolio');
    expect(subjectArgument(3)).toBe(3);
    for (const bad of [-1, 1.5, '3', null, undefined, 'Portfolio', NaN]) expect(() => subjectArgument(bad)).toThrow(/Choose the portfolio or an initiative/);
  });

  it('offers the portfolio and every initiative by name, and answers plain JSON', () => {
    const report = auditWorkbook(sourceOf(exampleValues()), { today: '2025-09-30' });
    if (!report.ok) throw new Error(report.reason);
    const view = sensitivityView(report, '2025-09-30', 'portfolio');
    expect(view.choices.map((c) => c.label)).toEqual(['Portfolio', ...GROWTHCORP.initiatives.map((i) => i.name)]);
    expect(view.choices[1].subject).toBe(0);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.sensitivity.ok && view.sensitivity.roi).toBeCloseTo(portfolioFigures(report.model).portfolioROI!, 12);
  });
});
