/**
 * Measures read from the GrowthCorp example (values as a host reads them: constants, formula cells
 * blank) and computed by the core's YTD, RUN_RATE_FORECAST and PLAN_ATTAINMENT. Reference values are
 * worked by hand in each case (the arithmetic is in the test name), or come from the case study in
 * the product brief (revenue +28%: ARR 250 → 320 $M; BCR 3.5x; fully loaded cost $1,660,000).
 */
import { MEASURES_CELLS, MEASURES_TABLE as T, SHEET_TITLES } from '../templates';
import { auditMeasures, computeMeasure, learningMonths, measuresFromSource, measuresSummary, offTrackSentence, readMeasures, snapshotNote, type MeasuresReport } from './measures';
import { exampleValues, sourceOf, type Values } from './testing/workbook';

const SHEET = SHEET_TITLES.Measures;

function report(values: Values = exampleValues()): MeasuresReport {
  const found = measuresFromSource(sourceOf(values));
  if (!found) throw new Error('no Measures sheet found');
  return found;
}

function put(values: Values, address: string, value: unknown): void {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const grid = values[SHEET];
  while (grid.length < Number(m[2])) grid.push([]);
  grid[Number(m[2]) - 1][column - 1] = value;
}

const at = (key: string, index: number) => `${(T.columns as Record<string, string>)[key]}${T.firstDataRow + index}`;
const byName = (r: MeasuresReport, name: string) => {
  const m = r.measures.find((x) => x.name === name);
  if (!m) throw new Error(`no measure ${name}`);
  return m;
};

describe('computeMeasure (the core functions, hand-worked references)', () => {
  const months = [10, 20, null, 30];
  it.each([
    ['a sum through month 3: YTD 10+20+0 = 30, plan 120 × 3/12 = 30 → 100%; run rate 30/3×12 = 120 → 100%', { lessIsBetter: false, aggregation: 'sum', plan: 120, months, manualForecast: null }, 3,
      { ytd: 30, ytdPercent: 1, forecast: 120, forecastPercent: 1, status: 'On track' }],
    ['an average through month 3: YTD (10+20)/2 = 15 against 20 → 75%, forecast 15 → Off track', { lessIsBetter: false, aggregation: 'average', plan: 20, months, manualForecast: null }, 3,
      { ytd: 15, ytdPercent: 0.75, forecast: 15, forecastPercent: 0.75, status: 'Off track' }],
    ['less is better, average: YTD 15, plan 12 → 12/15 = 80%', { lessIsBetter: true, aggregation: 'average', plan: 12, months, manualForecast: null }, 3,
      { ytd: 15, ytdPercent: 0.8, forecast: 15, forecastPercent: 0.8, status: 'Off track' }],
    ['a manual forecast wins: 108 of 120 = 90% → At risk', { lessIsBetter: false, aggregation: 'sum', plan: 120, months, manualForecast: 108 }, 3,
      { ytd: 30, ytdPercent: 1, forecast: 108, forecastPercent: 0.9, status: 'At risk' }],
    ['no plan: figures but no share and no status', { lessIsBetter: false, aggregation: 'sum', plan: null, months, manualForecast: null }, 4,
      { ytd: 60, ytdPercent: null, forecast: 180, forecastPercent: null, status: null }],
    ['an average with nothing reported: blank YTD and forecast', { lessIsBetter: false, aggregation: 'average', plan: 5, months: [], manualForecast: null }, 2,
      { ytd: null, ytdPercent: null, forecast: null, forecastPercent: null, status: null }],
  ] as const)('%s', (_, inputs, month, expected) => {
    const got = computeMeasure(inputs, month);
    for (const [key, value] of Object.entries(expected)) {
      const actual = got[key as keyof typeof got];
      if (typeof value === 'number') expect(actual).toBeCloseTo(value, 12);
      else expect(actual).toBe(value);
    }
  });
});

