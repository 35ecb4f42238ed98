import { nearExact, orderedOverlap, paraphrase, wordsOf } from './matching';
import type { LinkDoc, LinkQuote } from './linkerDoc';
import type { Range } from './text';

/** True when a quotation is compared as a short phrase (near-exact only) rather than as a full statement. */
export function phraseLike(q: LinkQuote): boolean {
  return q.kind === 'fragment' || q.words.contentSet.size < 4;
}

/** The tightest run of anchors holding the most of the quotation's content words in order. */
function bestRun(q: LinkQuote, doc: LinkDoc): { first: number; last: number; shared: number } | null {
  const anchors = [...new Set(q.words.content)].flatMap((w) => doc.positions.get(w) ?? []).sort((a, b) => a - b);
  const maxSpan = q.words.all.length + Math.max(3, Math.ceil(0.3 * q.words.all.length));
  let best: { first: number; last: number; shared: number } | null = null;
  for (let i = 0; i < anchors.length; i++) {
    let j = i;
    while (j + 1 < anchors.length && anchors[j + 1] - anchors[i] < maxSpan) j++;
    const seq = anchors.slice(i, j + 1).map((p) => doc.tokens[p].norm);
    const shared = orderedOverlap(q.words.content, seq);
    let k = seq.length;
    while (k > 1 && orderedOverlap(q.words.content, seq.slice(0, k - 1)) === shared) k--;
    const run = { first: anchors[i], last: anchors[i + k - 1], shared };
    if (!best || shared > best.shared || (shared === best.shared && run.last - run.first < best.last - best.first)) best = run;
  }
  return best;
}

/** Extends a run over the quotation's words before its first and after its last matched word, within the sentence. */
function extend(q: LinkQuote, doc: LinkDoc, first: number, last: number): [number, number] {
  const lead = q.words.all.indexOf(doc.tokens[first].norm);
  const trail = q.words.all.length - 1 - q.words.all.lastIndexOf(doc.tokens[last].norm);
  const joined = (a: number, b: number) => !/[.!?;:\n“”"«»]/.test(doc.text.slice(doc.tokens[a].end, doc.tokens[b].start));
  for (let n = 0; n < lead && first > 0 && joined(first - 1, first); n++) first--;
  for (let n = 0; n < trail && last + 1 < doc.tokens.length && joined(last, last + 1); n++) last++;
  return [first, last];
}

/**
 * Finds where a document restates a quotation, marks or not: the best in-order run of its content words,
 * stretched over the quotation's edges and confirmed by the same rules as quotation pairs.
 */
export function findWindow(q: LinkQuote, doc: LinkDoc): Range | null {
  const run = bestRun(q, doc);
  if (!run || run.shared < 2) return null;
  const [first, last] = extend(q, doc, run.first, run.last);
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  if (doc.text.slice(start, end).includes('\n')) return null;
  const words = wordsOf(doc.tokens.slice(first, last + 1));
  const ok = phraseLike(q) ? nearExact(q.words, words) : paraphrase(q.words, words);
  return ok ? { start, end } : null;
}
