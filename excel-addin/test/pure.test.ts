/**
 * The builder's pure helpers: validation rules, capabilities and what an older Excel leaves out.
 * Sheet names, rectangles, renaming and A1 helpers are core's, tested in test/render/plan.test.ts.
 */
import { validationRule } from '../builder/excel-writer';
import { ALL_CAPABILITIES, detectCapabilities, forCapabilities } from '../builder/capabilities';
import { toExcelResult, type CustomFunctionsApi } from '../functions/convert';
import { evaluate, type CellResult } from '../../core';
import { renderPlan } from '../../core/render';
import { syntheticSpec } from '../../test/support/synthetic';

describe('write planning', () => {
  test('an Excel that lacks a feature gets the plan without it, and nothing else changes', () => {
    const plan = renderPlan(syntheticSpec(5));
    expect(forCapabilities(plan, ALL_CAPABILITIES)).toEqual(plan);
    const old = forCapabilities(plan, { ...ALL_CAPABILITIES, dataValidation: false, columnWidths: false, definedNames: false });
    expect(old.sheets.map((s) => s.validations.length)).toEqual([0, 0, 0]);
    expect(old.sheets.every((s) => s.columnWidths.length === 0 && s.hiddenColumns.length === 0 && s.merges.length === 0)).toBe(true);
    expect(old.names).toEqual([]);
    expect(old.sheets.map((s) => s.cells)).toEqual(plan.sheets.map((s) => s.cells));
    expect(old.sheets.map((s) => s.conditionalFormats)).toEqual(plan.sheets.map((s) => s.conditionalFormats));
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
  test('results: a spilled result the core built without an error goes to Excel as it is, not copied', () => {
    const rows = evaluate('ROI', [[[300], [200]], [[100], [100]]]) as CellResult[][];
    expect(toExcelResult(api, rows, true)).toBe(rows);
    const withError = evaluate('ROI', [[[300], [200]], [[100], [0]]]) as CellResult[][];
    const shown = toExcelResult(api, withError, true) as unknown[][];
    expect(shown).not.toBe(withError);
    expect(shown[1][0]).toEqual(new E('#DIV/0!'));
  });
});
