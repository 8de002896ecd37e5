/**
 * The one generic runner: argument counts, coercion, shapes, blanks and rules live here, so that a
 * function in the catalogue is only its maths. Hosts reach it through `evaluate` in `core/index.ts`.
 */
import { BLANK, Grid, HostArg, HostCell, shapeText, toFlag, toGrid, toNumber } from './coercion';
import { ErrorValue, isErrorValue, makeError, markWithoutErrors } from './errors';
import { Messages, position } from './messages';
import type { CellResult, ElementwiseSpec, FunctionSpec, ParamSpec, Result } from './types';

/** How an argument is read at each output cell. */
const enum Access {
  Single,
  Same,
  Transposed,
}

/** Check the argument count and fill omitted trailing arguments with blanks. */
export function normaliseArgs(spec: FunctionSpec, args: readonly HostArg[]): HostArg[] | ErrorValue {
  if (args.length > spec.params.length) return makeError('#VALUE!', Messages.tooManyArguments(spec.name, spec.params.length));
  const required = spec.params.filter((p) => !p.optional).length;
  if (args.length < required) return makeError('#VALUE!', Messages.tooFewArguments(spec.name, required));
  const filled = args.slice();
  while (filled.length < spec.params.length) filled.push(null);
  return filled;
}

/**
 * Run an elementwise function. Every argument is a single value or a range; all ranges must have one
 * shape (a one-row range also pairs with a one-column range of the same length). The result has that
 * shape; a bad element is an error in that element only.
 */
export function runElementwise(spec: ElementwiseSpec, args: readonly HostArg[]): Result {
  const params = spec.params;
  const count = params.length;
  const access: Access[] = new Array(count);
  const grids: (Grid | undefined)[] = new Array(count);
  let rows = 1;
  let columns = 1;
  let shapeFrom = -1;

  for (let k = 0; k < count; k++) {
    const arg = args[k];
    if (!Array.isArray(arg)) {
      access[k] = Access.Single;
      continue;
    }
    const grid = toGrid(arg, params[k].name);
    if (isErrorValue(grid)) return grid;
    const r = grid.length;
    const c = grid[0].length;
    grids[k] = grid;
    if (shapeFrom < 0) {
      shapeFrom = k;
      rows = r;
      columns = c;
      access[k] = Access.Same;
    } else if (r === rows && c === columns) {
      access[k] = Access.Same;
    } else if ((r === 1 && columns === 1 && c === rows) || (c === 1 && rows === 1 && r === columns)) {
      access[k] = Access.Transposed;
    } else if (r === 1 && c === 1) {
      // A one-cell range is a single value, whatever the others are.
      access[k] = Access.Single;
    } else if (rows === 1 && columns === 1) {
      // The shape so far came from a one-cell range: this larger one sets it.
      for (let j = 0; j < k; j++) if (access[j] === Access.Same) access[j] = Access.Single;
      shapeFrom = k;
      rows = r;
      columns = c;
      access[k] = Access.Same;
    } else {
      return makeError(
        '#VALUE!',
        Messages.shapeMismatch(params[shapeFrom].name, shapeText(rows, columns), params[k].name, shapeText(r, c)),
      );
    }
  }

  // Per-parameter facts read once, not per cell.
  const names = params.map((p) => p.name);
  const rules = params.map((p) => p.rule);
  const optional = params.map((p) => p.optional === true);
  const defaults = params.map((p) => p.default ?? 0);
  // A boolean parameter reads TRUE/FALSE as 1/0; every other parameter reads numbers.
  const readers = params.map((p) => (p.type === 'boolean' ? toFlag : toNumber));

  // Single values are coerced and checked once.
  const single: (number | typeof BLANK | ErrorValue)[] = new Array(count);
  for (let k = 0; k < count; k++) {
    if (access[k] !== Access.Single) continue;
    const raw: HostCell = grids[k] ? grids[k]![0][0] : (args[k] as HostCell);
    single[k] = checked(params[k], readers[k](raw, names[k]), '');
  }

  const isScalarCall = shapeFrom < 0;
  const values: number[] = new Array(count);
  const out: CellResult[][] = new Array(rows);
  const compute = spec.compute;
  let errors = false;

  /** The result for output cell (r, c). */
  const cellAt = (r: number, c: number): CellResult => {
    let error: ErrorValue | undefined;
    let blanks = 0;
    for (let k = 0; k < count; k++) {
      let value: number | typeof BLANK | ErrorValue;
      const mode = access[k];
      if (mode === Access.Single) {
        value = single[k];
      } else {
        const raw = mode === Access.Same ? grids[k]![r][c] : grids[k]![c][r];
        const rule = rules[k];
        // The common case, a finite number that passes its rule, builds nothing.
        if (typeof raw === 'number' && raw - raw === 0 && (rule === undefined || rule.ok(raw))) {
          values[k] = raw;
          continue;
        }
        value = readers[k](raw, names[k], r, c, rows, columns);
        if (typeof value === 'number' && rule !== undefined && !rule.ok(value)) {
          value = rule.fail(value, names[k], position(r, c, rows, columns));
        }
      }
      if (typeof value === 'number') {
        values[k] = value;
      } else if (value === BLANK) {
        if (optional[k]) values[k] = defaults[k];
        else blanks |= 1 << k;
      } else if (error === undefined) {
        error = value;
      }
    }
    if (error !== undefined) return error;
    if (blanks !== 0) return blankResult(params, blanks, isScalarCall ? '' : position(r, c, rows, columns));
    return callCompute(compute, values, count);
  };

  if (columns === 1 && count === 2 && access[0] === Access.Same && access[1] === Access.Same) {
    // Two columns of one shape (ROI, BCR, NET_BENEFITS over a column): the same checks as cellAt,
    // unrolled, so a row of two good numbers costs two type checks, two rules and the maths.
    const first = grids[0]!;
    const second = grids[1]!;
    const rule0 = rules[0];
    const rule1 = rules[1];
    for (let r = 0; r < rows; r++) {
      const a = first[r][0];
      const b = second[r][0];
      let cell: CellResult;
      if (typeof a === 'number' && typeof b === 'number' && a - a === 0 && b - b === 0 &&
        (rule0 === undefined || rule0.ok(a)) && (rule1 === undefined || rule1.ok(b))) {
        const result = compute(a, b);
        cell = typeof result === 'number' && result - result !== 0 ? makeError('#NUM!', Messages.resultTooLarge()) : result;
      } else {
        cell = cellAt(r, 0);
      }
      if (typeof cell === 'object') errors = true;
      out[r] = [cell];
    }
  } else if (columns === 1) {
    // A column (the usual range): one-cell row literals, as a host would build them.
    for (let r = 0; r < rows; r++) {
      const cell = cellAt(r, 0);
      if (typeof cell === 'object') errors = true;
      out[r] = [cell];
    }
  } else {
    for (let r = 0; r < rows; r++) {
      const outRow: CellResult[] = [];
      for (let c = 0; c < columns; c++) {
        const cell = cellAt(r, c);
        if (typeof cell === 'object') errors = true;
        outRow.push(cell);
      }
      out[r] = outRow;
    }
  }
  if (isScalarCall) return out[0][0];
  // Every object a cell can hold is an error value: with none, hosts need not look for one.
  return errors ? out : markWithoutErrors(out);
}

