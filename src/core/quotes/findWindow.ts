import { nearExact, reports, restates, wordsOf } from './matching';
import { reportedClauseStart } from './reportedClause';
import type { LinkDoc, LinkQuote } from './linkerDoc';
import type { Range } from './text';
import { classify, type LinkVerdict } from './classifyLink';

/** True when a quotation is compared as a short phrase (near-exact only) rather than as a full statement. */
export function phraseLike(q: LinkQuote): boolean {
  return q.kind === 'fragment' || q.words.contentSet.size < 4;
}

/** For each prefix of `seq`, the longest in-order overlap with `q` so far (one dynamic-programming pass). */
function prefixOverlaps(q: string[], seq: string[]): number[] {
  const row = new Array<number>(q.length + 1).fill(0);
  const out: number[] = [];
  for (const w of seq) {
    let diag = 0;
    for (let j = 1; j <= q.length; j++) {
      const up = row[j];
      row[j] = q[j - 1] === w ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
    out.push(row[q.length]);
  }
  return out;
}

/** The tightest run of anchors holding the most of the quotation's content words in order (at least `need`). */
function bestRun(q: LinkQuote, doc: LinkDoc, need: number): { first: number; last: number; shared: number } | null {
  const { ids, vocab } = doc.tokens;
  const wanted = vocab.mark(q.contentIds);
  const anchors: number[] = [];
  for (let i = 0; i < ids.length; i++) if (vocab.marked(ids[i], wanted)) anchors.push(i);
  const maxSpan = q.words.all.length + Math.max(3, Math.ceil(0.3 * q.words.all.length));
  let best: { first: number; last: number; shared: number } | null = null;
  for (let i = 0, j = 0; i < anchors.length; i++) {
    j = Math.max(j, i);
    while (j + 1 < anchors.length && anchors[j + 1] - anchors[i] < maxSpan) j++;
    if (j - i + 1 < Math.max(need, best ? best.shared : 0)) continue;
    const overlaps = prefixOverlaps(q.words.content, anchors.slice(i, j + 1).map((p) => doc.tokens.vocab.words[doc.tokens.ids[p]]));
    const shared = overlaps[overlaps.length - 1];
    const run = { first: anchors[i], last: anchors[i + overlaps.indexOf(shared)], shared };
    if (shared < need) continue;
    if (!best || shared > best.shared || (shared === best.shared && run.last - run.first < best.last - best.first)) best = run;
  }
  return best;
}

/** Extends a run over the quotation's words before its first and after its last matched word, within the sentence. */
function extend(q: LinkQuote, doc: LinkDoc, first: number, last: number): [number, number] {
  const { ids, starts, ends, vocab } = doc.tokens;
  const lead = q.words.all.indexOf(vocab.words[ids[first]]);
  const trail = q.words.all.length - 1 - q.words.all.lastIndexOf(vocab.words[ids[last]]);
  const joined = (a: number, b: number) => !/[.!?;:\n“”"«»]/.test(doc.text.slice(ends[a], starts[b]));
  for (let n = 0; n < lead && first > 0 && joined(first - 1, first); n++) first--;
  for (let n = 0; n < trail && last + 1 < ids.length && joined(last, last + 1); n++) last++;
  return [first, last];
}

/**
 * Finds where a document restates a quotation, marks or not: the best in-order run of its content words,
 * stretched over the quotation's edges and confirmed by the same rules as quotation pairs.
 */
export function findWindow(q: LinkQuote, doc: LinkDoc, need: number): (Range & { exact: boolean; verdict: LinkVerdict }) | null {
  const run = bestRun(q, doc, Math.max(2, need));
  if (!run) return null;
  let [first, last] = extend(q, doc, run.first, run.last);
  let words = wordsOf(doc.tokens, first, last + 1);
  let ok = phraseLike(q) ? nearExact(q.words, words) : restates(q.words, words);
  if (!ok && !phraseLike(q)) {
    // Indirect speech rewords: the clause from its speech verb on is compared, negation and all.
    const clause = reportedClauseStart(doc, first);
    if (clause >= 0) {
      const clauseWords = wordsOf(doc.tokens, clause, last + 1);
      if (reports(q.words, clauseWords)) [ok, first, words] = [true, clause, clauseWords];
    }
  }
  const start = doc.tokens.starts[first];
  const end = doc.tokens.ends[last];
  if (!ok || doc.text.slice(start, end).includes('\n') || !namesAside(q, doc, first, last)) return null;
  const exact = words.all.join(' ') === q.key;
  return { start, end, exact, verdict: classify(q.words, words, exact) };
}

/** Shared words written in lower case a restatement needs: names alone ("Chris Christie of New Jersey") restate nothing. */
const COMMON_WORDS_SHARED = 2;

/** True when the window shares enough of the quotation's content words written in lower case, not as names. */
function namesAside(q: LinkQuote, doc: LinkDoc, first: number, last: number): boolean {
  const { ids, starts, vocab } = doc.tokens;
  const wanted = vocab.mark(q.contentIds);
  let common = 0;
  for (let i = first; i <= last; i++) if (vocab.marked(ids[i], wanted) && !/^\p{Lu}/u.test(doc.text[starts[i]])) common++;
  return common >= Math.min(COMMON_WORDS_SHARED, q.words.contentSet.size);
}
