/**
 * readFramework: the GrowthCorp example (core/templates/growthcorp.ts) read back into the model, and
 * the same workbook after the things people do to spreadsheets: columns reordered, rows inserted above
 * a table, rows appended or moved, half-filled rows, sheets renamed or missing.
 */
import { ALIGNMENT_TABLE, GROWTHCORP, IMPACT_TABLE, PARTNERS_TABLE, ROI_TABLE, STRATEGY_TABLE, HISTORY_TABLE } from '../templates';
import { columnNumber } from '../templates/a1';
import { checkHealth, NotAFrameworkError, readFramework, type ReadResult } from './index';
import { NO_FRAMEWORK_MESSAGE } from '../framework/resolve';
import { placeRow } from './table';
import { dataRow, exampleValues, getCell, ref, setCell, sourceOf, Values } from './testing/workbook';

const read = (values: Values) => readFramework(sourceOf(values));

describe('readFramework on the GrowthCorp example', () => {
  let model: ReadResult['model'];
  let problems: ReadResult['problems'];
  beforeEach(() => {
    ({ model, problems } = read(exampleValues()));
  });

  it('reads every objective, initiative, partner and snapshot of the example, with no problems', () => {
    expect(problems).toEqual([]);
    expect(model.objectives.map((o) => [o.name.value, o.weight.value, o.sponsor.value])).toEqual(GROWTHCORP.objectives.map((o) => [o.objective, o.weight, o.sponsor]));
    expect(model.initiatives.map((i) => [i.name.value, i.budget.value, i.links.map((l) => l.strength.value)])).toEqual(
      GROWTHCORP.initiatives.map((i) => [i.name, i.budget, i.links]),
    );
    expect(model.initiatives.map((i) => [i.impact.change.value, i.impact.isolation.value, i.impact.confidence.value, i.costs.participantTime.value, i.plan.nextBudget.value])).toEqual(
      GROWTHCORP.initiatives.map((i) => [i.impact.change, i.impact.isolation, i.impact.confidence, i.costs.participantTime, i.nextBudget]),
    );
    expect(model.partners.map((p) => [p.name.value, p.lastContact.value])).toEqual(GROWTHCORP.partners.map((p) => [p.name, p.lastContact]));
    expect(model.history.map((s) => [s.date.value, s.investment.value, s.benefits.value])).toEqual(GROWTHCORP.history.map((s) => [s.date, s.investment, s.benefits]));
    expect([model.thisPeriod?.value, model.nextPeriod?.value]).toEqual([GROWTHCORP.thisPeriod, GROWTHCORP.nextPeriod]);
  });

  it('remembers the cell of every value', () => {
    const first = model.initiatives[0];
    expect(first.impact.confidence.cell).toBe(ref(IMPACT_TABLE, 'confidence', 9));
    expect(first.costs.delivery.cell).toBe(ref(ROI_TABLE, 'delivery', 9));
    expect(first.derivedCells.roi).toBe(ref(ROI_TABLE, 'roi', 9));
    expect(model.objectives[2].sponsor.cell).toBe(ref(STRATEGY_TABLE, 'sponsor', 8));
    expect(model.history[0].date.cell).toBe(`History log!A${HISTORY_TABLE.firstDataRow}`);
  });

  it('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

/** Swap two whole columns of a sheet (headers and data). */
function swapColumns(values: Values, sheet: string, a: string, b: string): void {
  const [i, j] = [columnNumber(a) - 1, columnNumber(b) - 1];
  for (const row of values[sheet]) {
    while (row.length <= Math.max(i, j)) row.push(null);
    [row[i], row[j]] = [row[j], row[i]];
  }
}

describe('readFramework on workbooks people have changed', () => {
  let original: ReadResult['model'];
  beforeEach(() => {
    original = read(exampleValues()).model;
  });

  it('reads columns by their header when they are reordered', () => {
    const values = exampleValues();
    swapColumns(values, 'Impact', IMPACT_TABLE.columns.isolation, IMPACT_TABLE.columns.confidence);
    swapColumns(values, 'ROI', ROI_TABLE.columns.delivery, ROI_TABLE.columns.overhead);
    const { model, problems } = read(values);
    expect(problems).toEqual([]);
    expect(model.initiatives.map((i) => [i.impact.isolation.value, i.impact.confidence.value, i.costs.delivery.value])).toEqual(
      original.initiatives.map((i) => [i.impact.isolation.value, i.impact.confidence.value, i.costs.delivery.value]),
    );
    expect(model.initiatives[0].impact.confidence.cell).toBe(`Impact!${IMPACT_TABLE.columns.isolation}9`);
    expect(model.initiatives[0].costs.delivery.cell).toBe(`ROI!${ROI_TABLE.columns.overhead}9`);
  });

  it('finds a table whose header moved down because rows were inserted above it', () => {
    const values = exampleValues();
    values.Strategy.splice(2, 0, [], ['A note someone added'], []);
    const { model } = read(values);
    expect(model.objectives.map((o) => o.name.value)).toEqual(original.objectives.map((o) => o.name.value));
    expect(model.objectives[0].name.cell).toBe(`Strategy!A${STRATEGY_TABLE.firstDataRow + 3}`);
    expect(model.objectives.map((o) => o.slot)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a row appended under the end of a table', () => {
    const values = exampleValues();
    const row = PARTNERS_TABLE.lastDataRow + 1;
    setCell(values, `Partners!${PARTNERS_TABLE.columns.name}${row}`, 'Sam Lee');
    setCell(values, `Partners!${PARTNERS_TABLE.columns.lastContact}${row}`, 45800); // a serial date: 2025-05-23
    const { model } = read(values);
    const added = model.partners[model.partners.length - 1];
    expect([added.name.value, added.lastContact.value, added.row]).toEqual(['Sam Lee', '2025-05-23', row]);
  });

  it('joins Impact rows to initiatives by name when a person moved them', () => {
    const values = exampleValues();
    // A workbook saved by a spreadsheet shows each Impact name; rows 9 and 10 were then swapped by hand.
    GROWTHCORP.initiatives.forEach((i, k) => setCell(values, ref(IMPACT_TABLE, 'name', 9 + k), i.name));
    [values.Impact[8], values.Impact[9]] = [values.Impact[9], values.Impact[8]];
    const { model } = read(values);
    expect(model.initiatives[0].impact.change.value).toBe(GROWTHCORP.initiatives[0].impact.change);
    expect(model.initiatives[0].impact.row).toBe(10);
    expect(model.initiatives[1].impact.row).toBe(9);
  });

  it('reads half-filled rows and says what is missing', () => {
    const values = exampleValues();
    const row = dataRow(ALIGNMENT_TABLE, 7);
    setCell(values, ref(ALIGNMENT_TABLE, 'name', row), 'Data Literacy for Managers');
    setCell(values, `Alignment!${ALIGNMENT_TABLE.columns.link1}${row}`, 2);
    const { model } = read(values);
    expect(model.initiatives).toHaveLength(8);
    const findings = checkHealth(model, { today: '2025-06-30' }).map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
    expect(findings).toEqual([
      ['missing-figure', ref(ALIGNMENT_TABLE, 'budget', row)],
      ['not-evaluated', ref(ALIGNMENT_TABLE, 'name', row)],
    ]);
  });

  it('reports figures in a row with no name, with its cell', () => {
    const values = exampleValues();
    setCell(values, ref(STRATEGY_TABLE, 'weight', 12), 10);
    setCell(values, ref(ROI_TABLE, 'delivery', 30), 5000);
    const { model, problems } = read(values);
    expect(model.objectives).toHaveLength(5);
    expect(problems.map((p) => [p.severity, p.sheet, p.cell])).toEqual([
      ['warning', 'Strategy', 'A12'],
      ['warning', 'ROI', 'A30'],
    ]);
    expect(checkHealth(model, { today: '2025-06-30' }).map((f) => f.rule)).toEqual(['unreadable', 'unreadable']);
  });

  it('keeps what a cell held when it is not a number, and reads dates however the host sends them', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolation', 9), '50%');
    setCell(values, ref(PARTNERS_TABLE, 'lastContact', 6), new Date(Date.UTC(2025, 5, 12)));
    setCell(values, ref(PARTNERS_TABLE, 'lastContact', 7), '2025-06-05');
    setCell(values, ref(PARTNERS_TABLE, 'lastContact', 8), 'last spring');
    const { model } = read(values);
    expect(model.initiatives[0].impact.isolation).toEqual({ value: null, cell: ref(IMPACT_TABLE, 'isolation', 9), invalid: '50%' });
    expect(model.partners.slice(0, 3).map((p) => [p.lastContact.value, p.lastContact.invalid])).toEqual([
      ['2025-06-12', undefined], ['2025-06-05', undefined], [null, 'last spring'],
    ]);
  });

  it('finds a renamed sheet by its header rows, not by its name', () => {
    const values = exampleValues();
    values['Our objectives'] = values.Strategy;
    delete values.Strategy;
    const { model } = read(values);
    expect(model.sheets.Strategy).toBe('Our objectives');
    expect(model.objectives).toHaveLength(5);
    expect(model.objectives[0].name.cell).toBe('Our objectives!A6');
  });

  it('is not fooled by sheet names alone', () => {
    const values: Values = { Strategy: [['Quarterly plan'], ['Revenue', 100]], Alignment: [], Impact: [], ROI: [] };
    expect(() => read(values)).toThrow(NO_FRAMEWORK_MESSAGE);
  });

  it('says plainly when there is no framework, and names the required parts not found', () => {
    const error = (() => {
      try {
        read({ Sheet1: [['a']], Impact: [] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(NotAFrameworkError);
    expect((error as NotAFrameworkError).message).toBe('This workbook has no L&D framework: build one with Set up (it adds the Strategy, Alignment, Impact and ROI sheets and the rest).');
    expect((error as NotAFrameworkError).missingSheets).toEqual(['Strategy', 'Alignment', 'Impact', 'ROI']);
  });

  it('names the part that is gone when the rest of the framework is there', () => {
    const values = exampleValues();
    delete values.Impact;
    expect(() => read(values)).toThrow("This workbook's L&D framework is missing its Impact sheet (deleted, or the headers were changed)");
  });

  it('works without the optional sheets and says which checks it skipped', () => {
    const values = exampleValues();
    delete values.Partners;
    const { model, problems } = read(values);
    expect(model.partners).toEqual([]);
    expect(problems.map((p) => [p.severity, p.sheet])).toEqual([['warning', 'Partners']]);
    expect(checkHealth(model, { today: '2025-06-30' }).map((f) => f.rule)).toEqual(['unreadable']);
  });

  it('does not read formula results it was not given: blank formula cells are not data', () => {
    const values = exampleValues();
    expect(getCell(values, ref(ROI_TABLE, 'roi', 9))).toBeNull();
    setCell(values, ref(ROI_TABLE, 'roi', 9), 99); // a stale cached value
    expect(read(values).model).toEqual(read(exampleValues()).model);
  });
});

describe('readFramework when an initiative was inserted on Alignment only', () => {
  it('does not give it the evidence of the initiative whose row it took', () => {
    const values = exampleValues();
    // Saved by a spreadsheet: Impact and ROI show their initiative's name on every row.
    GROWTHCORP.initiatives.forEach((i, k) => {
      setCell(values, ref(IMPACT_TABLE, 'name', 9 + k), i.name);
      setCell(values, ref(ROI_TABLE, 'name', 9 + k), i.name);
    });
    // A row inserted on Alignment at row 10: the initiatives below move down, Impact and ROI do not.
    values.Alignment.splice(9, 0, ['Sales Kickoff 2025', 'Sales Enablement', 'All sellers', 300, 50000, 'Planned', 2]);
    const { model } = read(values);
    const kickoff = model.initiatives[1];
    expect(kickoff.name.value).toBe('Sales Kickoff 2025');
    expect([kickoff.impact.row, kickoff.roiRow]).toEqual([null, null]);
    expect(model.initiatives[2].name.value).toBe(GROWTHCORP.initiatives[1].name);
    expect(model.initiatives[2].impact.row).toBe(10);
    expect(model.initiatives[2].impact.change.value).toBe(GROWTHCORP.initiatives[1].impact.change);
  });
});

describe('placeRow: where a host writes a row it appends', () => {
  const cells = [{ address: 'A3', value: 1 }, { address: 'C3', value: 'n' }];

  it('keeps the row when all its target cells are empty (other columns may be filled)', () => {
    expect(placeRow(cells, [[], [], [null, 'filled', '']])).toEqual({ row: 3, cells });
    expect(placeRow(cells, [])).toEqual({ row: 3, cells });
  });

  it('moves down past any row with a filled target cell, a space or 0 included', () => {
    expect(placeRow(cells, [[], [], ['x'], [null, 'y', ' '], ['', '', 0], [false]]).row).toBe(7);
    expect(placeRow(cells, [[], [], ['x']]).cells).toEqual([{ address: 'A4', value: 1 }, { address: 'C4', value: 'n' }]);
  });

  it('refuses what is not a cell address', () => {
    expect(() => placeRow([{ address: 'History!A3' }], [])).toThrow('placeRow: not a cell address in History!A3');
  });
});

describe('what the reader says about rows and sheets it cannot use, word for word', () => {
  // Each problem joins the audit as an "unreadable" finding; its sheet is the one the user sees in the tab bar.
  it.each<[string, (values: Values) => void, [string, string, string, string, string?]]>([
    ['a deleted Partners sheet', (v) => { delete v.Partners; },
      ['warning', 'Partners', '', 'The Partners sheet is missing, so the checks that need it are skipped.']],
    ['a deleted History log, named as the tab was', (v) => { delete v['History log']; },
      ['warning', 'History log', '', 'The History log sheet is missing, so the checks that need it are skipped.']],
    ['a Partners sheet whose header row was cleared: the sheet is there, its table is not', (v) => { v.Partners[PARTNERS_TABLE.headerRow - 1] = []; },
      ['warning', 'Partners', '', "The Partners sheet no longer holds the framework's Partners table (its header row was not found), so the checks that need it are skipped. Restore the header row, or build the framework again with Set up."]],
    ['a weight on a Strategy row without an objective', (v) => setCell(v, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 7)), 20),
      ['warning', 'Strategy', 'A13', 'Strategy row 13 has figures but no objective name; it is left out of every figure.', "Type the objective's name in A13, or clear the row's figures."]],
    ['a budget on an Alignment row without an initiative', (v) => setCell(v, ref(ALIGNMENT_TABLE, 'budget', dataRow(ALIGNMENT_TABLE, 9)), 5000),
      ['warning', 'Alignment', 'A18', 'Alignment row 18 has figures but no initiative name; it is left out of every figure.', "Type the initiative's name in A18, or clear the row's figures."]],
    ['an Impact row with no initiative on Alignment', (v) => setCell(v, ref(IMPACT_TABLE, 'change', dataRow(IMPACT_TABLE, 9)), 12),
      ['warning', 'Impact', 'A18', 'Impact row 18 has figures but no initiative on Alignment goes with it; they are left out of every figure.', 'Type the initiative on Alignment row 18, or clear row 18 here.']],
    ['a Partners row with a role but no name', (v) => setCell(v, ref(PARTNERS_TABLE, 'role', dataRow(PARTNERS_TABLE, 8)), 'CFO'),
      ['warning', 'Partners', 'A14', 'Partners row 14 has details but no name; it is left out.', "Type the partner's name in A14, or clear the row."]],
    ['a header cleared: read by its template position', (v) => setCell(v, `Alignment!E${ALIGNMENT_TABLE.headerRow}`, null),
      ['info', 'Alignment', 'E8', 'The header "Budget (this period)" is missing; column E is read as Budget (this period), where the template puts it.']],
    ['a header renamed: read by its template position', (v) => setCell(v, `Impact!G${IMPACT_TABLE.headerRow}`, 'Unit value'),
      ['info', 'Impact', 'G8', 'The header "Value per unit" reads "Unit value"; column G is read as Value per unit, where the template puts it.']],
  ])('%s', (_what, plant, expected) => {
    const values = exampleValues();
    plant(values);
    // No action of its own: the audit's default (restore the template's layout) fits.
    expect(read(values).problems.map((p) => [p.severity, p.sheet, p.cell, p.message, ...(p.action === undefined ? [] : [p.action])])).toEqual([expected]);
  });
});
