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

test('no input of any kind makes a function throw', () => {
  const cell = fc.oneof(
    fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.constant(''), fc.date(),
    fc.constant({ code: '#N/A' }), fc.constant('#DIV/0!'),
  );
  const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
  const names = ['ROI', 'BCR', 'NET_BENEFITS', 'ADJUSTED_BENEFIT', 'PAYBACK_MONTHS', 'PROGRAM_NPV', 'PROGRAM_IRR', 'PARTICIPANT_COST', 'UTILITY_GAIN', 'COST_PER_PARTICIPANT', 'BREAKEVEN_BENEFIT', 'ALIGNMENT_SCORE', 'PORTFOLIO_ALIGNMENT', 'ALIGNED_SHARE', 'OBJECTIVE_COVERAGE', 'COVERAGE_GAPS'];
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
