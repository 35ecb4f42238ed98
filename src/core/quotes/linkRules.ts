import { findWindow, phraseLike } from './findWindow';
import { hasWord, type LinkDoc, type LinkQuote } from './linkerDoc';
import { nearExact, paraphrase } from './matching';

/** Quotations with fewer distinct content words than this are matched only with agreeing context. */
const RICH_CONTENT = 3;
/** Context words two short repeats must share to count as the same statement. */
const CONTEXT_AGREEMENT = 2;

/** True when a quotation has enough content to be searched for, unmarked, in other documents' text. */
export function searchable(q: LinkQuote): boolean {
  return q.marked && q.words.contentSet.size >= RICH_CONTENT;
}

/** Distinct content words a document or quotation must share with `q` before it is worth a closer look. */
export function minShared(q: LinkQuote): number {
  const n = q.words.contentSet.size;
  return phraseLike(q) ? Math.max(1, n - 1) : Math.ceil(0.6 * n);
}

function contextAgrees(a: LinkQuote, b: LinkQuote): boolean {
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  return shared >= CONTEXT_AGREEMENT;
}

/**
 * True when two quotations report the same statement: an exact repeat, a near-exact short phrase, or a close
 * paraphrase of a full statement. Thin phrases (“progress”) also need the words around them to agree.
 */
export function sameStatement(a: LinkQuote, b: LinkQuote): boolean {
  const thin = Math.min(a.words.contentSet.size, b.words.contentSet.size) < RICH_CONTENT;
  if (thin && !contextAgrees(a, b)) return false;
  if (a.key === b.key) return a.key !== '';
  if (!phraseLike(a) && !phraseLike(b)) return paraphrase(a.words, b.words);
  return nearExact(a.words, b.words);
}

/** Where `doc` restates quotation `q` outside its own quotations, if it does. */
export function unmarkedRestatement(q: LinkQuote, doc: LinkDoc): { start: number; end: number; exact: boolean } | null {
  const need = minShared(q);
  let present = 0;
  for (const id of q.contentIds) if (hasWord(doc, id)) present++;
  if (present < need) return null;
  const w = findWindow(q, doc, need);
  if (!w || doc.quotes.some((r) => r.start < w.end && r.end > w.start)) return null;
  return w;
}
