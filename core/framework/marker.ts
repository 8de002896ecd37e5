/**
 * The framework's identity marker. At build time every framework sheet gets a workbook-level
 * defined name (Excel, `.xlsx`) or named range (Google Sheets) pointing at its A1 cell:
 *
 *   LDFramework_Strategy      → 'Strategy'!$A$1          (the first framework in a workbook)
 *   LDFramework2_Strategy     → 'Strategy (2)'!$A$1      (a framework built a second time)
 *
 * A defined name follows its sheet when a person renames it, survives `.xlsx` round trips, and turns
 * into `#REF!` when the sheet is deleted, so it says which sheet is which without trusting sheet names.
 * Marker names hold only letters, digits and underscores, which every host accepts.
 */
import type { SheetName } from '../templates/types';

const PREFIX = 'LDFramework';
const MARKER = /^LDFramework(\d*)_([A-Za-z]+)$/i;

/** The defined name marking `part` in the `instance`-th framework of a workbook (1, 2, …). */
export function markerName(part: SheetName, instance = 1): string {
  if (!Number.isInteger(instance) || instance < 1) throw new Error(`markerName: instance must be 1 or more, not ${instance}`);
  return `${PREFIX}${instance === 1 ? '' : instance}_${part}`;
}

/** The part and instance a marker name stands for; undefined for any other name. */
export function parseMarkerName(name: string, parts: readonly SheetName[]): { readonly part: SheetName; readonly instance: number } | undefined {
  const m = MARKER.exec(name.trim());
  if (!m) return undefined;
  const part = parts.find((p) => p.toLowerCase() === m[2].toLowerCase());
  if (!part) return undefined;
  const instance = m[1] === '' ? 1 : Number(m[1]);
  return instance >= 1 ? { part, instance } : undefined;
}

/**
 * The lowest framework instance whose marker names are all free in a workbook that already uses
 * `takenNames` (compared without regard to case, as every host does).
 */
export function freeMarkerInstance(takenNames: readonly string[], parts: readonly SheetName[]): number {
  const taken = new Set(takenNames.map((n) => n.toUpperCase()));
  for (let instance = 1; ; instance++) {
    if (parts.every((p) => !taken.has(markerName(p, instance).toUpperCase()))) return instance;
  }
}
