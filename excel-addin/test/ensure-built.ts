/**
 * Tests of the built add-in call this first: it runs the webpack build when dist/excel/ is missing
 * or older than any source it is made from, under a lock so parallel jest workers build only once.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'excel');
const OUTPUTS = ['functions.js', 'functions.json', 'taskpane.js', 'taskpane.html', 'pane.css', 'manifest.xml', 'assets/icon-32.png'];
const SOURCES = ['core', 'ui', 'excel-addin/functions', 'excel-addin/taskpane', 'excel-addin/builder', 'excel-addin/insights', 'excel-addin/assets', 'excel-addin/webpack.config.js', 'manifest.xml'];
const LOCK = join(ROOT, 'dist', '.excel-build.lock');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function isFresh(): boolean {
  const outputs = OUTPUTS.map((o) => join(DIST, o));
  if (!outputs.every(existsSync)) return false;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  return SOURCES.every((s) => newest(join(ROOT, s)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureExcelBuild(): void {
  if (isFresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run (a build takes well under a minute) is taken over.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmdirSync(LOCK);
      else if (Date.now() - started > 300_000) throw new Error(`waited 5 minutes for ${LOCK}; remove it if no build is running`);
      sleep(250);
    }
  }
  try {
    if (isFresh()) return;
    const run = spawnSync('npx', ['webpack', '--config', 'excel-addin/webpack.config.js'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_PUBLIC_URL: '' } });
    if (run.status !== 0) throw new Error(`webpack failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}
