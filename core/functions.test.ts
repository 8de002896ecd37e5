/**
 * Table-driven cases for every function. Each reference value says where it comes from: a worked
 * example, an independent computation (shown inline), or another engine (HyperFormula).
 */
import type { HyperFormula } from 'hyperformula';
import { evaluate } from './index';
import { expectResult } from '../test/support/results';

type Case = readonly [formula: string, args: readonly unknown[], expected: unknown, source: string];

const CASES: Record<string, readonly Case[]> = {
  ROI: [
    ['=ROI(750000, 200000)', [750000, 200000], 2.75, 'worked example: (750,000 − 200,000) / 200,000 = 275%'],
    ['=ROI(350000, 100000)', [350000, 100000], 2.5, 'brief: a 3.5x return is an ROI of 250%'],
    ['=ROI(100000, 100000)', [100000, 100000], 0, 'break-even is 0%'],
    ['=ROI(-20000, 50000)', [-20000, 50000], -1.4, 'negative benefits are a loss: (−20,000 − 50,000) / 50,000'],
    ['=ROI({120;300}, 100)', [[[120], [300]], 100], [[0.2], [2]], 'single costs value applied to each row'],
    ['=ROI({300,"",""}, {100,"",50})', [[[300, '', '']], [[100, '', 50]]], [[2, '', { error: '#N/A' }]], 'spec: blank/blank → blank, one blank → #N/A'],
  ],
  BCR: [
    ['=BCR(581000, 229000)', [581000, 229000], 581000 / 229000, 'independent computation: 581,000 / 229,000 ≈ 2.54:1'],
    ['=BCR(120000, 100000)', [120000, 100000], 1.2, "brief: GrowthCorp's starting 1.2x"],
    ['=BCR({1;2;3}, {2;2;2})', [[[1], [2], [3]], [[2], [2], [2]]], [[0.5], [1], [1.5]], 'independent computation'],
  ],
  NET_BENEFITS: [
    ['=NET_BENEFITS(750000, 200000)', [750000, 200000], 550000, 'worked example'],
    ['=NET_BENEFITS(0, 0)', [0, 0], 0, 'zero costs are allowed for net benefits'],
    ['=NET_BENEFITS(1, -1)', [1, -1], { error: '#NUM!' }, 'negative costs are a mistake'],
  ],
  ADJUSTED_BENEFIT: [
    ['=ADJUSTED_BENEFIT(1000000, 0.25, 0.7)', [1000000, 0.25, 0.7], 175000, 'Phillips-style estimate: 1,000,000 × 25% × 70%'],
    ['=ADJUSTED_BENEFIT(50000, 1, 1)', [50000, 1, 1], 50000, 'fully isolated, fully confident'],
    ['=ADJUSTED_BENEFIT(50000, 0, 0.9)', [50000, 0, 0.9], 0, 'nothing attributed to the program'],
    ['=ADJUSTED_BENEFIT({100;200}, {0.5;0.25}, 0.8)', [[[100], [200]], [[0.5], [0.25]], 0.8], [[40], [40]], 'independent computation'],
  ],
  PAYBACK_MONTHS: [
    ['=PAYBACK_MONTHS(229000, 581000)', [229000, 581000], (229000 / 581000) * 12, 'independent computation ≈ 4.73 months'],
    ['=PAYBACK_MONTHS(0, 1000)', [0, 1000], 0, 'a free program pays back at once'],
  ],
  PROGRAM_NPV: [
    ['=PROGRAM_NPV(0.1, 1000, {1100})', [0.1, 1000, [[1100]]], 0, 'one year at 10%: 1,100 / 1.1 − 1,000 = 0'],
    ['=PROGRAM_NPV(0.05, 0, {100;100;100})', [0.05, 0, [[100], [100], [100]]], 100 / 1.05 + 100 / 1.05 ** 2 + 100 / 1.05 ** 3, 'independent computation: an annuity of three years'],
    ['=PROGRAM_NPV(0, 500, {"";""})', [0, 500, [[''], ['']]], -500, 'all years blank count as 0: only the cost remains'],
  ],
  PROGRAM_IRR: [
    ['=PROGRAM_IRR(100, {-50, 300})', [100, [[-50, 300]]], 0.5, 'independent computation: −100 − 50/1.5 + 300/1.5² = 0'],
    ['=PROGRAM_IRR(1000, {"";1210})', [1000, [[''], [1210]]], 0.1, 'a blank first year: 1,210 / 1.1² = 1,000'],
  ],
  PARTICIPANT_COST: [
    ['=PARTICIPANT_COST(120, 24, 52.5, 0.32)', [120, 24, 52.5, 0.32], 120 * 24 * 52.5 * 1.32, 'independent computation: 199,584'],
    ['=PARTICIPANT_COST({10;20}, 8, 40)', [[[10], [20]], 8, 40], [[3200], [6400]], 'optional loading omitted'],
  ],
  UTILITY_GAIN: [
    ['=UTILITY_GAIN(65, 2, 0.55, 10413, 20000)', [65, 2, 0.55, 10413, 20000], 65 * 2 * 0.55 * 10413 - 20000, 'independent computation of ΔU = N·T·d·SDy − C'],
    ['=UTILITY_GAIN(10, 1, -0.2, 5000, 1000)', [10, 1, -0.2, 5000, 1000], -11000, 'a harmful program has negative utility'],
  ],
  COST_PER_PARTICIPANT: [
    ['=COST_PER_PARTICIPANT(229000, 0)', [229000, 0], { error: '#DIV/0!' }, 'no participants'],
    ['=COST_PER_PARTICIPANT(229000, 100)', [229000, 100], 2290, 'independent computation'],
  ],
  BREAKEVEN_BENEFIT: [
    ['=BREAKEVEN_BENEFIT(100000, 0, 0.8)', [100000, 0, 0.8], { error: '#DIV/0!' }, 'nothing can be attributed'],
    ['=BREAKEVEN_BENEFIT(60000, 0.75, 0.8)', [60000, 0.75, 0.8], 100000, 'independent computation: 60,000 / 0.6'],
  ],
  ALIGNMENT_SCORE: [
    ['=ALIGNMENT_SCORE({3,3,3}, {1,2,3})', [[[3, 3, 3]], [[1, 2, 3]]], [[100]], 'every link primary → 100'],
    ['=ALIGNMENT_SCORE({0,0,0}, {1,2,3})', [[[0, 0, 0]], [[1, 2, 3]]], [[0]], 'no links → 0 (not blank: zeros were entered)'],
    ['=ALIGNMENT_SCORE({1,2}, {1;1}, 2)', [[[1, 2]], [[1], [1]], 2], [[75]], 'max 2: 100 × (1 + 2) / (2 × 2)'],
    ['=ALIGNMENT_SCORE(3, 5)', [3, 5], 100, 'one objective, one initiative'],
    ['=ALIGNMENT_SCORE({2,,1}, {0.5,0.3,0.2})', [[[2, null, 1]], [[0.5, 0.3, 0.2]]], [[(100 * (0.5 * 2 + 0.2 * 1)) / 3]], 'blank strength counts as 0'],
  ],
  PORTFOLIO_ALIGNMENT: [
    ['=PORTFOLIO_ALIGNMENT({3;0}, 1, {100;300})', [[[3], [0]], 1, [[100], [300]]], 25, 'independent computation: (100 × 100 + 0 × 300) / 400'],
    ['=PORTFOLIO_ALIGNMENT({3;""}, 1, {100;""})', [[[3], ['']], 1, [[100], ['']]], 100, 'an empty table row is skipped'],
    ['=PORTFOLIO_ALIGNMENT({3;""}, 1, {100;100})', [[[3], ['']], 1, [[100], [100]]], 50, 'a budget with no links scores 0 and counts'],
    ['=PORTFOLIO_ALIGNMENT({3;2}, 1, {100;""})', [[[3], [2]], 1, [[100], ['']]], { error: '#N/A' }, 'links but no budget'],
  ],
  ALIGNED_SHARE: [
    ['=ALIGNED_SHARE({2,0;0,1;0,0;3,3})', [[[2, 0], [0, 1], [0, 0], [3, 3]]], 0.5, 'rows 1 and 4 have a link ≥ 2'],
    ['=ALIGNED_SHARE({2,0;0,1;0,0;3,3}, 3)', [[[2, 0], [0, 1], [0, 0], [3, 3]], 3], 0.25, 'only row 4 has a primary link'],
    ['=ALIGNED_SHARE({2,0;0,1}, 0)', [[[2, 0], [0, 1]], 0], { error: '#NUM!' }, 'min_strength must be 1 or more'],
  ],
  OBJECTIVE_COVERAGE: [
    ['=OBJECTIVE_COVERAGE({2,0,0}, {1,1,2})', [[[2, 0, 0]], [[1, 1, 2]]], 0.25, 'one of weight 1 in a total of 4'],
    ['=OBJECTIVE_COVERAGE({1,1,1}, {1,1,1}, 1)', [[[1, 1, 1]], [[1, 1, 1]], 1], 1, 'indirect links count when min is 1'],
  ],
  COVERAGE_GAPS: [
    ['=COVERAGE_GAPS({"A","","C"}, {0,0,3})', [[['A', '', 'C']], [[0, 0, 3]]], [['A']], 'a blank objective name is an unused column, never a gap'],
    ['=COVERAGE_GAPS({"A";"B"}, {1,1}, 1)', [[['A'], ['B']], [[1, 1]], 1], [['']], 'no gaps → one empty cell'],
  ],
  BREAKEVEN_ISOLATION: [
    ['=BREAKEVEN_ISOLATION(1000000, 175000, 0.7)', [1000000, 175000, 0.7], 0.25, 'worked example: 175,000 / (1,000,000 × 70%) = 25%'],
    ['=BREAKEVEN_ISOLATION(581000, 229000, 0.9)', [581000, 229000, 0.9], 229000 / (581000 * 0.9), 'independent computation ≈ 43.8%'],
    ['=BREAKEVEN_ISOLATION(100000, 100000)', [100000, 100000], 1, 'benefit equals cost: it must have caused all of it'],
    ['=BREAKEVEN_ISOLATION(500000, 0)', [500000, 0], 0, 'a free program pays back whatever share it caused'],
    ['=BREAKEVEN_ISOLATION(500000, 100000, "")', [500000, 100000, ''], 0.2, 'a blank confidence takes its default 1'],
    ['=BREAKEVEN_ISOLATION(500000, 100000, 0)', [500000, 100000, 0], { error: '#DIV/0!' }, 'issue 11: gross_benefit × confidence = 0 gives #DIV/0!'],
    ['=BREAKEVEN_ISOLATION(-500000, 100000)', [-500000, 100000], { error: '#NUM!' }, 'no share of a loss pays back'],
    ['=BREAKEVEN_ISOLATION({400000,800000}, {100000,100000}, {0.5,1})', [[[400000, 800000]], [[100000, 100000]], [[0.5, 1]]], [[0.5, 0.125]], 'elementwise: 100,000 / 200,000 and 100,000 / 800,000'],
  ],
  ROI_SENSITIVITY: [
    ['=ROI_SENSITIVITY(1000000, 200000, {0.5;0.7}, {0.8,0.9})', [1000000, 200000, [[0.5], [0.7]], [[0.8, 0.9]]],
      [[(1000000 * 0.5 * 0.8 - 200000) / 200000, (1000000 * 0.5 * 0.9 - 200000) / 200000], [(1000000 * 0.7 * 0.8 - 200000) / 200000, (1000000 * 0.7 * 0.9 - 200000) / 200000]],
      'independent computation: 1, 1.25; 1.8, 2.15'],
    ['=ROI_SENSITIVITY(1000000, 200000, {0.5,0.7}, {0.8;0.9})', [1000000, 200000, [[0.5, 0.7]], [[0.8], [0.9]]],
      [[(1000000 * 0.5 * 0.8 - 200000) / 200000, (1000000 * 0.5 * 0.9 - 200000) / 200000], [(1000000 * 0.7 * 0.8 - 200000) / 200000, (1000000 * 0.7 * 0.9 - 200000) / 200000]],
      'lists given the other way round: still isolation down, confidence across'],
    ['=ROI_SENSITIVITY(300000, 100000, 1, 1)', [300000, 100000, 1, 1], [[2]], 'single values: the point ROI (300,000 − 100,000) / 100,000'],
    ['=ROI_SENSITIVITY(300000, 100000, {1;""}, {1,0})', [300000, 100000, [[1], ['']], [[1, 0]]], [[2, -1], ['', '']], 'a blank isolation value leaves its row blank; confidence 0 attributes nothing: ROI −100%'],
    ['=ROI_SENSITIVITY(300000, 100000, {1;0.5}, {1,1.5})', [300000, 100000, [[1], [0.5]], [[1, 1.5]]], [[2, { error: '#NUM!' }], [0.5, { error: '#NUM!' }]], 'confidence 150% is an error down its column only'],
  ],
  ROI_SIMULATE: [
    ['=ROI_SIMULATE(90000, 200000, 400000, 80000, 100000, 140000, 100000, 7)', [90000, 200000, 400000, 80000, 100000, 140000, 100000, 7],
      [[0.36248493426993034, 1.1139715890734703, 2.1016607386995574, 0.98766]], 'independent computation: test/cases/roi-simulate-reference.py (Python, numpy.percentile linear)'],
    ['=ROI_SIMULATE(50000, 120000, 200000, 90000, 100000, 130000, 1000, 42)', [50000, 120000, 200000, 90000, 100000, 130000, 1000, 42],
      [[-0.231738468240651, 0.13523656048334065, 0.5784119878495287, 0.69]], 'independent computation: test/cases/roi-simulate-reference.py'],
    ['=ROI_SIMULATE(100000, 100000, 300000, 100000, 100000, 100000, 100, 0)', [100000, 100000, 300000, 100000, 100000, 100000, 100, 0],
      [[0.08349252084176935, 0.5486075063745939, 1.1597373287278574, 1]], 'independent computation (seed 0, 100 trials, likely = low): test/cases/roi-simulate-reference.py'],
    ['=ROI_SIMULATE(120000, 120000, 120000, 100000, 100000, 100000, 100, 99)', [120000, 120000, 120000, 100000, 100000, 100000, 100, 99], [[0.2, 0.2, 0.2, 1]], 'degenerate: exactly the point ROI, whatever the seed'],
    ['=ROI_SIMULATE(80000, 80000, 80000, 100000, 100000, 100000)', [80000, 80000, 80000, 100000, 100000, 100000], [[-0.2, -0.2, -0.2, 0]], 'degenerate loss: ROI −20% in every trial, never above 0'],
  ],
  YTD: [
    ['=YTD({10;20;30;40}, 2)', [[[10], [20], [30], [40]], 2], 30, 'a column works as a row does: 10 + 20'],
    ['=YTD({5,5,5,5,5,5,5,5,5,5,5,5}, 12)', [[Array(12).fill(5)], 12], 60, 'the whole year: 12 × 5'],
    ['=YTD({"","",""}, 3)', [[['', '', '']], 3], 0, 'issue 12: a sum counts blanks as 0, so nothing reported is 0'],
    ['=YTD({100,120}, 6)', [[[100, 120]], 6], 220, 'months after the range are not reported: blank, counting 0'],
    ['=YTD({80,"",90,"x"}, 3, "AVERAGE")', [[[80, '', 90, 'x']], 3, 'AVERAGE'], 85, 'case does not matter; (80 + 90) / 2; month 4 is not read'],
    ['=YTD({100,120}, 2, "")', [[[100, 120]], 2, ''], 220, 'a blank aggregation is the default "sum"'],
  ],
  RUN_RATE_FORECAST: [
    ['=RUN_RATE_FORECAST({5,5,5,5,5,5,5,5,5,5,5,5}, 12)', [[Array(12).fill(5)], 12], 60, 'at month 12 the forecast is the year actual'],
    ['=RUN_RATE_FORECAST({250;0;350}, 3)', [[[250], [0], [350]], 3], 2400, 'TDRp-style run rate: 600 / 3 × 12'],
    ['=RUN_RATE_FORECAST({"",""}, 2, "average")', [[['', '']], 2, 'average'], '', 'an average with nothing reported is blank'],
    ['=RUN_RATE_FORECAST({12}, 1)', [[[12]], 1], 144, 'one month reported: 12 × 12'],
  ],
  PLAN_ATTAINMENT: [
    ['=PLAN_ATTAINMENT(1200, 1000)', [1200, 1000], 1.2, 'worked example: 120% of plan'],
    ['=PLAN_ATTAINMENT(40, 50, TRUE)', [40, 50, true], 1.25, 'less is better (hours to proficiency): 50 / 40'],
    ['=PLAN_ATTAINMENT(40, 50, FALSE)', [40, 50, false], 0.8, 'more is better: 40 / 50'],
    ['=PLAN_ATTAINMENT(40, 50, 1)', [40, 50, 1], 1.25, '1 is TRUE'],
    ['=PLAN_ATTAINMENT(40, 50, "true")', [40, 50, 'true'], 1.25, 'the text TRUE (any case) is TRUE'],
    ['=PLAN_ATTAINMENT(0, 50, TRUE)', [0, 50, true], { error: '#DIV/0!' }, 'less is better divides by the actual'],
    ['=PLAN_ATTAINMENT(0, 50)', [0, 50], 0, 'nothing achieved yet: 0%'],
    ['=PLAN_ATTAINMENT({90;110}, {100;100}, {FALSE;TRUE})', [[[90], [110]], [[100], [100]], [[false], [true]]], [[0.9], [100 / 110]], 'a flag per measure: 90 / 100 and 100 / 110'],
  ],
};

