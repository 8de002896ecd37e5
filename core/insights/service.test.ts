/**
 * The host-neutral insights operations (core/insights/service.ts) that both hosts replay: argument
 * checks, the new sheets (free name, escaped text, squared rows) and the snapshot cells, on the
 * GrowthCorp example built from its spec (no host).
 */
import { buildWorkbookSpec, HISTORY_TABLE } from '../templates';
import { findFramework } from '../framework/resolve';
import { specSource } from './source';
import { planPortfolio } from './plan';
import {
  adjacentRuns, auditRead, budgetArgument, cellArgument, newSheet, noteArgument, planRows, planSheet, snapshotWrite, summarySheet, type FrameworkRead,
} from './service';

const TODAY = '2025-06-30';

function growthcorp(): FrameworkRead {
  const source = specSource(buildWorkbookSpec('growthcorp'));
  const framework = findFramework(source);
  return { source, framework, sheetNames: framework.ok ? framework.sheets : {} };
}

describe('arguments', () => {
  test('a budget is a finite amount from 0 to a trillion', () => {
    expect(budgetArgument(0)).toBe(0);
    expect(budgetArgument(250000)).toBe(250000);
    for (const bad of [-1, Number.NaN, Infinity, '250000', null, undefined, 1e13]) expect(() => budgetArgument(bad)).toThrow(/The budget must be an amount from 0/);
  });

  test('a note is trimmed text under 500 characters', () => {
    expect(noteArgument('  after the offsite ')).toBe('after the offsite');
    expect(noteArgument(undefined)).toBe('');
    expect(() => noteArgument(5)).toThrow('The note must be text.');
    expect(() => noteArgument('x'.repeat(501))).toThrow(/501 characters/);
  });

  test('a finding’s place is a sheet and an A1 address; none is A1', () => {
    expect(cellArgument('ROI', ' j9 ')).toEqual({ sheet: 'ROI', cell: 'J9' });
    expect(cellArgument('ROI', '')).toEqual({ sheet: 'ROI', cell: 'A1' });
    expect(() => cellArgument('', 'A1')).toThrow(/Which sheet/);
    expect(() => cellArgument('ROI', 'A1;B2')).toThrow(/not a cell address/);
  });
});

describe('new sheets', () => {
  test('a new sheet takes the next free name, escapes text and squares its rows', () => {
    const sheet = newSheet(['Plan summary', 'plan summary (2)'], 'Plan summary', [['=1+1', 2], ['x']]);
    expect(sheet.name).toBe('Plan summary (3)');
    expect(sheet.rows).toEqual([["'=1+1", 2], ['x', '']]);
  });

  test('the summary and the plan sheets, from the audit of GrowthCorp', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const summary = summarySheet([], audited.report, TODAY, 'spreadsheet');
    expect(summary.name).toBe('Summary');
    expect(summary.rows[0]).toEqual([audited.report.summary.title]);
    expect(summary.rows[summary.rows.length - 1][0]).toMatch(/^Written on 2025-06-30 .* this spreadsheet's framework sheets/);
    const plan = planPortfolio(audited.report.model, 500000);
    const rows = planRows(plan);
    expect(rows.slice(1, 5)).toEqual([['Budget', 500000], ['Requested', plan.requested], ['Funded', plan.funded], ['Left', plan.left]]);
    expect(rows.filter((r) => plan.lines.some((l) => l.name === r[1])).length).toBe(plan.lines.length);
    expect(planSheet(['Summary'], plan).name).toBe('Plan summary');
  });
});

describe('snapshot', () => {
  test('today’s cells go under the last snapshot of the framework’s History log, the note as text', () => {
    const read = growthcorp();
    const audited = auditRead(read, TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const write = snapshotWrite(audited, TODAY, '=1+1');
    if (!write.ok) throw new Error(write.reason);
    expect(write.sheet).toBe(read.sheetNames.History);
    expect(write.row).toBe(write.requestedRow);
    expect(write.cells.every((c) => c.address.endsWith(String(write.row)))).toBe(true);
    expect(write.cells.find((c) => c.address.startsWith(HISTORY_TABLE.columns.note))!.value).toBe("'=1+1");
    expect(write.dateFormat).toBeNull();
  });

  test('no History log of its own: refused, nothing to write', () => {
    const read = growthcorp();
    const audited = auditRead({ ...read, sheetNames: { ...read.sheetNames, History: undefined } }, TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    expect(snapshotWrite(audited, TODAY, '')).toEqual({ ok: false, reason: expect.stringMatching(/no History log/) });
  });

  test('cells on a row in runs of adjacent columns', () => {
    const cell = (address: string) => ({ address, value: 1 });
    expect(adjacentRuns([cell('C9'), cell('A9'), cell('B9'), cell('F9')]).map((r) => r.map((c) => c.address))).toEqual([['A9', 'B9', 'C9'], ['F9']]);
  });
});
