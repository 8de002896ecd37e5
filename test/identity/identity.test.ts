/**
 * The framework is found by identity in both hosts (each over its recording fake, the framework built
 * by the host's own builder): user sheets named like framework parts (the names from issue 9), holding
 * data, beside a framework; framework sheets the user renamed; a framework built twice; no framework.
 * Every write path (snapshot, summary sheet, plan sheet) runs, and every cell of every sheet that
 * existed before is compared: only the framework's own History log gains one row.
 */
import { NO_FRAMEWORK_MESSAGE } from '../../core/framework/resolve';
import { GROWTHCORP } from '../../core/templates';
import type { SheetName } from '../../core/templates/types';
import { HOSTS, type Cells, type HostUnderTest } from './hosts';

/** The user sheets of issue 9. Excel and Sheets refuse two names differing only in case, so each is its own case. */
const USER_SHEETS = ['History', 'history', 'History (9)', 'HISTORY LOG (5)', 'Strategy', 'Strategy (7)', 'Dashboard', 'ROI (2)'];

/** A user's own table. */
const userCells = (name: string): Cells => ({ A1: `${name}: our own figures`, A2: 'Quarter', B2: 'Amount', A3: 'Q1', B3: 100, A4: 'Q2', B4: 250, C4: "'=B3+B4" });

/**
 * A user's sheet laid out like the framework part it is named after (its header row, with other
 * data): a copy someone made to try things. Found by header rows it would be taken; it has no marker.
 */
const lookalikeCells = (name: string): Cells => {
  if (/^history/i.test(name)) return { A5: 'Date', B5: 'Total investment', C5: 'Total adjusted benefits', F5: 'Programs aligned', G5: 'Objective coverage', H5: 'Portfolio alignment', I5: 'Note', A6: 45000, B6: 1, C6: 2, I6: 'a test row' };
  if (/^strategy/i.test(name)) return { A5: 'Objective', B5: 'Category', C5: 'Priority weight', D5: 'KPI', E5: 'Baseline', F5: 'Target', G5: 'Current', J5: 'Executive sponsor', K5: 'Horizon', A6: 'Try-out objective', C6: 1 };
  return userCells(name);
};

const READ_PARTS: readonly SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI', 'Plan', 'Partners', 'History'];
const readParts = (sheets: Partial<Record<SheetName, string>>) => Object.fromEntries(READ_PARTS.filter((p) => sheets[p] !== undefined).map((p) => [p, sheets[p]!]));

/** Every sheet's full state, by name. */
function everything(h: HostUnderTest): Record<string, unknown> {
  return Object.fromEntries(h.sheetNames().map((n) => [n, h.state(n)]));
}

/**
 * Runs snapshot, summary and plan; checks the snapshot went to `history`, the other writes to new
 * sheets, and that no cell of any sheet that existed before changed, except on `history`.
 */
async function writeEverywhere(h: HostUnderTest, history: string): Promise<void> {
  const before = everything(h);
  const names = Object.keys(before);
  const snapshot = await h.snapshot('identity check');
  expect(snapshot).toEqual({ sheet: history });
  const summary = await h.summary();
  const plan = await h.plan(500000);
  for (const outcome of [summary, plan]) {
    if (!('sheet' in outcome)) throw new Error(outcome.reason);
    expect(names).not.toContain(outcome.sheet);
  }
  const after = everything(h);
  for (const name of names) if (name !== history) expect({ name, state: after[name] }).toEqual({ name, state: before[name] });
  expect(Object.keys(after).filter((n) => !names.includes(n))).toEqual(['Summary', 'Plan summary']);
}

