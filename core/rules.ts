/**
 * The checks a number parameter can carry. `ok` is the cheap test run on every cell; `fail` builds
 * the error (code and message) only for a value that did not pass, so a million good cells build no
 * message text.
 */
import { ErrorValue, makeError } from './errors';
import { Messages } from './messages';

export interface NumberRule {
  ok(value: number): boolean;
  fail(value: number, param: string, where: string): ErrorValue;
}

export const Rules = {
  nonNegative: {
    ok: (v) => v >= 0,
    fail: (_v, param, where) => makeError('#NUM!', Messages.mustBeNonNegative(param, where)),
  },
  positive: {
    ok: (v) => v > 0,
    fail: (_v, param, where) => makeError('#NUM!', Messages.mustBePositive(param, where)),
  },
  /** A share in [0, 1]: 80% is 0.8; 80 is refused with a hint. */
  fraction: {
    ok: (v) => v >= 0 && v <= 1,
    fail: (v, param, where) => makeError('#NUM!', Messages.mustBeFraction(param, v, where)),
  },
  /** Something we divide by: 0 is `#DIV/0!`, negative is `#NUM!`. */
  divisor: {
    ok: (v) => v > 0,
    fail: (v, param, where) =>
      v === 0 ? makeError('#DIV/0!', Messages.divisorZero(param, where)) : makeError('#NUM!', Messages.divisorNegative(param, where)),
  },
  /** A discount rate: above -100%. */
  rate: {
    ok: (v) => v > -1,
    fail: (_v, param) => makeError('#NUM!', Messages.rateTooLow(param)),
  },
  /** Annual benefits for a payback period: must be positive, or the program never pays back. */
  paysBack: {
    ok: (v) => v > 0,
    fail: (_v, _param, where) => makeError('#NUM!', Messages.neverPaysBack(where)),
  },
  /** A head count for a per-participant figure. */
  participants: {
    ok: (v) => v > 0,
    fail: (v, param, where) =>
      v === 0 ? makeError('#DIV/0!', Messages.zeroParticipants(where)) : makeError('#NUM!', Messages.mustBePositive(param, where)),
  },
  /** A TRUE/FALSE flag given as a number: only 1 or 0. */
  flag: {
    ok: (v) => v === 0 || v === 1,
    fail: (_v, param, where) => makeError('#VALUE!', Messages.flagNotZeroOrOne(param, where)),
  },
} as const satisfies Record<string, NumberRule>;
