/**
 * Matching imported activities to the framework's initiatives, as proposals a person confirms.
 *
 * Order of kinds, strongest first: `confirmed` (a mapping the user confirmed before), `exact`
 * (same text), `normalised` (same after case, accents, punctuation, `&`/`and` and spaces are
 * ignored), `contains` (the activity's words include the initiative's whole name, as a module of a
 * program does), `close` (Levenshtein similarity ratio 1 - distance / longer length, computed by
 * fastest-levenshtein, at least {@link CLOSE_THRESHOLD}). An activity with no proposal is listed
 * as unmatched: nothing is guessed, and nothing is mapped without the user's confirmation.
 */
import { distance } from 'fastest-levenshtein';
import { firstAtLeast } from '../sorted';
import { COMPLETING_STATUSES } from './types';
import type { LearningRecord } from './types';

export type MatchKind = 'confirmed' | 'exact' | 'normalised' | 'contains' | 'close';

export interface Candidate {
  readonly initiative: string;
  readonly kind: MatchKind;
  /** 1 for confirmed, exact and normalised; the share of the activity's text for contains; the Levenshtein ratio for close. */
  readonly score: number;
}

export interface Proposal {
  readonly activity: string;
  /** The best candidate. */
  readonly initiative: string;
  readonly kind: MatchKind;
  readonly score: number;
  /** Every candidate, best first (the best one included), for the person to choose from. */
  readonly candidates: readonly Candidate[];
}

export interface MatchResult {
  readonly proposals: readonly Proposal[];
  readonly unmatched: readonly string[];
}

export interface MatchOptions {
  /** Mappings the user confirmed before (activity -> initiative), e.g. read from a Mappings sheet. */
  readonly confirmed?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** The lowest Levenshtein ratio proposed as close (default {@link CLOSE_THRESHOLD}). */
  readonly threshold?: number;
}

/**
 * 0.8: "Engineering Leadership Programme" (ratio 0.94 to "...Program") and one-letter typos pass;
 * "Customer Success Playbook" against "Customer Success Metrics" (0.68) does not.
 */
export const CLOSE_THRESHOLD = 0.8;

/** Case, accents, punctuation and `&` ignored; words separated by one space. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const compact = (normalised: string): string => normalised.replace(/ /g, '');

/** Levenshtein similarity ratio in [0, 1]: 1 - edit distance / length of the longer text. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

const KIND_RANK: Readonly<Record<MatchKind, number>> = { confirmed: 0, exact: 1, normalised: 2, contains: 3, close: 4 };

interface Known {
  readonly name: string;
  readonly normalised: string;
  readonly compact: string;
}

/** Names by a key, in the initiatives' order; an empty key is left out unless `keepEmpty`. */
function indexBy(known: readonly Known[], key: (k: Known) => string, keepEmpty = false): Map<string, Known[]> {
  const index = new Map<string, Known[]>();
  for (const k of known) {
    const value = key(k);
    if (value === '' && !keepEmpty) continue;
    const list = index.get(value);
    if (list) list.push(k);
    else index.set(value, [k]);
  }
  return index;
}

/**
 * Proposes an initiative for each distinct activity name.
 *
 * Each activity looks up its exact, normalised and contained names in indexes, and measures the
 * Levenshtein ratio only against initiatives whose length allows it: the distance is at least the
 * difference in length, so the ratio is at most shorter / longer, and a pair below the threshold that
 * way is never close. The proposals are those of comparing every pair, in less time: 5,000 activities
 * against 2,000 initiatives of 2–5 similar words took 10.5 s that way, 3 s now on a loaded machine
 * (most lengths are alike there; names of varied lengths gain more).
 *
 * @example matchActivities(['support efficiency & knowledge base'], ['Support Efficiency and Knowledge Base']).proposals[0].kind // 'normalised'
 */
