/**
 * LibreOffice headless as a real spreadsheet engine for tests: `recalculate(file)` opens an .xlsx,
 * recalculates every formula and saves the result as a new .xlsx, whose cached values the test then
 * reads (with exceljs); `exportPdf(file)` prints it to PDF, whose pages `pdfPages` extracts as text. Each run uses a fresh user profile, so parallel runs never fight over a lock,
 * and that profile tells Calc to recalculate OOXML files on load always (not only cells without a
 * cached value). If soffice is missing the call fails loudly: these tests never skip.
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, dirname, join, resolve } from 'path';

const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

/** The soffice binary: $SOFFICE, else the usual Debian and vendor paths; throws when there is none. */
export function sofficePath(candidates: readonly (string | undefined)[] = [process.env.SOFFICE, ...CANDIDATES]): string {
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'LibreOffice (soffice) is not installed, and the workbook tests need it. Install it with ' +
        '`apt-get install -y libreoffice-calc-nogui` (npm test runs scripts/ensure-system-deps.sh, which does so as root), or set SOFFICE to its path.',
    );
  }
  return found;
}

/** Calc settings: recalculate OOXML and ODF files on load, always (0 = always, 1 = never, 2 = ask). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${basename(file)} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export interface RecalculateOptions {
  /**
   * Where to write the result. Default: a `recalculated` (or `pdf`) directory beside the input, so it
   * goes away with the caller's own temporary directory and a test run leaves nothing behind.
   */
  readonly outDir?: string;
  readonly timeoutMs?: number;
}

/**
 * Open `inputPath` in LibreOffice (recalculating every formula) and save it as `format` (`xlsx`,
 * `pdf`, …) with the same base name in `outDir`, which must differ from the input's directory.
 * The throwaway user profile is always removed. Returns the written file's path.
 */
export async function convert(inputPath: string, format: string, outDir: string, timeoutMs = 180_000): Promise<string> {
  const soffice = sofficePath();
  if (!existsSync(inputPath)) throw new Error(`convert: ${inputPath} does not exist`);
  if (resolve(outDir) === resolve(dirname(inputPath))) throw new Error('convert: outDir must differ from the input file\'s directory');
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
  try {
    const { stdout, stderr } = await run(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--nodefault', '--convert-to', format, '--outdir', outDir, inputPath],
      timeoutMs,
    );
    const out = join(outDir, basename(inputPath).replace(/\.[^.]+$/, '') + '.' + format);
    if (!existsSync(out)) throw new Error(`soffice wrote no ${out}.\nstdout: ${stdout}\nstderr: ${stderr}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Open `xlsxPath` in LibreOffice, recalculate it and save it as .xlsx (same base name) in
 * `options.outDir`, which must differ from the input's directory. Returns the recalculated file's path.
 */
export async function recalculate(xlsxPath: string, options: RecalculateOptions = {}): Promise<string> {
  if (!existsSync(xlsxPath)) throw new Error(`recalculate: ${xlsxPath} does not exist`);
  return convert(xlsxPath, 'xlsx', options.outDir ?? join(dirname(xlsxPath), 'recalculated'), options.timeoutMs);
}

/** The workbook printed to PDF by LibreOffice (every sheet, after recalculating), as `recalculate` does for .xlsx. */
export async function exportPdf(xlsxPath: string, options: RecalculateOptions = {}): Promise<string> {
  if (!existsSync(xlsxPath)) throw new Error(`exportPdf: ${xlsxPath} does not exist`);
  return convert(xlsxPath, 'pdf', options.outDir ?? join(dirname(xlsxPath), 'pdf'), options.timeoutMs);
}

/** The text of each page of a PDF (poppler's pdftotext, in reading layout); throws when it is missing. */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const tool = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
  if (!tool) throw new Error('pdftotext is not installed, and the PDF tests need it. Install it with `apt-get install -y poppler-utils` (npm test runs scripts/ensure-system-deps.sh, which does so as root).');
  const { stdout } = await run(tool, ['-layout', pdfPath, '-'], 60_000);
  // pdftotext ends every page with a form feed.
  return stdout.split('\f').slice(0, -1);
}
