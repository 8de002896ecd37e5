/**
 * The built LD.* functions inside a real formula engine: HyperFormula with every function of
 * functions.json registered as a plugin that calls the bundle's registered function the way Excel
 * does (ranges as 2-D arrays, error cells as error objects, omitted arguments as null). Formulas
 * like =LD.ROI(A2:A5, B2:B5) spill over the sheet, feed other formulas, and follow their inputs.
 */
import { CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue, type SimpleCellAddress } from 'hyperformula';
import { evaluate } from '../../core';
import { ensureExcelBuild } from './ensure-built';
import { ExcelError, callAsExcel, loadBuiltFunctions, type LoadedBundle } from './excel-runtime';

/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin internals (AST, state) are untyped here */

const TO_HF: Record<string, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO, '#N/A': ErrorType.NA, '#NUM!': ErrorType.NUM, '#VALUE!': ErrorType.VALUE, '#NULL!': ErrorType.ERROR,
};
const FROM_HF: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!', NA: '#N/A', NUM: '#NUM!', VALUE: '#VALUE!', REF: '#REF!', NAME: '#NAME?', CYCLE: '#REF!', SPILL: '#SPILL!', ERROR: '#VALUE!', LIC: '#VALUE!',
};

/** One engine cell as Excel hands it to a custom function. */
function excelCell(value: unknown, inRange: boolean): unknown {
  if (value === EmptyValue) return inRange ? '' : null;
  if (value instanceof CellError) return new ExcelError(FROM_HF[value.type] ?? '#VALUE!');
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val; // a formatted number
  return value;
}

function toEngine(value: unknown): unknown {
  if (value instanceof ExcelError) return new CellError(TO_HF[value.code] ?? ErrorType.VALUE, value.message);
  return value;
}

/** Rows × columns a call spills to, from its arguments' shapes only (HyperFormula sizes arrays before evaluating). */
function predictedSize(name: string, sizes: { width: number; height: number }[], dims: string[]): { width: number; height: number } {
  if (name === 'ALIGNMENT_SCORE') return { width: 1, height: sizes[0]?.height ?? 1 };
  // One row per isolation value, one column per confidence value, whichever way each list runs.
  if (name === 'ROI_SENSITIVITY') return { width: Math.max(sizes[3].width, sizes[3].height), height: Math.max(sizes[2].width, sizes[2].height) };
  if (name === 'ROI_SIMULATE') return { width: 4, height: 1 };
  const ranges = sizes.filter((s, i) => dims[i] === 'matrix' && (s.width > 1 || s.height > 1));
  return ranges[0] ?? { width: 1, height: 1 };
}

function ldPlugin(bundle: LoadedBundle) {
  class LdPlugin extends FunctionPlugin {
    static override implementedFunctions: Record<string, any> = {};
  }
  for (const meta of bundle.metadata.functions) {
    // COVERAGE_GAPS spills as many names as there are gaps: a size HyperFormula cannot know before evaluating.
    if (meta.id === 'COVERAGE_GAPS') continue;
    const method = `ld_${meta.id}`;
    const dims = meta.parameters.map((p) => p.dimensionality);
    LdPlugin.implementedFunctions[`LD.${meta.id}`] = {
      method,
      parameters: meta.parameters.map((p) => ({ argumentType: 'ANY', optionalArg: p.optional === true })),
      vectorizationForbidden: true,
      ...(meta.result.dimensionality === 'matrix' ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
    };
    (LdPlugin.prototype as any)[method] = function (this: any, ast: any, state: any) {
      const args = ast.args.map((arg: any, i: number) => {
        const value = this.evaluateAst(arg, state);
        if (value instanceof SimpleRangeValue) {
          const rows = value.rawData().map((row) => row.map((cell) => excelCell(cell, true)));
          return dims[i] === 'matrix' || rows.length !== 1 || rows[0].length !== 1 ? rows : rows[0][0];
        }
        return excelCell(value, false);
      });
      const result = callAsExcel(bundle, meta.id, args);
      if (Array.isArray(result)) return SimpleRangeValue.onlyValues((result as unknown[][]).map((row) => row.map(toEngine)) as any);
      return toEngine(result);
    };
    (LdPlugin.prototype as any)[`${method}_size`] = function (this: any, ast: any, state: any) {
      const sizes = ast.args.map((arg: any) => this.arraySizeForAst(arg, state));
      const { width, height } = predictedSize(meta.id, sizes, dims);
      return new (sizes[0].constructor)(width, height);
    };
  }
  return LdPlugin;
}

/** Array arithmetic as Excel has it; results unrounded (HyperFormula rounds to 10 digits by default). */
const CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true, precisionRounding: 14 } as const;