describe('the GrowthCorp measures', () => {
  let r: MeasuresReport;
  beforeEach(() => {
    r = report();
  });

  test('are all read, through month 9, with the sheet thresholds', () => {
    expect(r.sheet).toBe(SHEET);
    expect(r.measures).toHaveLength(23);
    expect(r.reportingMonth).toBe(9);
    expect(r.thresholds).toEqual({ onTrack: 0.95, atRisk: 0.85 });
    expect(r.problems).toEqual([]);
  });

  test('one is off track, four are at risk, the rest on track', () => {
    expect(r.measures.filter((m) => m.status === 'Off track').map((m) => m.name)).toEqual(['Discovery workshop hours']);
    expect(r.measures.filter((m) => m.status === 'At risk').map((m) => m.name).sort()).toEqual(
      ['Cost per learner', 'Customer-requested features shipped per quarter', 'Playbook applied on the job', 'Regretted attrition'],
    );
    expect(r.measures.filter((m) => m.status === 'On track')).toHaveLength(18);
  });

  test('the outcome measures agree with the case study: revenue +28%, BCR 3.5x, cost $1,660k', () => {
    // Net new ARR: 52.5 through month 9, run rate 52.5 / 9 × 12 = 70 ($M); 70 / 250 = 28%.
    expect(byName(r, 'Net new ARR').ytd).toBeCloseTo(52.5, 12);
    expect(byName(r, 'Net new ARR').forecast! / 250).toBeCloseTo(0.28, 12);
    expect(byName(r, 'ARR growth over last year').forecast).toBeCloseTo(28, 12);
    expect(byName(r, 'Portfolio benefit–cost ratio').ytd).toBeCloseTo(3.5, 12);
    expect(byName(r, 'Portfolio benefit–cost ratio').forecast).toBe(3.5);
    expect(byName(r, 'Fully loaded L&D cost').forecast).toBeCloseTo(1660, 12);
  });

  test('less is better: cost per learner averages 1,150 against 1,000 → 1000/1150 = 87%', () => {
    expect(byName(r, 'Cost per learner').forecastPercent).toBeCloseTo(1000 / 1150, 12);
  });

  test('the audit finds nothing to fix', () => {
    expect(auditMeasures(r)).toEqual([]);
  });

  test('the summary sentence names what is off track', () => {
    // Discovery workshop hours: 1,100 through month 9 → 1,466.7 for the year, 61% of 2,400.
    expect(offTrackSentence(r)).toBe('1 of 23 measures is off track at month 9: Discovery workshop hours (forecast 61% of plan); 4 more are at risk.');
  });
});

describe('the audit of Measures', () => {
  test('a measure with no plan', () => {
    const values = exampleValues();
    put(values, at('plan', 0), null);
    const findings = auditMeasures(report(values));
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['measure-no-plan', SHEET, at('plan', 0)]]);
    expect(findings[0].title).toBe('Account executives trained has no plan');
  });

  test('a month blank before a reported one (months out of order), at the first blank month', () => {
    const values = exampleValues();
    put(values, at('m3', 1), null);
    const findings = auditMeasures(report(values));
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['months-out-of-order', at('m3', 1)]]);
    expect(findings[0].title).toBe('Academy reaction score: month 3 is blank but month 9 is reported');
  });

  test('blank months after the last reported one are not out of order', () => {
    expect(auditMeasures(report()).filter((f) => f.rule === 'months-out-of-order')).toEqual([]);
  });

  test('effectiveness with no efficiency counterpart for the same initiative, and the other way round', () => {
    const values = exampleValues();
    // Row 0 is the academy's only efficiency measure; row 5 the playbook's only effectiveness measure.
    put(values, at('type', 0), 'Outcome');
    put(values, at('type', 5), 'Efficiency');
    const findings = auditMeasures(report(values));
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['effectiveness-without-efficiency', `${SHEET}!${at('name', 1)}`.split('!')[1]],
      ['efficiency-without-effectiveness', `${SHEET}!${at('name', 4)}`.split('!')[1]],
    ]);
    expect(findings[0].title).toBe('Consultative Selling Academy has effectiveness measures but no efficiency measure');
  });

  test('text in a month and a reporting month outside 1–12 are problems, with their cells', () => {
    const values = exampleValues();
    put(values, at('m2', 2), 'n/a');
    put(values, MEASURES_CELLS.reportingMonth, 13);
    const r = report(values);
    expect(r.problems.map((p) => p.cell)).toEqual([MEASURES_CELLS.reportingMonth, at('m2', 2)]);
    expect(r.reportingMonth).toBe(1);
  });
});

