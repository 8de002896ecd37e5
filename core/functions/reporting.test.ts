/**
 * YTD, RUN_RATE_FORECAST and PLAN_ATTAINMENT at their edges, as docs/functions.md states them: the
 * shapes monthly_actuals may take, through_month and aggregation in every form a person might type,
 * months after through_month never read, and the exact messages people see. Expected values are
 * computed by hand in each label.
 */
import { evaluate } from '../index';
import { expectResult } from '../../test/support/results';

const err = (error: string, message: string) => ({ error, message });
const throughInvalid = (what: string) =>
  err('#NUM!', `through_month must be a whole number from 1 to 12 (the last month reported), but it is ${what}.`);
const aggregationInvalid = (text: string) => err('#VALUE!', `aggregation must be "sum" or "average", but it is the text "${text}".`);

describe('YTD', () => {
  test.each([
    ['a single value is month 1', [42, 1], 42],
    ['a single value through month 2: month 2 is not reported', [42, 2], 42],
    ['text after through_month is never read (sum)', [[[1, 2, 'x']], 2], 3],
    ['an error after through_month is never read', [[[1, 2, '#N/A']], 2], 3],
    ['"Sum" in any case', [[[1, 2]], 2, 'Sum'], 3],
    ['" Average " with spaces: (1 + 2) / 2', [[[1, 2]], 2, ' Average '], 1.5],
    ['through_month 1 reads only month 1', [[[7, 100]], 1], 7],
    ['through_month 12 of a 12-month column', [Array.from({ length: 12 }, (_, k) => [k + 1]), 12], 78],
    ['an average of a single month', [[[7, 100]], 1, 'average'], 7],
    ['an average skips blanks but not zeros: (0 + 6) / 2', [[[0, '', 6]], 3, 'average'], 3],
    ['negative actuals add up like any other (a refund)', [[[10, -4]], 2], 6],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('YTD', args as never), expected);
  });

  test.each([
    ['blank monthly_actuals', ['', 3], err('#N/A', 'monthly_actuals is required but was left blank.')],
    ['monthly_actuals two rows by two columns', [[[1, 2], [3, 4]], 2],
      err('#VALUE!', 'monthly_actuals must be a single row or a single column, but it is 2 rows by 2 columns.')],
    ['monthly_actuals with rows of different lengths', [[[1, 2], [3]], 2],
      err('#VALUE!', 'monthly_actuals is not rectangular: row 2 has a different number of cells.')],
    ['an empty monthly_actuals range', [[], 2], err('#VALUE!', 'monthly_actuals is an empty range.')],
    ['13 months', [[Array(13).fill(1)], 2], err('#VALUE!', 'monthly_actuals has 13 cells; give at most 12 months (one row or one column).')],
    ['text in month 2 of a row', [[[1, 'x', 3]], 3], err('#VALUE!', 'monthly_actuals (column 2) must be a number, but it is the text "x".')],
    ['text in month 2 of a column', [[[1], ['x'], [3]], 3], err('#VALUE!', 'monthly_actuals (row 2) must be a number, but it is the text "x".')],
    ['an error cell in month 2 keeps its code', [[[1, '#DIV/0!', 3]], 3],
      err('#DIV/0!', 'monthly_actuals (column 2) is an error (#DIV/0!); fix that cell first.')],
    ['an error cell in an averaged month', [[[1, '#DIV/0!']], 2, 'average'],
      err('#DIV/0!', 'monthly_actuals (column 2) is an error (#DIV/0!); fix that cell first.')],
    ['through_month text', [[[1, 2]], 'x'], throughInvalid('the text "x"')],
    ['through_month blank', [[[1, 2]], ''], throughInvalid('blank')],
    ['through_month omitted (null)', [[[1, 2]], null], throughInvalid('blank')],
    ['through_month 0', [[[1, 2]], 0], throughInvalid('0')],
    ['through_month 2.5', [[[1, 2]], 2.5], throughInvalid('2.5')],
    ['through_month 13', [[[1, 2]], 13], throughInvalid('13')],
    ['through_month TRUE', [[[1, 2]], true], throughInvalid('TRUE')],
    ['through_month infinite', [[[1, 2]], Infinity], throughInvalid('Infinity')],
    ['through_month an error cell keeps its code', [[[1, 2]], '#N/A'], err('#N/A', 'through_month is an error (#N/A); fix that cell first.')],
    ['through_month a two-cell range', [[[1, 2]], [[1, 2]]], err('#VALUE!', 'through_month must be a single value, but it is 1 row by 2 columns.')],
    ['aggregation "median"', [[[1, 2]], 2, 'median'], aggregationInvalid('median')],
    ['aggregation "sums"', [[[1, 2]], 2, 'sums'], aggregationInvalid('sums')],
    ['aggregation a number', [[[1, 2]], 2, 1], aggregationInvalid('1')],
    ['aggregation TRUE', [[[1, 2]], 2, true], aggregationInvalid('TRUE')],
    ['aggregation an error cell keeps its code', [[[1, 2]], 2, '#REF!'], err('#REF!', 'aggregation is an error (#REF!); fix that cell first.')],
    ['aggregation a two-cell range', [[[1, 2]], 2, [['sum', 'x']]], err('#VALUE!', 'aggregation must be a single value, but it is 1 row by 2 columns.')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('YTD', args as never)).toEqual(expected);
  });
});