function checked(param: ParamSpec, value: number | typeof BLANK | ErrorValue, where: string) {
  if (typeof value === 'number' && param.rule && !param.rule.ok(value)) return param.rule.fail(value, param.name, where);
  return value;
}

/** All required inputs blank: a blank result. Some blank: `#N/A` naming what is missing. */
function blankResult(params: readonly ParamSpec[], blanks: number, where: string): CellResult {
  const required = params.filter((p) => !p.optional);
  const missing = params.filter((_, k) => (blanks & (1 << k)) !== 0).map((p) => p.name);
  if (missing.length === required.length) return '';
  return makeError('#N/A', Messages.missing(missing, where));
}

function callCompute(compute: ElementwiseSpec['compute'], v: number[], count: number): number | ErrorValue {
  let result: number | ErrorValue;
  switch (count) {
    case 2: result = compute(v[0], v[1]); break;
    case 3: result = compute(v[0], v[1], v[2]); break;
    case 4: result = compute(v[0], v[1], v[2], v[3]); break;
    case 5: result = compute(v[0], v[1], v[2], v[3], v[4]); break;
    default: result = compute(...v);
  }
  if (typeof result === 'number' && result - result !== 0) {
    return makeError('#NUM!', Messages.resultTooLarge());
  }
  return result;
}

/** A result with any infinite or NaN number replaced by `#NUM!` (spreadsheets cannot show them).
 * Arrays are fresh from `compute`, so they are mended in place. */
function finite(result: Result): Result {
  if (typeof result === 'number') return result - result === 0 ? result : makeError('#NUM!', Messages.resultTooLarge());
  if (!Array.isArray(result)) return result;
  for (const row of result) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number' && cell - cell !== 0) row[c] = makeError('#NUM!', Messages.resultTooLarge());
    }
  }
  return result;
}

/** Run any catalogue function on host arguments. Never throws. */
export function runSpec(spec: FunctionSpec, args: readonly HostArg[]): Result {
  const filled = normaliseArgs(spec, args);
  if (isErrorValue(filled)) return filled;
  try {
    return spec.kind === 'elementwise' ? runElementwise(spec, filled) : finite(spec.compute(filled));
  } catch (e) {
    // A bug of ours must still surface as a spreadsheet error, never a crash in the host.
    return makeError('#VALUE!', `${spec.name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
  }
}
