/**
 * The finance functions' edges, as docs/functions.md states them: PROGRAM_NPV and PROGRAM_IRR's
 * argument checks and the messages people see, PROGRAM_IRR at rates far from the usual (below −50%,
 * above 100%, where its search starts, flows that change sign twice), and BREAKEVEN_BENEFIT's zero share. The everyday values
 * are in core/functions.test.ts; here each expected value is computed by hand in its label.
 */
import { evaluate } from '../index';
import { expectResult } from '../../test/support/results';

const NO_IRR =
  'There is no rate at which these benefits repay the costs (they never add up to more than the costs at any rate above -100%).';

describe('PROGRAM_NPV', () => {
  test.each([
    ['rate 10%, three years of 100 in a column', [0.1, 50, [[100], [100], [100]]], -50 + 100 / 1.1 + 100 / 1.1 ** 2 + 100 / 1.1 ** 3],
    ['rate 10%, a blank middle year counts 0', [0.1, 50, [[100], [''], [100]]], -50 + 100 / 1.1 + 100 / 1.1 ** 3],
    ['rate −50%: each year doubles the benefit', [-0.5, 10, [[4, 4]]], -10 + 4 * 2 + 4 * 4],
    ['a single benefit value (not a range) is one year', [0.25, 100, 125], 0],
    ['a negative year (a later cost) is discounted too', [0.1, 50, [[110], [-121]]], -50 + 110 / 1.1 - 121 / 1.1 ** 2],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('PROGRAM_NPV', args as never), expected);
  });

  test.each([
    ['blank rate', ['', 100, [[1]]], '#N/A', 'rate is required but was left blank.'],
    ['a two-cell rate', [[[0.1, 0.2]], 100, [[1]]], '#VALUE!', 'rate must be a single value, but it is 1 row by 2 columns.'],
    ['text rate', ['x', 100, [[1]]], '#VALUE!', 'rate must be a number, but it is the text "x".'],
    ['rate of −100%', [-1, 100, [[1]]], '#NUM!', 'rate must be greater than -100% (-1).'],
    ['an error cell as rate keeps its code', ['#REF!', 100, [[1]]], '#REF!', 'rate is an error (#REF!); fix that cell first.'],
    ['negative costs', [0.1, -1, [[1]]], '#NUM!', 'costs must be 0 or more.'],
    ['blank costs', [0.1, '', [[1]]], '#N/A', 'costs is required but was left blank.'],
    ['blank benefits', [0.1, 100, ''], '#N/A', 'benefits is required but was left blank.'],
    ['text in year 2', [0.1, 100, [[1], ['x']]], '#VALUE!', 'benefits (row 2) must be a number, but it is the text "x".'],
    ['an error cell in year 2', [0.1, 100, [[1], ['#N/A']]], '#N/A', 'benefits (row 2) is an error (#N/A); fix that cell first.'],
    ['benefits two rows by two columns', [0.1, 100, [[1, 2], [3, 4]]], '#VALUE!', 'benefits must be a single row or a single column, but it is 2 rows by 2 columns.'],
  ])('%s: %s', (_label, args, code, message) => {
    expect(evaluate('PROGRAM_NPV', args as never)).toEqual({ error: code, message });
  });
});

