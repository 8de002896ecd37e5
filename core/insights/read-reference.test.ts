/**
 * readFramework against the model built here from the example's data (core/templates/growthcorp.ts)
 * and the template's layout (core/templates/layout.ts): every field of every objective, initiative,
 * partner and snapshot, with the cell it was read from. Then the joins a person's edits test: rows of
 * Impact, ROI and Plan that show another initiative's name, and an initiative with no row there.
 */
import {
  ALIGNMENT_TABLE, COST_CATEGORIES, GROWTHCORP, HISTORY_TABLE, IMPACT_TABLE, PARTNERS_TABLE, PLAN_CELLS, PLAN_TABLE, ROI_TABLE, SHEET_TITLES, STRATEGY_TABLE,
} from '../templates';
import type { TableLayout } from '../templates/types';
import { readFramework } from './index';
import { findFramework } from '../framework/resolve';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';

const read = (values: Values = exampleValues()) => readFramework(sourceOf(values));
const field = (table: TableLayout, key: string, row: number, value: unknown) => ({ value, cell: ref(table, key, row) });

function expectedInitiative(k: number) {
  const i = GROWTHCORP.initiatives[k];
  const row = dataRow(ALIGNMENT_TABLE, k);
  const a = (key: string, value: unknown) => field(ALIGNMENT_TABLE, key, row, value);
  const im = (key: string, value: unknown) => field(IMPACT_TABLE, key, row, value);
  const impact: Record<string, unknown> = {
    row, reaction: im('reaction', i.impact.reaction), learningGain: im('learningGain', i.impact.learningGain), application: im('application', i.impact.application),
    metric: im('metric', i.impact.metric), change: im('change', i.impact.change), valuePerUnit: im('valuePerUnit', i.impact.valuePerUnit),
    isolation: im('isolation', i.impact.isolation), confidence: im('confidence', i.impact.confidence), leading: im('leading', i.impact.leading), lagging: im('lagging', i.impact.lagging),
    isolationLow: im('isolationLow', i.impact.isolationLow ?? null), isolationHigh: im('isolationHigh', i.impact.isolationHigh ?? null),
    changeHeader: { value: IMPACT_TABLE.headers.change, cell: `Impact!${IMPACT_TABLE.columns.change}${IMPACT_TABLE.headerRow}` },
  };
  return {
    index: k, row, name: a('name', i.name), owner: a('owner', i.owner), audience: a('audience', i.audience), participants: a('participants', i.participants),
    budget: a('budget', i.budget), status: a('status', i.status),
    links: i.links.map((strength, j) => ({ slot: j + 1, strength: { value: strength, cell: ref(ALIGNMENT_TABLE, `link${j + 1}`, row) } })),
    impact,
    costs: Object.fromEntries(COST_CATEGORIES.map(([key]) => [key, field(ROI_TABLE, key, row, (i.costs as Record<string, number>)[key])])),
    roiRow: row,
    intangibles: field(ROI_TABLE, 'intangibles', row, i.intangibles),
    plan: { row, nextBudget: field(PLAN_TABLE, 'nextBudget', row, i.nextBudget), decision: field(PLAN_TABLE, 'decision', row, i.decision) },
    derivedCells: {
      grossBenefit: ref(IMPACT_TABLE, 'grossBenefit', row), adjustedBenefit: ref(IMPACT_TABLE, 'adjustedBenefit', row), cost: ref(ROI_TABLE, 'cost', row),
      bcr: ref(ROI_TABLE, 'bcr', row), roi: ref(ROI_TABLE, 'roi', row), benefit: ref(ROI_TABLE, 'benefit', row), breakEven: ref(IMPACT_TABLE, 'breakEven', row),
    },
    // The example's formula cells are blank, as in the generated .xlsx before a spreadsheet computes them.
    derivedShown: { grossBenefit: null, adjustedBenefit: null, cost: null, benefit: null },
    learning: { participants: 0, records: 0, enrolments: 0, completionRate: null, hours: 0, averageScore: null, timeCost: null },
  };
}

