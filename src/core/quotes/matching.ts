import { isContentWord, type TokenList } from './normalize';

/** Word-level Levenshtein distance, stopping early once it exceeds `limit`. */
export function tokenDistance(a: string[], b: string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Length of the longest common subsequence of two word lists: shared content in the same order. */
export function orderedOverlap(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = [0];
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}

/** The words of a quotation as the matcher sees them. */
export interface Words {
  all: string[];
  content: string[];
  contentSet: Set<string>;
}

/** Builds the matcher's view of tokens [from, to) of a token list. */
export function wordsOf(tokens: TokenList, from: number, to: number): Words {
  const { words, content: isContent } = tokens.vocab;
  const all: string[] = [];
  const content: string[] = [];
  for (let i = from; i < to; i++) {
    const id = tokens.ids[i];
    all.push(words[id]);
    if (isContent[id]) content.push(words[id]);
  }
  return { all, content, contentSet: new Set(content) };
}

/**
 * Near-exact match for short phrases: identical, or one word apart where the change is a content word swapped
 * for a content word ("frank" / "candid") or a word added at an end while every content word survives.
 */
export function nearExact(a: Words, b: Words): boolean {
  const [s, l] = a.all.length <= b.all.length ? [a, b] : [b, a];
  const limit = Math.max(1, Math.floor(s.all.length / 6));
  const d = tokenDistance(s.all, l.all, limit);
  if (d === 0) return true;
  if (negationDiffers(a, b)) return false;
  if (d > limit || s.all.length < 3) return false;
  const shared = [...s.contentSet].filter((w) => l.contentSet.has(w)).length;
  if (d > 1) return shared >= 0.8 * s.contentSet.size;
  if (s.all.length === l.all.length) {
    const i = s.all.findIndex((w, k) => w !== l.all[k]);
    const swapOk = isContentWord(s.all[i]) === isContentWord(l.all[i]);
    return swapOk && (s.all.length >= 4 ? shared >= 2 : !isContentWord(s.all[i]));
  }
  return shared === s.contentSet.size && shared >= 1;
}

/** Words that negate a statement: one side negated and the other not are different statements. */
const NEGATION = /^(?:not|no|never|cannot|cant|dont|doesnt|didnt|wont|isnt|arent|wasnt|werent|nothing|nobody|none|neither|nor|without)$/;

/** True when exactly one of two word lists negates. */
export function negationDiffers(a: Words, b: Words): boolean {
  return a.all.some((w) => NEGATION.test(w)) !== b.all.some((w) => NEGATION.test(w));
}

/** Content words two statements share: the mean of the in-order overlap and the plain set overlap (translations reorder a little). */
function sharedContent(a: Words, b: Words): number {
  let set = 0;
  for (const w of a.contentSet) if (b.contentSet.has(w)) set++;
  return (orderedOverlap(a.content, b.content) + set) / 2;
}

/** Minimum share of a statement's content words the other must hold: more for short statements. */
function threshold(n: number): number {
  return n <= 6 ? 0.8 : 0.65;
}

/** Close paraphrase or translation of a full statement: most content words shared, mostly in the same order. */
export function paraphrase(a: Words, b: Words): boolean {
  if (negationDiffers(a, b)) return false;
  const m = Math.min(a.contentSet.size, b.contentSet.size);
  const M = Math.max(a.contentSet.size, b.contentSet.size);
  const s = sharedContent(a, b);
  if (s < 3) return false;
  return s / m >= threshold(m) && (s / m >= 0.9 || s / M >= 0.5);
}

/** True when a passage restates quotation `q`: it holds most of the quotation's content and little else. */
export function restates(q: Words, passage: Words): boolean {
  if (negationDiffers(q, passage)) return false;
  const s = sharedContent(q, passage);
  return s >= 3 && s / q.contentSet.size >= threshold(q.contentSet.size) && s / passage.contentSet.size >= 0.6;
}

/** Share of each side's content a reported clause must hold: indirect speech rewords more than a quotation does. */
const REPORTED_SHARE = 0.6;

/** True when a reported clause ("he said the network doesn’t pay candidates") restates quotation `q` in other words. */
export function reports(q: Words, clause: Words): boolean {
  if (negationDiffers(q, clause)) return false;
  const s = sharedContent(q, clause);
  return s >= 3 && s / q.contentSet.size >= REPORTED_SHARE && s / clause.contentSet.size >= REPORTED_SHARE;
}