describe('PROGRAM_IRR', () => {
  test.each([
    // One year: −costs + b / (1 + r) = 0, so r = b / costs − 1.
    ['below −50%: 100 back on 1,000', [1000, [[100]]], -0.9],
    ['near −100%: 1 back on 1,000', [1000, [[1]]], -0.999],
    ['exactly −50%', [100, [[50]]], -0.5],
    ['exactly 100%', [100, [[200]]], 1],
    ['exactly 10%, where the search starts', [100, [[110]]], 0.1],
    ['above 100%: 1,000 back on 100', [100, [[1000]]], 9],
    ['far above: 10⁹ back on 1', [1, [[1e9]]], 1e9 - 1],
    ['a single benefit value (not a range)', [1000, 1100], 0.1],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('PROGRAM_IRR', args as never), expected, 1e-9);
  });

  test('the answer is a root: PROGRAM_NPV at PROGRAM_IRR is 0 to full precision (three uneven years)', () => {
    const irr = evaluate('PROGRAM_IRR', [100, [[1], [2], [3]]]) as number;
    // −100 + 1/(1+r) + 2/(1+r)² + 3/(1+r)³ = 0 has one real root, near −66.4%; 1 + r ≈ 0.3357.
    expect(irr).toBeGreaterThan(-0.67);
    expect(irr).toBeLessThan(-0.66);
    expect(Math.abs(evaluate('PROGRAM_NPV', [irr, 100, [[1], [2], [3]]]) as number)).toBeLessThan(1e-9);
  });

  test('a late loss beside a late gain (years 29 and 30): the answer is a root, found without searching near −100%', () => {
    // Near −100% both late years are discounted to infinity and their sum is undefined; the search must not go there,
    // since NPV at −50% is already positive: −100 − 2²⁹ + 1,000 × 2³⁰ > 0.
    const flows = [...Array(28).fill(''), -1, 1000].map((v) => [v]);
    const irr = evaluate('PROGRAM_IRR', [100, flows]) as number;
    expect(typeof irr).toBe('number');
    // x = 1/(1 + r) solves 1,000 x³⁰ − x²⁹ = 100; x ≈ (0.1)^(1/30) ≈ 0.926, so r ≈ 8%.
    expect(irr).toBeGreaterThan(0.07);
    expect(irr).toBeLessThan(0.09);
    expect(Math.abs(evaluate('PROGRAM_NPV', [irr, 100, flows]) as number)).toBeLessThan(1e-9);
  });

  describe('benefits that change sign, so that NPV is 0 at two rates: the one nearest 10% (Excel IRR\'s default guess)', () => {
    // x = 1/(1 + r): −100 + 300x − 200x² = 0 at x = 1 and x = ½, rates 0% and 100%. NPV at −50%
    // (x = 2) is −300 and at 100% is 0: a search that starts from a negative NPV near −100% finds neither.
    // LibreOffice =IRR({-100;300;-200}) gives −0.00000000000004% (0% to its precision).
    test('PROGRAM_IRR(100, {300;-200}) is 0%, not #NUM!', () => {
      const irr = evaluate('PROGRAM_IRR', [100, [[300], [-200]]]);
      expect(typeof irr).toBe('number');
      expect(Math.abs(irr as number)).toBeLessThan(1e-12);
    });
    test.each([
      // −100 + 230x − 132x² = 0 at x = 10/11 and 5/6: rates 10% and 20%; LibreOffice =IRR({-100;230;-132}) = 10%.
      ['rates 10% and 20%: 10%', [100, [[230], [-132]]], 0.1],
      // −100 + 500x − 600x² = 0 at x = ½ and ⅓: rates 100% and 200%; LibreOffice =IRR({-100;500;-600}) = 100%.
      ['rates 100% and 200%: 100%', [100, [[500], [-600]]], 1],
      // −100 + 700x − 1,200x² = 0 at x = ¼ and ⅓: rates 200% and 300%, both far above 10%: the lower.
      ['rates 200% and 300%: 200%', [100, [[700], [-1200]]], 2],
      // LibreOffice =IRR({-1000;0;0;0;0;2000;-1200}) = −6.41916563016465% (a loss in the last year).
      ['a loss in the last of six years', [1000, [[0], [0], [0], [0], [2000], [-1200]]], -0.0641916563016465],
    ])('%s', (_label, args, expected) => {
      expectResult(evaluate('PROGRAM_IRR', args as never), expected, 1e-9);
    });
  });

  test('a rate above the search (10¹³ back on 1 a year later is 10¹³ − 1) is #NUM! saying the rate is too large, not that none exists', () => {
    expect(evaluate('PROGRAM_IRR', [1, [[1e13]]])).toEqual({
      error: '#NUM!',
      message: 'The rate of return is above 1,000,000,000,000 (a trillion) a year, too large to compute; check the costs and benefits for extreme values.',
    });
  });

  test.each([
    ['costs of 0', [0, [[1]]], '#NUM!', 'costs must be greater than 0.'],
    ['blank costs', ['', [[1]]], '#N/A', 'costs is required but was left blank.'],
    ['blank benefits', [100, ''], '#N/A', 'benefits is required but was left blank.'],
    ['text in year 2', [100, [[1], ['x']]], '#VALUE!', 'benefits (row 2) must be a number, but it is the text "x".'],
    ['an error cell in year 1 keeps its code', [100, [['#DIV/0!']]], '#DIV/0!', 'benefits is an error (#DIV/0!); fix that cell first.'],
    ['no positive benefit', [100, [[-5, 0]]], '#NUM!', NO_IRR],
    ['a single year of loss', [100, [[-5]]], '#NUM!', NO_IRR],
    ['every year blank', [100, [['', '']]], '#NUM!', NO_IRR],
    // x = 1/(1+r): −100 + 300x − 400x² has a negative discriminant (300² < 4 × 100 × 400): never 0.
    ['a later cost that no rate repays', [100, [[300], [-400]]], '#NUM!', NO_IRR],
  ])('%s: %s', (_label, args, code, message) => {
    expect(evaluate('PROGRAM_IRR', args as never)).toEqual({ error: code, message });
  });
});

