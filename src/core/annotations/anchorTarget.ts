import { distance } from 'fastest-levenshtein';
import { findApproximate } from './approximateSearch';
import { OffsetMap } from './offsetMap';
import { TextTarget } from './model';

/** Which re-anchoring tier placed an annotation: unchanged position, exact quote search, or fuzzy search. */
export type AnchorTier = 'position' | 'exact' | 'fuzzy';

/** Where a target was found in the current text, in UTF-16 offsets (`end` exclusive). */
export interface AnchorResult {
  start: number;
  end: number;
  tier: AnchorTier;
}

/** How far (UTF-16 units) either side of the old position the first, cheap searches look. */
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
/** How many characters of context must agree before a quote found far from its old place is trusted. */
const MIN_CONTEXT_CHARS = 10;

/**
 * Finds a target in the current text: at its old position (or shifted by `shift`, the displacement
 * seen on its neighbours) if the quote is still there; else the exact quote nearby, then anywhere,
 * scored by how much of its context agrees; else a bounded-error fuzzy match scored by quote,
 * context and distance (skipped when `fuzzy` is false, for checks on every keystroke). Undefined
 * means the annotation is an orphan.
 */
export function anchorTarget(map: OffsetMap, target: TextTarget, shift = 0, fuzzy = true): AnchorResult | undefined {
  const text = map.text;
  const { exact } = target;
  if (exact.length === 0) return undefined;
  const expected = map.toUtf16(target.start);
  for (const at of shift === 0 ? [expected] : [expected + shift, expected]) {
    if (at >= 0 && text.startsWith(exact, at)) return { start: at, end: at + exact.length, tier: 'position' };
  }
  const guess = Math.max(0, Math.min(text.length, expected + shift));
  const found = exactSearch(text, target, guess);
  if (found !== undefined) return { start: found, end: found + exact.length, tier: 'exact' };
  return fuzzy ? fuzzySearch(text, target, guess) : undefined;
}

/** The best exact occurrence of the quote whose context agrees enough, or undefined. */
function exactSearch(text: string, target: TextTarget, guess: number): number | undefined {
  const near = bestOccurrence(text, target, guess, guess - NEAR, guess + NEAR + target.exact.length);
  if (near && near.context.share >= 0.5) return near.at;
  const anywhere = bestOccurrence(text, target, guess, 0, text.length);
  if (!anywhere) return undefined;
  // A long quote found once identifies itself; anything else needs a run of its context to agree.
  const selfIdentifying = anywhere.count === 1 && target.exact.length >= 16;
  const enoughContext = anywhere.context.chars >= Math.min(MIN_CONTEXT_CHARS, target.prefix.length + target.suffix.length);
  return enoughContext || selfIdentifying ? anywhere.at : undefined;
}

function bestOccurrence(text: string, target: TextTarget, guess: number, from: number, to: number) {
  let best: { at: number; context: ContextAgreement; score: number } | undefined;
  let count = 0;
  for (let at = text.indexOf(target.exact, Math.max(0, from)); at >= 0; at = text.indexOf(target.exact, at + 1)) {
    if (at + target.exact.length > to) break;
    count++;
    const context = exactContext(text, at, at + target.exact.length, target);
    const score = context.share - Math.abs(at - guess) / (text.length + 1);
    if (!best || score > best.score) best = { at, context, score };
  }
  return best && { ...best, count };
}

/** How much of the stored context the text beside a candidate repeats exactly: as a share (0 to 1) and in characters. */
interface ContextAgreement {
  share: number;
  chars: number;
}

function exactContext(text: string, start: number, end: number, target: TextTarget): ContextAgreement {
  let before = 0;
  while (before < target.prefix.length && text[start - 1 - before] === target.prefix[target.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < target.suffix.length && text[end + after] === target.suffix[after]) after++;
  const prefixShare = target.prefix.length ? before / target.prefix.length : start === 0 ? 1 : 0;
  const suffixShare = target.suffix.length ? after / target.suffix.length : end === text.length ? 1 : 0;
  return { share: (prefixShare + suffixShare) / 2, chars: before + after };
}

/** The best bounded-error match of the quote, near the old position first, or undefined. */
function fuzzySearch(text: string, target: TextTarget, guess: number): AnchorResult | undefined {
  const { exact } = target;
  if (exact.length < FUZZY_MIN_LENGTH) return undefined;
  const maxErrors = Math.min(FUZZY_MAX_ERRORS, Math.floor(exact.length * FUZZY_ERROR_RATE));
  const from = Math.max(0, guess - NEAR);
  const to = Math.min(text.length, guess + NEAR + exact.length);
  const farFrom = Math.max(0, guess - FAR);
  const farTo = Math.min(text.length, guess + FAR + exact.length);
  return (
    bestFuzzy(text, target, guess, maxErrors, from, to) ??
    (farFrom < from || farTo > to ? bestFuzzy(text, target, guess, maxErrors, farFrom, farTo) : undefined)
  );
}

function bestFuzzy(text: string, target: TextTarget, guess: number, maxErrors: number, from: number, to: number) {
  let best: { start: number; end: number; score: number } | undefined;
  for (const match of findApproximate(text, target.exact, maxErrors, from, to)) {
    const quote = 1 - match.errors / target.exact.length;
    const prefix = similarity(target.prefix, text.slice(Math.max(0, match.start - target.prefix.length), match.start));
    const suffix = similarity(target.suffix, text.slice(match.end, match.end + target.suffix.length));
    // A changed quote is trusted when its surroundings still agree, or when it is long and close.
    const trusted = (prefix + suffix) / 2 >= 0.5 || (quote >= 0.85 && target.exact.length >= 32);
    if (!trusted) continue;
    const nearness = 1 - Math.abs(match.start - guess) / (text.length + 1);
    const score = 50 * quote + 20 * prefix + 20 * suffix + 2 * nearness;
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best && { start: best.start, end: best.end, tier: 'fuzzy' as const };
}

/** 1 for equal strings, falling towards 0 with their edit distance; two empty strings are equal. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0.5;
  return 1 - distance(expected, actual) / Math.max(expected.length, actual.length);
}
