/** Properties that must hold for all inputs (fast-check), beyond the hand-picked cases. */
import fc from 'fast-check';
import { evaluate, isErrorValue } from './index';
import type { HostArg } from './index';
import { closeTo } from '../test/support/results';

const money = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const positiveMoney = fc.double({ min: 1e-3, max: 1e9, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const num = (v: unknown) => v as number;

test('ROI = BCR − 1', () => {
  fc.assert(
    fc.property(money, positiveMoney, (b, c) => {
      const roi = num(evaluate('ROI', [b, c]));
      const bcr = num(evaluate('BCR', [b, c]));
      return Math.abs(roi - (bcr - 1)) <= 1e-9 * Math.max(1, Math.abs(bcr));
    }),
  );
});

test('NET_BENEFITS = ROI × costs', () => {
  fc.assert(
    fc.property(money, positiveMoney, (b, c) => {
      const net = num(evaluate('NET_BENEFITS', [b, c]));
      const viaRoi = num(evaluate('ROI', [b, c])) * c;
      return Math.abs(net - viaRoi) <= 1e-9 * Math.max(1, Math.abs(net), Math.abs(b), c);
    }),
  );
});

test('a range gives the same results as each cell alone (elementwise, broadcasting)', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(money, positiveMoney), { minLength: 1, maxLength: 30 }), positiveMoney, (rows, scalarCost) => {
      const benefits = rows.map(([b]) => [b]);
      const costs = rows.map(([, c]) => [c]);
      const byRange = evaluate('ROI', [benefits, costs]) as number[][];
      const withScalar = evaluate('ROI', [benefits, scalarCost]) as number[][];
      return rows.every(([b, c], i) => byRange[i][0] === evaluate('ROI', [b, c]) && withScalar[i][0] === evaluate('ROI', [b, scalarCost]));
    }),
  );
});

test('ADJUSTED_BENEFIT never exceeds the gross benefit in size and is monotone in confidence', () => {
  fc.assert(
    fc.property(money, fraction, fraction, fraction, (g, i, c1, c2) => {
      const a1 = num(evaluate('ADJUSTED_BENEFIT', [g, i, Math.min(c1, c2)]));
      const a2 = num(evaluate('ADJUSTED_BENEFIT', [g, i, Math.max(c1, c2)]));
      return Math.abs(a1) <= Math.abs(g) + 1e-6 && (g >= 0 ? a1 <= a2 : a1 >= a2);
    }),
  );
});

test('PAYBACK_MONTHS × annual benefits / 12 = costs', () => {
  fc.assert(fc.property(positiveMoney, positiveMoney, (c, b) => closeTo(num(evaluate('PAYBACK_MONTHS', [c, b])) * b / 12, c, 1e-9)));
});

test('PROGRAM_NPV at 0% is the plain sum of benefits minus costs, and falls as the rate rises', () => {
  const flows = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 15 });
  fc.assert(
    fc.property(flows, positiveMoney, fc.double({ min: 0, max: 0.5, noNaN: true }), (f, c, r) => {
      const atZero = num(evaluate('PROGRAM_NPV', [0, c, [f]]));
      const sum = f.reduce((s, v) => s + v, 0) - c;
      const higher = num(evaluate('PROGRAM_NPV', [r + 0.01, c, [f]]));
      const lower = num(evaluate('PROGRAM_NPV', [r, c, [f]]));
      return closeTo(atZero, sum, 1e-9) || Math.abs(atZero - sum) < 1e-6 ? higher <= lower + 1e-6 : false;
    }),
  );
});

const strengthRow = (n: number) => fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n });
const weightsOf = (n: number) => fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n });
const matrix = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(fc.array(strengthRow(n), { minLength: 1, maxLength: 20 }), weightsOf(n)),
);

test('ALIGNMENT_SCORE is within [0, 100]', () => {
  fc.assert(
    fc.property(matrix, ([strengths, weights]) => {
      const scores = evaluate('ALIGNMENT_SCORE', [strengths, [weights]]) as number[][];
      return scores.every(([s]) => s >= 0 && s <= 100 + 1e-9);
    }),
  );
});

test('ALIGNMENT_SCORE never falls when a strength rises', () => {
  fc.assert(
    fc.property(matrix, fc.nat(), fc.nat(), ([strengths, weights], ri, ci) => {
      const r = ri % strengths.length;
      const c = ci % strengths[0].length;
      if (strengths[r][c] === 3) return true;
      const before = (evaluate('ALIGNMENT_SCORE', [strengths, [weights]]) as number[][])[r][0];
      const raised = strengths.map((row) => row.slice());
      raised[r][c] += 1;
      const after = (evaluate('ALIGNMENT_SCORE', [raised, [weights]]) as number[][])[r][0];
      return after >= before - 1e-12;
    }),
  );
});

