/**
 * findFramework: the framework's parts by their marker defined names, else by their header rows;
 * never by a sheet's name. The workbooks are the GrowthCorp example's values (core/templates) beside
 * user sheets named like parts, holding data of their own.
 */
import { SHEET_TITLES } from '../templates';
import type { SheetName, TableLayout } from '../templates/types';
import { gridSource, planSource } from '../insights/source';
import { renderPlan } from '../render/plan';
import type { DefinedNameRef, WorkbookSource } from '../insights/read';
import { exampleValues, type Values } from '../insights/testing/workbook';
import { markerName } from './marker';
import { FRAMEWORK_PARTS, findFramework, HEADER_WINDOW, headerMatch, markedSheet, markerInstances, NO_FRAMEWORK_MESSAGE, PART_TABLES } from './resolve';

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

  test('an optional sheet deleted from a marked framework is simply absent', () => {
    const fw = framework({}, 1);
    delete fw.values.Plan;
    const markers = fw.markers.map((m) => (m.name.endsWith('_Plan') ? { ...m, reference: '#REF!$A$1' } : m));
    const found = findFramework(source(Object.entries(fw.values), markers));
    if (!found.ok) throw new Error(found.reason);
    const expected = FRAMEWORK_PARTS.filter((p) => p !== 'Plan');
    expect([found.how, found.instance]).toEqual(['markers', 1]);
    expect(found.sheets).toEqual(Object.fromEntries(expected.map((p) => [p, SHEET_TITLES[p]])));
    expect(found.foundBy).toEqual(Object.fromEntries(expected.map((p) => [p, 'marker'])));
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

  test('the sheets of many markers are found in one pass over the sheet names, not one pass per marker', () => {
    // 2,000 sheets and 2,000 markers, half for sheets that do not exist: a file of 20,000 of each took 18 s
    // when each marker scanned the names twice. The reads of the list's elements are counted.
    const n = 2000;
    let reads = 0;
    const list = Array.from({ length: n }, (_, k) => `Sheet ${k}`);
    const counted = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const names = Array.from({ length: n }, (_, k) => ({ name: markerName('Strategy', k + 1), reference: k % 2 === 0 ? `'sheet ${k}'!$A$1` : `'Gone ${k}'!$A$1` }));
    const instances = markerInstances(names, counted);
    expect(instances.size).toBe(n / 2);
    expect(instances.get(1)!.get('Strategy')).toBe('Sheet 0');
    expect(instances.get(2)).toBeUndefined();
    expect(reads).toBeLessThanOrEqual(3 * n);
  });

  test('a name spelled two ways: the exact one first, else the first that matches without regard to case', () => {
    const names = [{ name: markerName('Strategy', 1), reference: 'STRATEGY!$A$1' }, { name: markerName('Strategy', 2), reference: 'Strategy!$A$1' }];
    const instances = markerInstances(names, ['strategy', 'Strategy', 'STRATEGY X']);
    expect([instances.get(1)!.get('Strategy'), instances.get(2)!.get('Strategy')]).toEqual(['strategy', 'Strategy']);
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

describe('markers and header rows together (a framework whose markers are partly gone)', () => {
  /** The example's sheet of `part`. */
  const example = (part: SheetName): unknown[][] => exampleValues()[SHEET_TITLES[part]];
  const marker = (part: SheetName, sheet: string, instance = 1): DefinedNameRef => ({ name: markerName(part, instance), reference: `'${sheet}'!$A$1` });
  const required: SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI'];

  test('a marked sheet keeps its part over an unmarked copy with all the headers; the rest are found by headers', () => {
    // Only the Strategy marker is left (the others were deleted with Name Manager); the user's copy of
    // the Strategy sheet comes later in tab order, which would win a tie of headers.
    const sheets: [string, unknown[][]][] = [['Our goals', example('Strategy')], ...required.slice(1).map((p): [string, unknown[][]] => [p, example(p)]), ['Strategy (7)', example('Strategy')]];
    const found = findFramework(source(sheets, [marker('Strategy', 'Our goals')]));
    expect(found).toEqual({
      ok: true, how: 'headers', instance: null,
      sheets: { Strategy: 'Our goals', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI' },
      foundBy: { Strategy: 'marker', Alignment: 'headers', Impact: 'headers', ROI: 'headers' },
    });
  });

  test('sheets marked by an older framework are left out; the newest framework’s own sheets are found by headers', () => {
    // Framework 2 (tabs first) kept only its Strategy and Alignment markers; framework 1 lost its
    // Strategy and Alignment sheets, and its Impact and ROI sheets, still marked, come later in tab order.
    const sheets: [string, unknown[][]][] = [
      ...required.map((p): [string, unknown[][]] => [`${p} (2)`, example(p)]),
      ['Impact', example('Impact')], ['ROI', example('ROI')],
    ];
    // Framework 1's names listed first: the newest instance is chosen by its number, not by the order.
    const markers = [
      { name: markerName('Strategy'), reference: '#REF!$A$1' }, marker('Impact', 'Impact'), marker('ROI', 'ROI'),
      marker('Strategy', 'Strategy (2)', 2), marker('Alignment', 'Alignment (2)', 2),
    ];
    const found = findFramework(source(sheets, markers));
    expect(found).toEqual(expect.objectContaining({ ok: true, how: 'headers', instance: null }));
    expect(found.ok && found.sheets).toEqual({ Strategy: 'Strategy (2)', Alignment: 'Alignment (2)', Impact: 'Impact (2)', ROI: 'ROI (2)' });
    expect(found.ok && found.foundBy).toEqual({ Strategy: 'marker', Alignment: 'marker', Impact: 'headers', ROI: 'headers' });
  });

  test('one marked sheet and nothing else: the framework’s three missing sheets are named', () => {
    const found = findFramework(source([['Our goals', example('Strategy')], ...users()], [marker('Strategy', 'Our goals')]));
    expect(found).toEqual({
      ok: false, missing: ['Alignment', 'Impact', 'ROI'],
      reason: "This workbook's L&D framework is missing its Alignment, Impact and ROI sheets (deleted, or the headers were changed): build the framework again with Set up, or restore them.",
    });
  });

  test('one missing sheet is named alone, as “it”', () => {
    const fw = framework({}, 1);
    delete fw.values.Impact;
    const found = findFramework(source(Object.entries(fw.values), fw.markers.map((m) => (m.name.endsWith('_Impact') ? { ...m, reference: '#REF!$A$1' } : m))));
    expect(found).toEqual({
      ok: false, missing: ['Impact'],
      reason: "This workbook's L&D framework is missing its Impact sheet (deleted, or the headers were changed): build the framework again with Set up, or restore it.",
    });
  });

  test('one sheet that looks like a part, unmarked, is not a framework: the plain message', () => {
    const found = findFramework(source([...users(), ['Copied goals', example('Strategy')]]));
    expect(found).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE, missing: ['Alignment', 'Impact', 'ROI'] });
  });
});

describe('header rows: ties, thresholds and windows', () => {
  const example = (part: SheetName): unknown[][] => exampleValues()[SHEET_TITLES[part]];

  test('a framework built twice without markers: the later sheets, where both match equally', () => {
    const first = framework();
    const second = framework(Object.fromEntries(FRAMEWORK_PARTS.map((p) => [p, `${SHEET_TITLES[p]} (2)`])));
    const found = findFramework(source([...Object.entries(first.values), ...Object.entries(second.values)]));
    if (!found.ok) throw new Error(found.reason);
    expect(found.sheets).toEqual(Object.fromEntries(FRAMEWORK_PARTS.filter((p) => PART_TABLES[p]).map((p) => [p, `${SHEET_TITLES[p]} (2)`])));
  });

  test('a better match wins over a later one', () => {
    const strategy = example('Strategy');
    const layout = PART_TABLES.Strategy!;
    // A later copy whose header row lost 5 of its 13 headers (8 of 13 still match: a part, but a weaker one).
    const weaker = strategy.map((row, r) => (r === layout.headerRow - 1 ? row.map((h, c) => (c < 5 ? `Mine ${c}` : h)) : row));
    expect(headerMatch(weaker, layout)).toBeCloseTo(8 / 13);
    const sheets: [string, unknown[][]][] = [['Goals', strategy], ...(['Alignment', 'Impact', 'ROI'] as SheetName[]).map((p): [string, unknown[][]] => [p, example(p)]), ['Goals (2)', weaker]];
    const found = findFramework(source(sheets));
    expect(found.ok && found.sheets.Strategy).toBe('Goals');
  });

  test('exactly half of a part’s headers is enough', () => {
    const mappings = example('Mappings');
    const layout = PART_TABLES.Mappings!;
    // Mappings has 4 headers; two renamed leaves exactly half.
    const half = mappings.map((row, r) => (r === layout.headerRow - 1 ? row.map((h, c) => (c < 2 ? `Mine ${c}` : h)) : row));
    expect(headerMatch(half, layout)).toBe(0.5);
    const fw = framework();
    fw.values.Mappings = half;
    const found = findFramework(source(Object.entries(fw.values)));
    expect(found.ok && found.sheets.Mappings).toBe('Mappings');
  });

  test('each sheet is one part only: the Learning data sheet (half of the Mappings headers too) does not stand in for a deleted Mappings', () => {
    const fw = framework();
    expect(headerMatch(fw.values['Learning data'], PART_TABLES.Mappings!)).toBe(0.5);
    delete fw.values.Mappings;
    const found = findFramework(source(Object.entries(fw.values)));
    if (!found.ok) throw new Error(found.reason);
    expect(found.sheets.Learning).toBe('Learning data');
    expect(found.sheets.Mappings).toBeUndefined();
  });

  test('a header row up to 30 rows below the template’s is recognised, 31 is not; rows deleted above it are fine', () => {
    const strategy = example('Strategy');
    const layout = PART_TABLES.Strategy!;
    expect(headerMatch([...Array(30).fill([]), ...strategy], layout)).toBe(1);
    expect(headerMatch([...Array(31).fill([]), ...strategy], layout)).toBe(0);
    expect(headerMatch(strategy.slice(layout.headerRow - 1), layout)).toBe(1);
  });

  test('only the first 52 columns are looked at (what a host reads ahead, HEADER_WINDOW)', () => {
    const strategy = example('Strategy');
    const layout = PART_TABLES.Strategy!;
    const shifted = (columns: number) => strategy.map((row) => [...Array(columns).fill(null), ...row]);
    // 13 headers from column 40 end in column 52; from column 41 the last one falls outside.
    expect(HEADER_WINDOW.columns).toBe(52);
    expect(headerMatch(shifted(39), layout)).toBe(1);
    expect(headerMatch(shifted(40), layout)).toBeCloseTo(12 / 13);
    expect(headerMatch(shifted(52), layout)).toBe(0);
  });

  test('the best single row counts: half the headers in each of two rows is half, not all', () => {
    const layout = PART_TABLES.Mappings!;
    const headers = Object.values(layout.headers as Record<string, string>);
    const grid = [...Array(layout.headerRow - 1).fill([]), headers.slice(0, 2), headers.slice(2)];
    expect(headerMatch(grid, layout)).toBe(0.5);
  });

  test('missing rows and sheets a host cannot read are skipped, not fatal', () => {
    const strategy = example('Strategy');
    const layout = PART_TABLES.Strategy!;
    const holes: unknown[][] = [...strategy];
    holes[1] = undefined as unknown as unknown[];
    expect(headerMatch(holes, layout)).toBe(1);
    // A source that gives no values for one sheet (a chart sheet, say) and has no defined names at all.
    const grid = gridSource({ Chart1: [], ...framework().values });
    const found = findFramework({ sheetNames: grid.sheetNames, values: (s) => (s === 'Chart1' ? (undefined as unknown as unknown[][]) : grid.values(s)) });
    expect(found).toEqual(expect.objectContaining({ ok: true, how: 'headers' }));
  });

  test('a layout header that is only punctuation is not required; a layout without headers matches nothing', () => {
    const layout: TableLayout = { ...PART_TABLES.Mappings!, headers: { a: 'Objective', b: '—' } };
    expect(headerMatch([...Array(layout.headerRow - 1).fill([]), ['Objective']], layout)).toBe(1);
    expect(headerMatch([['Objective']], { ...layout, headers: {} })).toBe(0);
  });
});

describe('markedSheet: references as hosts and files spell them', () => {
  test('the exact spelling wins over a sheet that differs only in case', () => {
    expect(markedSheet('Strategy!$A$1', ['strategy', 'Strategy'])).toBe('Strategy');
    expect(markedSheet('STRATEGY!$A$1', ['strategy', 'Strategy'])).toBe('strategy');
  });

  test('spaces around a reference are ignored; a reference without a sheet marks nothing', () => {
    expect(markedSheet("  ='Strategy (2)'!$A$1 ", ['Strategy', 'Strategy (2)'])).toBe('Strategy (2)');
    expect(markedSheet('$A$1', ['Strategy'])).toBeUndefined();
    // Only a leading "=" is the formula sign; one inside a sheet's name is part of the name.
    expect(markedSheet("='ROI=benefit÷cost'!$A$1", ['ROI=benefit÷cost'])).toBe('ROI=benefit÷cost');
    expect(markedSheet("'ROI=benefit÷cost'!$A$1", ['ROI=benefit÷cost'])).toBe('ROI=benefit÷cost');
    expect(markedSheet('', ['Strategy'])).toBeUndefined();
  });
});
