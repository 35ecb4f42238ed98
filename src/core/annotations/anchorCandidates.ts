import { distance } from 'fastest-levenshtein';
import { findApproximate } from './approximateSearch';
import { TextTarget } from './model';

/** Which search found a candidate place: the stored position, an exact quote elsewhere, or a fuzzy match. */
export type AnchorTier = 'position' | 'exact' | 'fuzzy';

/** A place in the current text where a target might be, scored from 0 (nothing agrees) to 1 (all agrees). */
export interface Candidate {
  start: number;
  end: number;
  tier: AnchorTier;
  score: number;
  /** How alike the stored prefix and the text before this place are, 0..1 (1 for a target with no context to compare). */
  prefix: number;
  /** How alike the stored suffix and the text after this place are, 0..1. */
  suffix: number;
}

/** A candidate's score and the agreement of each side of its context. */
type Scored = Pick<Candidate, 'score' | 'prefix' | 'suffix'>;

/**
 * The weights of quote, prefix, suffix and position in a candidate's score, after the Hypothesis
 * client's: the quote matters most, each side of context less, the old position only breaks ties.
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Past this many copies of a quote only those near the old position are scored, so a one-letter quote stays cheap. */
const MAX_EXACT = 2000;

/** Scores a place [start, end) of `text` for a target expected near `guess`, by quote, prefix, suffix and position together. */
export function scoreCandidate(text: string, target: TextTarget, start: number, end: number, quote: number, guess: number): Scored {
  // A quote written by hand has no context to disagree with: only the quote and its copies count.
  if (target.loose) return { score: (WEIGHTS.quote * quote + WEIGHTS.prefix + WEIGHTS.suffix) / TOTAL_WEIGHT, prefix: 1, suffix: 1 };
  const position = nearness(text, start, guess);
  if (hasNoContext(target)) return { score: (WEIGHTS.quote * quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position * position) / TOTAL_WEIGHT, prefix: 1, suffix: 1 };
  const prefix = contextSimilarity(target.prefix, text.slice(Math.max(0, start - target.prefix.length), start), start === 0);
  const suffix = contextSimilarity(target.suffix, text.slice(end, end + target.suffix.length), end === text.length);
  const sum = WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position;
  return { score: sum / TOTAL_WEIGHT, prefix, suffix };
}

/**
 * Whether a target carries no context though it does not sit at the start of its text: written by
 * another tool or by hand, its empty context says nothing, so it neither agrees nor disagrees.
 */
export function hasNoContext(target: TextTarget): boolean {
  return target.prefix === '' && target.suffix === '' && target.start > 0;
}

function nearness(text: string, start: number, guess: number): number {
  return 1 - Math.min(1, Math.abs(start - guess) / Math.max(1, text.length));
}

/** Every exact occurrence of the quote, scored; `positions` are the offsets that count as the stored position. */
export function exactCandidates(text: string, target: TextTarget, guess: number, positions: readonly number[]): Candidate[] {
  const { exact } = target;
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  // Too many copies: keep the nearest, where the true one almost always is once context rules the rest out.
  const kept = found.length > MAX_EXACT ? found.sort((a, b) => Math.abs(a - guess) - Math.abs(b - guess)).slice(0, MAX_EXACT) : found;
  return kept.map((at) => ({
    start: at,
    end: at + exact.length,
    tier: positions.includes(at) ? 'position' : 'exact',
    ...scoreCandidate(text, target, at, at + exact.length, 1, guess),
  }));
}

/** Bounded-error matches of the quote in text[from, to), scored; quote similarity falls with the edits needed. */
export function fuzzyCandidates(text: string, target: TextTarget, guess: number, maxErrors: number, from: number, to: number): Candidate[] {
  return findApproximate(text, target.exact, maxErrors, from, to).map((match) => ({
    start: match.start,
    end: match.end,
    tier: 'fuzzy' as const,
    ...scoreCandidate(text, target, match.start, match.end, 1 - match.errors / target.exact.length, guess),
  }));
}

/**
 * How alike a stored context and the text beside a candidate are: 1 when equal, falling with their
 * edit distance. An empty stored context (the quote began or ended the text) agrees only with an
 * empty one, so text inserted at the very start does not count as agreement.
 */
function contextSimilarity(expected: string, actual: string, atEdge: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0;
  return 1 - distance(expected, actual) / Math.max(expected.length, actual.length);
}