let bundle: LoadedBundle;
let engine: HyperFormula;
const at = (sheet: number, a1: string): SimpleCellAddress => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return { sheet, col: m[1].charCodeAt(0) - 65, row: Number(m[2]) - 1 };
};

beforeAll(() => {
  ensureExcelBuild();
  bundle = loadBuiltFunctions();
  const plugin = ldPlugin(bundle);
  HyperFormula.registerFunctionPlugin(plugin as any, {
    enGB: Object.fromEntries(Object.keys(plugin.implementedFunctions).map((id) => [id, id])),
  });
});

afterEach(() => engine?.destroy());

function value(a1: string): unknown {
  const v = engine.getCellValue(at(0, a1));
  if (v && typeof v === 'object' && 'type' in v) return { error: FROM_HF[(v as { type: string }).type], message: (v as { message?: string }).message };
  return v;
}

describe('LD.* functions inside HyperFormula', () => {
  test('=LD.ROI over ranges spills one result per row; a bad row is an error in its own cell only', () => {
    engine = HyperFormula.buildFromArray([
      ['benefits', 'costs', '', 'roi'],
      [350000, 100000, '', '=LD.ROI(A2:A6, B2:B6)'],
      [90000, 100000],
      ['abc', 100000],
      ['=1/0', 50000],
      [120000, 0],
    ], CONFIG);
    expect(value('D2')).toBe(2.5);
    expect(value('D3')).toBeCloseTo(-0.1, 12);
    expect(value('D4')).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/benefits \(row 3\) must be a number/) });
    expect(value('D5')).toMatchObject({ error: '#DIV/0!' });
    expect(value('D6')).toMatchObject({ error: '#DIV/0!' });
    // The same answers as the core gives for the same cells.
    const core = evaluate('ROI', [[[350000], [90000]], [[100000], [100000]]]);
    expect([[value('D2')], [value('D3')]]).toEqual(core);
  });

  test('results feed native formulas and follow their inputs when a cell changes', () => {
    engine = HyperFormula.buildFromArray([
      [300, 100, '=SUM(LD.NET_BENEFITS(A1:A3, B1:B3))', '=LD.BCR(SUM(A1:A3), SUM(B1:B3))'],
      [500, 200],
      [200, 100],
    ], CONFIG);
    expect(value('C1')).toBe(600);
    expect(value('D1')).toBe(2.5);
    engine.setCellContents(at(0, 'B2'), 400);
    expect(value('C1')).toBe(400);
    expect(value('D1')).toBeCloseTo(1000 / 600, 12);
  });

  test('range functions: PROGRAM_NPV, ALIGNMENT_SCORE (spilled), ALIGNED_SHARE with its optional argument omitted', () => {
    engine = HyperFormula.buildFromArray([
      [0.5, 0.3, 0.2, '', 60000, 60000],
      [3, 2, 0, '=LD.ALIGNMENT_SCORE(A2:C3, A1:C1)', '=LD.PROGRAM_NPV(0.1, 100000, E1:F1)', '=LD.ALIGNED_SHARE(A2:C3)'],
      [0, 0, 1, null, '=LD.PARTICIPANT_COST(25, 16, 45)', '=LD.ALIGNED_SHARE(A2:C3, 1)'],
    ], CONFIG);
    expect(value('D2')).toBeCloseTo(70, 12);
    expect(value('D3')).toBeCloseTo(20 / 3, 12);
    expect(value('E2')).toBeCloseTo(4132.231404958671, 9);
    expect(value('F2')).toBe(0.5);
    expect(value('E3')).toBe(18000);
    expect(value('F3')).toBe(1);
  });

  test('ROI_SENSITIVITY spills a what-if grid that follows its inputs; BREAKEVEN_ISOLATION feeds it a zero', () => {
    engine = HyperFormula.buildFromArray([
      [500000, 100000, '', 0.5, 1],
      [0.2, '=LD.ROI_SENSITIVITY(A1, B1, A2:A4, D1:E1)'],
      [0.4],
      ['=LD.BREAKEVEN_ISOLATION(A1, B1, D1)'],
    ], CONFIG);
    expect([[value('B2'), value('C2')], [value('B3'), value('C3')]]).toEqual([[-0.5, 0], [0, 1]]);
    expect(value('A4')).toBeCloseTo(0.4, 12);
    // The break-even share at confidence 50% gives ROI 0 in the grid's first column.
    expect(Math.abs(value('B4') as number)).toBeLessThan(1e-12);
    expect(value('C4')).toBeCloseTo(1, 12);
    engine.setCellContents(at(0, 'B1'), 200000);
    expect(value('C3')).toBeCloseTo(0, 12);
    expect(value('A4')).toBeCloseTo(0.8, 12);
  });

  test('ROI_SIMULATE spills P10, P50, P90 and the chance of a gain across one row, the same as the core', () => {
    engine = HyperFormula.buildFromArray([
      [90000, 200000, 400000, 80000, 100000, 140000],
      ['=LD.ROI_SIMULATE(A1, B1, C1, D1, E1, F1)'],
      ['=LD.ROI_SIMULATE(A1, A1, A1, E1, E1, E1, 100, 9)'],
    ], CONFIG);
    const core = evaluate('ROI_SIMULATE', [90000, 200000, 400000, 80000, 100000, 140000]) as number[][];
    // HyperFormula rounds what it shows to 14 significant digits (precisionRounding).
    ['A2', 'B2', 'C2', 'D2'].forEach((a1, k) => expect(value(a1)).toBeCloseTo(core[0][k], 12));
    expect([value('A3'), value('B3'), value('C3'), value('D3')]).toEqual([-0.1, -0.1, -0.1, 0]);
  });

  test('YTD, RUN_RATE_FORECAST and PLAN_ATTAINMENT over a measure row, moved by the reporting month', () => {
    engine = HyperFormula.buildFromArray([
      [100, 120, 90, 110, null, null, null, null, null, null, null, null],
      [3, 1000, '=LD.YTD(A1:L1, A2)', '=LD.RUN_RATE_FORECAST(A1:L1, A2)', '=LD.PLAN_ATTAINMENT(D2, B2)', '=LD.PLAN_ATTAINMENT(D2, B2, G2)', true],
    ], CONFIG);
    expect(value('C2')).toBe(310);
    expect(value('D2')).toBeCloseTo(1240, 9);
    expect(value('E2')).toBeCloseTo(1.24, 12);
    expect(value('F2')).toBeCloseTo(1000 / 1240, 12);
    engine.setCellContents(at(0, 'A2'), 4);
    expect(value('C2')).toBe(420);
    expect(value('D2')).toBeCloseTo(1260, 9);
    engine.setCellContents(at(0, 'A2'), 13);
    expect(value('C2')).toMatchObject({ error: '#NUM!' });
  });

  test('blank inputs: both blank gives a blank-looking cell, one blank gives #N/A naming it', () => {
    engine = HyperFormula.buildFromArray([
      [300, 100, '=LD.ROI(A1:A3, B1:B3)'],
      [null, null],
      [null, 50],
    ], CONFIG);
    expect(value('C1')).toBe(2);
    expect(value('C2')).toBe('');
    expect(value('C3')).toMatchObject({ error: '#N/A', message: expect.stringMatching(/benefits \(row 3\) is blank/) });
  });
});