describe('the example, against the model built from its data and the layout', () => {
  const model = () => read().model;

  it('reads every initiative, field by field, with its cells', () => {
    expect(model().initiatives).toEqual(GROWTHCORP.initiatives.map((_, k) => expectedInitiative(k)));
  });

  it('reads every objective', () => {
    expect(model().objectives).toEqual(GROWTHCORP.objectives.map((o, k) => {
      const row = dataRow(STRATEGY_TABLE, k);
      const s = (key: string, value: unknown) => field(STRATEGY_TABLE, key, row, value);
      return {
        slot: k + 1, row, name: s('objective', o.objective), category: s('category', o.category), weight: s('weight', o.weight), kpi: s('kpi', o.kpi),
        baseline: s('baseline', o.baseline), target: s('target', o.target), current: s('current', o.current), sponsor: s('sponsor', o.sponsor), horizon: s('horizon', o.horizon),
      };
    }));
  });

  it('reads every partner', () => {
    expect(model().partners).toEqual(GROWTHCORP.partners.map((p, k) => {
      const row = dataRow(PARTNERS_TABLE, k);
      // A blank in the data ('') is a blank cell, read as null.
      const f = (key: string) => field(PARTNERS_TABLE, key, row, (p as unknown as Record<string, unknown>)[key] || null);
      return {
        row, name: f('name'), role: f('role'), unit: f('unit'), objective: f('objective'), influence: f('influence'), interest: f('interest'),
        cadence: f('cadence'), lastContact: f('lastContact'), nextStep: f('nextStep'),
      };
    }));
  });

  it('reads every snapshot', () => {
    expect(model().history).toEqual(GROWTHCORP.history.map((h, k) => {
      const row = dataRow(HISTORY_TABLE, k);
      const f = (key: string) => field(HISTORY_TABLE, key, row, (h as unknown as Record<string, unknown>)[key]);
      return { row, date: f('date'), investment: f('investment'), benefits: f('benefits'), alignedShare: f('alignedShare'), coverage: f('coverage'), alignment: f('alignment'), note: f('note') };
    }));
  });

  it('finds each part on its sheet, and the periods on Plan', () => {
    const m = model();
    expect(m.sheets).toEqual({ Strategy: 'Strategy', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI', Plan: 'Plan', Partners: 'Partners', History: SHEET_TITLES.History });
    expect([m.thisPeriod, m.nextPeriod]).toEqual([
      { value: GROWTHCORP.thisPeriod, cell: `Plan!${PLAN_CELLS.thisPeriod}` }, { value: GROWTHCORP.nextPeriod, cell: `Plan!${PLAN_CELLS.nextPeriod}` },
    ]);
    expect(m.problems).toEqual([]);
  });
});

describe('rows of Impact, ROI and Plan joined by the name they show', () => {
  const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);

  it('follows a name to its row when rows were sorted on one sheet, and reads the figures there', () => {
    const values = exampleValues();
    // Impact rows 0 and 1 swapped (their names shown, as a spreadsheet computes them).
    const sheet = values.Impact;
    [sheet[row(0) - 1], sheet[row(1) - 1]] = [sheet[row(1) - 1], sheet[row(0) - 1]];
    setCell(values, ref(IMPACT_TABLE, 'name', row(0)), GROWTHCORP.initiatives[1].name);
    setCell(values, ref(IMPACT_TABLE, 'name', row(1)), GROWTHCORP.initiatives[0].name);
    const [a, b] = read(values).model.initiatives;
    expect([a.impact.row, b.impact.row]).toEqual([row(1), row(0)]);
    expect(a.impact.change).toEqual({ value: GROWTHCORP.initiatives[0].impact.change, cell: ref(IMPACT_TABLE, 'change', row(1)) });
    expect(a.derivedCells.grossBenefit).toBe(ref(IMPACT_TABLE, 'grossBenefit', row(1)));
    expect(a.derivedCells.breakEven).toBe(ref(IMPACT_TABLE, 'breakEven', row(1)));
    expect(read(values).problems).toEqual([]);
  });

  it('gives an initiative whose row shows another name, and no row its own, no figures from those sheets', () => {
    const values = exampleValues();
    // ROI and Plan row 0 now show a name that no Alignment row has: the Academy has no row on either.
    setCell(values, ref(ROI_TABLE, 'name', row(0)), 'Retired program');
    setCell(values, ref(PLAN_TABLE, 'name', row(0)), 'Retired program');
    const { model, problems } = read(values);
    const a = model.initiatives[0];
    expect(a.roiRow).toBeNull();
    expect(a.costs.delivery).toEqual({ value: null, cell: ref(ROI_TABLE, 'delivery', row(0)) });
    expect(a.intangibles).toEqual({ value: null, cell: ref(ROI_TABLE, 'intangibles', row(0)) });
    expect(a.plan).toEqual({ row: null, nextBudget: { value: null, cell: ref(PLAN_TABLE, 'nextBudget', row(0)) }, decision: { value: null, cell: ref(PLAN_TABLE, 'decision', row(0)) } });
    expect([a.derivedCells.cost, a.derivedCells.bcr, a.derivedCells.roi, a.derivedCells.benefit]).toEqual([null, null, null, null]);
    expect(a.derivedShown).toEqual({ grossBenefit: null, adjustedBenefit: null, cost: null, benefit: null });
    // Its Impact row is still its own; the rows it lost are named as figures with no initiative.
    expect(a.impact.row).toBe(row(0));
    expect(problems.map((p) => [p.sheet, p.cell])).toEqual([['ROI', `A${row(0)}`], ['Plan', `A${row(0)}`]]);
  });

  it('reads the figures a spreadsheet computed, when the host gives them', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'grossBenefit', row(2)), 1500000);
    setCell(values, ref(IMPACT_TABLE, 'adjustedBenefit', row(2)), 810000);
    setCell(values, ref(ROI_TABLE, 'cost', row(2)), 230000);
    setCell(values, ref(ROI_TABLE, 'benefit', row(2)), 810000);
    expect(read(values).model.initiatives[2].derivedShown).toEqual({ grossBenefit: 1500000, adjustedBenefit: 810000, cost: 230000, benefit: 810000 });
  });
});

