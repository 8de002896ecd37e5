/**
 * findFramework: the framework's parts by their marker defined names, else by their header rows;
 * never by a sheet's name. The workbooks are the GrowthCorp example's values (core/templates) beside
 * user sheets named like parts, holding data of their own.
 */
import { SHEET_TITLES } from '../templates';
import type { SheetName } from '../templates/types';
import { gridSource, planSource } from '../insights/source';
import { renderPlan } from '../render/plan';
import type { DefinedNameRef, WorkbookSource } from '../insights/read';
import { exampleValues, type Values } from '../insights/testing/workbook';
import { markerName } from './marker';
import { FRAMEWORK_PARTS, findFramework, headerMatch, markedSheet, NO_FRAMEWORK_MESSAGE, PART_TABLES } from './resolve';

const USER_SHEETS = ['History', 'history', 'History (9)', 'HISTORY LOG (5)', 'Strategy', 'Strategy (7)', 'Dashboard', 'ROI (2)'];

/** A user's own sheet: a small table of their own. */
const userData = (name: string): unknown[][] => [[`${name}: our figures`], ['Quarter', 'Amount'], ['Q1', 100], ['Q2', 250]];

/** The example framework's sheets under `names` (canonical → sheet name), with markers of `instance` when given. */
function framework(names: Partial<Record<SheetName, string>> = {}, instance?: number): { values: Values; markers: DefinedNameRef[] } {
  const example = exampleValues();
  const values: Values = {};
  const markers: DefinedNameRef[] = [];
  for (const part of FRAMEWORK_PARTS) {
    const sheet = names[part] ?? SHEET_TITLES[part];
    values[sheet] = example[SHEET_TITLES[part]];
    if (instance !== undefined) markers.push({ name: markerName(part, instance), reference: `'${sheet.replace(/'/g, "''")}'!$A$1` });
  }
  return { values, markers };
}

function source(sheets: [string, unknown[][]][], names: DefinedNameRef[] = []): WorkbookSource {
  const grid = gridSource(Object.fromEntries(sheets));
  return { ...grid, definedNames: () => names };
}

const users = (): [string, unknown[][]][] => USER_SHEETS.map((n) => [n, userData(n)]);

