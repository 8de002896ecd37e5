/** One Excel custom function per catalogue entry: Excel's arguments → core `evaluate` → Excel's result. */
import { evaluate } from '../../core';
import type { FunctionSpec } from '../../core/types';
import { CustomFunctionsApi, fromExcelArg, toExcelResult } from './convert';

export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * Excel calls a custom function with one argument per declared parameter (`null` for an omitted
 * optional one) and then an invocation object, which is dropped here. Never throws: the core
 * answers bad input with error values, and a bug of ours still becomes a `#VALUE!` with a message.
 */
export function makeCustomFunction(spec: FunctionSpec, api: CustomFunctionsApi): CustomFunction {
  const count = spec.params.length;
  return (...args: unknown[]) => {
    try {
      const hostArgs = args.slice(0, count).map(fromExcelArg);
      return toExcelResult(api, evaluate(spec.name, hostArgs), spec.spills);
    } catch (e) {
      return new api.Error(api.ErrorCode.invalidValue, `${spec.name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** Register every catalogue function under its id (its name); the namespace comes from the manifest. */
export function registerAll(catalogue: readonly FunctionSpec[], api: CustomFunctionsApi): void {
  for (const spec of catalogue) api.associate(spec.name, makeCustomFunction(spec, api));
}
