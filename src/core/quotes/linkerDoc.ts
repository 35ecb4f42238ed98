import { type Words, wordsOf } from './matching';
import { type TokenList, tokenize, type Vocabulary } from './normalize';
import { type LocalTokens, numberTokens } from './localTokens';
import type { Attribution, QuoteSpan } from './types';
import { partitionPoint } from '../partitionPoint';
import { nicknameLike, pollItem, titleLike } from './notSpeech';

/** A quotation as the linker holds it: where it is and the words it compares. */
export interface LinkQuote {
  /** Slot in the index once indexed, -1 before. */
  id: number;
  doc: string;
  start: number;
  end: number;
  kind: QuoteSpan['kind'];
  marked: boolean;
  words: Words;
  /** The numbers of its distinct content words. */
  contentIds: number[];
  /** Its distinct pairs of consecutive words, each as one number (see pairKey). */
  pairKeys: number[];
  /** Its distinct pairs of consecutive content words, function words skipped ("pay candidates"). */
  contentPairs: number[];
  key: string;
  context: Set<string>;
  /** The speaker's entity id as attribution gave it, or null. */
  speaker: string | null;
  /** Written like a title, slogan or name, or a poll's item, rather than speech (see notSpeech). */
  titleLike: boolean;
  /** One or two quoted words glued to a name, as a nickname is. */
  nickname: boolean;
  /** Each of its sentences, when a marked quotation holds more than one: a report may restate only one of them. */
  sentences: LinkQuote[];
  /** The words of each stretch between its ellipses, when an ellipsis cuts a whole quotation (“I do. … He was the founder.”), else empty. */
  cuts: Words[];
  /** Its letters and digits in lower case: equal on both sides means the same words, typography aside. */
  surface: string;
}

/** A document as the linker holds it: its tokens, its quotations and its distinct content words. */
export interface LinkDoc {
  /** Slot in the index once indexed, -1 before. */
  id: number;
  doc: string;
  text: string;
  tokens: TokenList;
  quotes: LinkQuote[];
  /** The numbers of its distinct content words, sorted. */
  contentIds: Int32Array;
  /** Its distinct pairs of consecutive content words (see contentPairsOf), sorted. */
  contentPairs: Float64Array;
}

/** Content words read on each side of a quotation to tell a repeated statement from a chance repeat. */
const CONTEXT_WORDS = 6;

/** One number for two consecutive word numbers; exact while word numbers stay below 2^21. */
export function pairKey(first: number, second: number): number {
  return first * 0x200000 + second;
}

function pairsOf(tokens: TokenList, from: number, to: number): number[] {
  const out = new Set<number>();
  for (let i = from + 1; i < to; i++) out.add(pairKey(tokens.ids[i - 1], tokens.ids[i]));
  return [...out];
}

/** Distinct pairs of consecutive content words in tokens [from, to), function words skipped, as pairKey numbers. */
export function contentPairsOf(tokens: TokenList, from: number, to: number): number[] {
  const out = new Set<number>();
  const { content } = tokens.vocab;
  let prev = -1;
  for (let i = from; i < to; i++) {
    const id = tokens.ids[i];
    if (!content[id]) continue;
    if (prev >= 0 && prev !== id) out.add(pairKey(prev, id));
    prev = id;
  }
  return [...out];
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: TokenList, pos: number): number {
  return partitionPoint(tokens.starts.length, (i) => tokens.starts[i] < pos);
}

/** True when a document holds the pair of content words `key` (see contentPairsOf). */
export function hasContentPair(d: LinkDoc, key: number): boolean {
  const at = partitionPoint(d.contentPairs.length, (i) => d.contentPairs[i] < key);
  return at < d.contentPairs.length && d.contentPairs[at] === key;
}

/** True when a document holds the content word numbered `id`. */
export function hasWord(d: LinkDoc, id: number): boolean {
  const at = partitionPoint(d.contentIds.length, (i) => d.contentIds[i] < id);
  return at < d.contentIds.length && d.contentIds[at] === id;
}

