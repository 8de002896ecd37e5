/** The checks a number parameter can carry, each with its error code and message. */
import { makeError } from './errors';
import { Messages } from './messages';
import type { NumberRule } from './types';

export const Rules = {
  /** Any finite number (negative benefits are a loss, not a mistake). */
  any: undefined as NumberRule | undefined,
  nonNegative: ((value, param, where) =>
    value < 0 ? makeError('#NUM!', Messages.mustBeNonNegative(param, where)) : undefined) as NumberRule,
  positive: ((value, param, where) =>
    value <= 0 ? makeError('#NUM!', Messages.mustBePositive(param, where)) : undefined) as NumberRule,
  /** A share in [0, 1]: 80% is 0.8; 80 is refused with a hint. */
  fraction: ((value, param, where) =>
    value < 0 || value > 1 ? makeError('#NUM!', Messages.mustBeFraction(param, value, where)) : undefined) as NumberRule,
  /** Something we divide by: 0 is `#DIV/0!`, negative is `#NUM!`. */
  divisor: ((value, param, where) => {
    if (value === 0) return makeError('#DIV/0!', Messages.divisorZero(param, where));
    if (value < 0) return makeError('#NUM!', Messages.divisorNegative(param, where));
    return undefined;
  }) as NumberRule,
  /** A discount rate: above -100%. */
  rate: ((value, param) => (value <= -1 ? makeError('#NUM!', Messages.rateTooLow(param)) : undefined)) as NumberRule,
  /** Annual benefits for a payback period: must be positive, or the program never pays back. */
  paysBack: ((value, _param, where) =>
    value <= 0 ? makeError('#NUM!', Messages.neverPaysBack(where)) : undefined) as NumberRule,
  /** A head count for a per-participant figure. */
  participants: ((value, param, where) => {
    if (value === 0) return makeError('#DIV/0!', Messages.zeroParticipants(where));
    if (value < 0) return makeError('#NUM!', Messages.mustBePositive(param, where));
    return undefined;
  }) as NumberRule,
} as const;
