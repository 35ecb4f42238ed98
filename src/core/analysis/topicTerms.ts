import type { Tokens } from './tokenize';
import { isDemonym } from './places';
import { GENERIC_NOUNS } from './topicLexicon';
import { Interner } from './interner';

/** One sentence's span and the key phrases it contains (normalised forms, each once). */
export interface TermSentence {
  start: number;
  end: number;
  terms: string[];
  /** In a sentence that lists subjects ("issues such as X, Y and Z"), the phrases that end a list item. */
  listed?: string[];
}

// What follows the last word of a list item.
const ITEM_ENDS = new Set([',', 'and', 'or', ':', ';', '.', '!', '?']);

// Words that announce a list of subjects; with two or more commas the sentence enumerates them.
const LISTING_CUES = new Set(['issue', 'issues', 'include', 'includes', 'including', 'included', 'among', 'such', 'topics', 'subjects', 'agenda', 'discussed', 'discuss', 'raised', 'raise', 'areas', 'concerns', 'questions']);

/** One document's key-phrase occurrences, grouped by sentence; plain data, cached per document. */
export interface DocumentTerms {
  sentences: TermSentence[];
  /** How each normalised phrase was first written in this document, for naming topics; absent when as its normal form. */
  surfaces: Map<string, string>;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ']);
const SENTENCE_END = /^[.!?…]$/;

/** The comparable form of a word: lower case, a regular plural made singular. */
export function normalizeWord(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

function usable(tokens: Tokens, i: number): boolean {
  return CONTENT.has(tokens.pos[i]) && tokens.text[i].length > 2 && /^\p{L}[\p{L}’'-]*$/u.test(tokens.text[i]) && !isDemonym(tokens.text[i]);
}

// Documents share most of their words and phrases: each is kept once across them (flat, not the
// chain of pieces a concatenation builds), which takes a third off the terms a corpus holds.
const strings = new Interner();

/** Collects a document's candidate key phrases (content nouns and noun pairs or triples) sentence by sentence. */
export function extractTerms(tokens: Tokens): DocumentTerms {
  const out: DocumentTerms = { sentences: [], surfaces: new Map() };
  let from = 0;
  for (let i = 0; i <= tokens.text.length; i++) {
    const end = i === tokens.text.length || SENTENCE_END.test(tokens.text[i]) || tokens.text[i].includes('\n');
    if (!end) continue;
    if (i > from) addSentence(tokens, from, i - 1, out);
    from = i + 1;
  }
  // A phrase first written as its normal form needs no entry: readers fall back on the phrase itself.
  // A new Map, as one emptied by deletes keeps its full table.
  return { sentences: out.sentences, surfaces: new Map([...out.surfaces].filter(([key, surface]) => surface !== key)) };
}

/**
 * Gives terms that arrived from elsewhere (another thread, a cache) the held copies of their
 * strings, as `extractTerms` does, so that each word is held once however the facts came.
 */
export function internTerms(terms: DocumentTerms): DocumentTerms {
  const hold = (text: string) => strings.of(text);
  for (const s of terms.sentences) {
    s.terms = s.terms.map(hold);
    if (s.listed) s.listed = s.listed.map(hold);
  }
  terms.surfaces = new Map([...terms.surfaces].map(([key, surface]) => [hold(key), hold(surface)]));
  return terms;
}

/** Words k..j joined by spaces, as one held string. */
function phrase(words: string[], k: number, j: number): string {
  return strings.of(words.slice(k, j + 1).join(' '));
}

function addSentence(tokens: Tokens, first: number, last: number, out: DocumentTerms): void {
  const terms = new Set<string>();
  const listing = isListing(tokens, first, last);
  const listed = new Set<string>();
  const note = (key: string, surface: string, end = -1) => {
    terms.add(key);
    if (!out.surfaces.has(key)) out.surfaces.set(key, surface);
    if (listing && end >= 0 && ITEM_ENDS.has(tokens.text[end + 1]?.toLowerCase() ?? '.')) listed.add(key);
  };
  // Each token's usability, normal form and display form are worked out once per sentence.
  const size = last - first + 1;
  const ok: boolean[] = new Array(size);
  const norm: string[] = new Array(size);
  const shown: string[] = new Array(size);
  for (let k = 0; k < size; k++) {
    const i = first + k;
    ok[k] = usable(tokens, i);
    if (!ok[k]) continue;
    norm[k] = strings.of(normalizeWord(tokens.text[i]));
    shown[k] = tokens.pos[i] === 'PROPN' ? tokens.text[i] : strings.of(tokens.text[i].toLowerCase());
  }
  for (let k = 0; k < size; k++) {
    if (!ok[k]) continue;
    if (tokens.pos[first + k] !== 'ADJ' && !GENERIC_NOUNS.has(norm[k]) && !nameFragment(tokens, first, first + k)) note(norm[k], shown[k], first + k);
    // Adjacent content words form phrases ("spy balloon", "human rights"); the words after the
    // first must be nouns.
    let generic = GENERIC_NOUNS.has(norm[k]);
    for (let j = k + 1; j <= k + 2 && j < size; j++) {
      if (!ok[j] || tokens.pos[first + j] === 'ADJ') break;
      generic &&= GENERIC_NOUNS.has(norm[j]);
      if (!generic) note(phrase(norm, k, j), phrase(shown, k, j), first + j);
    }
  }
  if (terms.size === 0) return;
  const sentence: TermSentence = { start: tokens.start[first], end: tokens.end[last], terms: [...terms] };
  if (listed.size > 0) sentence.listed = [...listed];
  out.sentences.push(sentence);
}

// "York" in "New York": a capitalised word next to another capitalised word is part of a longer name.
function nameFragment(tokens: Tokens, first: number, i: number): boolean {
  if (!/^\p{Lu}/u.test(tokens.text[i])) return false;
  return (i > first && /^\p{Lu}/u.test(tokens.text[i - 1])) || /^\p{Lu}/u.test(tokens.text[i + 1] ?? '');
}

function isListing(tokens: Tokens, first: number, last: number): boolean {
  let commas = 0;
  let cued = false;
  for (let i = first; i <= last; i++) {
    if (tokens.text[i] === ',') commas++;
    else if (!cued && LISTING_CUES.has(tokens.text[i].toLowerCase())) cued = true;
  }
  return cued && commas >= 2;
}
