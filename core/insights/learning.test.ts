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
import { confirmedMappings, learningFigures, learningSummary, type LearningSettings, type LearningRowValues } from './learning';
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
  const { figures, records, unassigned } = learningFigures(rows, ['Sales Academy', 'Leadership', 'Sales Academy'], OFF);

  it('counts completing records, enrolments, records, hours and the mean score per initiative', () => {
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
    expect(figures[1]).toEqual({ participants: 0, enrolments: 0, records: 0, completionRate: null, hours: 0, averageScore: null, timeCost: null });
    expect(figures[2]).toEqual(figures[0]);
  });

  it('counts rows under no initiative as unassigned', () => {
    expect([records, unassigned]).toEqual([9, 2]);
  });

  it('costs participants\' time only when ROI says Yes and gives a number', () => {
    const rate = (value: number | null, use = true): LearningSettings => ({ ...OFF, use, hourlyCost: { value, cell: 'ROI!B6' } });
    expect(learningFigures(rows, ['Sales Academy'], rate(50)).figures[0].timeCost).toBe(7.5 * 50);
    expect(learningFigures(rows, ['Sales Academy'], rate(50, false)).figures[0].timeCost).toBeNull();
    expect(learningFigures(rows, ['Sales Academy'], rate(null)).figures[0].timeCost).toBeNull();
    expect(learningFigures(rows, ['Leadership'], rate(50)).figures[0].timeCost).toBeNull(); // no hours: blank, as IF(hours=0,"")
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
