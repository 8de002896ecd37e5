/** The builder's and pane's pure helpers: sheet names, style rectangles, renaming, validation rules, labels. */
import { planSheetNames, numbered, nextFreeIdentifier } from '../builder/sheet-names';
import { renameIdentifiers, styleBlocks, planWrites } from '../builder/plan-writes';
import { validationRule } from '../builder/excel-writer';
import { columnLetter, quoteSheetName, splitSheetReference } from '../builder/a1';
import { ALL_CAPABILITIES, detectCapabilities } from '../builder/capabilities';
import { toExcelResult, fromExcelArg, type CustomFunctionsApi } from '../functions/convert';
import { figureLabel } from '../taskpane/panels/setup';
import { signature } from '../taskpane/panels/functions';
import { CATALOGUE } from '../../core';
import type { CellSpec } from '../../core/templates/types';
import { syntheticSpec } from './synthetic-spec';

describe('sheet names', () => {
  test('free names are kept; taken ones (any case) get the lowest free number', () => {
    const plan = planSheetNames(['strategy', 'Strategy (2)', 'Dashboard (2)', 'DASHBOARD'], ['Guide', 'Strategy', 'Dashboard'] as const);
    expect(plan.mapping).toEqual({ Guide: 'Guide', Strategy: 'Strategy (3)', Dashboard: 'Dashboard (3)' });
    expect(plan.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (3)' }, { from: 'Dashboard', to: 'Dashboard (3)' }]);
  });

  test('a numbered name never exceeds 31 characters', () => {
    const long = 'A'.repeat(31);
    expect(numbered(long, 12)).toHaveLength(31);
    expect(numbered(long, 12).endsWith(' (12)')).toBe(true);
    expect(planSheetNames([long], [long]).mapping[long]).toBe(`${'A'.repeat(27)} (2)`);
  });

  test('identifiers take _2, _3 …', () => {
    expect(nextFreeIdentifier('Objectives', new Set(['OBJECTIVES', 'OBJECTIVES_2']))).toBe('Objectives_3');
  });
});

describe('write planning', () => {
  test('styles become rectangles: a style repeated down rows is one block', () => {
    const input: CellSpec = { style: 'input' };
    const header: CellSpec = { style: 'header' };
    const rows: (CellSpec | null)[][] = [[header, header, null], ...Array.from({ length: 200 }, () => [input, input, { style: 'calc' } as CellSpec])];
    expect(styleBlocks(rows)).toEqual([
      { address: 'A1:B1', style: 'header' },
      { address: 'A2:B201', style: 'input' },
      { address: 'C2:C201', style: 'calc' },
    ]);
  });

  test('renaming identifiers leaves text, quoted sheet names and sheet-qualified cells alone', () => {
    const renames = new Map([['TOTALINVESTMENT', 'TotalInvestment_2']]);
    expect(renameIdentifiers('=IF(TotalInvestment>0,"TotalInvestment",\'TotalInvestment\'!A1+Dashboard!TotalInvestment)', renames))
      .toBe('=IF(TotalInvestment_2>0,"TotalInvestment",\'TotalInvestment\'!A1+Dashboard!TotalInvestment)');
  });

  test('the number of writes does not grow with rows', () => {
    const count = (n: number) => {
      const plan = planWrites(syntheticSpec(n), ALL_CAPABILITIES, { tables: [], definedNames: [] });
      return plan.sheets.reduce((total, s) => total + s.styles.length + s.validations.length + s.conditionalFormats.length + s.columnWidths.length, 0);
    };
    expect(count(200)).toBe(count(20));
  });

  test('text that looks like a formula is written as text', () => {
    const plan = planWrites({ dataset: 'empty', names: [], sheets: [{ ...syntheticSpec(1).sheets[0], cells: [[{ value: '=not a formula' }, { value: 12 }, null]] }] }, ALL_CAPABILITIES, { tables: [], definedNames: [] });
    expect(plan.sheets[0].cells).toEqual([["'=not a formula", 12, '']]);
    expect(plan.sheets[0].address).toBe('A1:C1');
  });

  test('validation rules', () => {
    expect(validationRule({ range: 'A1', type: 'list', values: ['Low', 'High'], errorMessage: 'x' })).toEqual({ list: { inCellDropDown: true, source: 'Low,High' } });
    expect(validationRule({ range: 'A1', type: 'whole', min: 0, max: 3, errorMessage: 'x' })).toEqual({ wholeNumber: { operator: 'Between', formula1: 0, formula2: 3 } });
    expect(validationRule({ range: 'A1', type: 'decimal', max: 1, errorMessage: 'x' })).toEqual({ decimal: { operator: 'LessThanOrEqualTo', formula1: 1 } });
    expect(validationRule({ range: 'A1', type: 'date', min: 45658, errorMessage: 'x' })).toEqual({ date: { operator: 'GreaterThanOrEqualTo', formula1: '2025-01-01' } });
  });

  test('capabilities come from isSetSupported', () => {
    const asked: string[] = [];
    const caps = detectCapabilities((name, version) => { asked.push(`${name} ${version}`); return version !== '1.18'; });
    expect(caps.notes).toBe(false);
    expect(caps.dataValidation).toBe(true);
    expect(asked).toContain('ExcelApi 1.8');
  });
});

describe('A1 helpers', () => {
  test('columns, quoting and splitting', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(quoteSheetName("Bob's (2)")).toBe("'Bob''s (2)'");
    expect(splitSheetReference("='Bob''s (2)'!$A$1:$B$2")).toEqual({ sheet: "Bob's (2)", address: '$A$1:$B$2' });
    expect(splitSheetReference('C5')).toEqual({ sheet: undefined, address: 'C5' });
  });
});

