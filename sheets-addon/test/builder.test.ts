/**
 * The framework builder against an in-memory spreadsheet that counts every service call: every
 * template sheet appears with its formulas, formats, checks and charts; an existing sheet keeps every
 * cell (its name is taken, so the new one is "Strategy (2)" and every formula follows); the number of
 * calls is the same at 20 and at 200 initiatives; existing conditional format rules survive.
 */
import { buildWorkbookSpec, renameSheets, STYLES } from '../../core/templates';
import type { Dataset, WorkbookSpec } from '../../core/templates/types';
import { columnNumber, findReferences, parseCell, splitSheetReference } from '../../core/templates/a1';
import { buildFramework, type BuildReport, type Templates } from '../server/builder/build';
import { appendConditionalFormats } from '../server/builder/writer';
import { enteredText } from '../../core/text';
import { markerName } from '../../core/framework/marker';
import { FakeSpreadsheetApp, type FakeSheet } from './fake-spreadsheet';
import { syntheticSpec, templateWithInitiatives } from '../../test/support/synthetic';

const REAL: Templates = { buildWorkbookSpec };
const fixed = (spec: WorkbookSpec): Templates => ({ buildWorkbookSpec: () => spec });
const NOW = () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

function build(app: FakeSpreadsheetApp, dataset: Dataset, templates: Templates = REAL): BuildReport {
  return buildFramework(app, { dataset, templates, now: NOW });
}

/** Nothing in the report is a Date, a function or undefined: it survives JSON as it is. */
function expectPlainJson(value: unknown, path = 'report'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') { expect(Number.isFinite(value)).toBe(true); return; }
  if (Array.isArray(value)) { value.forEach((v, i) => expectPlainJson(v, `${path}[${i}]`)); return; }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value as object)) expectPlainJson(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} is not plain JSON: ${Object.prototype.toString.call(value)}`);
}

/** Every cell of the spec as the fake holds it: formulas, constants, formats, styles, notes. */
function expectSheetMatchesSpec(sheet: FakeSheet, spec: WorkbookSpec['sheets'][number]): void {
  const differences: string[] = [];
  const check = (where: string, what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) differences.push(`${where} ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  spec.cells.forEach((row, r) => row.forEach((cellSpec, c) => {
    const cell = sheet.peek(r, c);
    const where = `${sheet.name} row ${r + 1} column ${c + 1}`;
    if (!cellSpec) {
      check(where, 'value', cell?.value, undefined);
      check(where, 'formula', cell?.formula, undefined);
      return;
    }
    if (cellSpec.formula !== undefined) check(where, 'formula', cell?.formula, cellSpec.formula);
    else if (cellSpec.value !== null && cellSpec.value !== undefined && cellSpec.value !== '') check(where, 'value', cell?.value, cellSpec.value);
    if (cellSpec.numberFormat) check(where, 'number format', cell?.numberFormat, cellSpec.numberFormat);
    if (cellSpec.note) check(where, 'note', cell?.note, cellSpec.note);
    if (cellSpec.style) {
      const look = STYLES[cellSpec.style];
      check(where, 'bold', cell?.fontWeight === 'bold', Boolean(look.bold));
      check(where, 'fill', cell?.background, look.fill);
      check(where, 'font colour', cell?.fontColor, look.fontColor);
      check(where, 'wrap', cell?.wrap === true, Boolean(look.wrap));
    }
  }));
  expect(differences.slice(0, 10)).toEqual([]);
}

