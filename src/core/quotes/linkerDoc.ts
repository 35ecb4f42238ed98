import { type Words, wordsOf } from './matching';
import { type TokenList, tokenize } from './normalize';
import type { Attribution, QuoteSpan } from './types';

/** A quotation as the linker holds it: where it is and the words it compares. */
export interface LinkQuote {
  /** Slot in the index once indexed, -1 before. */
  id: number;
  doc: string;
  start: number;
  end: number;
  kind: 'full' | 'fragment';
  marked: boolean;
  words: Words;
  key: string;
  context: Set<string>;
}

/** A document as the linker holds it: its tokens, its quotations and where each content word occurs. */
export interface LinkDoc {
  /** Slot in the index once indexed, -1 before. */
  id: number;
  doc: string;
  text: string;
  tokens: TokenList;
  quotes: LinkQuote[];
  /** Where each content word occurs, built on first use: most documents are never searched. */
  positions: () => Map<string, number[]>;
  contentSet: Set<string>;
}

/** Content words read on each side of a quotation to tell a repeated statement from a chance repeat. */
const CONTEXT_WORDS = 6;

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: TokenList, pos: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Content words around tokens [from, to), up to CONTEXT_WORDS on each side. */
function contextOf(tokens: TokenList, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from - 1, n = 0; i >= 0 && n < CONTEXT_WORDS; i--) if (tokens.content[i]) out.add(tokens.norms[i]), n++;
  for (let i = to, n = 0; i < tokens.norms.length && n < CONTEXT_WORDS; i++) if (tokens.content[i]) out.add(tokens.norms[i]), n++;
  return out;
}

/** Builds the content-word positions of a token list once, when first asked for. */
function lazyPositions(tokens: TokenList): () => Map<string, number[]> {
  let positions: Map<string, number[]> | null = null;
  return () => {
    if (positions) return positions;
    positions = new Map();
    for (let i = 0; i < tokens.norms.length; i++) {
      if (!tokens.content[i]) continue;
      const list = positions.get(tokens.norms[i]);
      if (list) list.push(i);
      else positions.set(tokens.norms[i], [i]);
    }
    return positions;
  };
}

/** Tokenises a document and its quotations for linking. */
export function prepareDoc(doc: string, text: string, quotes: (QuoteSpan & Attribution)[]): LinkDoc {
  const tokens = tokenize(text);
  const contentSet = new Set<string>();
  tokens.norms.forEach((w, i) => tokens.content[i] && contentSet.add(w));
  const linkQuotes = quotes.map((q): LinkQuote => {
    const from = tokenAt(tokens, q.start);
    const to = tokenAt(tokens, q.end);
    const words = wordsOf(tokens, from, to);
    return { id: -1, doc, start: q.start, end: q.end, kind: q.kind, marked: q.marked, words, key: words.all.join(' '), context: contextOf(tokens, from, to) };
  });
  return { id: -1, doc, text, tokens, quotes: linkQuotes, positions: lazyPositions(tokens), contentSet };
}
