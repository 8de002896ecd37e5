/**
 * The ld-report command (its entry file is cli/ld-report.ts): `npx ld-report <workbook.xlsx> [--json] [--pdf FILE] [--today YYYY-MM-DD] [--organisation NAME] [--budget AMOUNT]`
 *
 * Prints the audit and the executive summary of a framework workbook as Markdown (`--json` for
 * machines, `--pdf FILE` for a one- or two-page executive report to email, cli/pdf.ts); with `--budget`, the portfolio plan too. Exit status: 0 when the audit finds no errors,
 * 1 when it finds some, 2 when the file cannot be read or is not a framework workbook (or the command
 * line is wrong). Never prints a stack trace.
 */
import { basename } from 'path';
import { auditWorkbook, planPortfolio } from '../core/insights';
import { isIsoDate } from '../core/insights/cells';
import { argumentsExit, failure, firstLine } from './exit';
import { jsonReport, markdownReport, terminalSafe } from './markdown';
import { MissingEngineError, writePdf } from './pdf';
import type { Paper } from './report-html';
import { UnreadableFileError, xlsxSource } from './xlsx-source';

export const EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

export const USAGE = `Usage: ld-report <workbook.xlsx> [--json] [--pdf FILE [--paper a4|letter]] [--today YYYY-MM-DD] [--organisation NAME] [--budget AMOUNT]

Audits a filled L&D framework workbook and prints the findings and an executive summary.
  --json               machine-readable output
  --pdf FILE           also write a one- or two-page executive report to FILE (needs Chromium)
  --paper a4|letter    the PDF's paper size (default a4)
  --today DATE         the day "last contact within 90 days" is measured from (default: today, UTC)
  --organisation NAME  the organisation's name for the summary
  --budget AMOUNT      also plan next period's portfolio within this budget
Exit status: 0 no errors found, 1 errors found, 2 the file cannot be read.`;

interface Args {
  file: string;
  json: boolean;
  today: string;
  organisation?: string;
  budget?: number;
  pdf?: string;
  paper: Paper;
}

export function parseArgs(argv: readonly string[], now: Date = new Date()): Args | string {
  const args: Partial<Args> & { json: boolean; paper: Paper } = { json: false, paper: 'A4', today: now.toISOString().slice(0, 10) };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const next = () => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') args.json = true;
      else if (a === '--today') args.today = next();
      else if (a === '--pdf') args.pdf = next();
      else if (a === '--paper') {
        const v = next();
        if (!/^(a4|letter)$/i.test(v)) return `--paper must be a4 or letter, not "${v}"`;
        args.paper = v.toLowerCase() === 'a4' ? 'A4' : 'Letter';
      }
      else if (a === '--organisation' || a === '--organization') args.organisation = next();
      else if (a === '--budget') {
        const v = next();
        // A decimal amount, as a cell holds one (`0x10` and `Infinity` are not amounts).
        const digits = v.trim().replace(/[,_$]/g, '');
        const amount = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits) ? Number(digits) : Number.NaN;
        if (!Number.isFinite(amount)) return `--budget must be an amount of 0 or more, not "${v}"`;
        args.budget = amount;
      } else if (a === '--help' || a === '-h') return '';
      else if (a.startsWith('-')) return `unknown option ${a}`;
      else if (args.file === undefined) args.file = a;
      else return `only one workbook at a time (got ${args.file} and ${a})`;
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (args.file === undefined) return 'no workbook given';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today!) || !isIsoDate(args.today!)) return `--today must be a date written YYYY-MM-DD, not "${args.today}"`;
  return args as Args;
}

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return argumentsExit('ld-report', args, USAGE, out, err);
  const fail = failure('ld-report', args.json ? { file: args.file } : undefined, out, err);
  let report;
  try {
    const source = await xlsxSource(args.file);
    report = auditWorkbook(source, { today: args.today, organisation: args.organisation });
  } catch (error) {
    if (error instanceof UnreadableFileError) return fail(error.message);
    return fail(`cannot read ${args.file}: ${firstLine(error)}`);
  }
  if (!report.ok) return fail(`${basename(args.file)}: ${report.reason}`);
  const plan = args.budget !== undefined ? planPortfolio(report.model, args.budget) : undefined;
  if (args.pdf !== undefined) {
    try {
      await writePdf({ file: args.file, report, today: args.today, organisation: args.organisation, paper: args.paper }, args.pdf);
    } catch (error) {
      if (error instanceof MissingEngineError) {
        err(`ld-report: ${terminalSafe(error.message)}\n`);
        return EXIT.unreadable;
      }
      return fail(`cannot write ${args.pdf}: ${firstLine(error)}`);
    }
  }
  let text: string;
  try {
    text = args.json ? jsonReport(args.file, report, args.today, plan) : markdownReport(basename(args.file), report, args.today, plan);
  } catch (error) {
    // A report longer than a string can be (V8: about 512 Mi characters) is the one failure rendering has.
    if (error instanceof RangeError) return fail(`${basename(args.file)}: the report would be too long to print; its names and notes are far longer than a framework's`);
    throw error;
  }
  out(text);
  return report.counts.error > 0 ? EXIT.errors : EXIT.clean;
}
