/**
 * The host-neutral insights operations (core/insights/service.ts) that both hosts replay: argument
 * checks, the new sheets (free name, escaped text, squared rows) and the snapshot cells, on the
 * GrowthCorp example built from its spec (no host).
 */
import { buildWorkbookSpec, HISTORY_TABLE } from '../templates';
import { findFramework } from '../framework/resolve';
import { specSource } from './source';
import { planPortfolio } from './plan';
import { sensitivity } from './sensitivity';
import { snapshotRow } from './snapshot';
import { MAX_BUDGET } from './pane';
import {
  adjacentRuns, auditRead, auditView, budgetArgument, cellArgument, localIsoDate, MAX_NOTE, newSheet, noteArgument, planRows, planSheet, planView,
  sensitivityView, snapshotWrite, subjectArgument, summarySheet, type FrameworkRead,
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

  // The edges a pane never sends but a script (google.script.run, a macro) may: each refused with what was wrong.
  test('a budget of exactly the ceiling passes; a cent more, or text, is refused and quoted', () => {
    expect(budgetArgument(MAX_BUDGET)).toBe(MAX_BUDGET);
    expect(() => budgetArgument(MAX_BUDGET + 1)).toThrow(/from 0 to 1,000,000,000,000/);
    expect(() => budgetArgument('250000')).toThrow('(got "250000")');
    expect(() => budgetArgument(undefined)).toThrow('(got undefined)');
  });

  test('a note: null is none, 500 characters pass, 501 do not; a number is refused', () => {
    expect(noteArgument(null)).toBe('');
    expect(noteArgument('n'.repeat(MAX_NOTE))).toBe('n'.repeat(MAX_NOTE));
    expect(() => noteArgument('n'.repeat(MAX_NOTE + 1))).toThrow(`The note is ${MAX_NOTE + 1} characters long; keep it under ${MAX_NOTE}.`);
    expect(() => noteArgument({ toString: () => 'note' })).toThrow('The note must be text.');
  });

  test('a place that only looks like one (a number, a list) is refused, not converted', () => {
    expect(() => cellArgument(5, 'A1')).toThrow('Which sheet? The finding names none.');
    expect(() => cellArgument(['ROI'], 'A1')).toThrow('Which sheet?');
    expect(() => cellArgument('ROI', ['B7'])).toThrow('"B7" is not a cell address such as B7.');
    expect(() => cellArgument('ROI', 7)).toThrow('"7" is not a cell address');
    expect(cellArgument('ROI', '$b$7:d9')).toEqual({ sheet: 'ROI', cell: '$B$7:D9' });
    expect(cellArgument('ROI', '7:7')).toEqual({ sheet: 'ROI', cell: '7:7' });
  });

  test('a sensitivity subject is the portfolio or a whole initiative index from 0 to a million', () => {
    expect(subjectArgument('portfolio')).toBe('portfolio');
    expect(subjectArgument(0)).toBe(0);
    expect(subjectArgument(1_000_000)).toBe(1_000_000);
    for (const bad of [-1, 1.5, 1_000_001, Number.NaN, 'Portfolio', null, true]) expect(() => subjectArgument(bad)).toThrow(/Choose the portfolio or an initiative/);
    expect(() => subjectArgument('3')).toThrow('(got "3")');
    expect(() => subjectArgument(undefined)).toThrow('(got undefined)');
  });
});

