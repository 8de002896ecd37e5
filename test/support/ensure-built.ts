/**
 * Tests of a built bundle call its host's `ensure…Build()` first (excel-addin/test/ensure-built.ts,
 * sheets-addon/test/ensure-built.ts): it runs the webpack build when dist/<name>/ is missing or older
 * than any source it is made from, under a lock so parallel jest workers build only once.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
/** A lock older than this is left over from a killed build (a build takes well under a minute). */
const STALE_LOCK_MS = 300_000;

export interface Bundle {
  /** dist/<name>/ and the lock dist/.<name>-build.lock. */
  readonly name: string;
  /** Files the build writes, relative to dist/<name>/. */
  readonly outputs: readonly string[];
  /** Files and folders it is made from, relative to the root (tests excluded). */
  readonly sources: readonly string[];
  /** The webpack config, relative to the root. */
  readonly config: string;
  readonly env?: Readonly<Record<string, string>>;
}

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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The bundle's folder and the function that builds it when stale. */
export function builtBundle(bundle: Bundle): { DIST: string; ensure: () => void } {
  const dist = join(ROOT, 'dist', bundle.name);
  const lock = join(ROOT, 'dist', `.${bundle.name}-build.lock`);
  const isFresh = (): boolean => {
    const outputs = bundle.outputs.map((o) => join(dist, o));
    if (!outputs.every(existsSync)) return false;
    const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
    return bundle.sources.every((s) => newest(join(ROOT, s)) <= built);
  };
  const ensure = (): void => {
    if (isFresh()) return;
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    const started = Date.now();
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) {
          try { rmdirSync(lock); } catch { /* another worker took it */ }
          continue;
        }
        if (Date.now() - started > STALE_LOCK_MS) throw new Error(`waited 5 minutes for ${lock}; remove it if no build is running`);
        sleep(250);
      }
    }
    try {
      if (isFresh()) return;
      const run = spawnSync('npx', ['webpack', '--config', bundle.config], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...bundle.env } });
      if (run.status !== 0) throw new Error(`webpack failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    } finally {
      rmdirSync(lock);
    }
  };
  return { DIST: dist, ensure };
}
