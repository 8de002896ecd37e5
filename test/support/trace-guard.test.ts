/**
 * The trace guard (trace-guard.js, jest's globalSetup/globalTeardown) reports what a run left behind:
 * a changed tracked file, a new untracked file, a file changed again that was already dirty, and a new
 * entry in the temporary directory; what existed before and jest's cache are not reported.
 * It works on a scratch git repository and a scratch "temporary directory", both removed afterwards.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const guard = require('./trace-guard') as {
  guarded(config: object): boolean;
  treeState(root: string): Map<string, string> | undefined;
  tempEntries(config: object, tmp: string): Set<string>;
  traces(before: { tree?: Map<string, string>; tmp: string; temp: Set<string> }, config: object, root: string): string[];
};

let scratch: string;
let repo: string;
let tmp: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ld-guard-'));
  repo = join(scratch, 'repo');
  tmp = join(scratch, 'tmp');
  mkdirSync(repo);
  mkdirSync(join(tmp, 'jest_cache'), { recursive: true });
  git('init', '-q');
  writeFileSync(join(repo, 'tracked.txt'), 'one');
  writeFileSync(join(repo, 'dirty.txt'), 'one');
  git('add', '.');
  git('commit', '-q', '-m', 'start');
  writeFileSync(join(repo, 'dirty.txt'), 'edited before the run');
  writeFileSync(join(tmp, 'there-before'), '');
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const config = () => ({ cacheDirectory: join(tmp, 'jest_cache') });
const record = () => ({ tree: guard.treeState(repo), tmp, temp: guard.tempEntries(config(), tmp) });

test('a run that changes nothing leaves no trace, whatever was dirty or in the temporary directory before', () => {
  const before = record();
  writeFileSync(join(tmp, 'jest_cache', 'more-cache'), ''); // jest's cache is not a trace
  expect(guard.traces(before, config(), repo)).toEqual([]);
});

test('a changed tracked file, a new untracked file, a dirty file changed again and a new temporary entry are each reported', () => {
  const before = record();
  writeFileSync(join(repo, 'tracked.txt'), 'two');
  writeFileSync(join(repo, 'new.png'), 'x');
  writeFileSync(join(repo, 'dirty.txt'), 'edited by the run');
  mkdirSync(join(tmp, 'lo-out-abc'));
  expect(guard.traces(before, config(), repo).sort()).toEqual([
    'added in the working tree: new.png',
    'changed again in the working tree: dirty.txt',
    'changed in the working tree: tracked.txt',
    `left in ${tmp}: lo-out-abc`,
  ]);
});

test('the whole suite is guarded; a run of chosen files only with LD_TRACE_GUARD=1', () => {
  const saved = process.env.LD_TRACE_GUARD;
  try {
    delete process.env.LD_TRACE_GUARD;
    expect(guard.guarded({ testPathPattern: '', testNamePattern: '' })).toBe(true);
    expect(guard.guarded({ testPathPattern: 'test/templates' })).toBe(false);
    process.env.LD_TRACE_GUARD = '1';
    expect(guard.guarded({ testPathPattern: 'test/templates' })).toBe(true);
    process.env.LD_TRACE_GUARD = '0';
    expect(guard.guarded({ testPathPattern: '' })).toBe(false);
  } finally {
    if (saved === undefined) delete process.env.LD_TRACE_GUARD;
    else process.env.LD_TRACE_GUARD = saved;
  }
});