describe('views', () => {
  test('no framework: the reason, and no audit', () => {
    const read = growthcorp();
    const none = findFramework(specSource({ sheets: [] } as unknown as Parameters<typeof specSource>[0]));
    if (none.ok) throw new Error('an empty workbook has no framework');
    expect(auditRead({ ...read, framework: none }, TODAY)).toEqual({ ok: false, reason: none.reason });
  });

  test('a framework whose table has lost its headers: the reader’s reason, not a crash', () => {
    const read = growthcorp();
    const alignment = read.sheetNames.Alignment!;
    const source = { ...read.source, values: (sheet: string) => (sheet === alignment ? [['nothing here']] : read.source.values(sheet)) };
    const audited = auditRead({ ...read, source }, TODAY);
    expect(audited).toEqual({ ok: false, reason: expect.stringContaining(`"${alignment}" has no`) });
  });

  test('the audit, plan and sensitivity views are plain copies a pane can keep', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const { report } = audited;
    const view = auditView(report, TODAY);
    expect(view).toEqual({ ok: true, today: TODAY, counts: report.counts, findings: report.findings, summary: { title: report.summary.title, paragraphs: report.summary.paragraphs, text: report.summary.text } });
    expect(view.counts).not.toBe(report.counts);
    expect(view.summary.paragraphs).not.toBe(report.summary.paragraphs);
    if (report.findings.length > 0) expect(view.findings[0]).not.toBe(report.findings[0]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);

    const plan = planView(report, TODAY, 400000);
    expect(plan).toEqual({ ok: true, today: TODAY, plan: planPortfolio(report.model, 400000), errors: report.counts.error });

    const tornado = sensitivityView(report, TODAY, 'portfolio');
    expect(tornado.ok).toBe(true);
    expect(tornado.errors).toBe(report.counts.error);
    expect(tornado.sensitivity).toEqual(sensitivity(report.model, 'portfolio'));
    expect(tornado.choices[0]).toEqual({ subject: 'portfolio', label: 'Portfolio' });
    expect(tornado.choices.slice(1).map((c) => c.subject)).toEqual(report.model.initiatives.map((i) => i.index));
  });

  test('the local date is YYYY-MM-DD with months counted from 1', () => {
    expect(localIsoDate(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
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

  test('the plan sheet, block by block, as a reader without the pane sees it', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    // A budget that funds some initiatives and not others, so both answers appear.
    const plan = planPortfolio(audited.report.model, 800000);
    expect(plan.lines.some((l) => l.funded) && plan.lines.some((l) => !l.funded)).toBe(true);
    const rows = planRows(plan);
    const n = plan.lines.length;
    expect(rows[0]).toEqual(['Portfolio plan']);
    expect(rows[5]).toEqual([]);
    expect(rows[6]).toEqual(['Rank', 'Initiative', 'Request', 'Alignment', 'Expected BCR', 'Funded', 'Why not funded']);
    expect(rows.slice(7, 7 + n)).toEqual(plan.lines.map((l) => [l.rank, l.name, l.request, l.alignmentScore ?? '', l.expectedBCR ?? '', l.funded ? 'Yes' : 'No', l.reason]));
    expect(rows.slice(7, 7 + n).map((r) => r[5])).toEqual(plan.lines.map((l) => (l.funded ? 'Yes' : 'No')));
    expect(rows[7 + n]).toEqual([]);
    expect(rows[8 + n]).toEqual(['Objective', 'Funded amount', 'Share']);
    const m = plan.byObjective.length;
    expect(m).toBeGreaterThan(0);
    expect(rows.slice(9 + n, 9 + n + m)).toEqual(plan.byObjective.map((o) => [o.objective, o.amount, o.share]));
    expect(rows[9 + n + m]).toEqual([]);
    expect(rows[10 + n + m]).toEqual(['Scenario', 'Benefits', 'Costs', 'BCR', 'ROI']);
    expect(rows.slice(11 + n + m, 14 + n + m).map((r) => r[0])).toEqual(['conservative', 'expected', 'optimistic']);
    expect(rows.slice(-2)).toEqual([[], [plan.rules]]);
  });

  test('a plan line without an alignment score or a BCR shows an empty cell, not a word', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const plan = planPortfolio(audited.report.model, 150000);
    const blank = { ...plan, lines: plan.lines.map((l) => ({ ...l, alignmentScore: null, expectedBCR: null })), scenarios: { ...plan.scenarios, expected: { ...plan.scenarios.expected, bcr: null, roi: null } } };
    const rows = planRows(blank as typeof plan);
    expect(rows[7].slice(3, 5)).toEqual(['', '']);
    const expected = rows.find((r) => r[0] === 'expected')!;
    expect(expected.slice(3)).toEqual(['', '']);
    const withScores = planRows(plan)[7];
    expect(withScores[3]).toBe(plan.lines[0].alignmentScore ?? '');
  });

  test('the summary sheet: the summary, an empty row, and where it came from (a workbook unless said)', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const rows = summarySheet(['Summary'], audited.report, TODAY).rows;
    expect(rows[rows.length - 2]).toEqual(['']);
    expect(rows[rows.length - 1][0]).toContain("from this workbook's framework sheets");
    expect(summarySheet(['Summary'], audited.report, TODAY).name).toBe('Summary (2)');
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
    // Rows of two digits and more, a run that starts past column A, a single cell.
    expect(adjacentRuns([cell('D120'), cell('C120'), cell('AA120')]).map((r) => r.map((c) => c.address))).toEqual([['C120', 'D120'], ['AA120']]);
    expect(adjacentRuns([cell('C9')]).map((r) => r.map((c) => c.address))).toEqual([['C9']]);
    expect(adjacentRuns([])).toEqual([]);
  });

  test('the values written are today’s figures; an empty note is the month’s measures when there are any', () => {
    const audited = auditRead(growthcorp(), TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const write = snapshotWrite(audited, TODAY, 'offsite');
    if (!write.ok) throw new Error(write.reason);
    expect(write.values).toEqual(snapshotRow(audited.report.model, TODAY, 'offsite').values);
    const empty = snapshotWrite(audited, TODAY, '');
    if (!empty.ok) throw new Error(empty.reason);
    if (audited.report.measures) expect(empty.values.note.length).toBeGreaterThan(0);
    expect(empty.values.note.length).toBeLessThanOrEqual(MAX_NOTE);
  });

  /** The snapshot written when History's note cells are filled from the first data row to `lastFilled`. */
  function snapshotWithHistoryFilledTo(lastFilled: number) {
    const read = growthcorp();
    const history = read.sheetNames.History!;
    const noteColumn = HISTORY_TABLE.columns.note.charCodeAt(0) - 65;
    const filled = (sheet: string) => {
      const grid = read.source.values(sheet).map((r) => r.slice());
      if (sheet !== history) return grid;
      for (let r = HISTORY_TABLE.firstDataRow; r <= lastFilled; r++) {
        const row = (grid[r - 1] ??= []);
        while (row.length <= noteColumn) row.push(null);
        if (row[noteColumn] === null || row[noteColumn] === '' || row[noteColumn] === undefined) row[noteColumn] = 'kept';
      }
      return grid;
    };
    const audited = auditRead({ ...read, source: { ...read.source, values: filled } }, TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const write = snapshotWrite(audited, TODAY, '');
    if (!write.ok) throw new Error(write.reason);
    return write;
  }

  test('a History log filled to its last row: the snapshot goes below it, flagged, with its date cell to format', () => {
    const write = snapshotWithHistoryFilledTo(HISTORY_TABLE.lastDataRow);
    expect(write.row).toBe(HISTORY_TABLE.lastDataRow + 1);
    expect(write.beyondCapacity).toBe(true);
    expect(write.dateFormat).toBe(`${HISTORY_TABLE.columns.date}${HISTORY_TABLE.lastDataRow + 1}`);
  });

  test('the last row of the log is still inside it', () => {
    const write = snapshotWithHistoryFilledTo(HISTORY_TABLE.lastDataRow - 1);
    expect(write.row).toBe(HISTORY_TABLE.lastDataRow);
    expect(write.beyondCapacity).toBe(false);
    expect(write.dateFormat).toBeNull();
  });
});
