/**
 * The GrowthCorp sample learning data (examples/) as Learning data rows, the way an import appends
 * them: both files parsed by core/learning, every activity mapped to the initiative it is proposed
 * for (all exact but one normalised, checked in core/learning/samples.test.ts), one row per record in
 * LEARNING_TABLE's column order. Used by the reader and LibreOffice tests of the Learning data sheet.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { matchActivities, parseLmsCsv, parseXapi } from '../../core/learning';
import type { LearningRecord } from '../../core/learning';
import { GROWTHCORP, LEARNING_TABLE, parseCell } from '../../core/templates';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../core/templates';

const ROOT = join(__dirname, '..', '..');

export type RowCell = string | number | null;

/** An ISO date as a spreadsheet serial (days since 1899-12-30). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The sample records and the activity → initiative mapping the import would confirm. */
export function sampleRecords(): { records: LearningRecord[]; mapping: Map<string, string> } {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const csv = parseLmsCsv(read('examples/growthcorp-lms-export.csv'), { file: 'growthcorp-lms-export.csv' });
  const xapi = parseXapi([{ name: 'growthcorp-xapi.json', text: read('examples/growthcorp-xapi.json') }]);
  const records = [...csv.records, ...xapi.records];
  const { proposals } = matchActivities(records.map((r) => r.activity), GROWTHCORP.initiatives.map((i) => i.name));
  return { records, mapping: new Map(proposals.map((p) => [p.activity, p.initiative])) };
}

/** One record as a Learning data row (LEARNING_TABLE order). */
export function rowOf(record: LearningRecord, initiative: string, importId = 'imp-1'): RowCell[] {
  const byKey: Record<string, RowCell> = {
    importId, source: record.source.file, key: record.key, person: record.person, activity: record.activity, initiative,
    date: record.date === null ? null : serial(record.date), status: record.status, hours: record.durationHours, score: record.score, cost: record.cost,
  };
  return LEARNING_TABLE.defs.map((d) => byKey[d.key] ?? null);
}

/** Every sample record as a row, in file order (CSV first, then xAPI). */
export function sampleRows(): RowCell[][] {
  const { records, mapping } = sampleRecords();
  return records.map((r) => rowOf(r, mapping.get(r.activity) ?? ''));
}

/** `spec` with cells replaced: `edits` maps a canonical sheet to { A1 address: cell }. */
export function withCells(spec: WorkbookSpec, edits: Record<string, Record<string, CellSpec | null>>): WorkbookSpec {
  const sheets = spec.sheets.map((s): SheetSpec => {
    const mine = edits[s.canonicalName ?? s.name];
    if (!mine) return s;
    const cells = s.cells.map((row) => row.slice());
    const width = cells[0].length;
    for (const [address, cell] of Object.entries(mine)) {
      const at = parseCell(address)!;
      while (cells.length < at.row) cells.push(new Array(width).fill(null));
      cells[at.row - 1][at.column - 1] = cell;
    }
    return { ...s, cells };
  });
  return { ...spec, sheets };
}

/** Learning data rows as cells from the first data row, with the column's number format. */
export function learningCells(rows: readonly RowCell[][]): Record<string, CellSpec | null> {
  const out: Record<string, CellSpec | null> = {};
  rows.forEach((r, i) => {
    LEARNING_TABLE.defs.forEach((d, c) => {
      const value = r[c];
      if (value !== null) out[`${LEARNING_TABLE.columns[d.key]}${LEARNING_TABLE.firstDataRow + i}`] = { value, ...(d.numberFormat ? { numberFormat: d.numberFormat } : {}) };
    });
  });
  return out;
}
