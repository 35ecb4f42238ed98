import { type Words, wordsOf } from './matching';
import { type Token, tokenize } from './normalize';
import type { Attribution, QuoteSpan } from './types';

/** A quotation as the linker holds it: where it is and the words it compares. */
export interface LinkQuote {
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
  doc: string;
  text: string;
  tokens: Token[];
  quotes: LinkQuote[];
  positions: Map<string, number[]>;
  contentSet: Set<string>;
}

/** Content words read on each side of a quotation to tell a repeated statement from a chance repeat. */
const CONTEXT_WORDS = 6;

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Content words around [from, to) of the token list, up to CONTEXT_WORDS on each side. */
function contextOf(tokens: Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from - 1, n = 0; i >= 0 && n < CONTEXT_WORDS; i--) if (tokens[i].content) out.add(tokens[i].norm), n++;
  for (let i = to, n = 0; i < tokens.length && n < CONTEXT_WORDS; i++) if (tokens[i].content) out.add(tokens[i].norm), n++;
  return out;
}

/** Tokenises a document and its quotations for linking. */
export function prepareDoc(doc: string, text: string, quotes: (QuoteSpan & Attribution)[]): LinkDoc {
  const tokens = tokenize(text);
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (!t.content) return;
    const list = positions.get(t.norm);
    if (list) list.push(i);
    else positions.set(t.norm, [i]);
  });
  const linkQuotes = quotes.map((q): LinkQuote => {
    const from = tokenAt(tokens, q.start);
    const to = tokenAt(tokens, q.end);
    const words = wordsOf(tokens.slice(from, to));
    return { doc, start: q.start, end: q.end, kind: q.kind, marked: q.marked, words, key: words.all.join(' '), context: contextOf(tokens, from, to) };
  });
  return { doc, text, tokens, quotes: linkQuotes, positions, contentSet: new Set(positions.keys()) };
}
