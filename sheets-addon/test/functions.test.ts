/**
 * The built Apps Script bundle, loaded as Apps Script loads it (one global script in a fresh V8
 * context, services as globals that must not be touched while loading): every catalogue function is a
 * top-level function with its @customfunction JSDoc, and called the way Sheets calls it (rows of cells,
 * '' for blanks, Date objects, fewer arguments when optional ones are left out) it passes the shared
 * cross-host cases: a single error throws `#CODE: message`, an error inside a spilled array is the text
 * `#CODE: message` in that element only.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE, evaluate } from '../../core';
import type { ExampleResult } from '../../core/types';
import { CROSS_HOST_CASES } from '../../test/cases/cross-host';
import { closeTo } from '../../test/support/results';
import { customFunctionJsdoc, commentText } from '../../scripts/sheets-entry';
import { SERVER_FUNCTIONS } from '../../ui/server-functions';
import { server } from '../server/main';
import { MENU_ITEMS } from '../server/menu';
import { DIST, ensureSheetsBuild } from './ensure-built';
import { jsdocTags, loadCodeJs, topLevelFunctions, type LoadedScript } from './gas-vm';

let script: LoadedScript;

beforeAll(() => {
  ensureSheetsBuild();
  script = loadCodeJs();
});

/** Arguments as Sheets passes them: blanks are '', optional arguments left out are not passed at all. */
function asSheetsArgs(args: readonly unknown[]): unknown[] {
  const out = args.map((a) => (Array.isArray(a) ? (a as unknown[][]).map((row) => row.map((c) => (c === null ? '' : c))) : a === null ? '' : a));
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end--;
  return out.slice(0, end);
}

type Outcome = { readonly threw: string } | { readonly value: unknown };

function callInSheets(name: string, args: readonly unknown[]): Outcome {
  try {
    return { value: script.fn(name)(...args) };
  } catch (e) {
    return { threw: String((e as { message?: unknown }).message ?? e) };
  }
}

const ERROR_TEXT = (code: string) => new RegExp(`^${code.replace(/[/!?#]/g, (ch) => `\\${ch}`)}: .{10,}`);

