import { dateEvidence, isProblem, readDate, readDuration, readNumber, readScore, readStatus, settleDate, settleScore, unitFromHeader } from './values';
import type { DateReading } from './values';

describe('readDate', () => {
  // Reference values: the calendar (2024 is a leap year, 2025 is not).
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-03-14T23:30:00Z', '2025-03-14'],
    ['2025-03-14 08:05', '2025-03-14'],
    ['2025/3/4', '2025-03-04'],
    ['2024-02-29', '2024-02-29'],
    ['14 Mar 2025', '2025-03-14'],
    ['14-Mar-25', '2025-03-14'],
    ['March 4, 2025', '2025-03-04'],
    ['Sept 30 2024', '2024-09-30'],
  ])('%s is the ISO date %s', (text, iso) => {
    expect(readDate('Date', text)).toEqual({ kind: 'iso', iso });
  });

  it.each([
    ['13/04/2025', 13, 4, 2025, 'dmy'],
    ['04/13/2025', 4, 13, 2025, 'mdy'],
    ['03/04/2025', 3, 4, 2025, 'ambiguous'],
    ['05.05.2025', 5, 5, 2025, 'none'],
    ['3/4/25 10:15 AM', 3, 4, 2025, 'ambiguous'],
  ])('%s is day and month to settle (%i, %i, %i): evidence %s', (text, first, second, year, evidence) => {
    const reading = readDate('Date', text) as DateReading;
    expect(reading).toEqual({ kind: 'slash', first, second, year });
    expect(dateEvidence(reading)).toBe(evidence);
  });

  it.each([
    ['yesterday', 'is not a date'],
    ['2025-02-29', 'is not a real date'],
    ['31 Feb 2025', 'is not a real date'],
    ['13/13/2025', 'is not a date'],
    ['0025-01-01', 'outside 1900-2100'],
    ['14 Foo 2025', 'is not a date'],
  ])('%s is refused: %s', (text, reason) => {
    const result = readDate('Completion Date', text);
    expect(isProblem(result) && result.problem).toContain(reason);
    expect(isProblem(result) && result.problem).toContain(`Completion Date "${text}"`);
  });

  it('settles day/month readings only with an order, and checks the calendar', () => {
    const ambiguous = readDate('Date', '03/04/2025') as DateReading;
    expect(settleDate('Date', '03/04/2025', ambiguous, 'dmy')).toBe('2025-04-03');
    expect(settleDate('Date', '03/04/2025', ambiguous, 'mdy')).toBe('2025-03-04');
    const unsettled = settleDate('Date', '03/04/2025', ambiguous, undefined);
    expect(isProblem(unsettled) && unsettled.problem).toContain('could be day/month or month/day');
    const same = readDate('Date', '05/05/2025') as DateReading;
    expect(settleDate('Date', '05/05/2025', same, undefined)).toBe('2025-05-05');
    const feb = readDate('Date', '02/30/2025') as DateReading;
    const wrong = settleDate('Date', '02/30/2025', feb, 'mdy');
    expect(isProblem(wrong) && wrong.problem).toContain('not a real date when read as month/day/year');
  });
});

describe('readNumber', () => {
  it.each([
    ['1200', ',', 1200],
    ['1,200', ',', 1200],
    ['1,200.50', ',', 1200.5],
    ['$1,200.50', ',', 1200.5],
    ['1.200,50 €', ';', 1200.5],
    ['1,5', ',', 1.5],
    ['1,200', ';', 1.2],
    ['EUR 300', ';', 300],
    ['(45)', ',', -45],
    ['', ',', undefined],
    ['12a', ',', undefined],
    ['1,2,3', ';', undefined],
  ])('%s in a "%s" file is %s', (text, delimiter, value) => {
    expect(readNumber(text, delimiter)).toBe(value);
  });
});

describe('readDuration', () => {
  it.each([
    ['1.5', 'hours', 1.5],
    ['90', 'minutes', 1.5],
    ['5400', 'seconds', 1.5],
    ['1,5', 'hours', 1.5],
    ['01:30', 'hours', 1.5],
    ['1:30:36', 'hours', 1.51],
    ['90 min', 'hours', 1.5],
    ['1h 30m', 'hours', 1.5],
    ['2 hrs 15 mins', 'minutes', 2.25],
    ['1.5 hours', 'minutes', 1.5],
    ['PT1H30M', 'hours', 1.5],
    ['P1DT2H', 'hours', 26],
    ['0', 'hours', 0],
  ] as const)('%s (column in %s) is %s hours', (text, unit, hours) => {
    expect(readDuration('Time', text, unit, ',')).toBeCloseTo(hours, 10);
  });

  it.each([
    ['-2', 'is negative'],
    ['-PT1H', 'is negative'],
    ['1:75', '60 or more minutes'],
    ['two hours', 'is not a duration'],
    ['3 fortnights', 'is not a duration'],
    ['P1M', 'is not a duration'],
    ['PT', 'is not a duration'],
  ])('%s is refused: %s', (text, reason) => {
    const result = readDuration('Hours', text, 'hours', ',');
    expect(isProblem(result) && result.problem).toContain(reason);
  });
});

describe('readScore and settleScore', () => {
  it.each([
    ['85%', 0.85],
    ['17/20', 0.85],
    ['8.5 / 10', 0.85],
    ['0%', 0],
  ])('%s is the fraction %s', (text, value) => {
    expect(readScore('Score', text, ',', false)).toEqual({ kind: 'fraction', value });
  });

  it('leaves plain numbers to the file-wide scale, unless the header says percent', () => {
    expect(readScore('Score', '85', ',', false)).toEqual({ kind: 'plain', value: 85 });
    expect(readScore('Score (%)', '85', ',', true)).toEqual({ kind: 'fraction', value: 0.85 });
    expect(settleScore({ kind: 'plain', value: 0.9 }, 'fraction')).toBe(0.9);
    expect(settleScore({ kind: 'plain', value: 90 }, 'percent')).toBe(0.9);
  });

  it.each([
    ['150', 'outside 0 to 100'],
    ['-5', 'outside 0 to 100'],
    ['120%', 'outside 0% to 100%'],
    ['21/20', 'outside 0 to 20'],
    ['5/0', 'outside 0 to 0'],
    ['A', 'is not a score'],
    ['x/10', 'is not a score'],
  ])('%s is refused: %s', (text, reason) => {
    const result = readScore('Grade', text, ',', false);
    expect(isProblem(result) && result.problem).toContain(reason);
  });
});

describe('readStatus and unitFromHeader', () => {
  it.each([
    ['Completed', 'completed'],
    ['COMPLETE', 'completed'],
    ['Passed', 'passed'],
    ['Not Passed', 'failed'],
    ['in-progress', 'in progress'],
    ['In_Progress', 'in progress'],
    ['Registered', 'not started'],
    ['No Show', 'withdrawn'],
    ['Viewed', 'experienced'],
    ['Incomplete', 'attempted'],
    ['Maybe', undefined],
  ])('%s is %s', (text, status) => {
    expect(readStatus(text)).toBe(status);
  });

  it.each([
    ['Hours', 'hours'],
    ['Duration (mins)', 'minutes'],
    ['Time Spent in Minutes', 'minutes'],
    ['Time spent (h)', 'hours'],
    ['Seconds', 'seconds'],
    ['Duration', undefined],
  ])('%s is in %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });
});
