/**
 * `findFramework(source)`: which sheet of a workbook is which part of the L&D framework, decided by
 * identity, never by a sheet's name. Excel, Google Sheets and `ld-report` all ask this one function.
 *
 * 1. **Markers.** Set up gives every framework sheet a defined name (`LDFramework_Strategy`,
 *    `LDFramework2_Strategy`, … see `./marker.ts`) that follows the sheet when a person renames it.
 *    The newest instance (highest number) whose required parts (Strategy, Alignment, Impact, ROI) all
 *    point at sheets that exist is the framework; a marker whose sheet is gone (`#REF!`) is ignored.
 * 2. **Header rows**, for workbooks without usable markers (built before markers, or made elsewhere):
 *    a sheet is a part when one row near the template's header row holds at least half of that part's
 *    column headers (`core/templates/layout.ts`). A sheet named `History` or `Strategy (7)` without
 *    those headers is never taken, whatever its name.
 *
 * ```ts
 * const found = findFramework(source);
 * if (found.ok) found.sheets.Strategy; // 'Strategy (2)'
 * else show(found.reason);             // 'This workbook has no L&D framework: build one with Set up …'
 * ```
 */
import { parseRange } from '../templates/a1';
import { SHEET_NAMES } from '../templates/index';
import { ALIGNMENT_TABLE, HISTORY_TABLE, IMPACT_TABLE, LEARNING_TABLE, MAPPINGS_TABLE, MEASURES_TABLE, PARTNERS_TABLE, PLAN_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../templates/layout';
import type { SheetName, TableLayout } from '../templates/types';
import type { DefinedNameRef, WorkbookSource } from '../insights/read';
import { normaliseHeader } from '../insights/table';
import { parseMarkerName } from './marker';

/** The parts without which a workbook holds no framework the reader can use. */
export const REQUIRED_PARTS: readonly SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI'];

/** Every part, in workbook order. */
export const FRAMEWORK_PARTS: readonly SheetName[] = SHEET_NAMES;

/** The parts that can be recognised by their header rows (Guide and Dashboard hold no input table). */
export const PART_TABLES: Readonly<Partial<Record<SheetName, TableLayout>>> = {
  Strategy: STRATEGY_TABLE, Alignment: ALIGNMENT_TABLE, Impact: IMPACT_TABLE, ROI: ROI_TABLE,
  Plan: PLAN_TABLE, Partners: PARTNERS_TABLE, History: HISTORY_TABLE, Measures: MEASURES_TABLE,
  Learning: LEARNING_TABLE, Mappings: MAPPINGS_TABLE,
};

/**
 * The top-left block of a sheet that {@link findFramework} looks at to recognise a part by its
 * headers: a host that must read ahead (Excel, one batch per sync) reads this much of each sheet.
 */
export const HEADER_WINDOW = { rows: 40, columns: 52 } as const;

/** A header row may sit this many rows away from the template's (rows inserted or deleted above it). */
const NEAR_ROWS = 30;

/** How a part was found. */
export type FoundBy = 'marker' | 'headers';

export interface FrameworkFound {
  readonly ok: true;
  /** Canonical part → the sheet that holds it in this workbook (`Strategy` → `Strategy (2)`). */
  readonly sheets: Readonly<Partial<Record<SheetName, string>>>;
  /** How each part in {@link sheets} was found. */
  readonly foundBy: Readonly<Partial<Record<SheetName, FoundBy>>>;
  /** 'markers' when every required part carries a marker of one instance; otherwise 'headers'. */
  readonly how: 'markers' | 'headers';
  /** The marker instance (1 for `LDFramework_…`, 2 for `LDFramework2_…`); null when found by headers. */
  readonly instance: number | null;
}

export interface NoFramework {
  readonly ok: false;
  /** A plain sentence for the person: what is missing and what to do. */
  readonly reason: string;
  /** The required parts no sheet was found for. */
  readonly missing: readonly SheetName[];
}

export type FrameworkResolution = FrameworkFound | NoFramework;

/** The message when a workbook holds nothing of a framework. */
export const NO_FRAMEWORK_MESSAGE = 'This workbook has no L&D framework: build one with Set up (it adds the Strategy, Alignment, Impact and ROI sheets and the rest).';

/** Why a snapshot is refused when the framework found has no History log of its own. */
export const NO_HISTORY_MESSAGE = "This workbook's L&D framework has no History log sheet to add a snapshot to (it was deleted). Build the framework again with Set up to get one; no other sheet is written to.";

/** The sheet a defined name points at, when that sheet exists (its name as the workbook spells it). */
export function markedSheet(reference: string, sheetNames: readonly string[]): string | undefined {
  return sheetOf(reference, sheetLookup(sheetNames));
}

/**
 * A sheet by its name as a reference spells it: the name itself, else the first whose name matches
 * without regard to case (as `find` over the list would answer). Built once per list, so finding the
 * sheets of 20,000 markers among 20,000 sheets is linear, not 400 million comparisons.
 */
function sheetLookup(sheetNames: readonly string[]): (wanted: string) => string | undefined {
  const exact = new Set(sheetNames);
  const folded = new Map<string, string>();
  for (const name of sheetNames) {
    const key = name.toLowerCase();
    if (!folded.has(key)) folded.set(key, name);
  }
  return (wanted) => (exact.has(wanted) ? wanted : folded.get(wanted.toLowerCase()));
}

function sheetOf(reference: string, lookup: (wanted: string) => string | undefined): string | undefined {
  const ref = parseRange(reference.trim().replace(/^=/, ''));
  return ref?.sheet === undefined ? undefined : lookup(ref.sheet);
}

/** Marker instance → part → sheet, for the markers whose sheet exists. */
export function markerInstances(names: readonly DefinedNameRef[], sheetNames: readonly string[]): Map<number, Map<SheetName, string>> {
  const instances = new Map<number, Map<SheetName, string>>();
  const lookup = sheetLookup(sheetNames);
  for (const named of names) {
    const marker = parseMarkerName(named.name, FRAMEWORK_PARTS);
    if (!marker) continue;
    const sheet = sheetOf(named.reference, lookup);
    if (sheet === undefined) continue;
    if (!instances.has(marker.instance)) instances.set(marker.instance, new Map());
    instances.get(marker.instance)!.set(marker.part, sheet);
  }
  return instances;
}

/** A part's header texts, normalised: worked out once per layout (layouts are constants). */
const expectedHeaders = new WeakMap<TableLayout, readonly string[]>();

function expectedOf(layout: TableLayout): readonly string[] {
  let expected = expectedHeaders.get(layout);
  if (!expected) {
    expected = Object.values(layout.headers as Record<string, string>).map(normaliseHeader).filter((h) => h !== '');
    expectedHeaders.set(layout, expected);
  }
  return expected;
}

type HeaderRows = (row: number) => ReadonlySet<string> | undefined;

/** A sheet's rows as sets of normalised header texts (1-based, within HEADER_WINDOW), each worked out on first use. */
function headerRows(grid: readonly (readonly unknown[])[]): HeaderRows {
  const memo = new Map<number, ReadonlySet<string> | undefined>();
  return (r) => {
    if (!memo.has(r)) {
      const row = grid[r - 1];
      memo.set(r, Array.isArray(row) ? new Set(row.slice(0, HEADER_WINDOW.columns).map(normaliseHeader)) : undefined);
    }
    return memo.get(r);
  };
}

function scoreRows(rows: HeaderRows, rowCount: number, layout: TableLayout): number {
  const expected = expectedOf(layout);
  if (expected.length === 0) return 0;
  const first = Math.max(1, layout.headerRow - NEAR_ROWS);
  const last = Math.min(rowCount, layout.headerRow + NEAR_ROWS, HEADER_WINDOW.rows);
  let best = 0;
  for (let r = first; r <= last; r++) {
    const texts = rows(r);
    if (!texts) continue;
    let score = 0;
    for (const h of expected) if (texts.has(h)) score++;
    if (score > best) best = score;
  }
  return best / expected.length;
}

/**
 * How well a sheet's rows match a part's header row: the most of the part's headers found in one row
 * near the template's header row, as a share of all its headers (0 to 1).
 */
export function headerMatch(grid: readonly (readonly unknown[])[], layout: TableLayout): number {
  return scoreRows(headerRows(grid), grid.length, layout);
}

/** A sheet counts as a part when at least this share of the part's headers sit in one row. */
export const HEADER_MATCH_MIN = 0.5;

function gridOf(source: WorkbookSource, sheet: string): readonly (readonly unknown[])[] {
  const values = source.values(sheet);
  return Array.isArray(values) ? values : [];
}

/**
 * Parts found by header rows among `sheets` (in tab order). Each sheet is at most one part, the one
 * it matches best; where two sheets match a part equally, the later one (a framework built later is
 * added after the earlier one) is taken.
 */
function byHeaders(source: WorkbookSource, sheets: readonly string[], parts: readonly SheetName[]): Map<SheetName, string> {
  const candidates: { part: SheetName; sheet: string; score: number; order: number }[] = [];
  sheets.forEach((sheet, order) => {
    // Each sheet's header rows are normalised once and scored against every part.
    let grid: readonly (readonly unknown[])[] | undefined;
    let rows: HeaderRows | undefined;
    for (const part of parts) {
      const layout = PART_TABLES[part];
      if (!layout) continue;
      grid ??= gridOf(source, sheet);
      rows ??= headerRows(grid);
      const score = scoreRows(rows, grid.length, layout);
      if (score >= HEADER_MATCH_MIN) candidates.push({ part, sheet, score, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || b.order - a.order);
  const found = new Map<SheetName, string>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (found.has(c.part) || used.has(c.sheet)) continue;
    found.set(c.part, c.sheet);
    used.add(c.sheet);
  }
  return found;
}

function missingReason(missing: readonly SheetName[], foundAny: boolean): string {
  if (!foundAny) return NO_FRAMEWORK_MESSAGE;
  const list = missing.length === 1 ? `its ${missing[0]} sheet` : `its ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]} sheets`;
  return `This workbook's L&D framework is missing ${list} (deleted, or the headers were changed): build the framework again with Set up, or restore ${missing.length === 1 ? 'it' : 'them'}.`;
}

/**
 * The framework its markers alone identify: the newest instance whose required parts all point at
 * sheets that exist, or undefined. Needs no cell values, so a host can call it before reading any.
 */
export function findByMarkers(sheetNames: readonly string[], names: readonly DefinedNameRef[]): FrameworkFound | undefined {
  const instances = markerInstances(names, sheetNames);
  const complete = [...instances.keys()].filter((i) => REQUIRED_PARTS.every((p) => instances.get(i)!.has(p))).sort((a, b) => b - a);
  if (complete.length === 0) return undefined;
  const instance = complete[0];
  const marked = instances.get(instance)!;
  const sheets: Partial<Record<SheetName, string>> = {};
  const foundBy: Partial<Record<SheetName, FoundBy>> = {};
  for (const part of FRAMEWORK_PARTS) {
    const sheet = marked.get(part);
    if (sheet === undefined) continue;
    sheets[part] = sheet;
    foundBy[part] = 'marker';
  }
  return { ok: true, sheets, foundBy, how: 'markers', instance };
}

/** Which sheet is which framework part; see the file's comment for the rules. */
export function findFramework(source: WorkbookSource): FrameworkResolution {
  const sheetNames = source.sheetNames();
  const names = source.definedNames?.() ?? [];
  const byMarkers = findByMarkers(sheetNames, names);
  if (byMarkers) return byMarkers;
  const instances = markerInstances(names, sheetNames);

  // No complete marked framework: parts by their header rows. Sheets carrying a marker of the newest
  // instance keep their part; other marked sheets are left out (they belong to another framework).
  const newest = [...instances.keys()].sort((a, b) => b - a)[0];
  const partial = newest === undefined ? new Map<SheetName, string>() : instances.get(newest)!;
  const marked = new Set([...instances.values()].flatMap((parts) => [...parts.values()]));
  const open = sheetNames.filter((s) => !marked.has(s));
  const headed = byHeaders(source, open, FRAMEWORK_PARTS.filter((p) => !partial.has(p)));

  const sheets: Partial<Record<SheetName, string>> = {};
  const foundBy: Partial<Record<SheetName, FoundBy>> = {};
  for (const part of FRAMEWORK_PARTS) {
    const byMarker = partial.get(part);
    const sheet = byMarker ?? headed.get(part);
    if (sheet === undefined) continue;
    sheets[part] = sheet;
    foundBy[part] = byMarker !== undefined ? 'marker' : 'headers';
  }
  const missing = REQUIRED_PARTS.filter((p) => sheets[p] === undefined);
  if (missing.length > 0) {
    // One sheet that looks like a part is not a framework; a marker, or two parts, are the rest of one.
    const found = REQUIRED_PARTS.filter((p) => sheets[p] !== undefined);
    const partial = found.length >= 2 || found.some((p) => foundBy[p] === 'marker');
    return { ok: false, reason: missingReason(missing, partial), missing };
  }
  return { ok: true, sheets, foundBy, how: 'headers', instance: null };
}
