/**
 * Bench section: the cold load of each custom-function bundle (compile and run the whole file in a fresh
 * V8 context, as Apps Script does on every custom-function call in a new execution), and the per-call
 * cost of ROI through each bundle against core `evaluate` and a hand-written loop.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import vm from 'vm';

const ROOT = join(__dirname, '..');
export const BUNDLES = {
  sheets: join(ROOT, 'dist', 'sheets', 'Code.js'),
  excel: join(ROOT, 'dist', 'excel', 'functions.js'),
} as const;

/** A fresh global for a bundle, with what its host gives at load time (Excel: CustomFunctions.associate). */
export function bundleContext(): { context: vm.Context; associated: Map<string, (...args: unknown[]) => unknown> } {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    console,
    CustomFunctions: {
      associate: (id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) => {
        if (typeof id === 'string') associated.set(id, fn!);
        else for (const [k, v] of Object.entries(id)) associated.set(k, v);
      },
      Error: class CustomFunctionsError { constructor(readonly code: string, readonly message?: string) {} },
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  return { context: vm.createContext(sandbox), associated };
}

/** ROI of one cell through a loaded bundle: Sheets' global, or the function Excel associated. */
function firstRoi(context: vm.Context, associated: Map<string, (...args: unknown[]) => unknown>): unknown {
  const roi = associated.get('ROI') ?? (context as Record<string, unknown>).ROI;
  if (typeof roi !== 'function') throw new Error('bench: the bundle does not expose ROI');
  return roi(50_000, 10_000);
}

/**
 * Compile and run a bundle in a fresh context; its global and the ms it took. With `call`, the time
 * also covers one ROI of a single cell: what a custom-function call costs in a fresh execution, where
 * Code.js loads its custom functions on their first call.
 */
let loads = 0;
export function coldLoad(file: string, call = false): { ms: number; context: vm.Context; associated: Map<string, (...args: unknown[]) => unknown> } {
  // A unique last line, so V8's compilation cache never serves an earlier compile: every load is cold.
  const code = `${readFileSync(file, 'utf8')}\n// load ${++loads}\n`;
  const { context, associated } = bundleContext();
  (globalThis as { gc?: () => void }).gc?.(); // the earlier loads' garbage is not billed to this one
  const start = performance.now();
  new vm.Script(code, { filename: file }).runInContext(context);
  // Excel declares ROI's result a matrix ([[4]]), Sheets returns the number.
  if (call && [firstRoi(context, associated)].flat(2)[0] !== 4) throw new Error('bench: ROI(50000, 10000) is not 4');
  return { ms: performance.now() - start, context, associated };
}

export function benchLoad(runs = 21): { sheets: number; excel: number; sheetsCall: number; excelCall: number } {
  const samples = { sheets: [] as number[], excel: [] as number[], sheetsCall: [] as number[], excelCall: [] as number[] };
  for (let k = 0; k < runs; k++) {
    samples.sheets.push(coldLoad(BUNDLES.sheets).ms);
    samples.excel.push(coldLoad(BUNDLES.excel).ms);
    samples.sheetsCall.push(coldLoad(BUNDLES.sheets, true).ms);
    samples.excelCall.push(coldLoad(BUNDLES.excel, true).ms);
  }
  const [sheets, excel, sheetsCall, excelCall] = [samples.sheets, samples.excel, samples.sheetsCall, samples.excelCall].map((s) => Math.min(...s));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x ${a / b <= 3 ? '(within the 3x goal)' : '(over the 3x goal)'}`;
  console.log('\nCold load of the custom-function bundles (compile + run in a fresh V8 context, garbage collected before each, best of %d):', runs);
  console.log('                           load      load + ROI of one cell');
  console.log(`  dist/sheets/Code.js      ${sheets.toFixed(2).padStart(6)} ms  ${sheetsCall.toFixed(2).padStart(6)} ms  (${(readFileSync(BUNDLES.sheets).length / 1024).toFixed(0)} KiB)`);
  console.log(`  dist/excel/functions.js  ${excel.toFixed(2).padStart(6)} ms  ${excelCall.toFixed(2).padStart(6)} ms  (${(readFileSync(BUNDLES.excel).length / 1024).toFixed(0)} KiB)`);
  console.log(`  ratio: load ${ratio(sheets, excel)}, load + first call ${ratio(sheetsCall, excelCall)}`);
  return { sheets, excel, sheetsCall, excelCall };
}

/** The best ms of `fn` over `runs` runs after `warmup` unmeasured ones, garbage collected before each
 * (on a shared machine the minimum measures the work, the median mostly the neighbours). */
export function timed(fn: () => unknown, runs = 15, warmup = 5): number {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (let k = 0; k < warmup; k++) fn();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    collect();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return Math.min(...samples);
}

/**
 * The best ms of each function over `runs` rounds, each round running every function once in turn
 * (garbage collected before each), after `warmup` unmeasured rounds: a burst of load on the shared
 * machine hits all of them alike rather than one function's whole series.
 */
export function bestOfInterleaved<K extends string>(fns: Record<K, () => unknown>, runs: number, warmup: number): Record<K, number> {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const names = Object.keys(fns) as K[];
  const best = Object.fromEntries(names.map((name) => [name, Infinity])) as Record<K, number>;
  for (let k = 0; k < warmup + runs; k++) {
    for (const name of names) {
      collect();
      const start = performance.now();
      fns[name]();
      const ms = performance.now() - start;
      if (k >= warmup) best[name] = Math.min(best[name], ms);
    }
  }
  return best;
}

/**
 * ROI over a column of `rows` rows (rows of one cell, as hosts pass a range): a hand-written loop, core
 * `evaluate`, and the ROI each bundle exposes (Excel's associated function, Sheets' global), each given
 * the same arrays. Goal: core within 3x of the loop, each bundle within 1.5x of core.
 */
export function benchPerCall(evaluate: (name: string, args: readonly unknown[]) => unknown, sizes = [10_000, 100_000]): void {
  // The bundles run in this process's own global for this part: code in a vm context reaches every
  // global (Array, Math, …) through the context's interceptors, which would bill the bundles ~5x for
  // the bench's machinery, not for their code. Apps Script and Excel run them in a plain global.
  const g = globalThis as Record<string, unknown>;
  const { associated } = bundleContext();
  g.CustomFunctions = (bundleContext().context as Record<string, unknown>).CustomFunctions;
  (g.CustomFunctions as { associate: unknown }).associate = (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn);
  vm.runInThisContext(readFileSync(BUNDLES.excel, 'utf8'), { filename: BUNDLES.excel });
  vm.runInThisContext(readFileSync(BUNDLES.sheets, 'utf8'), { filename: BUNDLES.sheets });
  const excel = associated.get('ROI');
  const sheets = g.ROI as ((...args: unknown[]) => unknown) | undefined;
  if (!excel || !sheets) throw new Error('bench: a bundle does not expose ROI');
  console.log('\nROI per call, by rows (best of 15-61 interleaved runs, ms; goal: core <= 3x the loop, each bundle <= 1.5x core):');
  for (const rows of sizes) {
    const benefits = Array.from({ length: rows }, (_, i) => [50_000 + (i % 977) * 13]);
    const costs = Array.from({ length: rows }, (_, i) => [10_000 + (i % 613) * 7]);
    const big = rows >= 100_000;
    const { loop, core, viaExcel, viaSheets } = bestOfInterleaved({
      loop: () => {
        const out: number[][] = new Array(rows);
        for (let r = 0; r < rows; r++) {
          const b = benefits[r][0];
          const c = costs[r][0];
          out[r] = [(b - c) / c];
        }
        return out;
      },
      core: () => evaluate('ROI', [benefits, costs]),
      viaExcel: () => excel(benefits, costs),
      viaSheets: () => sheets(benefits, costs),
    }, big ? 15 : 61, big ? 5 : 50);
    const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    console.log(`  ${rows.toLocaleString('en-US').padStart(7)} rows  loop ${loop.toFixed(2).padStart(6)}  core ${core.toFixed(2).padStart(6)} (${x(core, loop)} loop)  Excel functions.js ${viaExcel.toFixed(2).padStart(6)} (${x(viaExcel, core)} core)  Sheets Code.js ${viaSheets.toFixed(2).padStart(6)} (${x(viaSheets, core)} core)`);
  }
}
