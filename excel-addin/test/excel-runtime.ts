/**
 * The built `dist/excel/functions.js` loaded the way Excel's custom-functions runtime loads it: one
 * script in a fresh global scope whose `CustomFunctions` offers `associate`, `Error` and `ErrorCode`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { DIST } from './ensure-built';
import type { FunctionsJson } from '../functions/metadata';

/** Excel's `CustomFunctions.ErrorCode` values (custom-functions-runtime). */
export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** A stand-in for `CustomFunctions.Error` with the real one's fields. */
export class ExcelError {
  constructor(readonly code: string, readonly message?: string) {}
}

export interface LoadedBundle {
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly metadata: FunctionsJson;
  /** Globals the bundle left behind (it should leave none). */
  readonly leakedGlobals: readonly string[];
}

export function loadBuiltFunctions(): LoadedBundle {
  const code = readFileSync(join(DIST, 'functions.js'), 'utf8');
  const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as FunctionsJson;
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (functions.has(id)) throw new Error(`${id} associated twice`);
        functions.set(id, fn);
      },
      Error: ExcelError,
      ErrorCode: ERROR_CODE,
    },
  };
  const before = new Set(Object.keys(sandbox));
  runInNewContext(code, sandbox, { filename: 'functions.js' });
  return { functions, metadata, leakedGlobals: Object.keys(sandbox).filter((k) => !before.has(k)) };
}

/** A value in the shape a parameter's dimensionality asks for: matrix → rows, scalar → one value. */
export function shapeArgument(value: unknown, dimensionality: 'scalar' | 'matrix'): unknown {
  if (dimensionality === 'matrix') {
    if (!Array.isArray(value)) return [[value]];
    return Array.isArray(value[0]) ? value : [value];
  }
  if (Array.isArray(value)) {
    const rows = Array.isArray(value[0]) ? (value as unknown[][]) : [value];
    if (rows.length !== 1 || rows[0].length !== 1) throw new Error(`a range given to a scalar parameter: ${JSON.stringify(value)}`);
    return rows[0][0];
  }
  return value;
}

/** Call a registered function as Excel does: every declared parameter (null if omitted), then the invocation. */
export function callAsExcel(bundle: LoadedBundle, name: string, args: readonly unknown[]): unknown {
  const meta = bundle.metadata.functions.find((f) => f.id === name);
  const fn = bundle.functions.get(name);
  if (!meta || !fn) throw new Error(`${name} is not registered`);
  const shaped = meta.parameters.map((p, i) => (i < args.length && args[i] !== undefined ? shapeArgument(args[i], p.dimensionality) : null));
  const invocation = { address: 'Sheet1!A1', functionName: `LD.${name}`, parameterAddresses: [] };
  return fn(...shaped, invocation);
}

/** Excel's result in the cross-host form: errors as `{ error, message }`, a 1×1 spill as its value. */
export function asCrossHost(result: unknown, expectScalar: boolean): unknown {
  const cell = (v: unknown) => (v instanceof ExcelError ? { error: v.code, message: v.message ?? '' } : v);
  if (Array.isArray(result)) {
    const rows = (result as unknown[][]).map((row) => row.map(cell));
    return expectScalar && rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return cell(result);
}