/** Content words around tokens [from, to), up to CONTEXT_WORDS on each side. */
export function contextOf(tokens: TokenList, from: number, to: number): Set<string> {
  const { words, content } = tokens.vocab;
  const out = new Set<string>();
  for (let i = from - 1, n = 0; i >= 0 && n < CONTEXT_WORDS; i--) if (content[tokens.ids[i]]) out.add(words[tokens.ids[i]]), n++;
  for (let i = to, n = 0; i < tokens.ids.length && n < CONTEXT_WORDS; i++) if (content[tokens.ids[i]]) out.add(words[tokens.ids[i]]), n++;
  return out;
}

/** Builds the linker's view of one quotation (or of one sentence of it) over a tokenised document. */
function linkQuote(doc: string, text: string, tokens: TokenList, q: QuoteSpan & Attribution, vocab: Vocabulary): LinkQuote {
  const from = tokenAt(tokens, q.start);
  const to = tokenAt(tokens, q.end);
  const words = wordsOf(tokens, from, to);
  const contentIds = [...words.contentSet].map((w) => vocab.find(w));
  const raw = text.slice(q.start, q.end);
  return {
    id: -1, doc, start: q.start, end: q.end, kind: q.kind, marked: q.marked, words, contentIds, pairKeys: pairsOf(tokens, from, to), contentPairs: contentPairsOf(tokens, from, to), key: words.all.join(' '),
    context: contextOf(tokens, from, to), speaker: q.speaker, titleLike: q.marked && (titleLike(raw) || pollItem(text, q.start, q.end)),
    nickname: q.marked && nicknameLike(text, q.start, q.end), surface: lettersAndDigits(raw), sentences: [], cuts: [],
  };
}

/** An ellipsis: where an outlet cut words out of what was said. */
const ELLIPSIS = /…|\.\s?\.\s?\./g;

/** The words of each stretch of a quotation between its ellipses, when it has two stretches or more with words. */
function cutsOf(tokens: TokenList, start: number, raw: string): Words[] {
  const marks = [...raw.matchAll(ELLIPSIS)];
  if (marks.length === 0) return [];
  const bounds = [0, ...marks.flatMap((m) => [m.index, m.index + m[0].length]), raw.length];
  const out: Words[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const words = wordsOf(tokens, tokenAt(tokens, start + bounds[i]), tokenAt(tokens, start + bounds[i + 1]));
    if (words.all.length > 0) out.push(words);
  }
  return out.length > 1 ? out : [];
}

/**
 * The text's letters and digits in lower case, as one flat string: a global replace would build a
 * chain of pieces several times its size, held by every quotation the linker keeps.
 */
function lettersAndDigits(raw: string): string {
  return raw.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join('') ?? '';
}

/** The end of a sentence inside a quotation: its closing mark and the space after it. */
const SENTENCE_END = /[.!?…]+["”’']?\s+(?=\S)/gu;

/** The spans of the sentences of a quotation that holds more than one. */
function sentenceSpans(text: string, q: QuoteSpan): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = q.start;
  for (const m of text.slice(q.start, q.end).matchAll(SENTENCE_END)) {
    out.push({ start, end: q.start + m.index + m[0].trimEnd().length });
    start = q.start + m.index + m[0].length;
  }
  if (out.length > 0) out.push({ start, end: q.end });
  return out;
}

/** Tokenises a document and its quotations for linking; `local` are the text's tokens when already taken. */
export function prepareDoc(doc: string, text: string, quotes: (QuoteSpan & Attribution)[], vocab: Vocabulary, local?: LocalTokens): LinkDoc {
  const tokens = local ? numberTokens(local, vocab) : tokenize(text, vocab);
  const linkQuotes = quotes.map((q): LinkQuote => {
    const whole = linkQuote(doc, text, tokens, q, vocab);
    whole.cuts = cutsOf(tokens, q.start, text.slice(q.start, q.end));
    if (q.marked) whole.sentences = sentenceSpans(text, q).map((s) => linkQuote(doc, text, tokens, { ...q, ...s, kind: 'full' }, vocab));
    return whole;
  });
  const contentPairs = Float64Array.from(contentPairsOf(tokens, 0, tokens.ids.length)).sort();
  return { id: -1, doc, text, tokens, quotes: linkQuotes, contentIds: vocab.distinctContent(tokens.ids), contentPairs };
}
