/**
 * Choosing sheet names that never collide with the user's: the builder never changes an existing
 * sheet, so a taken name gets the next free one ("Strategy (2)", "Strategy (3)", …).
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

export interface SheetNamePlan<Name extends string> {
  /** Canonical name → the name the sheet will have in this workbook. */
  readonly mapping: Readonly<Record<Name, string>>;
  /** The sheets that could not keep their own name. */
  readonly renamed: readonly { readonly from: Name; readonly to: string }[];
}

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

/** `base (n)`, shortening `base` so the whole stays within 31 characters. */
export function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}

/**
 * Plan the names for `wanted` sheets in a workbook that already has `existing` ones. A wanted
 * name is kept when free; otherwise the lowest `name (n)`, n ≥ 2, that is free (also of the names
 * planned so far) is used.
 */
export function planSheetNames<Name extends string>(existing: readonly string[], wanted: readonly Name[]): SheetNamePlan<Name> {
  const taken = new Set(existing.map(key));
  const mapping = {} as Record<Name, string>;
  const renamed: { from: Name; to: string }[] = [];
  for (const name of wanted) {
    let chosen: string = name;
    for (let n = 2; taken.has(key(chosen)); n++) chosen = numbered(name, n);
    taken.add(key(chosen));
    mapping[name] = chosen;
    if (chosen !== name) renamed.push({ from: name, to: chosen });
  }
  return { mapping, renamed };
}

/**
 * The next free name for a workbook-wide object such as a table or a defined name, whose names
 * cannot hold spaces or parentheses: `Objectives`, `Objectives_2`, …
 */
export function nextFreeIdentifier(wanted: string, taken: ReadonlySet<string>): string {
  let chosen = wanted;
  for (let n = 2; taken.has(key(chosen)); n++) chosen = `${wanted}_${n}`;
  return chosen;
}

export function identifierKey(name: string): string {
  return key(name);
}
