/**
 * The core's entry point for hosts and tests: `evaluate(name, args)` runs a catalogue function on
 * cell values exactly as a host passes them and never throws.
 */
import type { HostArg } from './coercion';
import { makeError } from './errors';
import { Messages } from './messages';
import { BY_NAME, CATALOGUE } from './catalogue';
import { runSpec } from './runner';
import type { FunctionSpec, Result } from './types';

/**
 * Run the catalogue function called `name` (`ROI`, `ld.roi`) on `args`, cell values as a host passes
 * them. Never throws, whatever it is given: a name that is not text, arguments that are not an array,
 * objects without a prototype, symbols, proxies whose traps throw. Anything unusable is an error value.
 */
export function evaluate(name: string, args: readonly HostArg[]): Result {
  try {
    if (typeof name !== 'string') return makeError('#NAME?', Messages.unknownFunction(describe(name)));
    const spec = BY_NAME.get(name.trim().toUpperCase().replace(/^LD\./, ''));
    if (!spec) return makeError('#NAME?', Messages.unknownFunction(name));
    return runSpec(spec, Array.isArray(args) ? args : [args as HostArg]);
  } catch {
    // Only hostile inputs get here (a proxy whose traps throw, say): an error value, never a throw.
    // A name that is not text has returned above without throwing: here it is text.
    return makeError('#VALUE!', Messages.unusableArguments(name));
  }
}

let byCompute: Map<unknown, FunctionSpec> | undefined;

/**
 * Run a catalogue function named by its implementation, as core code does (`evaluateFunction(roi, [b, c])`
 * with `roi` from `core/functions/finance`): the compiler checks the reference, where a misspelt name
 * would only be a `#NAME?` at run time. Same runner, same checks and messages as {@link evaluate}.
 */
export function evaluateFunction(compute: FunctionSpec['compute'], args: readonly HostArg[]): Result {
  byCompute ??= new Map(CATALOGUE.map((spec) => [spec.compute, spec]));
  const spec = byCompute.get(compute);
  if (!spec) return makeError('#NAME?', Messages.unknownFunction(compute.name || 'an unnamed function'));
  return runSpec(spec, args);
}

/** A value that should have been a function name, in words; never throws. */
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return 'a blank name';
  return `a ${typeof value} where a name was expected`;
}

export { CATALOGUE, BY_NAME };
export { hostRows, isErrorValue, makeError, ERROR_CODES } from './errors';
export type { ErrorCode, ErrorValue } from './errors';
export { BLANK, dateToSerial, serialToDate, hostErrorCode, toNumber, toText } from './coercion';
export type { HostArg, HostCell } from './coercion';
export type { CellResult, Result, FunctionSpec, ParamSpec, Example } from './types';