describe('offTrackSentence', () => {
  test('none off track', () => {
    const values = exampleValues();
    put(values, at('m9', 11), 1040); // discovery hours: 1,100 − 140 + 1,040 = 2,000; 2,000 / 9 × 12 = 2,667 → 111%, on track
    const r = readMeasures(SHEET, values[SHEET]);
    expect(offTrackSentence(r)).toBe('None of the 23 measures with a plan is off track at month 9; 4 are at risk.');
  });

  test('nothing rated: empty', () => {
    expect(offTrackSentence(report(exampleValues('empty')))).toBe('');
  });
});

describe('plain data for ld-report --json and snapshots', () => {
  let r: MeasuresReport;
  beforeEach(() => {
    r = report();
  });

  test('measuresSummary is JSON as it is: each measure with YTD, % of plan and forecast', () => {
    const summary = measuresSummary(r);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary.reportingMonth).toBe(9);
    expect(summary.measures).toHaveLength(23);
    // Net new ARR: YTD 52.5 against 50 × 9/12 = 37.5 → 140%; forecast 70.
    expect(summary.measures[2]).toMatchObject({ name: 'Net new ARR', type: 'Outcome', cell: `${SHEET}!${at('name', 2)}`, status: 'On track' });
    expect(summary.measures[2].ytdPercent).toBeCloseTo(1.4, 12);
    expect(summary.measures[2].forecast).toBeCloseTo(70, 12);
  });

  test('snapshotNote: the status counts, what is off track and the outcomes against plan', () => {
    // Outcomes: ARR 70/50 = 140%, growth 28/20 = 140%, retention 92/93 = 99%, support cost 1000/1020 = 98%,
    // features 52/55 = 95% (94.5 rounds up), attrition 10/11 = 91%.
    expect(snapshotNote(r)).toBe(
      'Month 9: 18 on track, 4 at risk, 1 off track (Discovery workshop hours). Outcomes: Net new ARR 140% of plan, ARR growth over last year 140% of plan, ' +
      'Gross revenue retention 99% of plan, Support cost per customer 98% of plan, Customer-requested features shipped per quarter 95% of plan, Regretted attrition 91% of plan.',
    );
    expect(snapshotNote(report(exampleValues('empty')))).toBe('');
  });
});

