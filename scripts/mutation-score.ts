/**
 * `npm run mutation:score -- core/insights [core/templates …]`: the mutation score of a folder from the
 * reports that `npm run mutation` left in reports/mutation, since a folder is usually run file by file.
 *
 * For each source file under a folder asked for, the newest whole-file report holding it counts (a
 * report of line ranges, `MUTATE=core/x.ts:10-40`, holds only part of a file and is left out; so is a
 * sampled run's, which this script names but does not add in). Prints each file and each folder:
 * killed, timed out, survived, not covered, score = (killed + timed out) / all four. Lists the source
 * files of the folder that no report holds, since a folder's score without them is not its score.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface Mutant { readonly status: string }
interface Report { readonly files: Readonly<Record<string, { readonly mutants: readonly Mutant[] }>> }
interface Tally { killed: number; timeout: number; survived: number; noCoverage: number }

const REPORTS = 'reports/mutation';
const folders = process.argv.slice(2).map((f) => f.replace(/\/+$/, ''));
if (folders.length === 0) {
  process.stderr.write('Name a folder: npm run mutation:score -- core/insights\n');
  process.exit(2);
}
if (!existsSync(REPORTS)) {
  process.stderr.write(`No reports in ${REPORTS} yet: run npm run mutation first (MUTATE=${folders[0]} npm run mutation).\n`);
  process.exit(2);
}

const tally = (mutants: readonly Mutant[]): Tally => {
  const t: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
  }
  return t;
};
const valid = (t: Tally) => t.killed + t.timeout + t.survived + t.noCoverage;
const score = (t: Tally) => (valid(t) === 0 ? '-' : `${((100 * (t.killed + t.timeout)) / valid(t)).toFixed(1)}%`);
const line = (name: string, t: Tally, from?: string) =>
  `${name}: ${score(t)} of ${valid(t)} (${t.killed} killed, ${t.timeout} timed out, ${t.survived} survived, ${t.noCoverage} not covered)${from ? ` from ${from}` : ''}`;

// Newest first, so the first report met for a file is the one that counts.
const reports = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, time: statSync(path.join(REPORTS, f)).mtimeMs }))
  .sort((a, b) => b.time - a.time);
const sampled = reports.filter((r) => /\.sample-[\d.]+-\d+\.json$/.test(r.file));
const whole = reports.filter((r) => !sampled.includes(r) && !/_\d+-\d+/.test(r.file));

const parsed = whole.map(({ file }) => ({ file, report: JSON.parse(readFileSync(path.join(REPORTS, file), 'utf8')) as Report }));
const chosen = new Map<string, { tally: Tally; from: string }>();
for (const { file, report } of parsed) {
  for (const [source, data] of Object.entries(report.files)) {
    if (chosen.has(source) || !folders.some((f) => source.startsWith(`${f}/`))) continue;
    const t = tally(data.mutants);
    if (valid(t) > 0) chosen.set(source, { tally: t, from: file });
  }
}

/** Source files of a folder that mutation would run on (what stryker.config.mjs mutates). */
function sources(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') out.push(...sources(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

for (const folder of folders) {
  const sum: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const [source, { tally: t, from }] of [...chosen].filter(([s]) => s.startsWith(`${folder}/`)).sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`  ${line(source, t, from)}\n`);
    for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
  }
  // Files whose every mutant is static (module-level data) have no valid mutant: not missing.
  const missing = sources(folder).filter((s) => !chosen.has(s) && !parsed.some(({ report }) => report.files[s] !== undefined));
  process.stdout.write(`${line(folder, sum)}\n`);
  if (missing.length > 0) process.stdout.write(`  no report yet for ${missing.join(', ')}: the folder's score is not complete\n`);
  for (const r of sampled.filter((s) => s.file.startsWith(`${folder.replace(/[^\w.-]+/g, '_')}.sample-`))) {
    process.stdout.write(`  a sampled run exists: ${REPORTS}/${r.file} (its score is printed by the run itself)\n`);
  }
}
