/** One Excel custom function per catalogue entry: Excel's arguments → core `evaluate` → Excel's result. */
import { evaluate } from '../../core';
import type { FunctionSpec } from '../../core/types';
import type { HostArg } from '../../core';
import { CustomFunctionsApi, excelErrorCode, toExcelResult } from './convert';

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
      // The cells go to the core as Excel passed them (the core reads Excel's error forms itself).
      const given = args.length > 0 && isInvocation(args[args.length - 1]) ? args.length - 1 : args.length;
      const hostArgs = (given > count ? args.slice(0, count) : given < args.length ? args.slice(0, given) : args) as HostArg[];
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
