/**
 * The Learning data figures as the core computes them (the same rules as the sheet's COUNTIFS,
 * SUMIFS and AVERAGEIFS: test/templates/learning-libreoffice.test.ts checks the two agree), the
 * reader's part (records, mappings, ROI's settings), and the GrowthCorp sample files reproducing
 * the example's participants through the sheet. Expected values are counted by hand from the rows.
 */
import { matchActivities } from '../learning';
import { GROWTHCORP, IMPACT_TABLE, LEARNING_SETTINGS, LEARNING_TABLE, MAPPINGS_TABLE, ROI_TABLE, SHEET_TITLES, buildWorkbookSpec, columnNumber, parseCell } from '../templates';
import { rowOf, sampleRecords, sampleRows, type RowCell } from '../../test/templates/learning-rows';
import { portfolioFigures } from './figures';
import { columnLetter } from '../templates/a1';
import {
  confirmedMappings, learningEvidence, learningFigures, learningSummary, readLearning, readLearningRows, readLearningSettings, readMappings,
  type LearningSettings, type LearningRowValues,
} from './learning';
import type { ReadProblem } from './model';
import { phillipsFindings } from './phillips';
import { readFramework } from './read';
import { gridSource, specValues } from './source';
import { once } from './testing/once';

const OFF: LearningSettings = { use: false, useCell: 'ROI!B5', hourlyCost: { value: null, cell: 'ROI!B6' } };
const row = (initiative: unknown, status: unknown, hours: unknown = null, score: unknown = null): LearningRowValues => ({ initiative, status, hours, score });

