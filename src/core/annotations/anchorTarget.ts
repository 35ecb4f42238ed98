import { AnchorTier, Candidate, exactCandidates, fuzzyCandidates, hasNoContext } from './anchorCandidates';
import { OffsetMap } from './offsetMap';
import { TextTarget } from './model';

export type { AnchorTier } from './anchorCandidates';

/** Where a target was found in the current text, in UTF-16 offsets (`end` exclusive), and how sure that is. */
export interface AnchorResult {
  start: number;
  end: number;
  tier: AnchorTier;
  /** From 0 to 1: how much of quote, context and position agree at this place. */
  confidence: number;
  /** True when another place scored nearly as well: placed at the best, but a person should look. */
  review: boolean;
}

/** Below this confidence the best place is not trusted and the annotation becomes an orphan. */
export const MIN_CONFIDENCE = 0.75;
/** Below this confidence a placement is trusted only after a person confirms it: it is marked for review. */
export const SURE_CONFIDENCE = 0.85;
/** When the runner-up scores within this much of the best, the placement is marked for review. */
export const REVIEW_MARGIN = 0.08;
/** A confidence this high from an exact quote is not worth a fuzzy search to challenge it. */
const SURE = 0.95;
/** A place further than this (UTF-16 units) from the old position counts as moved. */
const MOVED = 256;
/** How far (UTF-16 units) either side of the old position the first fuzzy search looks. */
const NEAR = 4096;
/**
 * How far the fuzzy search looks at most: any news article fits, while a book-length text stays
 * quick because a passage that moved further than this and also changed is left to the user.
 */
const FAR = 256 * 1024;
/** The share of a quote that may differ in a fuzzy match (Hypothesis allows half; this is stricter). */
const FUZZY_ERROR_RATE = 0.25;
/** Fuzzy matching of very short quotes finds noise, so below this length only exact matches count. */
const FUZZY_MIN_LENGTH = 8;
const FUZZY_MAX_ERRORS = 256;
/** A quote this long found exactly once is worth showing for review even when none of its context agrees. */
const SELF_IDENTIFYING_LENGTH = 16;

/**
 * Finds a target in the current text. When the quote and both sides of its context are still at the
 * stored position (or shifted by `shift`, the displacement seen on its neighbours), that is it.
 * Otherwise every exact copy of the quote, and every bounded-error match (unless `fuzzy` is false,
 * for checks on every keystroke), is scored by quote, prefix, suffix and position together; the best
 * wins if it scores at least MIN_CONFIDENCE, and is marked for review when a place elsewhere scores
 * within REVIEW_MARGIN of it, or scores MIN_CONFIDENCE itself while the best is not near-certain
 * or while it sits at the stored position. Undefined means the annotation is an orphan.
 */
export function anchorTarget(map: OffsetMap, target: TextTarget, shift = 0, fuzzy = true): AnchorResult | undefined {
  const text = map.text;
  const { exact } = target;
  if (exact.length === 0) return undefined;
  const expected = map.toUtf16(target.start);
  const positions = shift === 0 ? [expected] : [expected + shift, expected];
  for (const at of positions) {
    if (!target.loose && at >= 0 && text.startsWith(exact, at) && contextAgrees(text, at, at + exact.length, target)) {
      return { start: at, end: at + exact.length, tier: 'position', confidence: 1, review: false };
    }
  }
  const guess = Math.max(0, Math.min(text.length, expected + shift));
  const exactOnes = exactCandidates(text, target, guess, positions);
  const candidates = [...exactOnes];
  if (fuzzy && exact.length >= FUZZY_MIN_LENGTH && !(bestScore(candidates) >= SURE)) candidates.push(...fuzzySearch(text, target, guess));
  const decided = decide(candidates, positions, guess);
  if (decided || exactOnes.length !== 1 || exact.length < SELF_IDENTIFYING_LENGTH) return decided;
  // Its context is gone, but a long quote found once is most likely the passage: placed, never trusted.
  const only = exactOnes[0];
  return { start: only.start, end: only.end, tier: only.tier, confidence: only.score, review: true };
}

/** Whether the text on both sides of [start, end) still reads as the stored prefix and suffix. */
function contextAgrees(text: string, start: number, end: number, target: TextTarget): boolean {
  if (hasNoContext(target)) return true;
  const prefixAgrees = target.prefix.length > 0 ? text.endsWith(target.prefix, start) : start === 0;
  const suffixAgrees = target.suffix.length > 0 ? text.startsWith(target.suffix, end) : end === text.length;
  return prefixAgrees && suffixAgrees;
}

/** Fuzzy candidates near the old position, and across the whole reach when none near is sure. */
function fuzzySearch(text: string, target: TextTarget, guess: number): Candidate[] {
  const maxErrors = Math.min(FUZZY_MAX_ERRORS, Math.floor(target.exact.length * FUZZY_ERROR_RATE));
  const from = Math.max(0, guess - NEAR);
  const to = Math.min(text.length, guess + NEAR + target.exact.length);
  const near = fuzzyCandidates(text, target, guess, maxErrors, from, to);
  const farFrom = Math.max(0, guess - FAR);
  const farTo = Math.min(text.length, guess + FAR + target.exact.length);
  if (bestScore(near) >= SURE || (farFrom === from && farTo === to)) return near;
  return [...near, ...fuzzyCandidates(text, target, guess, maxErrors, farFrom, farTo)];
}

/** The best candidate if it is trusted, marked for review when a distinct runner-up comes close or could stand alone. */
function decide(candidates: Candidate[], positions: readonly number[], guess: number): AnchorResult | undefined {
  candidates.sort((a, b) => b.score - a.score || (a.tier === 'fuzzy' ? 1 : 0) - (b.tier === 'fuzzy' ? 1 : 0));
  const best = candidates[0];
  if (!best || best.score < MIN_CONFIDENCE) return undefined;
  // A runner-up overlapping the best is the same place found twice (exactly and fuzzily), not a rival.
  const rival = candidates.find((c) => c.end <= best.start || c.start >= best.end);
  // A rival trusted on its own, while the best's context does not fully agree or the rival sits
  // right where the passage was: a copy of the passage that took on its old surroundings (a
  // paragraph moved next to it) can outscore the passage itself.
  const rivalStandsAlone = rival !== undefined && rival.score >= MIN_CONFIDENCE && (best.score < SURE || positions.includes(rival.start));
  // Far from where it was and with its context changed, the best may be a like sentence elsewhere
  // whose own passage was deleted.
  const movedAndChanged = best.score < SURE && Math.abs(best.start - guess) > MOVED;
  const review = best.score < SURE_CONFIDENCE || (rival !== undefined && best.score - rival.score < REVIEW_MARGIN) || rivalStandsAlone || movedAndChanged;
  return { start: best.start, end: best.end, tier: best.tier, confidence: best.score, review };
}

function bestScore(candidates: readonly Candidate[]): number {
  return candidates.reduce((best, c) => Math.max(best, c.score), 0);
}