test('scaling all weights changes no alignment figure', () => {
  fc.assert(
    fc.property(matrix, fc.double({ min: 0.001, max: 1000, noNaN: true }), ([strengths, weights], k) => {
      const scaled = weights.map((w) => w * k);
      const same = (name: string, extra: HostArg[] = []) => {
        const a = evaluate(name, [strengths, [weights], ...extra]);
        const b = evaluate(name, [strengths, [scaled], ...extra]);
        const flat = (x: unknown) => (Array.isArray(x) ? (x as number[][]).flat() : [x as number]);
        return flat(a).every((v, i) => closeTo(v, flat(b)[i], 1e-9));
      };
      const budgets = strengths.map((_, i) => [1000 * (i + 1)]);
      return same('ALIGNMENT_SCORE') && same('OBJECTIVE_COVERAGE') && same('PORTFOLIO_ALIGNMENT', [budgets]);
    }),
  );
});

test('PORTFOLIO_ALIGNMENT lies between the lowest and highest initiative score', () => {
  fc.assert(
    fc.property(matrix, ([strengths, weights]) => {
      const scores = (evaluate('ALIGNMENT_SCORE', [strengths, [weights]]) as number[][]).map(([s]) => s);
      const budgets = strengths.map((_, i) => [(i % 5) + 1]);
      const p = num(evaluate('PORTFOLIO_ALIGNMENT', [strengths, [weights], budgets]));
      return p >= Math.min(...scores) - 1e-9 && p <= Math.max(...scores) + 1e-9;
    }),
  );
});

test('ALIGNED_SHARE and OBJECTIVE_COVERAGE are fractions, and COVERAGE_GAPS lists exactly the uncovered objectives', () => {
  fc.assert(
    fc.property(matrix, ([strengths, weights]) => {
      const share = num(evaluate('ALIGNED_SHARE', [strengths]));
      const coverage = num(evaluate('OBJECTIVE_COVERAGE', [strengths, [weights]]));
      const names = weights.map((_, j) => `Objective ${j + 1}`);
      const gaps = (evaluate('COVERAGE_GAPS', [[names], strengths]) as string[][])[0].filter((g) => g !== '');
      const uncovered = names.filter((_, j) => strengths.every((row) => row[j] < 2));
      return share >= 0 && share <= 1 && coverage >= 0 && coverage <= 1 + 1e-12 && JSON.stringify(gaps) === JSON.stringify(uncovered) &&
        (uncovered.length === 0) === closeTo(coverage, 1, 1e-12);
    }),
  );
});

/** A triangle low ≤ likely ≤ high, from three draws sorted. */
const triangle = (min: number, max: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true }))
    .map((t) => t.sort((a, b) => a - b));

test('ROI_SIMULATE: P10 ≤ P50 ≤ P90 and the probability of ROI > 0 is a fraction, for any valid estimates and seed', () => {
  fc.assert(
    fc.property(triangle(-1e6, 1e7), triangle(1, 1e6), fc.integer({ min: 100, max: 2000 }), fc.integer({ min: 0, max: 4294967295 }), (b, c, trials, seed) => {
      const [[p10, p50, p90, chance]] = evaluate('ROI_SIMULATE', [...b, ...c, trials, seed]) as number[][];
      return p10 <= p50 && p50 <= p90 && chance >= 0 && chance <= 1 && Number.isFinite(p10) && Number.isFinite(p90);
    }),
    { numRuns: 200 },
  );
});

test('ROI_SIMULATE: with no uncertainty every percentile is exactly the point ROI', () => {
  fc.assert(
    fc.property(money, positiveMoney, fc.integer({ min: 0, max: 1000 }), (b, c, seed) => {
      const point = evaluate('ROI', [b, c]);
      const [[p10, p50, p90, chance]] = evaluate('ROI_SIMULATE', [b, b, b, c, c, c, 100, seed]) as number[][];
      return p10 === point && p50 === point && p90 === point && chance === ((point as number) > 0 ? 1 : 0);
    }),
    { numRuns: 200 },
  );
});

/** A sorted list of fractions, as a column or a row. */
const sortedFractions = fc.array(fraction, { minLength: 1, maxLength: 8 }).map((xs) => xs.sort((a, b) => a - b));

test('ROI_SENSITIVITY never falls down a column (rising isolation) or along a row (rising confidence) for a gain', () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), positiveMoney, sortedFractions, sortedFractions, (g, c, iso, conf) => {
      const grid = evaluate('ROI_SENSITIVITY', [g, c, iso.map((i) => [i]), [conf]]) as number[][];
      for (let r = 0; r < iso.length; r++) {
        for (let k = 0; k < conf.length; k++) {
          if (r > 0 && grid[r][k] < grid[r - 1][k]) return false;
          if (k > 0 && grid[r][k] < grid[r][k - 1]) return false;
        }
      }
      return grid.length === iso.length && grid[0].length === conf.length;
    }),
  );
});