describe('BREAKEVEN_BENEFIT', () => {
  const NO_EFFECT = 'isolation or confidence is 0, so no benefit can be attributed to the program and it can never break even.';
  test('confidence 0 (as isolation 0) is #DIV/0! with a message saying why', () => {
    expect(evaluate('BREAKEVEN_BENEFIT', [100, 0.5, 0])).toEqual({ error: '#DIV/0!', message: NO_EFFECT });
  });
  test('elementwise: the zero share is an error in its own row only (100 / (0.5 × 0.5) = 400)', () => {
    expect(evaluate('BREAKEVEN_BENEFIT', [[[100], [100]], [[0.5], [0]], 0.5])).toEqual([[400], [{ error: '#DIV/0!', message: NO_EFFECT }]]);
  });
  test('costs of 0 break even at once, whatever the share', () => {
    expect(evaluate('BREAKEVEN_BENEFIT', [0, 0.5, 0.8])).toBe(0);
  });
  test('two tiny factors whose product underflows to 0 are not a zero share: the result is too large (#NUM!), not #DIV/0!', () => {
    // 1e-200 × 1e-200 is 0 in doubles; 1 / that share is far past the largest double.
    expect(evaluate('BREAKEVEN_BENEFIT', [1, 1e-200, 1e-200])).toMatchObject({ error: '#NUM!' });
    expect(evaluate('BREAKEVEN_BENEFIT', [0, 1e-200, 1e-200])).toBe(0);
  });
});

describe('the elementwise formulas, each operand moved on its own (values by hand)', () => {
  test.each([
    ['ROI', [300, 200], 0.5],
    ['BCR', [300, 200], 1.5],
    ['NET_BENEFITS', [300, 200], 100],
    ['ADJUSTED_BENEFIT', [1000, 0.5, 0.4], 200],
    ['PAYBACK_MONTHS', [300, 200], 18],
    ['PARTICIPANT_COST', [3, 5, 7, 0.5], 3 * 5 * 7 * 1.5],
    ['PARTICIPANT_COST', [3, 5, 7, 0], 105],
    ['UTILITY_GAIN', [3, 5, 0.5, 100, 50], 3 * 5 * 0.5 * 100 - 50],
    ['COST_PER_PARTICIPANT', [300, 4], 75],
    ['BREAKEVEN_BENEFIT', [300, 0.5, 0.4], 1500],
  ])('%s(%p) = %p', (name, args, expected) => {
    expectResult(evaluate(name, args as never), expected);
  });
});
