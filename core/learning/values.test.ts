import { dateEvidence, hoursFromIsoDuration, isoDate, isProblem, knownStatusTexts, readDate, readDuration, readNumber, readScore, readStatus, settleDate, settleScore, unitFromHeader } from './values';
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

describe('edges of the readers (each row a case a user could type)', () => {
  const problem = (result: unknown): string | false => (isProblem(result) ? result.problem : false);

  it('isProblem answers only for an object whose problem is text', () => {
    expect([null, undefined, 'x', 3, {}, { problem: 1 }, { problem: 'why' }].map(isProblem)).toEqual([false, false, false, false, false, false, true]);
  });

  it('isoDate: the Gregorian calendar (every 4th year a leap year, not every 100th, every 400th again), whole numbers only, four-digit years', () => {
    expect([isoDate(2000, 2, 29), isoDate(2100, 2, 29), isoDate(1900, 2, 29), isoDate(2024, 2, 29), isoDate(2025, 2, 29)]).toEqual(['2000-02-29', undefined, undefined, '2024-02-29', undefined]);
    expect([isoDate(2025, 1.5, 1), isoDate(2025.5, 1, 1), isoDate(2025, 1, 1.5), isoDate(2025, 0, 1), isoDate(2025, 13, 1), isoDate(2025, 1, 0), isoDate(2025, 4, 31)]).toEqual(Array(7).fill(undefined));
    expect(isoDate(999, 1, 2)).toBe('0999-01-02');
  });

  it.each([
    [' 2025-03-14 ', '2025-03-14'],
    ['14  Mar  2025', '2025-03-14'],
    ['Mar  14,  2025', '2025-03-14'],
    ['2100-01-01', '2100-01-01'],
    ['1900-01-01', '1900-01-01'],
  ])('readDate %j is %s', (text, iso) => {
    expect(readDate('Date', text)).toEqual({ kind: 'iso', iso });
  });

  it.each([
    ['2025-03-14x', 'is not a date'],
    ['x2025-03-14', 'is not a date'],
    ['1/2/2025x', 'is not a date'],
    ['on 14 Mar 2025', 'is not a date'],
    ['14 Mar 2025 or so', 'is not a date'],
    ['Mar 14, 2025 or so', 'is not a date'],
    ['1899-12-31', 'outside 1900-2100'],
    ['2101-01-01', 'outside 1900-2100'],
    ['01/02/1899', 'outside 1900-2100'],
    ['01/02/2101', 'outside 1900-2100'],
    ['14 Mar 1899', 'outside 1900-2100'],
    ['31 Feb 2025', 'is not a real date when read as day month year'],
    ['2025-02-30', 'is not a real date when read as year-month-day'],
  ])('readDate %j is refused: %s', (text, reason) => {
    expect(problem(readDate('Date', text))).toContain(reason);
  });

  it('a day or month of 12 decides nothing; only a number above 12 does', () => {
    expect(readDate('Date', '12/13/2025')).toEqual({ kind: 'slash', first: 12, second: 13, year: 2025 });
    expect(dateEvidence({ kind: 'slash', first: 12, second: 5, year: 2025 })).toBe('ambiguous');
    expect(dateEvidence({ kind: 'slash', first: 5, second: 12, year: 2025 })).toBe('ambiguous');
    expect(dateEvidence({ kind: 'slash', first: 12, second: 13, year: 2025 })).toBe('mdy');
    expect(dateEvidence({ kind: 'iso', iso: '2025-03-14' })).toBe('none');
    expect(settleDate('Date', '2025-03-14', { kind: 'iso', iso: '2025-03-14' }, undefined)).toBe('2025-03-14');
    expect(problem(settleDate('Date', '13/13/2025', { kind: 'slash', first: 13, second: 13, year: 2025 }, undefined))).toContain('Date "13/13/2025" is not a date');
  });

  it('messages quote a cell of up to 60 characters whole, a longer one cut at 57 with "..."', () => {
    expect(problem(readDate('Date', 'x'.repeat(60)))).toContain(`"${'x'.repeat(60)}"`);
    expect(problem(readDate('Date', 'y'.repeat(61)))).toContain(`"${'y'.repeat(57)}..."`);
  });

  it.each([
    ['1200$', ',', 1200],
    ['12$00', ',', undefined],
    ['300usd', ',', 300],
    ['3usd00', ',', undefined],
    [',5', ';', 0.5],
    ['1234,567', ',', 1234.567],
    ['1,2345', ',', 1.2345],
    ['1,234,567', ',', 1234567],
    ['1e5', ',', 100000],
    ['1E-2', ',', 0.01],
    ['1e10', ',', 1e10],
    ['.25', ',', 0.25],
    ['1e999', ',', undefined],
    ['0x10', ',', undefined],
    ['Infinity', ',', undefined],
  ])('readNumber %j in a "%s" file is %s', (text, delimiter, value) => {
    expect(readNumber(text, delimiter)).toBe(value);
  });

  it.each([
    ['Time (min)', 'minutes'],
    ['Time (sec)', 'seconds'],
    ['Duration (hour)', 'hours'],
    ['Time (hr)', 'hours'],
  ])('unitFromHeader %j is in %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });

  it('hoursFromIsoDuration: days of 24 hours, weeks of 7 days; a negative zero is zero; calendar units and non-durations refused', () => {
    expect([hoursFromIsoDuration(' PT1H30M '), hoursFromIsoDuration('P1W'), hoursFromIsoDuration('-PT0S'), hoursFromIsoDuration('-PT1H')]).toEqual([1.5, 168, 0, 'negative']);
    expect([hoursFromIsoDuration('P1Y'), hoursFromIsoDuration('P2M'), hoursFromIsoDuration('an hour')]).toEqual(['calendar', 'calendar', undefined]);
    expect([hoursFromIsoDuration('P1.5D'), hoursFromIsoDuration('PT0,5H'), hoursFromIsoDuration('P1DT2H30M')]).toEqual([36, 0.5, 26.5]);
  });

  it('hoursFromIsoDuration reads a whole duration or nothing (tinyduration alone took P-1D as -24 hours, PT1H-P1D as 1)', () => {
    expect(['P-1D', 'PT1H-P1D', 'P1D-PT1H', 'P-PT1H', 'P', 'PT', 'P1DT', 'P1H', 'PT1D', 'pt1h', 'PT1H x'].map(hoursFromIsoDuration)).toEqual(Array(11).fill(undefined));
    expect(problem(readDuration('Time', 'P-1D', 'hours', ','))).toContain('is not a duration');
    expect(problem(readDuration('Time', 'PT1H-P1D', 'hours', ','))).toContain('is not a duration');
  });

  it.each([
    ['1,5 h', 1.5],
    ['1.25 h', 1.25],
    ['1:30:59.5', 1 + 30 / 60 + 59.5 / 3600],
  ])('readDuration %j is %s hours', (text, hours) => {
    expect(readDuration('Time', text, 'hours', ',')).toBeCloseTo(hours, 10);
  });

  it.each([
    ['1:60', '60 or more minutes'],
    ['1:30:60', '60 or more minutes'],
    ['(2)', 'is negative'],
    ['about 90 min', 'is not a duration'],
    ['90 min!', 'is not a duration'],
  ])('readDuration %j is refused: %s', (text, reason) => {
    expect(problem(readDuration('Time', text, 'hours', ','))).toContain(reason);
  });

  it.each([
    ['100%', 1],
    ['0/10', 0],
    ['10/10', 1],
    ['100', 1],
  ])('readScore %j is the fraction %s', (text, value) => {
    const result = readScore('Score', text, ',', text === '100');
    expect(result).toEqual({ kind: 'fraction', value });
  });

  it.each([
    ['%', 'is not a score'],
    ['abc%', 'is not a score'],
    ['-5%', 'outside 0% to 100%'],
    ['5/x', 'is not a score'],
    ['0/0', 'outside 0 to 0'],
    ['-1/10', 'outside 0 to 10'],
    ['11/10', 'outside 0 to 10'],
  ])('readScore %j is refused: %s', (text, reason) => {
    expect(problem(readScore('Score', text, ',', false))).toContain(reason);
  });

  it('every status text the reader lists reads back as a status, and the list holds each status', () => {
    const texts = knownStatusTexts();
    expect(texts).toEqual(expect.arrayContaining(['completed', 'passed', 'not passed', 'in progress', 'no show', 'viewed', 'incomplete', 'registered']));
    expect(texts.every((t) => readStatus(t) !== undefined)).toBe(true);
    expect(new Set(texts.map((t) => readStatus(t)))).toEqual(new Set(['completed', 'passed', 'failed', 'attempted', 'experienced', 'in progress', 'not started', 'withdrawn']));
  });
});