describe('learningFigures: the sheet formulas rules', () => {
  const rows = [
    row('Sales Academy', 'completed', 2, 0.8),
    row('sales academy', 'Passed', 3, 0.9), // case does not matter (COUNTIFS)
    row('Sales Academy', 'failed', 1, 0.4),
    row('Sales Academy', 'in progress', '4', null), // hours as text: SUMIFS ignores it
    row('Sales Academy', 'experienced', 0.5, null), // a progress statement: a record, not an enrolment
    row('Sales Academy', 'attempted', null, null),
    row('Sales Academy', 'unknown status', 1, null), // counted by no status, but its hours are summed (SUMIFS has no status criterion)
    row('Other', 'completed', 1, null),
    row('', 'completed', 1, null),
  ];
  // Computed inside each test (not in the describe body), so that mutation testing credits these checks.
  const tallied = () => learningFigures(rows, ['Sales Academy', 'Leadership', 'Sales Academy'], OFF);

  it('counts completing records, enrolments, records, hours and the mean score per initiative', () => {
    const { figures } = tallied();
    expect(figures[0]).toEqual({
      participants: 2, // completed + passed
      enrolments: 4, // completed, passed, failed, in progress
      records: 6, // + experienced + attempted
      completionRate: 0.5,
      hours: 2 + 3 + 1 + 0.5 + 1,
      averageScore: (0.8 + 0.9 + 0.4) / 3,
      timeCost: null,
    });
  });

  it('gives an initiative without records zeros and no rate or score; a name listed twice gets the same figures', () => {
    const { figures } = tallied();
    expect(figures[1]).toEqual({ participants: 0, enrolments: 0, records: 0, completionRate: null, hours: 0, averageScore: null, timeCost: null });
    expect(figures[2]).toEqual(figures[0]);
  });

  it('counts rows under no initiative as unassigned', () => {
    const { records, unassigned } = tallied();
    expect([records, unassigned]).toEqual([9, 2]);
  });

  it('costs participants\' time only when ROI says Yes and gives a number', () => {
    const rate = (value: number | null, use = true): LearningSettings => ({ ...OFF, use, hourlyCost: { value, cell: 'ROI!B6' } });
    expect(learningFigures(rows, ['Sales Academy'], rate(50)).figures[0].timeCost).toBe(7.5 * 50);
    expect(learningFigures(rows, ['Sales Academy'], rate(50, false)).figures[0].timeCost).toBeNull();
    expect(learningFigures(rows, ['Sales Academy'], rate(null)).figures[0].timeCost).toBeNull();
    expect(learningFigures(rows, ['Leadership'], rate(50)).figures[0].timeCost).toBeNull(); // no hours: blank, as IF(hours=0,"")
  });

  it('matches a number typed as the initiative or the status as its text; other kinds match nothing', () => {
    const numbered = [row(2024, 'completed', 1, 0.5), row('2024', 'PASSED', 2, 1), row(true, 'completed'), row(null, 'completed'), row('2024', 7, 1, null), row('2024', null, 1, null)];
    const { figures, records, unassigned } = learningFigures(numbered, ['2024'], OFF);
    expect([records, unassigned]).toEqual([6, 2]); // the TRUE and the blank initiative
    expect(figures[0]).toMatchObject({ participants: 2, enrolments: 2, records: 2, hours: 1 + 2 + 1 + 1, averageScore: 0.75 });
  });

  it('skips hours and scores that are not finite numbers (text, NaN, infinity), as SUMIFS and AVERAGEIFS do', () => {
    const odd = [row('A', 'completed', Number.NaN, Number.POSITIVE_INFINITY), row('A', 'completed', '3', '0.9'), row('A', 'completed', 2, 0.6), row('A', 'attempted', 1, 0.2)];
    const [a] = learningFigures(odd, ['A'], { ...OFF, use: true, hourlyCost: { value: 10, cell: 'ROI!B6' } }).figures;
    // Enrolments 3 (the completed rows), progress 1 (attempted): 4 records, 3 of 3 completing.
    expect(a).toEqual({ participants: 3, enrolments: 3, records: 4, completionRate: 1, hours: 3, averageScore: (0.6 + 0.2) / 2, timeCost: 30 });
  });

  it('a completion rate is completing records over enrolments; progress records are not enrolments', () => {
    const mixed = [row('A', 'completed'), row('A', 'failed'), row('A', 'not started'), row('A', 'withdrawn'), row('A', 'experienced'), row('A', 'attempted'), row('A', 'experienced')];
    const [a] = learningFigures(mixed, ['A'], OFF).figures;
    expect(a).toMatchObject({ participants: 1, enrolments: 4, records: 7, completionRate: 0.25 });
    const [scores] = learningFigures([row('A', 'passed', null, 0.5), row('A', 'passed', null, 0.7), row('A', 'passed', null, 0.9)], ['A'], OFF).figures;
    expect(scores.averageScore).toBeCloseTo(0.7, 12);
  });

  it('an initiative with an empty name takes no records, even those with an empty initiative', () => {
    const { figures, unassigned } = learningFigures([row('', 'completed', 1, 1), row('B', 'completed', 1, 1)], ['', 'B'], OFF);
    expect(figures[0]).toEqual({ participants: 0, enrolments: 0, records: 0, completionRate: null, hours: 0, averageScore: null, timeCost: null });
    expect(figures[1].participants).toBe(1);
    expect(unassigned).toBe(1);
  });

  it('a name listed twice in different cases counts its records once', () => {
    const { figures } = learningFigures([row('b', 'completed', 2, 0.5)], ['B', 'b'], OFF);
    expect(figures.map((f) => [f.participants, f.hours])).toEqual([[1, 2], [1, 2]]);
  });
});

/** A sheet's grid with `headers` on `headerRow` from column A, then `rows` below it. */
function tableGrid(headerRow: number, headers: readonly string[], rows: readonly (readonly unknown[])[]): unknown[][] {
  return [...Array.from({ length: headerRow - 1 }, () => [] as unknown[]), [...headers], ...rows.map((r) => [...r])];
}
const LEARNING_HEADERS = LEARNING_TABLE.defs.map((d) => LEARNING_TABLE.headers[d.key]);
const MAPPINGS_HEADERS = MAPPINGS_TABLE.defs.map((d) => MAPPINGS_TABLE.headers[d.key]);
/** A Learning data row in template column order, from the fields given. */
const learningRow = (fields: Partial<Record<(typeof LEARNING_TABLE.defs)[number]['key'], unknown>>) => LEARNING_TABLE.defs.map((d) => fields[d.key] ?? null);