export function matchActivities(activities: Iterable<string>, initiatives: readonly string[], options: MatchOptions = {}): MatchResult {
  const threshold = options.threshold ?? CLOSE_THRESHOLD;
  const confirmed = options.confirmed instanceof Map ? options.confirmed : new Map(Object.entries(options.confirmed ?? {}));
  const known: Known[] = initiatives.map((name) => {
    const normalised = normaliseName(name);
    return { name, normalised, compact: compact(normalised) };
  });
  const byName = indexBy(known, (k) => k.name, true);
  const byCompact = indexBy(known, (k) => k.compact);
  const byNormalised = indexBy(known, (k) => k.normalised);
  const longestNormalised = known.reduce((n, k) => Math.max(n, k.normalised.length), 0);
  const byLength = [...known].sort((x, y) => x.normalised.length - y.normalised.length);
  const lengths = byLength.map((k) => k.normalised.length);
  const proposals: Proposal[] = [];
  const unmatched: string[] = [];
  const done = new Set<string>();
  for (const activity of activities) {
    if (done.has(activity)) continue;
    done.add(activity);
    const normalised = normaliseName(activity);
    const candidates: Candidate[] = [];
    const named = new Set<string>();
    const add = (initiative: string, kind: MatchKind, score: number) => {
      if (named.has(initiative)) return;
      named.add(initiative);
      candidates.push({ initiative, kind, score });
    };
    const remembered = confirmed.get(activity);
    if (remembered !== undefined && initiatives.includes(remembered)) add(remembered, 'confirmed', 1);
    for (const k of byName.get(activity) ?? []) add(k.name, 'exact', 1);
    for (const k of byCompact.get(compact(normalised)) ?? []) add(k.name, 'normalised', 1);
    // Contained names are runs of the activity's whole words, no longer than the longest initiative.
    const words = normalised === '' ? [] : normalised.split(' ');
    for (let i = 0; i < words.length; i++) {
      let run = words[i];
      for (let j = i; j < words.length && run.length <= longestNormalised; j++) {
        if (j > i) run += ` ${words[j]}`;
        for (const k of byNormalised.get(run) ?? []) add(k.name, 'contains', k.normalised.length / normalised.length);
      }
    }
    // Close: only lengths whose ratio shorter / longer can reach the threshold, with a length's margin
    // for rounding (every length when the threshold is 0 or less); each ratio is then compared exactly.
    const length = normalised.length;
    const from = threshold > 0 ? firstAtLeast(lengths, Math.floor(length * threshold) - 1) : 0;
    const to = threshold > 0 ? firstAtLeast(lengths, Math.floor(length / threshold) + 2) : lengths.length;
    for (let i = from; i < to; i++) {
      const k = byLength[i];
      if (named.has(k.name)) continue;
      const ratio = similarity(normalised, k.normalised);
      if (ratio >= threshold) add(k.name, 'close', ratio);
    }
    if (candidates.length === 0) {
      unmatched.push(activity);
      continue;
    }
    candidates.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || y.score - x.score || x.initiative.localeCompare(y.initiative));
    const best = candidates[0];
    proposals.push({ activity, initiative: best.initiative, kind: best.kind, score: best.score, candidates });
  }
  return { proposals, unmatched };
}

/** Per-initiative figures from records and a confirmed activity -> initiative mapping. */
export interface InitiativeFigures {
  readonly initiative: string;
  /** Distinct persons with a completing record (completed or passed). */
  readonly participants: number;
  /** Completing records (a person who completed twice counts twice). */
  readonly completions: number;
  /** Distinct persons with any record. */
  readonly learners: number;
  readonly learningHours: number;
  /** Mean of the records' scores, or null when none has one. */
  readonly averageScore: number | null;
}

/**
 * Aggregates records by initiative through a confirmed mapping (activity name -> initiative);
 * records whose activity is not mapped are left out and counted in `unmapped`.
 */
export function figuresByInitiative(
  records: Iterable<LearningRecord>,
  mapping: ReadonlyMap<string, string>,
): { figures: InitiativeFigures[]; unmapped: number } {
  const acc = new Map<string, { completers: Set<string>; learners: Set<string>; completions: number; hours: number; scoreSum: number; scored: number }>();
  let unmapped = 0;
  for (const r of records) {
    const initiative = mapping.get(r.activity);
    if (initiative === undefined) {
      unmapped += 1;
      continue;
    }
    let a = acc.get(initiative);
    if (!a) {
      a = { completers: new Set(), learners: new Set(), completions: 0, hours: 0, scoreSum: 0, scored: 0 };
      acc.set(initiative, a);
    }
    a.learners.add(r.person);
    if (COMPLETING_STATUSES.includes(r.status)) {
      a.completers.add(r.person);
      a.completions += 1;
    }
    a.hours += r.durationHours ?? 0;
    if (r.score !== null) {
      a.scoreSum += r.score;
      a.scored += 1;
    }
  }
  const figures = [...acc.entries()].map(([initiative, a]) => ({
    initiative,
    participants: a.completers.size,
    completions: a.completions,
    learners: a.learners.size,
    learningHours: a.hours,
    averageScore: a.scored === 0 ? null : a.scoreSum / a.scored,
  }));
  return { figures, unmapped };
}

/**
 * The mapping to use now, from proposals and the kinds the caller accepts without asking
 * (for example `['confirmed', 'exact']` for a strict scheduled import, `['confirmed', 'exact',
 * 'normalised']` for an automatic one); the other proposals still need a person's confirmation.
 *
 * @example acceptProposals(matchActivities(['A'], ['A']), ['exact']).mapping.get('A') // 'A'
 */
export function acceptProposals(
  result: MatchResult,
  accept: readonly MatchKind[],
): { mapping: Map<string, string>; toConfirm: Proposal[]; unmatched: readonly string[] } {
  const mapping = new Map<string, string>();
  const toConfirm: Proposal[] = [];
  for (const proposal of result.proposals) {
    if (accept.includes(proposal.kind)) mapping.set(proposal.activity, proposal.initiative);
    else toConfirm.push(proposal);
  }
  return { mapping, toConfirm, unmatched: result.unmatched };
}
