/**
 * The core's entry point for hosts and tests: `evaluate(name, args)` runs a catalogue function on
 * cell values exactly as a host passes them and never throws.
 */
import type { HostArg } from './coercion';
import { makeError } from './errors';
import { Messages } from './messages';
import { BY_NAME, CATALOGUE } from './catalogue';
import { runSpec } from './runner';
import type { Result } from './types';

export function evaluate(name: string, args: readonly HostArg[]): Result {
  const spec = BY_NAME.get(String(name).trim().toUpperCase().replace(/^LD\./, ''));
  if (!spec) return makeError('#NAME?', Messages.unknownFunction(String(name)));
  return runSpec(spec, Array.isArray(args) ? args : [args as HostArg]);
}

export { CATALOGUE, BY_NAME };
export { isErrorValue, makeError, ERROR_CODES } from './errors';
export type { ErrorCode, ErrorValue } from './errors';
export { BLANK, dateToSerial, serialToDate, hostErrorCode, toNumber, toText } from './coercion';
export type { HostArg, HostCell } from './coercion';
export type { CellResult, Result, FunctionSpec, ParamSpec, Example } from './types';