describe('the Learning data and Mappings readers', () => {
  it('reads every row with a record key or an initiative, to the last one, with its date', () => {
    const grid = tableGrid(LEARNING_TABLE.headerRow, LEARNING_HEADERS, [
      learningRow({ key: 'k1', initiative: 'A', status: 'completed', hours: 2, score: 0.8, date: 45000 }),
      learningRow({}), // nothing: skipped
      learningRow({ person: 'p@x', activity: 'Course' }), // neither key nor initiative: skipped
      learningRow({ key: 'k2', status: 'failed' }), // a key but no initiative: a record (unassigned)
      learningRow({ initiative: 'B', status: 'passed' }), // an initiative but no key: a record
    ]);
    const problems: ReadProblem[] = [];
    const rows = readLearningRows('Learning data', grid, problems);
    expect(rows).toEqual([
      { initiative: 'A', status: 'completed', hours: 2, score: 0.8, date: 45000 },
      { initiative: null, status: 'failed', hours: null, score: null, date: null },
      { initiative: 'B', status: 'passed', hours: null, score: null, date: null },
    ]);
    expect(problems).toEqual([]);
  });

  it('a Learning data sheet without its headers: an error for Initiative and Status, the columns it needs', () => {
    const problems: ReadProblem[] = [];
    readLearningRows('Learning data', [['nothing'], ['here']], problems);
    const errors = problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(errors).toEqual([expect.stringContaining('"Initiative"'), expect.stringContaining('"Status"')]);
  });

  it('reads Mappings rows with both an activity (exactly as written, a number as its text) and an initiative (trimmed)', () => {
    const grid = tableGrid(MAPPINGS_TABLE.headerRow, MAPPINGS_HEADERS, [
      [' Sales 101 ', '  Sales Academy ', 'user'],
      [101, 'Leadership', 'exact'],
      ['', 'Leadership'], // no activity
      ['Orphan', '   '], // no initiative
      [true, 'Leadership'], // not an activity name
      ['Last', 'Cloud'],
    ]);
    const problems: ReadProblem[] = [];
    const first = MAPPINGS_TABLE.firstDataRow;
    expect(readMappings('Mappings', grid, problems)).toEqual([
      { row: first, activity: ' Sales 101 ', initiative: 'Sales Academy' },
      { row: first + 1, activity: '101', initiative: 'Leadership' },
      { row: first + 5, activity: 'Last', initiative: 'Cloud' },
    ]);
    expect(problems).toEqual([]);
  });

  it('a Mappings sheet without its headers: an error for Activity and Initiative', () => {
    const problems: ReadProblem[] = [];
    expect(readMappings('Mappings', [['x']], problems)).toEqual([]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringContaining('"Activity"'), expect.stringContaining('"Initiative"')]);
  });

  it("reads ROI's and Impact's settings relative to their tables, with the cells they came from", () => {
    const roiGrid = tableGrid(ROI_TABLE.headerRow + 2, [], []); // two rows inserted above the table
    const put = (grid: unknown[][], address: string, shift: number, value: unknown) => {
      const cell = parseCell(address)!;
      (grid[cell.row - 1 + shift] ??= [])[cell.column - 1] = value;
    };
    put(roiGrid, LEARNING_SETTINGS.roiUse, 2, 'YES');
    put(roiGrid, LEARNING_SETTINGS.roiHourlyCost, 2, 42);
    const impactGrid: unknown[][] = [];
    put(impactGrid, LEARNING_SETTINGS.impactUse, 0, 'No');
    const settings = readLearningSettings({ sheet: 'ROI', grid: roiGrid, headerRow: ROI_TABLE.headerRow + 2 }, { sheet: 'Impact', grid: impactGrid, headerRow: IMPACT_TABLE.headerRow });
    const roiUse = parseCell(LEARNING_SETTINGS.roiUse)!;
    const impactUse = parseCell(LEARNING_SETTINGS.impactUse)!;
    expect(settings).toEqual({
      use: true, useCell: `ROI!${columnLetter(roiUse.column)}${roiUse.row + 2}`,
      hourlyCost: { value: 42, cell: `ROI!${columnLetter(roiUse.column)}${parseCell(LEARNING_SETTINGS.roiHourlyCost)!.row + 2}` },
      impactUse: false, impactUseCell: `Impact!${LEARNING_SETTINGS.impactUse.replace(/\d+$/, '')}${impactUse.row}`,
    });
    // Yes only as text: TRUE or 1 is not a Yes; without Impact there is no Level 2 setting.
    put(roiGrid, LEARNING_SETTINGS.roiUse, 2, true);
    const alone = readLearningSettings({ sheet: 'ROI', grid: roiGrid, headerRow: ROI_TABLE.headerRow + 2 });
    expect(alone.use).toBe(false);
    expect('impactUse' in alone).toBe(false);
  });

  it('Level 2 evidence needs Impact to say Yes and an average score', () => {
    const figures = learningFigures([row('A', 'passed', 1, 0.7)], ['A', 'B'], OFF).figures;
    const yes: LearningSettings = { ...OFF, impactUse: true, impactUseCell: 'Impact!B5' };
    expect(learningEvidence(yes, figures[0])).toBe(true);
    expect(learningEvidence(yes, figures[1])).toBe(false); // no score
    expect(learningEvidence({ ...yes, impactUse: false }, figures[0])).toBe(false);
    expect(learningEvidence(OFF, figures[0])).toBe(false); // no Impact setting
    expect(learningEvidence(undefined, figures[0])).toBe(false);
    expect(learningEvidence(yes, undefined)).toBe(false);
  });

  it('readLearning: no Learning data sheet changes nothing; no Mappings sheet gives no mappings', () => {
    const initiatives = [{ name: { value: 'A' } }, { name: { value: null } }];
    const roi = { sheet: 'ROI', grid: [] as unknown[][], headerRow: ROI_TABLE.headerRow };
    const none = readLearning({}, () => [], roi, initiatives, []);
    expect(none).toEqual({ initiatives });
    expect(none.initiatives).not.toBe(initiatives);
    const grid = tableGrid(LEARNING_TABLE.headerRow, LEARNING_HEADERS, [learningRow({ key: 'k', initiative: 'A', status: 'completed' }), learningRow({ key: 'j', initiative: 'Stryker', status: 'completed' })]);
    const read = readLearning({ Learning: 'Learning data' }, (sheet) => (sheet === 'Learning data' ? grid : []), roi, initiatives, []);
    expect(read.data).toMatchObject({ sheet: 'Learning data', records: 2, unassigned: 1, mappings: [] });
    expect(read.initiatives.map((i) => i.learning?.participants)).toEqual([1, 0]);
  });

  it('learningSummary: none without learning data; only initiatives with records', () => {
    expect(learningSummary({ initiatives: [] })).toBeUndefined();
    const settings: LearningSettings = { ...OFF, use: true, hourlyCost: { value: 25, cell: 'ROI!B6' } };
    const [a, b] = learningFigures([row('A', 'completed', 2)], ['A', 'B'], settings).figures;
    const summary = learningSummary({
      learning: { sheet: 'Learning data', records: 3, unassigned: 2, settings, mappings: [{ row: 6, activity: 'x', initiative: 'A' }, { row: 7, activity: 'x', initiative: 'B' }] },
      initiatives: [{ name: { value: 'A' }, learning: a }, { name: { value: 'B' }, learning: b }, { name: { value: 'C' } }, { name: { value: null }, learning: a }],
    });
    expect(summary).toEqual({
      records: 3, unassigned: 2, useForParticipantTime: true, hourlyCost: 25, mappings: 1,
      initiatives: [{ initiative: 'A', ...a }, { initiative: '', ...a }],
    });
  });
});

