/**
 * `npm run build`: every target, in order. Each target is one command; a failure stops the build.
 *   workbooks  dist/workbooks/*.xlsx from the core's template specs
 *   excel      dist/excel/ (task pane, custom functions, functions.json, manifest) with webpack
 *   sheets     dist/sheets/ (Code.js, appsscript.json, sidebar) with webpack
 * `npm run build -- excel` builds only the targets named.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';

interface Target {
  readonly name: string;
  /** The file that defines the target; the build fails if it is missing. */
  readonly definedBy: string;
  readonly command: readonly string[];
}

const TARGETS: readonly Target[] = [
  { name: 'workbooks', definedBy: 'scripts/build-workbooks.ts', command: ['npx', 'tsx', 'scripts/build-workbooks.ts'] },
  { name: 'excel', definedBy: 'excel-addin/webpack.config.js', command: ['npx', 'webpack', '--config', 'excel-addin/webpack.config.js'] },
  { name: 'sheets', definedBy: 'sheets-addon/webpack.config.js', command: ['npx', 'webpack', '--config', 'sheets-addon/webpack.config.js'] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !TARGETS.some((t) => t.name === w));
if (unknown.length > 0) {
  console.error(`Unknown build target(s): ${unknown.join(', ')}. Targets: ${TARGETS.map((t) => t.name).join(', ')}.`);
  process.exit(2);
}

for (const target of TARGETS) {
  if (wanted.length > 0 && !wanted.includes(target.name)) continue;
  if (!existsSync(target.definedBy)) {
    console.error(`build ${target.name}: ${target.definedBy} is missing.`);
    process.exit(1);
  }
  console.log(`\n== build ${target.name}`);
  const started = Date.now();
  const run = spawnSync(target.command[0], target.command.slice(1), { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    console.error(`build ${target.name} failed (exit ${run.status ?? run.signal}).`);
    process.exit(run.status ?? 1);
  }
  console.log(`== ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
