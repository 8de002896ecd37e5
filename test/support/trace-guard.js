/**
 * A test run leaves no trace: jest's globalSetup records the working tree's `git status` (with a hash
 * of every file that is already changed or untracked) and the temporary directory's entries; its
 * globalTeardown compares and fails the run when the suite changed a tracked file, added an untracked
 * one, or left something in the temporary directory. What existed before the run is not blamed on it,
 * and jest's own cache directory is ignored.
 *
 * It guards a run of the whole suite (`npm test`): a run of chosen files is often made while someone
 * edits the tree, so it is guarded only with LD_TRACE_GUARD=1. LD_TRACE_GUARD=0 turns it off.
 */
const { execFileSync } = require('child_process');
const { createHash } = require('crypto');
const { existsSync, readdirSync, readFileSync, statSync } = require('fs');
const { tmpdir } = require('os');
const { basename, dirname, join, resolve } = require('path');

const ROOT = resolve(__dirname, '..', '..');

/** Whether this run is guarded: the whole suite, unless LD_TRACE_GUARD says otherwise. */
function guarded(globalConfig) {
  if (process.env.LD_TRACE_GUARD === '1') return true;
  if (process.env.LD_TRACE_GUARD === '0') return false;
  const chosen = globalConfig.testPathPattern || globalConfig.testNamePattern || globalConfig.onlyChanged || globalConfig.findRelatedTests;
  return !chosen;
}

/** Path → a hash of its content (or 'absent'), for every changed or untracked file; undefined outside git. */
function treeState(root = ROOT) {
  let out;
  try {
    out = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // not a git checkout (e.g. an npm tarball): nothing to compare
  }
  const state = new Map();
  const entries = out.split('\0').filter(Boolean);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const path = entry.slice(3);
    if (entry[0] === 'R' || entry[0] === 'C') i++; // a rename is followed by its old path
    const file = join(root, path);
    let hash = 'absent';
    if (existsSync(file) && statSync(file).isFile()) hash = createHash('sha1').update(readFileSync(file)).digest('hex');
    state.set(path, `${entry.slice(0, 2)} ${hash}`);
  }
  return state;
}

/** The temporary directory's entries, without jest's own cache. */
function tempEntries(globalConfig, tmp = resolve(tmpdir())) {
  const cache = globalConfig.cacheDirectory && resolve(dirname(globalConfig.cacheDirectory)) === tmp ? basename(globalConfig.cacheDirectory) : undefined;
  return new Set(readdirSync(tmp).filter((name) => name !== cache));
}

function setup(globalConfig) {
  if (!guarded(globalConfig)) return;
  const tmp = resolve(tmpdir());
  globalThis.__LD_TRACE_GUARD__ = { tree: treeState(), tmp, temp: tempEntries(globalConfig, tmp) };
}

/** What the run left behind, one line each; empty when it left nothing. */
function traces(before, globalConfig, root = ROOT) {
  const found = [];
  const tree = treeState(root);
  if (before.tree && tree) {
    for (const [path, now] of tree) {
      const was = before.tree.get(path);
      if (was === undefined) found.push(`${now.startsWith('??') ? 'added' : 'changed'} in the working tree: ${path}`);
      else if (was !== now) found.push(`changed again in the working tree: ${path}`);
    }
  }
  for (const name of tempEntries(globalConfig, before.tmp)) if (!before.temp.has(name)) found.push(`left in ${before.tmp}: ${name}`);
  return found;
}

function teardown(globalConfig) {
  const before = globalThis.__LD_TRACE_GUARD__;
  if (!before) return;
  const found = traces(before, globalConfig);
  if (found.length > 0) {
    throw new Error(`The test run left traces (a run must leave the tree and the temporary directory as it found them):\n  ${found.join('\n  ')}`);
  }
}

module.exports = { guarded, setup, teardown, traces, treeState, tempEntries };