/** The GrowthCorp workbook as its values, with `rows` on Learning data and ROI's settings set. */
const growthcorpSpec = once(() => buildWorkbookSpec('growthcorp'));

function growthcorpWith(rows: readonly RowCell[][], settings: { use?: string; rate?: number } = {}, edit?: (grids: Record<string, unknown[][]>) => void) {
  const grids = specValues(growthcorpSpec());
  const learning = grids[SHEET_TITLES.Learning];
  rows.forEach((r, i) => {
    const at = LEARNING_TABLE.firstDataRow - 1 + i;
    learning[at] = [...r];
  });
  const roi = grids.ROI;
  const put = (address: string, value: unknown) => {
    const cell = parseCell(address)!;
    roi[cell.row - 1][cell.column - 1] = value;
  };
  if (settings.use !== undefined) put(LEARNING_SETTINGS.roiUse, settings.use);
  if (settings.rate !== undefined) put(LEARNING_SETTINGS.roiHourlyCost, settings.rate);
  edit?.(grids);
  return readFramework(gridSource(grids)).model;
}

describe('readFramework with Learning data rows', () => {
  it('reproduces the GrowthCorp participants from the sample LMS export and xAPI file (completing records per initiative)', () => {
    const model = growthcorpWith(sampleRows());
    for (const [i, initiative] of GROWTHCORP.initiatives.entries()) {
      expect([initiative.name, model.initiatives[i].learning?.participants]).toEqual([initiative.name, initiative.participants]);
    }
    expect(model.learning).toMatchObject({ sheet: SHEET_TITLES.Learning, unassigned: 0 });
    expect(model.learning?.records).toBe(sampleRecords().records.length);
  });

  it('reads nothing new from a workbook without a Learning data sheet', () => {
    const grids = specValues(growthcorpSpec());
    delete grids[SHEET_TITLES.Learning];
    const model = readFramework(gridSource(grids)).model;
    expect(model.learning).toBeUndefined();
    expect(model.initiatives.every((i) => i.learning === undefined)).toBe(true);
  });

  it("takes learning hours × the hourly cost for a blank Participants' time when ROI says Yes; a typed value wins", () => {
    const { records, mapping } = sampleRecords();
    const first = GROWTHCORP.initiatives[0];
    const hours = records.filter((r) => mapping.get(r.activity) === first.name).reduce((s, r) => s + (r.durationHours ?? 0), 0);
    expect(hours).toBeGreaterThan(0);
    const timeCell = parseCell(`${ROI_TABLE.columns.participantTime}${ROI_TABLE.firstDataRow}`)!;
    const blankTime = (grids: Record<string, unknown[][]>) => {
      grids.ROI[timeCell.row - 1][timeCell.column - 1] = null;
    };
    const typed = portfolioFigures(growthcorpWith(sampleRows(), { use: 'Yes', rate: 40 })).initiatives[0].cost;
    // Yes and a rate, but Participants' time typed: the typed cost wins (the example's own costs).
    expect(typed).toBeCloseTo(Object.values(first.costs).reduce((a, b) => a + b, 0), 6);
    const otherCosts = typed - first.costs.participantTime;
    // Yes, rate, blank: learning hours × 40 (the figure the sheet's formula adds).
    const learned = growthcorpWith(sampleRows(), { use: 'Yes', rate: 40 }, blankTime);
    expect(learned.initiatives[0].learning?.timeCost).toBeCloseTo(hours * 40, 9);
    expect(portfolioFigures(learned).initiatives[0].cost).toBeCloseTo(otherCosts + hours * 40, 6);
    // No (the template's default): the blank counts as 0.
    expect(portfolioFigures(growthcorpWith(sampleRows(), { use: 'No', rate: 40 }, blankTime)).initiatives[0].cost).toBeCloseTo(otherCosts, 6);
    // "yes" in any case, as the sheet's comparison.
    expect(portfolioFigures(growthcorpWith(sampleRows(), { use: 'yes', rate: 40 }, blankTime)).initiatives[0].cost).toBeCloseTo(otherCosts + hours * 40, 6);
    // The totals follow: the dashboard's investment.
    const before = portfolioFigures(growthcorpWith(sampleRows(), { use: 'No' }, blankTime)).totalInvestment;
    expect(portfolioFigures(learned).totalInvestment - before).toBeCloseTo(hours * 40, 6);
  });

  it('reads the Mappings rows for matchActivities (a later row for the same activity wins)', () => {
    const model = growthcorpWith([], {}, (grids) => {
      const m = grids.Mappings;
      const at = MAPPINGS_TABLE.firstDataRow - 1;
      const col = (key: keyof typeof MAPPINGS_TABLE.columns) => columnNumber(MAPPINGS_TABLE.columns[key]) - 1;
      const put = (r: number, activity: string, initiative: string) => {
        m[at + r][col('activity')] = activity;
        m[at + r][col('initiative')] = initiative;
        m[at + r][col('matchedBy')] = 'user';
      };
      put(0, 'Sales 101', 'Customer Success Playbook');
      put(1, 'Cloud Bootcamp', 'Cloud Certification Path');
      put(2, 'Sales 101', 'Consultative Selling Academy');
    });
    const mappings = model.learning!.mappings;
    expect(mappings.map((m) => [m.row, m.activity, m.initiative])).toEqual([
      [6, 'Sales 101', 'Customer Success Playbook'],
      [7, 'Cloud Bootcamp', 'Cloud Certification Path'],
      [8, 'Sales 101', 'Consultative Selling Academy'],
    ]);
    const confirmed = confirmedMappings(mappings);
    const result = matchActivities(['Sales 101', 'Cloud Bootcamp', 'Unheard of'], GROWTHCORP.initiatives.map((i) => i.name), { confirmed });
    expect(result.proposals.map((p) => [p.activity, p.initiative, p.kind])).toEqual([
      ['Sales 101', 'Consultative Selling Academy', 'confirmed'],
      ['Cloud Bootcamp', 'Cloud Certification Path', 'confirmed'],
    ]);
    expect(result.unmatched).toEqual(['Unheard of']);
  });

  it('summarises the learning data for ld-report: the initiatives with records', () => {
    const { records, mapping } = sampleRecords();
    const one = records.filter((r) => mapping.get(r.activity) === 'New Manager Essentials');
    const model = growthcorpWith(one.map((r) => rowOf(r, 'New Manager Essentials')), { use: 'Yes', rate: 30 });
    const summary = learningSummary(model)!;
    expect(summary.records).toBe(one.length);
    expect(summary.initiatives.map((i) => [i.initiative, i.participants])).toEqual([
      ['New Manager Essentials', GROWTHCORP.initiatives.find((i) => i.name === 'New Manager Essentials')!.participants],
    ]);
    expect(summary).toMatchObject({ useForParticipantTime: true, hourlyCost: 30, mappings: 0, unassigned: 0 });
  });
});

