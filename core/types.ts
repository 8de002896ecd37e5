/** The shapes the catalogue is made of: what a function is, what it takes and what it returns. */
import type { ErrorValue } from './errors';
import type { NumberRule } from './rules';
import type { Blank, HostArg, HostCell } from './coercion';

/** One result cell: a number, text, `''` for blank, or an error value. */
export type CellResult = number | string | boolean | ErrorValue;
/** What a function returns: one cell, or rows of cells that spill. */
export type Result = CellResult | CellResult[][];


export interface ParamSpec {
  /** As users see it in autocomplete: snake_case, e.g. `annual_benefits`. */
  readonly name: string;
  /** One sentence for autocomplete and the reference. */
  readonly description: string;
  /** `boolean` parameters take TRUE/FALSE (or 1/0) and reach `compute` as 1 or 0. */
  readonly type: 'number' | 'text' | 'boolean';
  /** Whether the parameter takes a range (an array). Elementwise parameters always do. */
  readonly range: boolean;
  /** An optional parameter; a blank or omitted value takes {@link ParamSpec.default}. */
  readonly optional?: boolean;
  /** The default of an optional parameter (for a `boolean` one, 1 is TRUE and 0 is FALSE). */
  readonly default?: number;
  /** How the reference shows a default that is not a number (e.g. `"sum"`). */
  readonly defaultText?: string;
  /** The check each number must pass (elementwise and single-value parameters). */
  readonly rule?: NumberRule;
}

/** A documented result cell: errors are written `{ error: '#NUM!' }` (the message is not compared). */
export type ExampleCell = number | string | boolean | { readonly error: string };
export type ExampleResult = ExampleCell | readonly (readonly ExampleCell[])[];

export interface Example {
  /** Arguments as a host passes them. */
  readonly args: readonly HostArg[];
  /** The documented result (errors as `{ error }`, message not compared). */
  readonly result: ExampleResult;
  /** Where the value comes from, or what it shows. */
  readonly note: string;
}

interface BaseSpec {
  /** As users type it: `ROI`, `PROGRAM_NPV`. Never renamed: Excel stores function ids in workbooks. */
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  /** What the result is, for the reference and `@returns`. */
  readonly returns: string;
  /** Longer notes for the reference: conventions, formula, sources. */
  readonly details: string;
  readonly examples: readonly Example[];
  /** Whether the result may spill (a range). */
  readonly spills: boolean;
}

/**
 * A function applied cell by cell: each argument a single value or a range; ranges of one shape go
 * element by element, a single value applies to every element. `compute` is only maths: the runner has
 * coerced and checked every value with its parameter's rule before it is called.
 */
export interface ElementwiseSpec extends BaseSpec {
  readonly kind: 'elementwise';
  readonly compute: (...values: number[]) => number | ErrorValue;
}

/** A function over whole ranges (aggregates, per-row scores, lists). It coerces its own cells. */
export interface RangeSpec extends BaseSpec {
  readonly kind: 'range';
  readonly compute: (args: readonly HostArg[]) => Result;
}

export type FunctionSpec = ElementwiseSpec | RangeSpec;

export type { Blank, HostArg, HostCell };
