/**
 * What both commands (`ld-report`, `ld-import`) do with bad arguments and with a failure: the usage
 * on `--help`, one line on standard error otherwise, and exit 2. The line holds nothing a terminal
 * would obey (file and sheet names are the user's) and, with `--json`, the same reason is printed as
 * JSON too, so a script reading standard output learns why.
 */
import { terminalSafe } from './markdown';

/** An error's first line (Node's messages may carry more), or a thrown value as text. */
export function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** What went wrong with a file, in words (`ENOENT` → "no such file"); Node's own text only for a code not listed. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'the path goes round in a loop of symbolic links';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'ENAMETOOLONG': return 'the path or a name in it is too long';
    case 'EISDIR': return 'it is a folder, not a file';
    case 'ENOSPC': return 'the disk is full';
    case 'EROFS': return 'the disk is read-only';
    case 'EDQUOT': return 'the disk quota is used up';
    case 'EMFILE': case 'ENFILE': return 'too many files are open';
    case 'EIO': return 'the disk reported an input/output error';
    default: return firstLine(error);
  }
}

/** A command's body: the arguments, where to print, and the exit status it answers. */
export type Command = (argv: readonly string[], out: (text: string) => void, err: (text: string) => void) => Promise<number>;

/** Standard output, as runCommand uses it (tests pass a stand-in). */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Runs `command` as an executable would: its answer becomes the exit status, a failure nothing
 * expected is one line and exit 2. Standard output may fail too: a reader that stops early (`| head`,
 * EPIPE) ends the run quietly with the status the command answered; a disk that is full (ENOSPC) or
 * any other write error is one line and exit 2. Never a stack trace.
 */
export function runCommand(
  tool: string,
  command: Command,
  argv: readonly string[] = process.argv.slice(2),
  io: { readonly stdout: OutputStream; readonly stderr: OutputStream; setExit(code: number): void } = {
    stdout: process.stdout,
    stderr: process.stderr,
    setExit: (code) => {
      process.exitCode = code;
    },
  },
): Promise<void> {
  // 'pipe': the reader went away (the command's status stands); 'other': the output is lost (exit 2).
  let writeError: 'pipe' | 'other' | undefined;
  let answered: number | undefined;
  const writeFailed = (error: NodeJS.ErrnoException) => {
    if (writeError !== undefined) return;
    if (error.code === 'EPIPE') {
      // The reader has what it wanted and went away: nothing to say, and nothing more to write.
      writeError = 'pipe';
      if (answered !== undefined) io.setExit(answered);
      return;
    }
    writeError = 'other';
    io.stderr.write(`${tool}: cannot write to standard output: ${terminalSafe(fileErrorReason(error))}\n`);
    io.setExit(UNREADABLE);
  };
  io.stdout.on('error', writeFailed);
  io.stderr.on('error', () => undefined);
  const out = (text: string) => {
    if (writeError !== undefined) return;
    try {
      io.stdout.write(text);
    } catch (error) {
      writeFailed(error as NodeJS.ErrnoException);
    }
  };
  return command(argv, out, (text) => io.stderr.write(text)).then(
    (code) => {
      answered = code;
      if (writeError !== 'other') io.setExit(code);
    },
    (error: unknown) => {
      const reason = `unexpected failure: ${terminalSafe(firstLine(error))}`;
      // With --json the reason goes to standard output too, as every other failure's does (see failure()).
      if (argv.includes('--json')) out(`${JSON.stringify({ ok: false, reason }, null, 2)}\n`);
      io.stderr.write(`${tool}: ${reason}\n`);
      io.setExit(UNREADABLE);
    },
  );
}

/** Exit 2: a file or an argument could not be used. */
export const UNREADABLE = 2;

/** `--help` (an empty message) prints the usage and exits 0; any other message exits 2 with the usage. */
export function argumentsExit(tool: string, message: string, usage: string, out: (text: string) => void, err: (text: string) => void): number {
  if (message === '') {
    out(`${usage}\n`);
    return 0;
  }
  err(`${tool}: ${terminalSafe(message)}\n${usage}\n`);
  return UNREADABLE;
}

/**
 * A function that reports a failure on one line and answers exit 2. `json` is the field naming the
 * input in the JSON answer (`{ file: … }` for ld-report), or undefined without `--json`.
 */
export function failure(
  tool: string,
  json: Readonly<Record<string, string | undefined>> | undefined,
  out: (text: string) => void,
  err: (text: string) => void,
): (given: string) => number {
  return (given) => {
    const reason = terminalSafe(given.replace(/\s*[\n\r]+\s*/g, ' '));
    if (json) out(`${JSON.stringify({ ...json, ok: false, reason }, null, 2)}\n`);
    err(`${tool}: ${reason}\n`);
    return UNREADABLE;
  };
}
