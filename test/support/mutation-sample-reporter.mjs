/**
 * A Stryker reporter for sampled runs of `npm run mutation` (MUTATION_SAMPLE, see mutation-sample.js).
 * It states the score over the sample, per file and in all, with the 95% interval of the estimate, and
 * writes the JSON report (the path of `jsonReporter.fileName`) with every mutant outside the sample
 * marked Ignored, so that no reader takes Stryker's own table, which also counts the uncovered
 * mutants outside the sample, for the score. Without a sample it does nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const require = createRequire(import.meta.url);
const { inSample, sampleSettings, wilsonInterval } = require('./mutation-sample.js');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Score the sample of `report` (mutation-testing-report-schema), marking the rest Ignored in place. */
export function scoreSample(report, settings) {
  const files = [];
  for (const [name, file] of Object.entries(report.files)) {
    let detected = 0;
    let undetected = 0;
    for (const mutant of file.mutants) {
      if (!inSample(mutant.id, settings)) {
        mutant.status = 'Ignored';
        mutant.statusReason = `not in the sample (MUTATION_SAMPLE=${settings.fraction}, MUTATION_SEED=${settings.seed})`;
        continue;
      }
      if (DETECTED.has(mutant.status)) detected++;
      else if (UNDETECTED.has(mutant.status)) undetected++;
    }
    files.push({ name, detected, scored: detected + undetected });
  }
  const detected = files.reduce((s, f) => s + f.detected, 0);
  const scored = files.reduce((s, f) => s + f.scored, 0);
  return { files, detected, scored, interval: wilsonInterval(detected, scored) };
}

const percent = (fraction) => `${(fraction * 100).toFixed(1)}%`;

class SampleReporter {
  static inject = [commonTokens.options];

  constructor(options) {
    this.settings = sampleSettings();
    this.fileName = options.jsonReporter?.fileName ?? 'reports/mutation/mutation.json';
  }

  onMutationTestReportReady(report) {
    if (this.settings === undefined) return;
    const { files, detected, scored, interval } = scoreSample(report, this.settings);
    const lines = [
      '',
      `Sampled mutation score (MUTATION_SAMPLE=${this.settings.fraction}, MUTATION_SEED=${this.settings.seed}); Stryker's table above also counts uncovered mutants outside the sample:`,
      ...files.filter((f) => f.scored > 0).map((f) => `  ${f.name}: ${f.detected} of ${f.scored} detected, ${percent(f.detected / f.scored)}`),
      scored === 0
        ? '  no mutant of the sample was scored'
        : `  all: ${detected} of ${scored} sampled mutants detected, ${percent(detected / scored)} (95% interval ${percent(interval[0])} to ${percent(interval[1])})`,
      `  report: ${this.fileName} (mutants outside the sample marked Ignored)`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    mkdirSync(path.dirname(this.fileName), { recursive: true });
    writeFileSync(this.fileName, JSON.stringify(report));
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'mutation-sample', SampleReporter)];
