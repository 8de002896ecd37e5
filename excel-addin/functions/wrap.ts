/** One Excel custom function per catalogue entry: Excel's arguments → core `evaluate` → Excel's result. */
import { evaluate } from '../../core';
import type { FunctionSpec } from '../../core/types';
import { CustomFunctionsApi, excelErrorCode, fromExcelArg, toExcelResult } from './convert';

export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * Excel's invocation object (address, functionName, …): a plain object that is not an error. Cell
 * values are never such objects (errors carry a `code` or are `{ type: 'Error' }`), so a trailing one
 * is the invocation, whether or not every optional argument was passed before it.
 */
export function isInvocation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const v = value as { code?: unknown; error?: unknown; type?: unknown; basicType?: unknown };
  return v.code === undefined && v.error === undefined && v.type !== 'Error' && v.basicType !== 'Error';
}

/**
 * Excel calls a custom function with one argument per declared parameter (`null` for an omitted
 * optional one) and then an invocation object, which is dropped here. Never throws: the core
 * answers bad input with error values, and a bug of ours still becomes a `#VALUE!` with a message.
 */
export function makeCustomFunction(spec: FunctionSpec, api: CustomFunctionsApi): CustomFunction {
  const count = spec.params.length;
  return (...args: unknown[]) => {
    try {
      const given = args.length > 0 && isInvocation(args[args.length - 1]) ? args.slice(0, -1) : args;
      const hostArgs = given.slice(0, count).map(fromExcelArg);
      return toExcelResult(api, evaluate(spec.name, hostArgs), spec.spills);
    } catch (e) {
      return new api.Error(excelErrorCode(api, 'invalidValue'), `${spec.name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** Register every catalogue function under its id (its name); the namespace comes from the manifest. */
export function registerAll(catalogue: readonly FunctionSpec[], api: CustomFunctionsApi): void {
  for (const spec of catalogue) api.associate(spec.name, makeCustomFunction(spec, api));
}