describe("Impact's Level 2 from the learning data", () => {
  const blankGain = (use: string) => (grids: Record<string, unknown[][]>) => {
    const gain = parseCell(`${IMPACT_TABLE.columns.learningGain}${IMPACT_TABLE.firstDataRow}`)!;
    grids.Impact[gain.row - 1][gain.column - 1] = null;
    const setting = parseCell(LEARNING_SETTINGS.impactUse)!;
    grids.Impact[setting.row - 1][setting.column - 1] = use;
  };
  const evidenceFindings = (use: string, rows: readonly RowCell[][]) => {
    const model = growthcorpWith(rows, {}, blankGain(use));
    return phillipsFindings(model, portfolioFigures(model), { extremeROI: 1e9, outlierFactor: 1e9 }).filter((f) => f.rule === 'benefit-without-evidence');
  };

  it('a blank Learning gain is missing evidence unless Impact says Yes and the records give an average score', () => {
    expect(evidenceFindings('No', sampleRows()).map((f) => f.cell)).toEqual([`${IMPACT_TABLE.columns.learningGain}${IMPACT_TABLE.firstDataRow}`]);
    expect(evidenceFindings('Yes', sampleRows())).toEqual([]);
    // Yes, but no scored record for the initiative: still missing.
    const unscored = sampleRows().map((r) => r.map((v, c) => (LEARNING_TABLE.defs[c].key === 'score' ? null : v)));
    expect(evidenceFindings('Yes', unscored)).toHaveLength(1);
  });
});