describe.each(HOSTS)('%s: the framework by identity', (_name, make) => {
  describe.each(USER_SHEETS)('beside a user sheet "%s" holding data', (user) => {
    test('made before the framework was built', async () => {
      const h = make();
      h.addSheet(user, userCells(user));
      const built = await h.build('growthcorp');
      expect(Object.values(built)).not.toContain(user);
      const audit = await h.audit();
      if ('reason' in audit) throw new Error(audit.reason);
      expect(readParts(audit.sheets)).toEqual(readParts(built));
      expect(audit.objectives).toBe(GROWTHCORP.objectives.length);
      await writeEverywhere(h, built.History!);
    });

    test('added after it, laid out like the part it is named after', async () => {
      const h = make();
      const built = await h.build('growthcorp');
      // Only a name the framework did not take can be added (History log is the framework's).
      if (h.sheetNames().some((n) => n.toLowerCase() === user.toLowerCase())) return;
      h.addSheet(user, lookalikeCells(user));
      const audit = await h.audit();
      if ('reason' in audit) throw new Error(audit.reason);
      expect(readParts(audit.sheets)).toEqual(readParts(built));
      await writeEverywhere(h, built.History!);
    });
  });

  test('framework sheets renamed by the user, beside user sheets under their old names', async () => {
    const h = make();
    const built = await h.build('growthcorp');
    const renames: Partial<Record<SheetName, string>> = { Strategy: 'Our goals', History: 'Track record', ROI: 'Money back', Dashboard: 'Board view' };
    for (const [part, to] of Object.entries(renames)) h.rename(built[part as SheetName]!, to);
    // The user then makes sheets with the old names, holding data, and a History of their own.
    for (const name of ['Strategy', 'History log', 'ROI', 'History']) h.addSheet(name, userCells(name));
    const audit = await h.audit();
    if ('reason' in audit) throw new Error(audit.reason);
    expect(readParts(audit.sheets)).toEqual(readParts({ ...built, ...renames }));
    expect(audit.objectives).toBe(GROWTHCORP.objectives.length);
    await writeEverywhere(h, 'Track record');
  });

  test('a framework built twice: the newer one is read and written, the older one left alone', async () => {
    const h = make();
    h.addSheet('Strategy (7)', userCells('Strategy (7)'));
    const first = await h.build('growthcorp');
    const second = await h.build('empty');
    expect(second.Strategy).not.toBe(first.Strategy);
    expect(h.markerInstances()).toEqual([1, 2]);
    const audit = await h.audit();
    if ('reason' in audit) throw new Error(audit.reason);
    expect(readParts(audit.sheets)).toEqual(readParts(second));
    // The empty template has no objectives: the GrowthCorp framework built first is not the one read.
    expect(audit.objectives).toBe(0);
    await writeEverywhere(h, second.History!);
  });

  test('no framework at all: every path says so plainly and nothing is written', async () => {
    const h = make();
    for (const name of ['History', 'Strategy (7)', 'HISTORY LOG (5)', 'Dashboard', 'ROI (2)']) h.addSheet(name, name === 'Strategy (7)' ? lookalikeCells(name) : userCells(name));
    const before = everything(h);
    expect(await h.audit()).toEqual({ reason: NO_FRAMEWORK_MESSAGE });
    expect(await h.snapshot('x')).toEqual({ reason: NO_FRAMEWORK_MESSAGE });
    expect(await h.summary()).toEqual({ reason: NO_FRAMEWORK_MESSAGE });
    expect(await h.plan(1000)).toEqual({ reason: NO_FRAMEWORK_MESSAGE });
    expect(everything(h)).toEqual(before);
  });

  test('a framework whose History log was deleted: the snapshot is refused, a user sheet like History does not get it', async () => {
    const h = make();
    const built = await h.build('growthcorp');
    h.remove(built.History!);
    h.addSheet('History', lookalikeCells('History'));
    h.addSheet('History log', lookalikeCells('History log'));
    const before = everything(h);
    const audit = await h.audit();
    if ('reason' in audit) throw new Error(audit.reason);
    expect(audit.sheets.History).toBeUndefined();
    expect(await h.snapshot('x')).toEqual({ reason: expect.stringMatching(/L&D framework has no History log sheet to add a snapshot to/) });
    expect(everything(h)).toEqual(before);
  });
});