describe.each(Object.entries(CASES))('%s', (name, cases) => {
  test.each(cases.map((c) => [c[0], c[3], c[1], c[2]] as const))('%s  (%s)', (_formula, _source, args, expected) => {
    expectResult(evaluate(name, args as never), expected);
  });
});

describe('PROGRAM_NPV and PROGRAM_IRR agree with a real engine (HyperFormula)', () => {
  // Loaded and built only when one of these tests runs (mutation runs filter most tests out).
  let hf: HyperFormula;
  let sheet: number;
  beforeAll(async () => {
    const { HyperFormula: Engine } = await import('hyperformula');
    hf = Engine.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
    sheet = hf.getSheetId(hf.addSheet('S'))!;
  });
  afterAll(() => hf?.destroy());
  test.each([
    [0.1, 100000, [60000, 60000]],
    [0.08, 250000, [50000, 80000, 120000, 90000]],
    [0.035, 12345.67, [1000, 0, 25000]],
    [-0.5, 10, [4, 4]],
  ])('rate %p, costs %p, benefits %p', (rate, costs, flows) => {
    hf.setSheetContent(sheet, [[`=NPV(${rate}, ${flows.join(', ')}) - ${costs}`]]);
    const engine = hf.getCellValue({ sheet, row: 0, col: 0 }) as number;
    expectResult(evaluate('PROGRAM_NPV', [rate, costs, [flows]]), engine, 1e-12);
  });

  test.each([
    [100000, [60000, 60000]],
    [250000, [50000, 80000, 120000, 90000]],
    [5000, [1000, 1000, 1000, 1000, 1000, 1000, 1000]],
    [100, [20, 20, 20]],
  ])('PROGRAM_IRR(%p, %p) equals HyperFormula IRR({−costs, benefits…})', (costs, flows) => {
    hf.setSheetContent(sheet, [[-costs, ...flows], [`=IRR(A1:${String.fromCharCode(65 + flows.length)}1)`]]);
    const engine = hf.getCellValue({ sheet, row: 1, col: 0 }) as number;
    expect(typeof engine).toBe('number');
    const ours = evaluate('PROGRAM_IRR', [costs, [flows]]) as number;
    expect(Math.abs(ours - engine)).toBeLessThan(1e-9); // HyperFormula's Newton stops at 1e-10
    expect(Math.abs(evaluate('PROGRAM_NPV', [ours, costs, [flows]]) as number)).toBeLessThan(1e-6 * costs);
  });
});
