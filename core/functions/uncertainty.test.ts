/**
 * ROI_SIMULATE's parts checked against closed forms: the generator is uniform, the sampler inverts the
 * triangular CDF, the percentiles are Excel's PERCENTILE.INC, and the simulated P10 / P50 / P90 and
 * probability of ROI > 0 sit where the exact distribution of ROI puts them.
 *
 * Tolerance. The CDF of the exact distribution at a sample p-quantile of n independent draws has
 * standard error √(p(1 − p)/n): at most 0.0016 for n = 100,000 and 0.005 for n = 10,000 (the default).
 * So quantiles are compared in probability: |F(simulated Pp) − p| ≤ 0.005 at 100,000 trials and
 * ≤ 0.015 at 10,000, three standard errors or more; the probability of ROI > 0 likewise.
 */
import { HyperFormula } from 'hyperformula';
import { evaluate } from '../index';
import { mulberry32, percentileInc, triangularQuantile } from './uncertainty';

type Triangle = readonly [low: number, likely: number, high: number];

/** The triangular distribution's CDF, closed form (e.g. Evans, Hastings & Peacock, Statistical Distributions, ch. 40). */
function triangularCdf(x: number, [a, m, b]: Triangle): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  if (x <= m) return ((x - a) * (x - a)) / ((b - a) * (m - a));
  return 1 - ((b - x) * (b - x)) / ((b - a) * (b - m));
}

function triangularPdf(x: number, [a, m, b]: Triangle): number {
  if (x < a || x > b) return 0;
  if (x <= m) return m === a ? (x === a ? 2 / (b - a) : 0) : (2 * (x - a)) / ((b - a) * (m - a));
  return (2 * (b - x)) / ((b - a) * (b - m));
}

/** Simpson's rule on [from, to] with an even number of intervals. */
function simpson(f: (x: number) => number, from: number, to: number, intervals = 2000): number {
  if (to <= from) return 0;
  const h = (to - from) / intervals;
  let total = f(from) + f(to);
  for (let k = 1; k < intervals; k++) total += f(from + k * h) * (k % 2 === 1 ? 4 : 2);
  return (total * h) / 3;
}

/** P(ROI ≤ r) = P(B ≤ (1 + r) C) = ∫ f_C(c) F_B((1 + r) c) dc, integrated on each side of C's mode. */
function roiCdf(r: number, benefit: Triangle, cost: Triangle): number {
  if (cost[0] === cost[2]) return triangularCdf((1 + r) * cost[0], benefit);
  const integrand = (c: number) => triangularPdf(c, cost) * triangularCdf((1 + r) * c, benefit);
  return simpson(integrand, cost[0], cost[1]) + simpson(integrand, cost[1], cost[2]);
}

const SETTINGS: readonly { benefit: Triangle; cost: Triangle; seed: number }[] = [
  { benefit: [90000, 200000, 400000], cost: [100000, 100000, 100000], seed: 1 },
  { benefit: [50000, 120000, 200000], cost: [90000, 100000, 130000], seed: 2 },
  { benefit: [100000, 100000, 300000], cost: [80000, 150000, 150000], seed: 12345 },
  { benefit: [-50000, 40000, 60000], cost: [20000, 25000, 40000], seed: 4294967295 },
];

