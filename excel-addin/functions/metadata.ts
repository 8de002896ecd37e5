/**
 * Excel's `functions.json`, generated from the core catalogue so that autocomplete shows the same
 * names and descriptions as the reference and the Sheets add-on. The webpack build writes it into
 * `dist/excel/`, and a test holds the built file to this function.
 *
 * The JSON is written by hand rather than by `custom-functions-metadata-plugin` because only
 * hand-made metadata may set `allowErrorForDataTypeAny`: with it, an error cell in an input range
 * reaches the function (which answers with an error in that element only) instead of Excel
 * short-circuiting the whole call to the same error.
 */
import type { FunctionSpec, ParamSpec } from '../../core/types';

/** The namespace users type: `=LD.ROI(B2:B9, C2:C9)`. Also in manifest.xml (`Functions.Namespace`). */
export const NAMESPACE = 'LD';

export type Dimensionality = 'scalar' | 'matrix';

export interface ParameterJson {
  readonly name: string;
  readonly description: string;
  /** Always `any`: the core coerces every cell itself and names the argument in its messages. */
  readonly type: 'any';
  readonly dimensionality: Dimensionality;
  readonly optional?: true;
}

export interface FunctionJson {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: 'any'; readonly dimensionality: Dimensionality };
  readonly parameters: readonly ParameterJson[];
}

export interface FunctionsJson {
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly FunctionJson[];
}

export function parameterJson(param: ParamSpec): ParameterJson {
  return {
    name: param.name,
    description: param.description,
    type: 'any',
    dimensionality: param.range ? 'matrix' : 'scalar',
    ...(param.optional ? { optional: true as const } : {}),
  };
}

/**
 * One function's metadata. The id is the catalogue name and must never change (Excel stores ids in
 * workbooks). No `options`: the functions are pure, so never volatile, streaming or cancelable.
 */
export function functionJson(spec: FunctionSpec): FunctionJson {
  return {
    id: spec.name,
    name: spec.name,
    description: spec.description,
    result: { type: 'any', dimensionality: spec.spills ? 'matrix' : 'scalar' },
    parameters: spec.params.map(parameterJson),
  };
}

export function buildFunctionsJson(catalogue: readonly FunctionSpec[]): FunctionsJson {
  return { allowErrorForDataTypeAny: true, functions: catalogue.map(functionJson) };
}
