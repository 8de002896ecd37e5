/**
 * Names that never collide with the user's: the builder never changes an existing sheet or named
 * range, so a taken name gets the next free one ("Strategy (2)", "TotalInvestment_2").
 */

/** The longest sheet name every host accepts (Excel's limit; the workbook must open there too). */
export const MAX_SHEET_NAME = 31;

/** Sheet and range names are compared without regard to case. */
export function nameKey(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

/** `base (n)`, shortening `base` so the whole stays within 31 characters. */
export function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}

export interface NamePlan {
  /** Wanted name → the name it gets here. */
  readonly mapping: ReadonlyMap<string, string>;
  /** The names that were taken, with what they became. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
}

/** Sheet names for `wanted` in a spreadsheet that has `existing` sheets: free ones kept, others numbered. */
export function planSheetNames(existing: readonly string[], wanted: readonly string[]): NamePlan {
  const taken = new Set(existing.map(nameKey));
  const mapping = new Map<string, string>();
  const renamed: { from: string; to: string }[] = [];
  for (const name of wanted) {
    let chosen = name;
    for (let n = 2; taken.has(nameKey(chosen)); n++) chosen = numbered(name, n);
    taken.add(nameKey(chosen));
    mapping.set(name, chosen);
    if (chosen !== name) renamed.push({ from: name, to: chosen });
  }
  return { mapping, renamed };
}

/** Named-range names for `wanted` (no spaces or brackets allowed): `Name`, `Name_2`, … */
export function planRangeNames(existing: readonly string[], wanted: readonly string[]): NamePlan {
  const taken = new Set(existing.map(nameKey));
  const mapping = new Map<string, string>();
  const renamed: { from: string; to: string }[] = [];
  for (const name of wanted) {
    let chosen = name;
    for (let n = 2; taken.has(nameKey(chosen)); n++) chosen = `${name}_${n}`;
    taken.add(nameKey(chosen));
    mapping.set(name, chosen);
    if (chosen !== name) renamed.push({ from: name, to: chosen });
  }
  return { mapping, renamed };
}