test('ROI_SENSITIVITY agrees with ROI of ADJUSTED_BENEFIT in every cell', () => {
  fc.assert(
    fc.property(money, positiveMoney, sortedFractions, sortedFractions, (g, c, iso, conf) => {
      const grid = evaluate('ROI_SENSITIVITY', [g, c, iso.map((i) => [i]), [conf]]) as number[][];
      return iso.every((i, r) => conf.every((k, j) => {
        const expected = num(evaluate('ROI', [num(evaluate('ADJUSTED_BENEFIT', [g, i, k])), c]));
        return Math.abs(grid[r][j] - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
      }));
    }),
  );
});

test('BREAKEVEN_ISOLATION gives ROI exactly 0: (gross × share × confidence − costs) / costs = 0 within 1e-12', () => {
  fc.assert(
    fc.property(positiveMoney, positiveMoney, fc.double({ min: 1e-3, max: 1, noNaN: true }), (g, c, conf) => {
      const share = num(evaluate('BREAKEVEN_ISOLATION', [g, c, conf]));
      const roi = (g * share * conf - c) / c;
      const viaSensitivity = share <= 1 ? num((evaluate('ROI_SENSITIVITY', [g, c, share, conf]) as number[][])[0][0]) : 0;
      return share > 0 && Math.abs(roi) <= 1e-12 && Math.abs(viaSensitivity) <= 1e-12;
    }),
  );
});

test('BREAKEVEN_ISOLATION above 1 exactly when even full attribution loses money', () => {
  fc.assert(
    fc.property(positiveMoney, positiveMoney, fc.double({ min: 1e-3, max: 1, noNaN: true }), (g, c, conf) => {
      const share = num(evaluate('BREAKEVEN_ISOLATION', [g, c, conf]));
      const fullRoi = num(evaluate('ROI', [g * conf, c]));
      return share > 1 ? fullRoi < 1e-12 : fullRoi > -1e-12;
    }),
  );
});

const months = fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant('')), { minLength: 1, maxLength: 12 });

test('YTD and RUN_RATE_FORECAST: run rate = YTD ÷ m × 12 for sums and = YTD for averages; YTD sums never fall as months pass', () => {
  fc.assert(
    fc.property(months, fc.integer({ min: 1, max: 12 }), (m, through) => {
      const ytdSum = num(evaluate('YTD', [[m], through]));
      const forecast = num(evaluate('RUN_RATE_FORECAST', [[m], through]));
      const ytdAverage = evaluate('YTD', [[m], through, 'average']);
      const forecastAverage = evaluate('RUN_RATE_FORECAST', [[m], through, 'average']);
      const later = through < 12 ? num(evaluate('YTD', [[m], through + 1])) : ytdSum;
      return closeTo(forecast, (ytdSum / through) * 12, 1e-12) && ytdAverage === forecastAverage && later >= ytdSum;
    }),
  );
});

test('PLAN_ATTAINMENT with less_is_better is the reciprocal of the plain one', () => {
  fc.assert(
    fc.property(positiveMoney, positiveMoney, (a, p) => {
      const more = num(evaluate('PLAN_ATTAINMENT', [a, p]));
      const less = num(evaluate('PLAN_ATTAINMENT', [a, p, true]));
      return closeTo(more * less, 1, 1e-12);
    }),
  );
});

test('no input of any kind makes a function throw', () => {
  const cell = fc.oneof(
    fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.constant(''), fc.date(),
    fc.constant({ code: '#N/A' }), fc.constant('#DIV/0!'),
  );
  const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
  const names = ['ROI', 'BCR', 'NET_BENEFITS', 'ADJUSTED_BENEFIT', 'PAYBACK_MONTHS', 'PROGRAM_NPV', 'PROGRAM_IRR', 'PARTICIPANT_COST', 'UTILITY_GAIN', 'COST_PER_PARTICIPANT', 'BREAKEVEN_BENEFIT', 'ALIGNMENT_SCORE', 'PORTFOLIO_ALIGNMENT', 'ALIGNED_SHARE', 'OBJECTIVE_COVERAGE', 'COVERAGE_GAPS',
    'BREAKEVEN_ISOLATION', 'ROI_SENSITIVITY', 'ROI_SIMULATE', 'YTD', 'RUN_RATE_FORECAST', 'PLAN_ATTAINMENT'];
  fc.assert(
    fc.property(fc.constantFrom(...names), fc.array(arg, { minLength: 0, maxLength: 6 }), (name, args) => {
      const result = evaluate(name, args as never);
      const cells = Array.isArray(result) ? result.flat() : [result];
      // Every cell is a finite number, text, or an error value with a message.
      return cells.every((c) => (typeof c === 'number' ? Number.isFinite(c) : typeof c === 'string' || typeof c === 'boolean' || (isErrorValue(c) && c.message.length > 0)));
    }),
    { numRuns: 2000 },
  );
});