/** The first difference between what Sheets would show and the expected result, or undefined. */
function sheetsDifference(actual: unknown, expected: ExampleResult, where = 'result'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${where}: expected ${expected.length} rows, got ${JSON.stringify(actual)}`;
    for (let r = 0; r < expected.length; r++) {
      const want = expected[r] as readonly ExampleResult[];
      const got = actual[r] as unknown[];
      if (!Array.isArray(got) || got.length !== want.length) return `${where}[${r}]: expected ${want.length} cells, got ${JSON.stringify(got)}`;
      for (let c = 0; c < want.length; c++) {
        const cell = want[c];
        if (typeof cell === 'object' && cell !== null && 'error' in cell) {
          if (typeof got[c] !== 'string' || !ERROR_TEXT(cell.error).test(got[c] as string)) return `${where}[${r}][${c}]: expected the text "${cell.error}: …", got ${JSON.stringify(got[c])}`;
        } else {
          const d = sheetsDifference(got[c], cell, `${where}[${r}][${c}]`);
          if (d) return d;
        }
      }
    }
    return undefined;
  }
  if (typeof expected === 'number') return typeof actual === 'number' && closeTo(actual, expected) ? undefined : `${where}: expected ${expected}, got ${JSON.stringify(actual)}`;
  return actual === expected ? undefined : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

describe('Code.js as Apps Script loads it', () => {
  test('loading the script touches no service, and the file has no module syntax or eval', () => {
    expect(script.touchedAtLoad).toEqual([]);
    expect(script.source).not.toMatch(/^\s*export\s/m);
    expect(script.source).not.toMatch(/^\s*import\s/m);
    expect(script.source).not.toMatch(/\beval\(/);
    expect(script.source).not.toMatch(/UrlFetchApp|sourceMappingURL/);
  });

  test('every catalogue function is a top-level function with its @customfunction JSDoc, generated from the catalogue', () => {
    const functions = topLevelFunctions(script.source);
    for (const spec of CATALOGUE) {
      const declared = functions.get(spec.name);
      expect({ name: spec.name, declared: Boolean(declared?.jsdoc) }).toEqual({ name: spec.name, declared: true });
      const doc = jsdocTags(declared!.jsdoc!);
      expect(doc.description).toBe(commentText(spec.description));
      const params = doc.tags.filter((t) => t.tag === 'param');
      expect(params.map((p) => [p.name, p.text])).toEqual(spec.params.map((p) => [p.name, commentText(p.description)]));
      expect(declared!.params).toEqual(spec.params.map((p) => p.name));
      expect(doc.tags.find((t) => t.tag === 'return')?.text).toBe(commentText(spec.returns));
      expect(doc.tags.some((t) => t.tag === 'customfunction')).toBe(true);
      expect(declared!.jsdoc).toBe(customFunctionJsdoc(spec));
      expect(typeof script.context[spec.name]).toBe('function');
    }
    // Exactly one @customfunction block per catalogue function, and nothing else claims to be one.
    expect(script.source.match(/@customfunction/g)).toHaveLength(CATALOGUE.length);
    const custom = [...functions].filter(([, f]) => f.jsdoc?.includes('@customfunction')).map(([name]) => name);
    expect(custom.sort()).toEqual(CATALOGUE.map((s) => s.name).sort());
  });

  test('the menu and sidebar functions are top-level functions too', () => {
    const functions = topLevelFunctions(script.source);
    expect(Object.keys(SERVER_FUNCTIONS).sort()).toEqual(Object.keys(server).sort());
    for (const name of Object.keys(SERVER_FUNCTIONS)) {
      expect(functions.has(name)).toBe(true);
      expect(typeof script.context[name]).toBe('function');
    }
    for (const item of MENU_ITEMS) expect(functions.has(item.functionName)).toBe(true);
  });

  test.each(CROSS_HOST_CASES.map((c) => [c.formula, c] as const))('%s', (_formula, c) => {
    const outcome = callInSheets(c.name, asSheetsArgs(c.args));
    const expected = c.result;
    if (!Array.isArray(expected) && typeof expected === 'object' && expected !== null && 'error' in expected) {
      // A single error: Sheets shows #ERROR! with the thrown message, which starts with the code.
      if ('value' in outcome) throw new Error(`expected a thrown ${expected.error}, got ${JSON.stringify(outcome.value)}`);
      expect(outcome.threw).toMatch(ERROR_TEXT(expected.error));
      return;
    }
    if ('threw' in outcome) throw new Error(`expected ${JSON.stringify(expected)}, but it threw: ${outcome.threw}`);
    const d = sheetsDifference(outcome.value, expected);
    if (d) throw new Error(d);
  });

  test('Sheets values: a Date is its serial number, blanks are \'\', whole ranges spill, errors flow between our functions', () => {
    const jan1 = script.run<Date>('new Date(2025, 0, 1)');
    expect(script.fn('NET_BENEFITS')(jan1, 0)).toBe(45658); // =DATE(2025,1,1) in Sheets and Excel
    expect(script.fn('ROI')([[300], [''], [200]], [[100], [''], [100]])).toEqual([[2], [''], [1]]);
    const spilled = script.fn('ROI')([[300], [200]], [[100], [-1]]) as unknown[][];
    expect(spilled[0][0]).toBe(2);
    expect(spilled[1][0]).toMatch(/^#NUM!: costs \(row 2\)/);
    // The text of an error, passed on to another of our functions, is that error again (code kept).
    const chained = script.fn('NET_BENEFITS')(spilled, 0) as unknown[][];
    expect(chained[0][0]).toBe(2);
    expect(chained[1][0]).toMatch(/^#NUM!: /);
    // A cell showing Sheets' #ERROR! (a formula that threw) is an error too, not text.
    expect(() => script.fn('ROI')('#ERROR!', 5)).toThrow(/^#VALUE!: benefits is an error \(#VALUE!\)/);
    // A range of one cell that is an error is still an array: the error is text, as in any spill.
    const single = script.fn('ALIGNMENT_SCORE')([[3, 9]], [[1, 1]]) as unknown[][];
    expect(single).toHaveLength(1);
    expect(single[0][0]).toMatch(/^#NUM!: /);
    // An optional argument left out is simply not passed.
    expect(script.fn('ALIGNED_SHARE')([[3, 0], [1, 1]])).toBe(0.5);
    expect(script.fn('ALIGNED_SHARE')([[3, 0], [1, 1]], 1)).toBe(1);
  });

  test('the uncertainty and reporting functions as Sheets calls them: booleans, trailing optionals left out, a what-if grid', () => {
    expect(script.fn('PLAN_ATTAINMENT')([[40], [40], ['']], [[50], [50], ['']], [[true], [false], ['']])).toEqual([[1.25], [0.8], ['']]);
    expect(script.fn('PLAN_ATTAINMENT')(40, 50, true)).toBe(1.25);
    const simulated = script.fn('ROI_SIMULATE')(90000, 200000, 400000, 80000, 100000, 140000) as unknown[][];
    expect(simulated).toEqual(evaluate('ROI_SIMULATE', [90000, 200000, 400000, 80000, 100000, 140000]));
    expect(() => script.fn('ROI_SIMULATE')(1, 2, 3, 1, 2, 3, 99)).toThrow(/^#NUM!: trials must be a whole number from 100 to 100,000/);
    expect(script.fn('YTD')([[100, 120, 90, '', '', '', '', '', '', '', '', '']], 3)).toBe(310);
    expect(() => script.fn('YTD')([[100]], 13)).toThrow(/^#NUM!: through_month/);
    const grid = script.fn('ROI_SENSITIVITY')(300000, 100000, [[1], [0.5]], [[1, 1.5]]) as unknown[][];
    expect(grid[0][0]).toBe(2);
    expect(grid[1][0]).toBe(0.5);
    expect(grid[0][1]).toMatch(/^#NUM!: confidence_values \(column 2\)/);
    const plan = CATALOGUE.find((spec) => spec.name === 'PLAN_ATTAINMENT')!;
    expect(customFunctionJsdoc(plan)).toMatch(/@param \{boolean\|Array<Array<boolean>>\} less_is_better /);
  });

  test('a date is read in the spreadsheet\'s time zone when the spreadsheet says which', () => {
    const zones: string[] = [];
    script.install('SpreadsheetApp', { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Tokyo' }) });
    script.install('Utilities', {
      formatDate(date: Date, zone: string, pattern: string) {
        zones.push(zone);
        expect(pattern).toBe("yyyy-MM-dd'T'HH:mm:ss.SSS");
        const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
          .formatToParts(date).map((p) => [p.type, p.value]));
        return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.000`;
      },
    });
    try {
      // Midnight of 1 January 2025 in Tokyo is 15:00 UTC on 31 December 2024: still serial 45658 there.
      const tokyoMidnight = script.run<Date>('new Date(Date.UTC(2024, 11, 31, 15))');
      expect(script.fn('NET_BENEFITS')(tokyoMidnight, 0)).toBe(45658);
      expect(script.fn('NET_BENEFITS')([[tokyoMidnight], [100]], 0)).toEqual([[45658], [100]]);
      expect(zones).toEqual(['Asia/Tokyo', 'Asia/Tokyo']);
      expect(script.fn('ROI')(200, 100)).toBe(1);
      expect(zones).toHaveLength(2); // no date, no service
    } finally {
      script.install('SpreadsheetApp', undefined);
      script.install('Utilities', undefined);
    }
    // Without a readable spreadsheet the core reads the date's own fields.
    expect(script.fn('NET_BENEFITS')(script.run<Date>('new Date(2025, 0, 1)'), 0)).toBe(45658);
  });

  test('a large range goes through in one call and matches the core', () => {
    const rows = 20000;
    const benefits = Array.from({ length: rows }, (_, i) => [1000 + i]);
    const costs = Array.from({ length: rows }, (_, i) => [i % 97 === 0 ? '' : 500 + i]);
    const result = script.fn('ROI')(benefits, costs) as unknown[][];
    const core = evaluate('ROI', [benefits, costs]) as unknown[][];
    expect(result).toHaveLength(rows);
    for (let i = 0; i < rows; i += 997) {
      const want = core[i][0];
      if (typeof want === 'number') expect(result[i][0]).toBeCloseTo(want, 12);
      else expect(String(result[i][0])).toMatch(/^#N\/A: /);
    }
  });
});

describe('appsscript.json', () => {
  test('V8, exactly the two scopes the add-on needs, no network or advanced services, a time zone and exception logging', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.urlFetchWhitelist).toBeUndefined();
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    expect(manifest.dependencies?.libraries ?? []).toEqual([]);
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  test('.clasp.json.example points clasp at dist/sheets and shows where the script id goes', () => {
    const example = JSON.parse(readFileSync(join(DIST, '..', '..', '.clasp.json.example'), 'utf8'));
    expect(example.rootDir).toBe('dist/sheets');
    expect(example.scriptId).toMatch(/SCRIPT-ID/);
  });

  test('dist/sheets holds only what clasp should push', () => {
    const { readdirSync } = jest.requireActual<typeof import('fs')>('fs');
    expect(readdirSync(DIST).filter((f: string) => !f.startsWith('.')).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });
});