describe('the generator and the sampler', () => {
  test('Mulberry32 is uniform on [0, 1): 100,000 draws in 20 bins pass a chi-square test at the 0.1% level', () => {
    const next = mulberry32(1);
    const bins = new Array(20).fill(0);
    let outside = 0;
    for (let k = 0; k < 100000; k++) {
      const u = next();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 20)]++;
    }
    expect(outside).toBe(0);
    const expected = 100000 / 20;
    const chiSquare = bins.reduce((s, n) => s + ((n - expected) ** 2) / expected, 0);
    expect(chiSquare).toBeLessThan(43.82); // χ²(19) at p = 0.001
  });

  test('the same seed gives the same stream; another seed another one', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  test.each([
    [[0, 0.5, 1]], [[10, 10, 20]], [[10, 20, 20]], [[-5, 0, 100]],
  ] as [Triangle][])('triangularQuantile inverts the closed-form CDF of %j', (t) => {
    for (let u = 0; u < 1; u += 0.01) expect(triangularCdf(triangularQuantile(u, ...t), t)).toBeCloseTo(u, 12);
    expect(triangularQuantile(0, ...t)).toBe(t[0]);
  });

  test('a degenerate triangle is exactly its one value', () => {
    for (const u of [0, 0.3, 0.999999]) expect(triangularQuantile(u, 0.1, 0.1, 0.1)).toBe(0.1);
  });

  test("percentileInc is Excel's PERCENTILE.INC: Microsoft's example and HyperFormula on other data", () => {
    // support.microsoft.com, PERCENTILE.INC function: =PERCENTILE.INC({1,3,2,4}, 0.3) is 1.9.
    expect(percentileInc([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 14);
    const data = [12, 3.5, 7, 7, 19, -2, 0, 44.25, 8];
    const sorted = data.slice().sort((x, y) => x - y);
    const hf = HyperFormula.buildFromArray([data], { licenseKey: 'gpl-v3', smartRounding: false });
    try {
      for (const p of [0, 0.1, 0.25, 0.5, 0.9, 1]) {
        hf.setCellContents({ sheet: 0, col: 0, row: 1 }, `=PERCENTILE.INC(A1:I1, ${p})`);
        expect(percentileInc(sorted, p)).toBeCloseTo(hf.getCellValue({ sheet: 0, col: 0, row: 1 }) as number, 12);
      }
    } finally {
      hf.destroy();
    }
  });
});

describe('ROI_SIMULATE against the exact distribution of ROI', () => {
  const check = (trials: number, tolerance: number) =>
    test.each(SETTINGS.map((s) => [JSON.stringify(s), s] as const))(`${trials} trials: %s`, (_label, { benefit, cost, seed }) => {
      const [[p10, p50, p90, chance]] = evaluate('ROI_SIMULATE', [...benefit, ...cost, trials, seed]) as number[][];
      expect(Math.abs(roiCdf(p10, benefit, cost) - 0.1)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(roiCdf(p50, benefit, cost) - 0.5)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(roiCdf(p90, benefit, cost) - 0.9)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(chance - (1 - roiCdf(0, benefit, cost)))).toBeLessThanOrEqual(tolerance);
    });
  check(100000, 0.005);
  check(10000, 0.015);

  test('with a fixed cost the percentiles are the closed-form triangular quantiles of the benefit, to 1% of its range', () => {
    const benefit: Triangle = [90000, 200000, 400000];
    const cost = 100000;
    const [[p10, p50, p90]] = evaluate('ROI_SIMULATE', [...benefit, cost, cost, cost, 100000, 3]) as number[][];
    const width = (benefit[2] - benefit[0]) / cost;
    for (const [p, simulated] of [[0.1, p10], [0.5, p50], [0.9, p90]]) {
      const exact = triangularQuantile(p, ...benefit) / cost - 1;
      expect(Math.abs(simulated - exact)).toBeLessThanOrEqual(0.01 * width);
    }
  });

  test('the numerical CDF of ROI is right where a closed form exists', () => {
    // A fixed benefit b: P(ROI ≤ r) = P(C ≥ b / (1 + r)) = 1 − F_C(b / (1 + r)). This goes through the
    // integral (the cost is random), whose integrand is then a step: Simpson is good to about 1e-3 on it.
    const cost: Triangle = [80000, 100000, 140000];
    for (const r of [0, 0.5, 1, 1.3]) expect(Math.abs(roiCdf(r, [200000, 200000, 200000], cost) - (1 - triangularCdf(200000 / (1 + r), cost)))).toBeLessThan(1e-3);
    // Both random: P(ROI ≤ r) is a CDF, rising from 0 to 1.
    const b: Triangle = [50000, 120000, 200000];
    const c: Triangle = [90000, 100000, 130000];
    expect(roiCdf(-0.9, b, c)).toBeCloseTo(0, 9);
    expect(roiCdf(5, b, c)).toBeCloseTo(1, 9);
    expect(roiCdf(0, b, c)).toBeLessThan(roiCdf(0.2, b, c));
  });

  test('stable across recalculations; omitted trials and seed are 10,000 and 1; another seed moves the result', () => {
    const args = [50000, 120000, 200000, 90000, 100000, 130000];
    const first = evaluate('ROI_SIMULATE', args);
    expect(evaluate('ROI_SIMULATE', args)).toEqual(first);
    expect(evaluate('ROI_SIMULATE', [...args, 10000, 1])).toEqual(first);
    expect(evaluate('ROI_SIMULATE', [...args, null, null])).toEqual(first);
    expect(evaluate('ROI_SIMULATE', [...args, 10000, 2])).not.toEqual(first);
  });
});