describe('a part whose table is gone', () => {
  it('refuses a required sheet without its table, naming its first headers, when the framework was found before the edit', () => {
    const values = exampleValues();
    const found = findFramework(sourceOf(values));
    if (!found.ok) throw new Error(found.reason);
    values.Strategy[STRATEGY_TABLE.headerRow - 1] = [];
    expect(() => readFramework(sourceOf(values), { framework: found })).toThrow(
      'The framework\'s Strategy sheet "Strategy" has no Objectives table: none of its headers, such as Objective, Category, Priority weight, KPI, were found. Restore them, or build the framework again with Set up.',
    );
  });

  it('says a required column is missing as an error, an optional input column as a warning', () => {
    const values = exampleValues();
    // The Objective and Owner headers typed over with other words, and their columns taken by the header that was there.
    setCell(values, `Strategy!${STRATEGY_TABLE.columns.objective}${STRATEGY_TABLE.headerRow}`, 'Category');
    setCell(values, `Strategy!${STRATEGY_TABLE.columns.category}${STRATEGY_TABLE.headerRow}`, 'Notes');
    // The same on Partners, whose Name is an input but not required: a warning.
    setCell(values, `Partners!${PARTNERS_TABLE.columns.name}${PARTNERS_TABLE.headerRow}`, 'Role');
    setCell(values, `Partners!${PARTNERS_TABLE.columns.role}${PARTNERS_TABLE.headerRow}`, 'Notes');
    const { model, problems } = read(values);
    // Said once per column, not once per row that now has no name to read.
    expect(problems.map((p) => [p.severity, p.sheet, p.cell, p.message])).toEqual([
      ['error', 'Strategy', `${STRATEGY_TABLE.headerRow}:${STRATEGY_TABLE.headerRow}`, `No column headed "Objective" was found in row ${STRATEGY_TABLE.headerRow}; its values cannot be read.`],
      ['warning', 'Partners', `${PARTNERS_TABLE.headerRow}:${PARTNERS_TABLE.headerRow}`, `No column headed "Name" was found in row ${PARTNERS_TABLE.headerRow}; its values cannot be read.`],
    ]);
    expect([model.objectives.length, model.partners.length]).toEqual([0, 0]);
  });
});
