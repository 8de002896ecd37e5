/**
 * `ld-report --pdf out.pdf`: the executive report (cli/report-html.ts) printed to PDF by headless
 * Chromium, driven by playwright-core.
 *
 * Why Chromium: it lays out text and inline SVG exactly as a browser shows them (real fonts, kerning,
 * page footers, A4 or Letter), needs no spreadsheet program, and is what the project's tests already
 * drive. playwright-core downloads no browser: it uses the system's, `/usr/bin/chromium` (Debian's
 * package), or the one named by the `LD_CHROMIUM` environment variable.
 *
 * Nothing reaches the network: the page is set from a string, every request is aborted, and the
 * page's own Content-Security-Policy allows no fetch. Chromium gets a fresh profile in a temporary
 * folder, removed afterwards.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { firstLine } from './exit';
import { ERRORS_LISTED, executiveReportHtml, ExecutiveReportInput, footerHtml } from './report-html';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium's flags: as root without a sandbox, no GPU, nothing started that would reach the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
] as const;

/** The engine is not installed: the message says how to install it. */
export class MissingEngineError extends Error {}

/** The Chromium to run: `LD_CHROMIUM` when set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.LD_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
}

/** One line: what is wrong with the engine (not found, or `failure` when it did not start) and how to install it. */
export function missingEngineMessage(path: string, failure?: string): string {
  const what = failure === undefined ? `not found at ${path}` : `but ${path} did not start (${failure})`;
  return `--pdf needs Chromium, ${what}: install it with \`apt-get install chromium\` (Debian/Ubuntu), or elsewhere set LD_CHROMIUM=/path/to/chrome (Chrome, Chromium or Edge)`;
}

/** The report's most pages: one or two, to read in an email. */
export const MAX_PAGES = 2;

/** The number of pages of a PDF Chromium wrote (its page objects are plain dictionaries). */
export function pdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * Writes the executive report to `out` as PDF; returns its size in bytes. When the audit's errors
 * would push it past {@link MAX_PAGES}, fewer of them are listed (the rest are counted, with where to
 * read them).
 */
export async function writePdf(input: ExecutiveReportInput, out: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const executablePath = chromiumPath(env);
  if (!existsSync(executablePath)) throw new MissingEngineError(missingEngineMessage(executablePath));
  // Loaded only here, so the Markdown and JSON reports never need it.
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'ld-report-chromium-'));
  try {
    let context;
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath, headless: true, args: [...CHROMIUM_ARGS], offline: true, javaScriptEnabled: false,
      });
    } catch (error) {
      const first = firstLine(error).replace(/^[\w.]+: /, '');
      throw new MissingEngineError(missingEngineMessage(executablePath, first));
    }
    try {
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      let pdf: Buffer | undefined;
      for (const errorsListed of [ERRORS_LISTED, 3, 1, 0]) {
        await page.setContent(executiveReportHtml({ ...input, errorsListed }), { waitUntil: 'load' });
        pdf = await page.pdf({
          format: input.paper ?? 'A4', printBackground: true, preferCSSPageSize: true,
          displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerHtml(input),
        });
        if (pdfPages(pdf) <= MAX_PAGES) break;
      }
      writeFileSync(out, pdf!);
      return pdf!.length;
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