describe('building the framework into a spreadsheet', () => {
  test.each(['growthcorp', 'empty'] as const)('%s: all template sheets appear with their formulas, formats, checks, names and charts', (dataset) => {
    const app = new FakeSpreadsheetApp();
    app.spreadsheet.addSheet('Sheet1');
    const report = build(app, dataset);
    const spec = buildWorkbookSpec(dataset);

    expect(app.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1', ...spec.sheets.map((s) => s.name)]);
    for (const sheetSpec of spec.sheets) {
      const sheet = app.spreadsheet.sheet(sheetSpec.name);
      expectSheetMatchesSpec(sheet, sheetSpec);
      expect(sheet.frozenRows).toBe(sheetSpec.frozenRows);
      expect(sheet.frozenColumns).toBe(sheetSpec.frozenColumns);
      expect(sheet.tabColor).toBe(sheetSpec.tabColor);
      sheetSpec.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i + 1)).toBe(w));
      expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual((sheetSpec.hiddenColumns ?? []).map(columnNumber).sort((a, b) => a - b));
      expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual([...(sheetSpec.hiddenRows ?? [])].sort((a, b) => a - b));
      expect(sheet.merges).toEqual((sheetSpec.merges ?? []).map((m) => (m.includes(':') ? m : `${m}:${m}`)));
      expect(sheet.conditionalRules.map((r) => r.formula)).toEqual(sheetSpec.conditionalFormats.map((f) => f.formula));
      expect(sheet.charts).toHaveLength(sheetSpec.charts.length);
      for (const v of sheetSpec.validations) {
        const first = parseCell(v.range.split(':')[0])!;
        const validation = sheet.peek(first.row - 1, first.column - 1)?.validation;
        expect(validation).toBeDefined();
        expect(validation!.allowInvalid).toBe(false);
        expect(validation!.helpText).toContain(v.errorMessage);
        if (v.type === 'list') expect(validation!.criteria).toBe(v.source ? 'requireValueInRange' : 'requireValueInList');
      }
    }
    const dashboard = app.spreadsheet.sheet('Dashboard');
    // Each chart of the spec, with its type and its categories (on Dashboard or another sheet) first.
    const charts = spec.sheets.find((s) => s.name === 'Dashboard')!.charts;
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(dashboard.charts.map((c) => c.type)).toEqual(charts.map((c) => `${c.type[0].toUpperCase()}${c.type.slice(1)}`));
    expect(dashboard.charts.map((c) => c.ranges[0])).toEqual(charts.map((c) => {
      const { sheet = 'Dashboard', address } = splitSheetReference(c.categories);
      return `${sheet}!${address.replace(/\$/g, '')}`;
    }));
    // The template's named ranges, then one framework marker per sheet at its A1 (core/framework/marker.ts).
    expect(app.spreadsheet.namedRanges.map((n) => [n.name, n.range.label])).toEqual([
      ...spec.names.map((n) => [n.name, `Dashboard!${n.ref.split('!')[1].replace(/\$/g, '')}:${n.ref.split('!')[1].replace(/\$/g, '')}`]),
      ...spec.sheets.map((s) => [markerName(s.canonicalName ?? s.name), `${s.name}!A1:A1`]),
    ]);

    expect(report.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(report.renamedSheets).toEqual([]);
    expect(report.counts.charts).toBe(charts.length);
    expect(report.counts.namedRanges).toBe(spec.names.length);
    expect(report.counts.markers).toBe(spec.sheets.length);
    expect(report.counts.formulas).toBeGreaterThan(1000);
    expect(report.finishedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(app.flushes).toBe(1);
    expect(app.spreadsheet.sheet('Guide').activations).toBe(1);
    expectPlainJson(report);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('a spreadsheet that already has a Strategy sheet keeps every cell; the new one gets the next free name and formulas follow', () => {
    const app = new FakeSpreadsheetApp();
    const mine = app.spreadsheet.addSheet('Strategy');
    mine.range('A1:C3').setValues([['Our strategy', '', ''], ['Grow', 42, '=B2*2'], ['Keep', "'007", true]]);
    mine.range('B2').setNotes([['my note']]);
    mine.range('A2:A3').setDataValidation({ criteria: 'requireValueInList', args: [['Grow', 'Keep']], allowInvalid: true, helpText: '' });
    mine.setConditionalFormatRules([{ formula: '=$B2>40', background: '#00FF00', ranges: ['Strategy!B2:B3'] }]);
    mine.setFrozenRows(1);
    const other = app.spreadsheet.addSheet('strategy (2)');
    other.range('A1').setValues([['taken too, in another case']]);
    app.spreadsheet.setNamedRange('TotalInvestment', mine.range('B2'));
    const before = [mine.snapshot(), other.snapshot()];

    const report = build(app, 'growthcorp');

    expect([mine.snapshot(), other.snapshot()]).toEqual(before);
    expect(app.spreadsheet.namedRanges.find((n) => n.name === 'TotalInvestment')!.range.label).toBe('Strategy!B2:B2');
    expect(app.spreadsheet.namedRanges.find((n) => n.name === 'TotalInvestment_2')!.range.label).toBe('Dashboard!C5:C5');
    expect(report.renamedSheets).toEqual([{ from: 'Strategy', to: 'Strategy (3)' }]);
    expect(report.renamedRanges).toEqual([{ from: 'TotalInvestment', to: 'TotalInvestment_2' }]);
    expect(report.messages.join(' ')).toMatch(/already has a sheet named "Strategy", so the new one is "Strategy \(3\)"/);

    const spec = renameSheets(buildWorkbookSpec('growthcorp'), { Strategy: 'Strategy (3)' });
    expectSheetMatchesSpec(app.spreadsheet.sheet('Strategy (3)'), spec.sheets.find((s) => s.name === ('Strategy (3)' as never))!);
    // No new formula, rule, validation or chart points at the user's Strategy sheet.
    let pointing = 0;
    for (const sheet of app.spreadsheet.sheets.slice(2)) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula && findReferences(cell.formula).some((ref) => ref.sheet?.toLowerCase() === 'strategy')) throw new Error(`${sheet.name}: ${cell.formula}`);
        if (cell.formula?.includes("'Strategy (3)'!")) pointing++;
        for (const arg of cell.validation?.args ?? []) if (typeof arg === 'string' && arg.startsWith('Strategy!')) throw new Error(`${sheet.name}: validation on ${arg}`);
      }
    }
    expect(pointing).toBeGreaterThan(10);
  });

  test('the number of service calls is the same at 20 and at 200 initiatives', () => {
    const calls = (spec: WorkbookSpec) => {
      const app = new FakeSpreadsheetApp();
      app.spreadsheet.addSheet('Sheet1');
      buildFramework(app, { dataset: 'empty', templates: fixed(spec), now: NOW });
      return app.log;
    };
    const template20 = calls(templateWithInitiatives(20));
    const template200 = calls(templateWithInitiatives(200));
    expect(template200.tally()).toEqual(template20.tally());
    expect(template200.count).toBe(template20.count);

    const small = calls(syntheticSpec(20));
    const large = calls(syntheticSpec(200));
    expect(large.tally()).toEqual(small.tally());
    // One value write per sheet, never one per row or cell.
    expect(large.tally()['Range.setValues']).toBe(3);
    expect(template200.tally()['Range.setValues']).toBe(buildWorkbookSpec('empty').sheets.length);
  });

  test('at 2,000 initiatives the service calls are the same whether 7 rows are filled (GrowthCorp) or all 2,000 (issue 10)', () => {
    const calls = (templates: Templates) => {
      const app = new FakeSpreadsheetApp();
      app.spreadsheet.addSheet('Sheet1');
      buildFramework(app, { dataset: 'growthcorp', capacity: 2000, templates, now: NOW });
      return app;
    };
    const few = calls(REAL);
    const all = calls({ buildWorkbookSpec: (dataset, options) => buildWorkbookSpec(dataset, { ...options, filled: true }) });
    expect(all.log.tally()).toEqual(few.log.tally());
    expect(all.log.count).toBe(few.log.count);
    // One value write per sheet, as at 200; the 2,000th row is written.
    expect(all.log.tally()['Range.setValues']).toBe(buildWorkbookSpec('empty').sheets.length);
    expect(all.spreadsheet.sheet('Alignment').peek(2007, 0)?.value).toBe('Engineering Leadership Program, wave 286');
    expect(few.spreadsheet.sheet('Alignment').peek(2007, 0)?.value ?? '').toBe('');
    expect(few.spreadsheet.sheet('ROI').peek(2007, 10)?.formula).toMatch(/^=/);
  });

  test('a sheet longer or wider than a new sheet grows once, not row by row', () => {
    const app = new FakeSpreadsheetApp();
    const report = buildFramework(app, { dataset: 'empty', templates: fixed(syntheticSpec(1500)), now: NOW });
    const alignment = app.spreadsheet.sheet('Alignment');
    expect(alignment.maxRows).toBe(1502);
    expect(alignment.peek(1501, 0)?.value).toBe('Program 1500');
    expect(app.log.tally()['Sheet.insertRowsAfter']).toBe(1);
    expect(report.counts.sheets).toBe(3);
  });

  test('the templates\' conditional formats reference only their own sheet (Sheets refuses other sheets in a rule formula)', () => {
    for (const dataset of ['empty', 'growthcorp'] as const) {
      for (const sheet of buildWorkbookSpec(dataset).sheets) {
        for (const f of sheet.conditionalFormats) {
          const other = findReferences(f.formula).filter((ref) => ref.sheet !== undefined && ref.sheet !== sheet.name);
          expect({ sheet: sheet.name, formula: f.formula, other: other.map((r) => r.text) }).toEqual({ sheet: sheet.name, formula: f.formula, other: [] });
        }
      }
    }
  });

  test('conditional format rules already on a sheet are kept: read, append, write', () => {
    const app = new FakeSpreadsheetApp();
    const sheet = app.spreadsheet.addSheet('Mine');
    const existing = { formula: '=A1>1', background: '#FF0000', ranges: ['Mine!A1:A9'] };
    sheet.setConditionalFormatRules([existing]);
    appendConditionalFormats(app, sheet, [{ range: 'B2:B9', formula: '=B2<0', style: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } }], (ref) => sheet.range(ref));
    expect(sheet.conditionalRules).toEqual([existing, { formula: '=B2<0', background: '#FFC7CE', fontColor: '#9C0006', bold: true, ranges: ['Mine!B2:B9'] }]);
  });

  test('text constants stay text: formulas-looking, numeric or date-looking text gets the apostrophe Sheets hides', () => {
    expect(enteredText('=1+1')).toBe("'=1+1");
    expect(enteredText('-5 days')).toBe("'-5 days");
    expect(enteredText('007')).toBe("'007");
    expect(enteredText('TRUE')).toBe("'TRUE");
    expect(enteredText('Jan 2025')).toBe("'Jan 2025");
    expect(enteredText('Revenue growth')).toBe('Revenue growth');
    const spec = syntheticSpec(2);
    const strategy = { ...spec.sheets[0], cells: [[{ value: '=NOT A FORMULA' }, { value: '1. First' }]] };
    const app = new FakeSpreadsheetApp();
    buildFramework(app, { dataset: 'empty', templates: fixed({ ...spec, sheets: [strategy, ...spec.sheets.slice(1)] }), now: NOW });
    const cell = app.spreadsheet.sheet('Strategy').peek(0, 0);
    expect(cell).toMatchObject({ value: '=NOT A FORMULA' });
    expect(cell?.formula).toBeUndefined();
    expect(app.spreadsheet.sheet('Strategy').peek(0, 1)?.value).toBe('1. First');
  });

  test('a failure part-way says which new sheets were made and that no existing sheet changed', () => {
    const app = new FakeSpreadsheetApp();
    const spec = syntheticSpec(3);
    const broken = { ...spec, sheets: spec.sheets.map((s) => (s.name === 'Alignment' ? { ...s, validations: [{ range: 'B3:B5', type: 'list' as const, source: 'Nowhere!$A$1:$A$2', errorMessage: 'x' }] } : s)) };
    expect(() => buildFramework(app, { dataset: 'empty', templates: fixed(broken), now: NOW })).toThrow(/Nowhere.*can be deleted; no existing sheet was changed/);
  });
});
