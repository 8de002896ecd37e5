/**
 * Tests of the built add-on call this first: it runs the webpack build when dist/sheets/ is missing or
 * older than any source it is made from, under a lock so parallel jest workers build only once.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'sheets');
const OUTPUTS = ['Code.js', 'Sidebar.html', 'appsscript.json'];
const SOURCES = ['core', 'ui', 'sheets-addon/server', 'sheets-addon/sidebar', 'sheets-addon/webpack.config.js', 'sheets-addon/appsscript.json'];
const LOCK = join(ROOT, 'dist', '.sheets-build.lock');
/** A lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 300_000;

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

export function ensureSheetsBuild(): void {
  if (isFresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) {
        try { rmdirSync(LOCK); } catch { /* another worker took it */ }
        continue;
      }
      if (Date.now() - started > STALE_LOCK_MS) throw new Error(`waited 5 minutes for ${LOCK}; remove it if no build is running`);
      sleep(250);
    }
  }
  try {
    if (isFresh()) return;
    const run = spawnSync('npx', ['webpack', '--config', 'sheets-addon/webpack.config.js'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`webpack failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}