describe('findFramework by markers', () => {
  test('user sheets named like parts, before the framework, are never taken', () => {
    const fw = framework({ Strategy: 'Strategy (8)', ROI: 'ROI (3)', History: 'History log (2)', Dashboard: 'Dashboard (2)' }, 1);
    const found = findFramework(source([...users(), ...Object.entries(fw.values)], fw.markers));
    expect(found).toEqual(expect.objectContaining({ ok: true, how: 'markers', instance: 1 }));
    if (!found.ok) return;
    const renamed: Partial<Record<SheetName, string>> = { Strategy: 'Strategy (8)', ROI: 'ROI (3)', History: 'History log (2)', Dashboard: 'Dashboard (2)' };
    expect(found.sheets).toEqual(Object.fromEntries(FRAMEWORK_PARTS.map((p) => [p, renamed[p] ?? SHEET_TITLES[p]])));
    for (const user of USER_SHEETS) expect(Object.values(found.sheets)).not.toContain(user);
  });

  test('sheets the user renamed are followed by their markers', () => {
    const fw = framework({ Strategy: 'Our goals', History: 'Track record', Impact: "Kirkpatrick's levels" }, 1);
    const found = findFramework(source(Object.entries(fw.values), fw.markers));
    expect(found.ok && [found.sheets.Strategy, found.sheets.History, found.sheets.Impact]).toEqual(['Our goals', 'Track record', "Kirkpatrick's levels"]);
  });

  test('a framework built twice: the newer instance wins, even over a user copy with all the headers', () => {
    const first = framework({}, 1);
    const second = framework(Object.fromEntries(FRAMEWORK_PARTS.map((p) => [p, `${SHEET_TITLES[p]} (2)`])), 2);
    // The user duplicated the first Strategy sheet as "Strategy (7)": headers and all, but no marker.
    const copy: [string, unknown[][]] = ['Strategy (7)', first.values.Strategy];
    const found = findFramework(source([...Object.entries(first.values), ...Object.entries(second.values), copy], [...first.markers, ...second.markers]));
    expect(found.ok && [found.instance, found.sheets.Strategy, found.sheets.History]).toEqual([2, 'Strategy (2)', 'History log (2)']);
  });

  test('a marker whose sheet was deleted (#REF!) is ignored: the newest complete instance is used', () => {
    const first = framework({}, 1);
    const second = framework({ Strategy: 'Strategy (2)' }, 2);
    // The second framework's Strategy sheet was deleted; its other sheets are still there under new names.
    const secondSheets = Object.entries(second.values).filter(([n]) => n !== 'Strategy (2)').map(([n, v]): [string, unknown[][]] => [`${n} B`, v]);
    const markers = [
      ...first.markers,
      ...second.markers.map((m) => ({ name: m.name, reference: m.name.endsWith('_Strategy') ? '#REF!$A$1' : m.reference.replace(/'!/, " B'!") })),
    ];
    const found = findFramework(source([...Object.entries(first.values), ...secondSheets], markers));
    expect(found.ok && [found.how, found.instance, found.sheets.Strategy, found.sheets.ROI]).toEqual(['markers', 1, 'Strategy', 'ROI']);
  });

  test.each([
    ['punctuation', { Strategy: 'Wow! Goals', History: "It's our log", ROI: 'A1' }],
    ['letters beyond ASCII and spaces', { Strategy: 'Stratégie 2025', Impact: 'Wirkung (Ü)', History: ' History ' }],
    ['names of other parts', { Strategy: 'ROI', ROI: 'Strategy', History: 'Dashboard', Dashboard: 'History log' }],
  ])('sheets renamed with %s are followed', (_what, names) => {
    const fw = framework(names as Partial<Record<SheetName, string>>, 1);
    const found = findFramework(source(Object.entries(fw.values), fw.markers));
    if (!found.ok) throw new Error(found.reason);
    for (const [part, name] of Object.entries(names)) expect(found.sheets[part as SheetName]).toBe(name);
  });

  test('marker names and references are read the way each host writes them', () => {
    const names = ['Strategy', 'Strategy (2)', "It's mine"];
    expect(markedSheet("='Strategy (2)'!$A$1", names)).toBe('Strategy (2)');
    expect(markedSheet('Strategy!$A$1', names)).toBe('Strategy');
    expect(markedSheet("'It''s mine'!A1", names)).toBe("It's mine");
    expect(markedSheet("'strategy (2)'!A1", names)).toBe('Strategy (2)');
    expect(markedSheet('#REF!$A$1', names)).toBeUndefined();
    expect(markedSheet('=#REF!', names)).toBeUndefined();
    expect(markedSheet("'Gone'!$A$1", names)).toBeUndefined();
  });
});

describe('findFramework by header rows (no markers)', () => {
  test('beside user sheets named like parts, the sheets with the headers are the framework', () => {
    const fw = framework({ Strategy: 'Strategy (8)', ROI: 'ROI (3)', History: 'History log (2)' });
    const found = findFramework(source([...users(), ...Object.entries(fw.values)]));
    expect(found).toEqual(expect.objectContaining({ ok: true, how: 'headers', instance: null }));
    if (!found.ok) return;
    expect(found.sheets).toEqual({
      Strategy: 'Strategy (8)', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI (3)', Plan: 'Plan', Partners: 'Partners', History: 'History log (2)', Measures: 'Measures',
      Learning: 'Learning data', Mappings: 'Mappings',
    });
    expect(Object.values(found.foundBy)).toEqual(Array(10).fill('headers'));
  });

  test('renamed sheets are found by their headers', () => {
    const fw = framework({ Strategy: 'Goals', Alignment: 'Links', ROI: 'Money' });
    const found = findFramework(source(Object.entries(fw.values)));
    expect(found.ok && [found.sheets.Strategy, found.sheets.Alignment, found.sheets.ROI]).toEqual(['Goals', 'Links', 'Money']);
  });

  test('a header row moved down by rows inserted above it is still recognised; one far away is not', () => {
    const strategy = exampleValues().Strategy;
    const layout = PART_TABLES.Strategy!;
    expect(headerMatch(strategy, layout)).toBe(1);
    expect(headerMatch([[], [], [], [], [], ...strategy], layout)).toBe(1);
    expect(headerMatch([...Array(80).fill([]), ...strategy], layout)).toBe(0);
    // Half the headers renamed: still the part; fewer than half left: not.
    const header = strategy[layout.headerRow - 1].slice();
    const half = Math.ceil(header.filter((h) => h !== null).length / 2);
    const renamed = (keep: number) => [...strategy.slice(0, layout.headerRow - 1), header.map((h, i) => (i < keep ? h : `mine ${i}`))];
    expect(headerMatch(renamed(half), layout)).toBeGreaterThanOrEqual(0.5);
    expect(headerMatch(renamed(2), layout)).toBeLessThan(0.5);
  });

  test('no framework at all: the plain message, whatever the sheets are called', () => {
    const found = findFramework(source([...users(), ['Alignment', userData('Alignment')], ['Impact', []]]));
    expect(found).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE, missing: ['Strategy', 'Alignment', 'Impact', 'ROI'] });
    expect(NO_FRAMEWORK_MESSAGE).toMatch(/^This workbook has no L&D framework: build one with Set up/);
  });

  test('markers that all point at deleted sheets count as none', () => {
    const markers = FRAMEWORK_PARTS.map((p) => ({ name: markerName(p), reference: '#REF!$A$1' }));
    expect(findFramework(source(users(), markers))).toEqual(expect.objectContaining({ ok: false, reason: NO_FRAMEWORK_MESSAGE }));
  });

  test('a framework missing a required part says which', () => {
    const fw = framework();
    delete fw.values.ROI;
    delete fw.values.Impact;
    const found = findFramework(source([...users(), ...Object.entries(fw.values)]));
    expect(found).toEqual({
      ok: false, missing: ['Impact', 'ROI'],
      reason: "This workbook's L&D framework is missing its Impact and ROI sheets (deleted, or the headers were changed): build the framework again with Set up, or restore them.",
    });
  });
});

describe('findFramework on what the render plan builds (every renderer writes its markers)', () => {
  const userValues = () => Object.fromEntries(USER_SHEETS.filter((n) => n !== 'history').map((n) => [n, userData(n)]));

  test('built beside the user sheets of issue 9: the plan’s sheets, by their markers', () => {
    const plan = renderPlan('growthcorp', { sheets: Object.keys(userValues()), names: [] });
    const found = findFramework(planSource(plan, userValues()));
    if (!found.ok) throw new Error(found.reason);
    expect([found.how, found.instance]).toEqual(['markers', plan.markerInstance]);
    expect(found.sheets).toEqual(Object.fromEntries(plan.sheets.map((s) => [s.canonical, s.name])));
    for (const user of Object.keys(userValues())) expect(Object.values(found.sheets)).not.toContain(user);
  });

  test('built twice: the second plan’s sheets', () => {
    const first = renderPlan('growthcorp');
    const second = renderPlan('empty', { sheets: first.sheets.map((s) => s.name), names: first.names.map((n) => n.name) });
    const found = findFramework(planSource({ sheets: [...first.sheets, ...second.sheets], names: [...first.names, ...second.names] }));
    if (!found.ok) throw new Error(found.reason);
    expect(found.instance).toBe(2);
    expect(found.sheets).toEqual(Object.fromEntries(second.sheets.map((s) => [s.canonical, s.name])));
  });
});