describe('RUN_RATE_FORECAST', () => {
  test.each([
    ['months after through_month are not read: (1 + 2) / 2 × 12', [[[1, 2, 3]], 2], 18],
    ['an average forecast is the average so far', [[[1, 2]], 2, 'average'], 1.5],
    ['an elapsed blank month counts 0 for a sum: (6 + 0) / 2 × 12', [[[6, '']], 2], 36],
    ['through_month past the range: (6) / 3 × 12', [[[6]], 3], 24],
    ['an average with blanks: (4 + 8) / 2, the blank not averaged', [[[4, '', 8]], 3, 'AVERAGE'], 6],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('RUN_RATE_FORECAST', args as never), expected);
  });

  test.each([
    ['text in a month read', [[[1, 'x', 3]], 3], err('#VALUE!', 'monthly_actuals (column 2) must be a number, but it is the text "x".')],
    ['through_month 0', [[[1, 2]], 0], throughInvalid('0')],
    ['aggregation "median"', [[[1, 2]], 2, 'median'], aggregationInvalid('median')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('RUN_RATE_FORECAST', args as never)).toEqual(expected);
  });
});

describe('PLAN_ATTAINMENT', () => {
  test.each([
    ['a plan of 0 is #DIV/0!', [10, 0], err('#DIV/0!', 'plan is 0, so attainment cannot be computed (it divides by plan).')],
    ['0 against a plan of 0 is still #DIV/0!', [0, 0, false], err('#DIV/0!', 'plan is 0, so attainment cannot be computed (it divides by plan).')],
    ['less is better divides by the actual', [0, 10, true], err('#DIV/0!', 'actual is 0, so attainment cannot be computed (it divides by actual).')],
    ['a flag of 2 is not TRUE or FALSE', [10, 5, 2], err('#VALUE!', 'less_is_better must be TRUE or FALSE (or 1 or 0).')],
  ])('%s', (_label, args, expected) => {
    expect(evaluate('PLAN_ATTAINMENT', args as never)).toEqual(expected);
  });

  test.each([
    ['less is better with a plan of 0: 0 / 10', [10, 0, true], 0],
    ['a blank flag is FALSE: 10 / 5', [10, 5, ''], 2],
    ['a negative actual: −10 / 5', [-10, 5], -2],
    ['less is better: 5 / 10', [10, 5, true], 0.5],
  ])('%s', (_label, args, expected) => {
    expectResult(evaluate('PLAN_ATTAINMENT', args as never), expected);
  });
});
