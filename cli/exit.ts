/**
 * What both commands (`ld-report`, `ld-import`) do with bad arguments and with a failure: the usage
 * on `--help`, one line on standard error otherwise, and exit 2. The line holds nothing a terminal
 * would obey (file and sheet names are the user's) and, with `--json`, the same reason is printed as
 * JSON too, so a script reading standard output learns why.
 */
import { terminalSafe } from './markdown';

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
