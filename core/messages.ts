/**
 * Every message the core shows a person, in one place. Messages name the argument in the words the
 * user typed it with (`costs`, `isolation`), say what was wrong, and where it helps, what to type instead.
 */

/** Where in a range a value sits, 1-based, for messages: "row 3" or "row 3, column 2". */
export function position(row: number, column: number, rows: number, columns: number): string {
  if (rows === 1 && columns === 1) return '';
  if (columns === 1) return ` (row ${row + 1})`;
  if (rows === 1) return ` (column ${column + 1})`;
  return ` (row ${row + 1}, column ${column + 1})`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  try {
    if (value instanceof Date) return 'a date';
  } catch {
    // a proxy whose traps throw: described as any other object
  }
  return 'a value that is not a number, text or blank';
}

export const Messages = {
  // Coercion
  notANumber: (param: string, value: unknown, where: string) =>
    `${param}${where} must be a number, but it is ${describe(value)}.`,
  notFinite: (param: string, where: string) =>
    `${param}${where} is not a finite number (it is infinite or not a number).`,
  upstreamError: (param: string, code: string, where: string) =>
    `${param}${where} is an error (${code}); fix that cell first.`,
  unsupportedValue: (param: string, where: string) =>
    `${param}${where} holds a value that is not a number, text or blank.`,
  invalidDate: (param: string, where: string) => `${param}${where} is a date that does not exist (an invalid date).`,
  missing: (names: readonly string[], where: string) =>
    names.length === 1
      ? `${names[0]}${where} is blank; enter a value to get a result.`
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}${where} are blank; enter values to get a result.`,
  requiredBlank: (param: string) => `${param} is required but was left blank.`,
  notAFlag: (param: string, value: unknown, where: string) =>
    `${param}${where} must be TRUE or FALSE, but it is ${describe(value)}.`,

  // Shapes
  shapeMismatch: (a: string, aShape: string, b: string, bShape: string) =>
    `${a} is ${aShape} but ${b} is ${bShape}; ranges must be the same size (or one of them a single value).`,
  notAVector: (param: string, shape: string) => `${param} must be a single row or a single column, but it is ${shape}.`,
  lengthMismatch: (a: string, aCount: number, b: string, bCount: string) =>
    `${a} has ${aCount} values but ${b} needs ${bCount}; give one ${a.replace(/s$/, '')} for each.`,
  tooManyArguments: (fn: string, max: number) => `${fn} takes at most ${max} argument${max === 1 ? '' : 's'}.`,
  tooFewArguments: (fn: string, min: number) => `${fn} needs at least ${min} argument${min === 1 ? '' : 's'}.`,
  unknownFunction: (fn: string) => `There is no function called ${fn}.`,
  unusableArguments: (fn: string) => `${fn} could not read its arguments: pass numbers, text, dates, blanks or ranges of them.`,
  resultTooLarge: () => 'The result is too large to show as a number; check the inputs for extreme values.',

  // Bounds
  mustBePositive: (param: string, where: string) => `${param}${where} must be greater than 0.`,
  mustBeNonNegative: (param: string, where: string) => `${param}${where} must be 0 or more.`,
  mustBeFraction: (param: string, value: number, where: string) =>
    value > 1 && value <= 100
      ? `${param}${where} must be a fraction between 0 and 1: enter ${value}% (or ${value / 100}), not ${value}.`
      : `${param}${where} must be a fraction between 0 and 1 (for example 80% or 0.8).`,
  mustBeWhole: (param: string, where: string) => `${param}${where} must be a whole number.`,
  divisorZero: (param: string, where: string) => `${param}${where} is 0; ${param} must be greater than 0.`,
  divisorNegative: (param: string, where: string) => `${param}${where} is negative; ${param} must be greater than 0.`,
  rateTooLow: (param: string) => `${param} must be greater than -100% (-1).`,

  // Function-specific
  neverPaysBack: (where: string) =>
    `annual_benefits${where} is 0 or less, so the program never pays back; payback needs a positive annual benefit.`,
  strengthOutOfRange: (where: string, max: number) =>
    `A strength${where} is outside 0 to ${max}; use 0 (none), 1 (indirect), 2 (direct) or ${max} (primary).`,
  strengthNotWhole: (where: string) => `A strength${where} is not a whole number; use 0, 1, 2 or 3.`,
  weightsSumZero: () => `weights add up to 0; give at least one objective a priority weight above 0.`,
  budgetsSumZero: () => `budgets add up to 0; at least one initiative needs a budget above 0.`,
  budgetMissing: (row: number) => `budgets (row ${row + 1}) is blank for an initiative that has links; enter its budget.`,
  noInitiatives: () => `strengths has no initiatives with links or budgets; there is nothing to score.`,
  maxStrengthInvalid: () => `max_strength must be a whole number of 1 or more (usually 3).`,
  minStrengthInvalid: () => `min_strength must be a whole number of 1 or more (usually 2).`,
  noIrr: () =>
    'There is no rate at which these benefits repay the costs (they never add up to more than the costs at any rate above -100%).',
  irrTooLarge: () =>
    'The rate of return is above 1,000,000,000,000 (a trillion) a year, too large to compute; check the costs and benefits for extreme values.',
  zeroParticipants: (where: string) => `participants${where} is 0; cost per participant needs at least one participant.`,
  noEffect: (where: string) =>
    `isolation or confidence${where} is 0, so no benefit can be attributed to the program and it can never break even.`,

  // Uncertainty (break-even attribution, sensitivity, simulation)
  flagNotZeroOrOne: (param: string, where: string) => `${param}${where} must be TRUE or FALSE (or 1 or 0).`,
  nothingToAttribute: (where: string) =>
    `gross_benefit × confidence${where} is 0, so no share of the improvement can pay for the program.`,
  grossBenefitNegative: (where: string) =>
    `gross_benefit${where} is negative: no share of a loss pays for the program. Enter the improvement as a positive amount.`,
  triangleOrder: (low: string, likely: string, high: string) =>
    `${low}, ${likely} and ${high} must be in order, ${low} ≤ ${likely} ≤ ${high}; swap the values that are out of order.`,
  trialsOutOfRange: () => 'trials must be a whole number from 100 to 100,000 (default 10,000).',
  seedInvalid: () => 'seed must be a whole number from 0 to 4,294,967,295 (default 1).',

  // Regular reporting (year to date, run rate, plan attainment)
  throughMonthInvalid: (value: unknown) =>
    `through_month must be a whole number from 1 to 12 (the last month reported), but it is ${value === null || value === undefined || value === '' ? 'blank' : describe(value)}.`,
  tooManyMonths: (count: number) => `monthly_actuals has ${count} cells; give at most 12 months (one row or one column).`,
  aggregationInvalid: (value: string) => `aggregation must be "sum" or "average", but it is ${describe(value)}.`,
  attainmentDivisorZero: (param: string, where: string) =>
    `${param}${where} is 0, so attainment cannot be computed (it divides by ${param}).`,
} as const;
