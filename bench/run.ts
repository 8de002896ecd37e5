/**
 * `npm run bench`: how much the generic runner costs against hand-written loops over the same plain
 * arrays (goal: within 2×). Prints figures; asserts nothing (tests assert behaviour, not speed).
 */
import { performance } from 'perf_hooks';
import { evaluate } from '../core';
import { benchSimulate } from './simulate';
import { benchAnalyses } from './analyses';
import { benchLoad, benchPerCall, BUNDLES } from './load';
import { existsSync } from 'fs';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function sample(fn: () => unknown): number {
  collect(); // each sample starts from a clean heap, so one run does not pay for another's garbage
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median wall times in ms of `a` and `b`, run alternately (so load on the machine hits both alike)
 * `runs` times after `warmup` unmeasured rounds. */
function compare(a: () => unknown, b: () => unknown, runs = 11, warmup = 3): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(sample(a));
    bs.push(sample(b));
  }
  return [median(as), median(bs)];
}

function report(label: string, [viaEvaluate, byHand]: [number, number]): void {
  const ratio = viaEvaluate / byHand;
  console.log(`${label.padEnd(42)} evaluate ${viaEvaluate.toFixed(1).padStart(7)} ms   hand loop ${byHand.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(2)}x ${ratio <= 2 ? '(within 2x)' : '(over 2x goal)'}`);
}

// ROI over 1,000,000 rows, as a host passes a column: rows of one cell.
const ROWS = 1_000_000;
const benefits = Array.from({ length: ROWS }, (_, i) => [50_000 + (i % 977) * 13]);
const costs = Array.from({ length: ROWS }, (_, i) => [10_000 + (i % 613) * 7]);

const roiByHand = () => {
  const out: number[][] = new Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const b = benefits[r][0];
    const c = costs[r][0];
    out[r] = [(b - c) / c];
  }
  return out;
};
report('ROI, 1,000,000 rows', compare(() => evaluate('ROI', [benefits, costs]), roiByHand));

// ALIGNMENT_SCORE over 10,000 initiatives × 12 objectives.
const INITIATIVES = 10_000;
const OBJECTIVES = 12;
const strengths = Array.from({ length: INITIATIVES }, (_, i) => Array.from({ length: OBJECTIVES }, (_, j) => (i * 7 + j * 3) % 4));
const weights = [Array.from({ length: OBJECTIVES }, (_, j) => (j % 5) + 1)];

const scoreByHand = () => {
  const w = weights[0];
  let sum = 0;
  for (const x of w) sum += x;
  const out: number[][] = new Array(INITIATIVES);
  for (let r = 0; r < INITIATIVES; r++) {
    let total = 0;
    const row = strengths[r];
    for (let j = 0; j < OBJECTIVES; j++) total += w[j] * row[j];
    out[r] = [(100 * total) / (3 * sum)];
  }
  return out;
};
report('ALIGNMENT_SCORE, 10,000 x 12', compare(() => evaluate('ALIGNMENT_SCORE', [strengths, weights]), scoreByHand, 101, 100));

benchSimulate();
benchAnalyses();
if (existsSync(BUNDLES.sheets) && existsSync(BUNDLES.excel)) {
  benchLoad();
  benchPerCall(evaluate as (name: string, args: readonly unknown[]) => unknown);
} else {
  console.log('\nBundles not built: run `npm run build -- excel sheets` for the cold-load and per-call figures.');
}
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}; medians of alternating runs after warm-ups, garbage collected before each run${(globalThis as { gc?: unknown }).gc ? '' : ' (start node with --expose-gc for that)'}.`);
