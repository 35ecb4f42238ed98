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
  // Words are read as units: a hyphenated compound the tagger split ("one-China", "closed-door") is one
  // unit that, like an adjective, opens a phrase ("one-China principle") but is no term alone.
  // Each unit's last token, usability, normal form and display form are worked out once per sentence.
  const ends: number[] = [];
  const ok: boolean[] = [];
  const modifier: boolean[] = [];
  const norm: string[] = [];
  const shown: string[] = [];
  for (let i = first, end = i; i <= last; i = end + 1, end = i) {
    while (end + 2 <= last && tightHyphen(tokens, end + 1)) end += 2;
    const k = ends.push(end) - 1;
    modifier[k] = end > i || tokens.pos[end] === 'ADJ';
    ok[k] = end === i ? usable(tokens, i) : usableCompound(tokens, i, end);
    if (!ok[k]) continue;
    if (end === i) {
      norm[k] = strings.of(normalizeWord(tokens.text[i]));
      shown[k] = tokens.pos[i] === 'PROPN' ? tokens.text[i] : strings.of(tokens.text[i].toLowerCase());
    } else {
      const parts = partsOf(i, end);
      norm[k] = strings.of(parts.map((t) => (t === end ? normalizeWord(tokens.text[t]) : tokens.text[t].toLowerCase())).join('-'));
      shown[k] = strings.of(parts.map((t) => (tokens.pos[t] === 'PROPN' ? tokens.text[t] : tokens.text[t].toLowerCase())).join('-'));
    }
  }
  for (let k = 0; k < ends.length; k++) {
    if (!ok[k]) continue;
    const at = ends[k];
    if (!modifier[k] && !GENERIC_NOUNS.has(norm[k]) && !nameFragment(tokens, first, at)) note(norm[k], shown[k], at);
    // Adjacent content words form phrases ("spy balloon", "human rights"); the words after the
    // first must be nouns.
    let generic = GENERIC_NOUNS.has(norm[k]);
    for (let j = k + 1; j <= k + 2 && j < ends.length; j++) {
      if (!ok[j] || modifier[j]) break;
      generic &&= GENERIC_NOUNS.has(norm[j]);
      if (!generic) note(phrase(norm, k, j), phrase(shown, k, j), ends[j]);
    }
  }
  if (terms.size === 0) return;
  const sentence: TermSentence = { start: tokens.start[first], end: tokens.end[last], terms: [...terms] };
  if (listed.size > 0) sentence.listed = [...listed];
  out.sentences.push(sentence);
}

/** True for a hyphen written between two words without spaces ("one-China"). */
function tightHyphen(tokens: Tokens, i: number): boolean {
  return /^[-‐‑]$/.test(tokens.text[i]) && tokens.end[i - 1] === tokens.start[i] && tokens.end[i] === tokens.start[i + 1];
}

/** Token positions of a compound's parts, its hyphens left out. */
function partsOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t <= to; t += 2) out.push(t);
  return out;
}

/** True for a compound of words ("one-China", "China-US", "two-state") ending in a content word. */
function usableCompound(tokens: Tokens, from: number, to: number): boolean {
  return CONTENT.has(tokens.pos[to]) && partsOf(from, to).every((t) => /^\p{L}+$/u.test(tokens.text[t]));
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