describe('monthly actuals from Learning data (the sheet\'s "Month k used" helpers, hand-worked)', () => {
  // FY from 2024-07-01 (serial 45474, the GrowthCorp example's Year starts). Month 1 is July 2024.
  const academy = 'Consultative Selling Academy';
  const rows = [
    { initiative: academy.toLowerCase(), status: 'Passed', hours: 2, score: null, date: 45474 }, // 2024-07-01: month 1 (any case)
    { initiative: academy, status: 'completed', hours: 3, score: null, date: 45504 }, // 2024-07-31: month 1
    { initiative: academy, status: 'failed', hours: 1.5, score: null, date: 45505 }, // 2024-08-01: month 2, hours only
    { initiative: academy, status: 'passed', hours: 'n/a', score: null, date: new Date(Date.UTC(2024, 8, 15)) }, // a Date: month 3, hours text (ignored)
    { initiative: academy, status: 'passed', hours: 4, score: null, date: 45473 }, // 2024-06-30: before the year
    { initiative: academy, status: 'passed', hours: 4, score: null, date: '2024-07-05' }, // a text date: COUNTIFS skips it
    { initiative: 'Other initiative', status: 'passed', hours: 1, score: null, date: 45480 },
    { initiative: academy, status: 'passed', hours: 1, score: null, date: 45838 }, // 2025-06-30: month 12
  ];
  const trained = 0; // Account executives trained (Academy, sum)
  const discovery = 11; // Discovery workshop hours (sum)
  const portfolio = 21; // Fully loaded L&D cost: no initiative

  function choose(values: Values): Values {
    put(values, at('actualsFrom', trained), 'learning: participants');
    put(values, at('actualsFrom', discovery), 'Learning: hours');
    put(values, at('initiative', discovery), academy);
    put(values, at('actualsFrom', portfolio), 'Learning: hours');
    for (let m = 1; m <= 12; m++) {
      put(values, at(`m${m}`, trained), m === 2 ? 7 : null);
      put(values, at(`m${m}`, discovery), null);
    }
    return values;
  }

  test('participants: completing records per month, a typed month wins; YTD 2 + 7 + 1 = 10 through month 9', () => {
    const values = choose(exampleValues());
    const r = readMeasures(SHEET, values[SHEET], () => rows);
    const m = r.measures.find((x) => x.row === T.firstDataRow + trained)!;
    expect(m.actualsFrom).toBe('Learning: participants');
    expect(m.months).toEqual([2, 7, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(m.ytd).toBe(10);
    // Plan 120 × 9/12 = 90: 10/90; run rate 10/9 × 12.
    expect(m.ytdPercent).toBeCloseTo(10 / 90, 12);
    expect(m.forecast).toBeCloseTo(120 / 9, 12);
  });

  test('hours: the numbers in Hours per month (2 + 3 in July, 1.5 in August); no initiative: typed only', () => {
    const r = readMeasures(SHEET, choose(exampleValues())[SHEET], () => rows);
    expect(r.measures.find((x) => x.row === T.firstDataRow + discovery)!.months).toEqual([5, 1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const cost = r.measures.find((x) => x.row === T.firstDataRow + portfolio)!;
    expect(cost.months.slice(9)).toEqual([null, null, null]);
  });

  /** `choose`'s sheet with `yearStart` in Year starts: what readMeasures answers, and how often it read the records. */
  const withYearStart = (yearStart: number | null) => {
    const values = choose(exampleValues());
    put(values, MEASURES_CELLS.yearStart, yearStart);
    let reads = 0;
    const r = readMeasures(SHEET, values[SHEET], () => { reads++; return rows; });
    return { r, reads, trainedMonths: r.measures.find((x) => x.row === T.firstDataRow + trained)!.months };
  };
  const TYPED_ONLY = [null, 7, null, null, null, null, null, null, null, null, null, null];

  test('no year start, or Typed: the typed months only, and the rows are not read', () => {
    const blank = withYearStart(null);
    expect([blank.trainedMonths, blank.reads]).toEqual([TYPED_ONLY, 0]);
    let read = 0;
    const typed = readMeasures(SHEET, exampleValues()[SHEET], () => { read++; return rows; });
    expect(typed.measures[0].actualsFrom).toBe('Typed');
    expect(read).toBe(0);
  });

  test.each([
    [1e12, '1000000000000'], [-1e9, '-1000000000'], [0, '0'], [2958101, '2958101'], // 9999-01-01: its year would end after 9999
  ])('a year start no calendar holds (%s) takes no month from Learning data and says so, where the sheet shows #NUM!', (serial, shown) => {
    const { r, reads, trainedMonths } = withYearStart(serial);
    expect([trainedMonths, reads]).toEqual([TYPED_ONLY, 0]);
    expect(r.problems).toContainEqual({ severity: 'error', sheet: SHEET, cell: MEASURES_CELLS.yearStart, message: `Year starts must be a date from 1900-01-01 to 9998-12-31; it is ${shown}, so no month is taken from Learning data.`, action: 'Type the first day of the reporting year as a date in B6, e.g. 2025-01-01.' });
  });

  test('learningMonths itself answers no months for a year start outside the calendar, never an invalid date', () => {
    for (const start of [1e12, -1e9, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
      const months = learningMonths(rows, start);
      expect([months.participants.size, months.hours.size]).toEqual([0, 0]);
    }
    expect(learningMonths(rows, 2958100).participants.size).toBe(0); // 9998-12-31: nothing dated then
    expect(learningMonths(rows, 1).participants.size).toBe(0); // 1900-01-01
  });
});

describe('what the Measures audit and reader say, word for word', () => {
  const said = (values: Values) => {
    const r = report(values);
    return { findings: auditMeasures(r).map((f) => [f.rule, f.severity, `${f.sheet}!${f.cell}`, f.title, f.explanation, f.action, f.id]), problems: r.problems.map((p) => [p.severity, p.cell, p.message, p.action]) };
  };

  it.each<[string, (values: Values) => void, (string | undefined)[][], string[][]]>([
    ['a measure with no plan: the action names the cell', (v) => put(v, at('plan', 0), null), [[
      'measure-no-plan', 'warning', `${SHEET}!${at('plan', 0)}`, 'Account executives trained has no plan',
      "Without this year's plan the measure has no YTD % of plan, no forecast % of plan and no status, so the reports cannot say whether it is on track.",
      `Type the plan for the year in ${at('plan', 0)} (Plan this year).`, `measure-no-plan@${SHEET}!${at('plan', 0)}`,
    ]], []],
    ['a month left blank in an average', (v) => put(v, at('m3', 1), null), [[
      'months-out-of-order', 'warning', `${SHEET}!${at('m3', 1)}`, 'Academy reaction score: month 3 is blank but month 9 is reported',
      'An average leaves the blank month out, so YTD is the average of fewer months until month 3 is filled.',
      'Fill month 3 (type 0 if there was nothing to report).', `months-out-of-order@${SHEET}!${at('m3', 1)}`,
    ]], []],
    ['a month left blank in a sum', (v) => put(v, at('m2', 0), null), [[
      'months-out-of-order', 'warning', `${SHEET}!${at('m2', 0)}`, 'Account executives trained: month 2 is blank but month 9 is reported',
      'A sum counts the blank month as 0, so YTD and the run-rate forecast are too low until month 2 is filled.',
      'Fill month 2 (type 0 if there was nothing to report).', `months-out-of-order@${SHEET}!${at('m2', 0)}`,
    ]], []],
    ['effectiveness without efficiency, and the other way round, one finding per initiative', (v) => { put(v, at('type', 0), 'Outcome'); put(v, at('type', 5), 'Efficiency'); }, [[
      'effectiveness-without-efficiency', 'info', `${SHEET}!${at('name', 1)}`, 'Consultative Selling Academy has effectiveness measures but no efficiency measure',
      'Effectiveness says how well it works; without an efficiency measure (participants, hours, cost per learner) the reports cannot say how much was delivered or at what cost.',
      'Add an efficiency measure for it on Measures.', `effectiveness-without-efficiency@${SHEET}!${at('name', 1)}#Consultative Selling Academy`,
    ], [
      'efficiency-without-effectiveness', 'info', `${SHEET}!${at('name', 4)}`, 'Customer Success Playbook has efficiency measures but no effectiveness measure',
      'Efficiency says how much was delivered and at what cost; without an effectiveness measure (reaction, learning, application, impact) nothing shows it works.',
      'Add an effectiveness measure for it on Measures.', `efficiency-without-effectiveness@${SHEET}!${at('name', 4)}#Customer Success Playbook`,
    ]], []],
    // Rows 21 and 22 are the portfolio's own (no initiative): Fully loaded L&D cost, and its benefit–cost ratio.
    ['the portfolio (no initiative) left with an effectiveness measure only', (v) => put(v, at('type', 21), 'Outcome'), [[
      'effectiveness-without-efficiency', 'info', `${SHEET}!${at('name', 22)}`, 'The portfolio has effectiveness measures but no efficiency measure',
      'Effectiveness says how well it works; without an efficiency measure (participants, hours, cost per learner) the reports cannot say how much was delivered or at what cost.',
      'Add an efficiency measure for it on Measures.', `effectiveness-without-efficiency@${SHEET}!${at('name', 22)}#portfolio`,
    ]], []],
    ['text in a month: named as text, with its cell, and left out', (v) => put(v, at('m2', 2), 'n/a'), [[
      'months-out-of-order', 'warning', `${SHEET}!${at('m2', 2)}`, 'Net new ARR: month 2 is blank but month 9 is reported',
      'A sum counts the blank month as 0, so YTD and the run-rate forecast are too low until month 2 is filled.',
      'Fill month 2 (type 0 if there was nothing to report).', `months-out-of-order@${SHEET}!${at('m2', 2)}`,
    ]], [['error', at('m2', 2), `Month 2 (${at('m2', 2)}) should be a number, but it holds the text "n/a", so it is left out.`, `Type the figure as a plain number in ${at('m2', 2)}, or clear the cell.`]]],
    ['an error value in a plan is named as it is', (v) => put(v, at('plan', 1), '#DIV/0!'), [[
      'measure-no-plan', 'warning', `${SHEET}!${at('plan', 1)}`, 'Academy reaction score has no plan',
      "Without this year's plan the measure has no YTD % of plan, no forecast % of plan and no status, so the reports cannot say whether it is on track.",
      `Type the plan for the year in ${at('plan', 1)} (Plan this year).`, `measure-no-plan@${SHEET}!${at('plan', 1)}`,
    ]], [['error', at('plan', 1), `Plan this year (${at('plan', 1)}) should be a number, but it holds #DIV/0!, so it is left out.`, `Type the figure as a plain number in ${at('plan', 1)}, or clear the cell.`]]],
    ['a reporting month of 13', (v) => put(v, MEASURES_CELLS.reportingMonth, 13), [],
      [['error', MEASURES_CELLS.reportingMonth, 'The reporting month must be a whole number from 1 to 12; it is 13. Month 1 is used.', `Type the month reported through, 1 to 12, in ${MEASURES_CELLS.reportingMonth}.`]]],
    ['a blank reporting month', (v) => put(v, MEASURES_CELLS.reportingMonth, null), [],
      [['error', MEASURES_CELLS.reportingMonth, 'The reporting month must be a whole number from 1 to 12; it is blank. Month 1 is used.', `Type the month reported through, 1 to 12, in ${MEASURES_CELLS.reportingMonth}.`]]],
    ['a reporting month of 2.5', (v) => put(v, MEASURES_CELLS.reportingMonth, 2.5), [],
      [['error', MEASURES_CELLS.reportingMonth, 'The reporting month must be a whole number from 1 to 12; it is 2.5. Month 1 is used.', `Type the month reported through, 1 to 12, in ${MEASURES_CELLS.reportingMonth}.`]]],
  ])('%s', (_what, plant, findings, problems) => {
    const values = exampleValues();
    plant(values);
    expect(said(values)).toEqual({ findings, problems });
  });

  it('states what is off track and at risk, and the snapshot note, at month 1', () => {
    const values = exampleValues();
    put(values, MEASURES_CELLS.reportingMonth, 1);
    const r = report(values);
    expect(offTrackSentence(r)).toBe('4 of 23 measures are off track at month 1: Cost per learner (forecast 85% of plan), Knowledge articles used per ticket (forecast 83% of plan), Discovery workshop hours (forecast 60% of plan) and Cloud certifications earned (forecast 67% of plan); 4 more are at risk.');
    const note = 'Month 1: 15 on track, 4 at risk, 4 off track (Cost per learner, Knowledge articles used per ticket, Discovery workshop hours and Cloud certifications earned). Outcomes: Net new ARR 108% of plan, ARR growth over last year 120% of plan, Gross revenue retention 98% of plan, Support cost per customer 95% of plan, Customer-requested features shipped per quarter 91% of plan, Regretted attrition 87% of plan.';
    expect(snapshotNote(r)).toBe(note);
    // The JSON form (what a host's pane receives) gives the same note.
    expect(snapshotNote(measuresSummary(r))).toBe(note);
  });

  it('says "is at risk" for one, and nothing about risk when none is', () => {
    const one = { reportingMonth: 9, measures: [] } as unknown as MeasuresReport;
    const m = (status: string, name = 'Hours') => ({ name, type: 'Efficiency', status, forecastPercent: 0.61 });
    expect(offTrackSentence({ ...one, measures: [m('Off track'), m('At risk', 'Cost')] } as never)).toBe('1 of 2 measures is off track at month 9: Hours (forecast 61% of plan); 1 more is at risk.');
    expect(offTrackSentence({ ...one, measures: [m('On track'), m('At risk', 'Cost')] } as never)).toBe('None of the 2 measures with a plan is off track at month 9; 1 is at risk.');
    expect(offTrackSentence({ ...one, measures: [m('On track')] } as never)).toBe('The 1 measure with a plan is not off track at month 9.');
    expect(offTrackSentence({ ...one, measures: [m('At risk')] } as never)).toBe('The 1 measure with a plan is not off track at month 9; 1 is at risk.');
    expect(offTrackSentence({ ...one, measures: [m('Off track')] } as never)).toBe('1 of 1 measure is off track at month 9: Hours (forecast 61% of plan).');
    expect(offTrackSentence({ ...one, measures: [m('Off track'), m('Off track', 'Cost')] } as never)).toBe('2 of 2 measures are off track at month 9: Hours (forecast 61% of plan) and Cost (forecast 61% of plan).');
    expect(snapshotNote({ reportingMonth: 3, measures: [m('On track')] } as never)).toBe('Month 3: 1 on track, 0 at risk, 0 off track.');
  });
});