describe('Excel conversion', () => {
  class E { constructor(readonly code: string, readonly message?: string) {} }
  const api: CustomFunctionsApi = {
    Error: E,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
    associate: () => undefined,
  };
  test('results', () => {
    expect(toExcelResult(api, 2.5, false)).toBe(2.5);
    expect(toExcelResult(api, '', true)).toEqual([['']]);
    expect(toExcelResult(api, [[1, { error: '#N/A', message: 'costs is blank' }]], true)).toEqual([[1, new E('#N/A', 'costs is blank')]]);
    expect(toExcelResult(api, { error: '#SPILL!', message: 'no room' }, false)).toEqual(new E('#VALUE!', '#SPILL!: no room'));
  });
  test('arguments: a range is copied only when it holds a data-type error', () => {
    const plain = [[1, ''], [null, 'x']];
    expect(fromExcelArg(plain)).toBe(plain);
    const withError = [[1, { type: 'Error', basicValue: '#N/A' }]];
    expect(fromExcelArg(withError)).toEqual([[1, { code: '#N/A' }]]);
    expect(withError[0][1]).toEqual({ type: 'Error', basicValue: '#N/A' });
  });
});

describe('pane text', () => {
  test('the pane never builds HTML from strings (no innerHTML and friends in its sources)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readdirSync, readFileSync } = require('fs') as typeof import('fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { join } = require('path') as typeof import('path');
    const dir = join(__dirname, '..', 'taskpane');
    const files = [...readdirSync(dir), ...readdirSync(join(dir, 'panels')).map((f) => `panels/${f}`)].filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect([file, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/.test(code)]).toEqual([file, false]);
    }
  });

  test('figure labels and function signatures', () => {
    expect(['PortfolioROI', 'TotalAdjustedBenefits', 'AlignedShare', 'TotalInvestment_2'].map(figureLabel))
      .toEqual(['Portfolio ROI', 'Total adjusted benefits', 'Aligned share', 'Total investment (2)']);
    expect(signature(CATALOGUE.find((s) => s.name === 'PARTICIPANT_COST')!)).toBe('=LD.PARTICIPANT_COST(participants, hours, hourly_rate, [benefits_loading])');
  });
});
