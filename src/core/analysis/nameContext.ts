import { ORG_CUES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import { lookupPlace } from './places';
import { isCapitalised, lower, opensSentence, touching } from './tokenTests';
import type { Tokens } from './tokenize';

// The context cues around a capitalised run that type it or say it is no name.

const POSSESSIVES = new Set(['’s', "'s"]);

// After a colon or a dash only a word the tagger reads as common counts: "Photo: Xinhua" is a credit.
/** True when token i opens a sentence, a quotation ("“Really?”"), or (for a common word) what follows a colon or a dateline's dash. */
export function startsClause(tokens: Tokens, i: number): boolean {
  const before = tokens.text[i - 1] ?? '';
  return opensSentence(tokens, i) || /^(?:[“"‘«„]|''|``)$/.test(before) || (/^(?::|-|–|—)$/.test(before) && tokens.pos[i] !== 'PROPN');
}

// Each document's set of words, built on the first question about it rather than by a scan per name.
const wordSets = new WeakMap<Tokens, Set<string>>();

/** True when the document also writes the word in lower case, as it does a common word ("history"). */
export function writesLowerCase(tokens: Tokens, word: string): boolean {
  const low = word.toLowerCase();
  if (low === word) return false;
  let words = wordSets.get(tokens);
  if (!words) wordSets.set(tokens, (words = new Set(tokens.text)));
  return words.has(low);
}

// "X minority", "X diplomatic compound": a name directly before a lower-case noun phrase modifies it.
/** True when the name ending at token `last` modifies the lower-case noun after it ("X minority"). */
export function modifiesNoun(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  if (!/^\p{Ll}/u.test(tokens.text[next] ?? '') || TITLE_WORDS.has(tokens.text[next]) || ORG_CUES.has(tokens.text[next])) return false;
  return tokens.pos[next] === 'NOUN' || (tokens.pos[next] === 'ADJ' && tokens.pos[next + 1] === 'NOUN');
}

/** True when the words around a name say it is a place: "in X", "X-based", "X, <country>". */
export function placeCue(tokens: Tokens, first: number, last: number): boolean {
  if (POSSESSIVES.has(tokens.text[last + 1] ?? '')) return false;
  if (PLACE_PREPOSITIONS.has(tokens.text[first - 1] ?? '')) return true;
  if (tokens.text[last + 1] === '-' && touching(tokens, last) && PLACE_SUFFIXES.has(lower(tokens, last + 2))) return true;
  // "Springfield, Illinois" or "Lyon, France": a name followed by a comma and a known country or
  // state; "Gomez, Panama coach" is a person with a role, not a town.
  if (tokens.text[last + 1] !== ',' || !/^(?:country|region):/.test(lookupPlace(tokens.text[last + 2] ?? '')?.key ?? '')) return false;
  return opensClause(tokens, last + 3) && !TITLE_WORDS.has(lower(tokens, last + 3)) && !ROLE_NOUNS.has(lower(tokens, last + 3));
}

function opensClause(tokens: Tokens, i: number): boolean {
  return i >= tokens.text.length || !isCapitalised(tokens.text[i]) || /^[.,;:!?)]$/.test(tokens.text[i]);
}

// An organisation is headed and founded: "X founder", "X chief", "the boss of X", "head of X"; and
// an agency is called one: "the X news agency".
/** True when the words around a name say it is an organisation: "X founder", "the head of X", "the X news agency". */
export function orgCue(tokens: Tokens, first: number, last: number): boolean {
  const next = lower(tokens, last + 1);
  if (TITLE_WORDS.has(next) && /^\p{Ll}/u.test(tokens.text[last + 1])) return true;
  if (/^\p{Ll}/u.test(tokens.text[last + 1] ?? '') && (next === 'agency' || (next === 'news' && lower(tokens, last + 2) === 'agency'))) return true;
  if (lower(tokens, first - 1) !== 'of') return false;
  const before = lower(tokens, first - 2).replace(/^ex-/, '');
  return TITLE_WORDS.has(before) && /^\p{Ll}/u.test(tokens.text[first - 2] ?? '');
}

/** True when the name stands alone on its line, as a heading does. */
export function aloneOnLine(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && !tokens.text[k].includes('\n'); k--) if (/\p{L}/u.test(tokens.text[k])) return false;
  for (let k = last + 1; k < tokens.text.length && !tokens.text[k].includes('\n'); k++) if (/\p{L}/u.test(tokens.text[k])) return false;
  return true;
}

// "Photo: NASA", "Image: AFP": a picture's credit names the agency or the person who took it;
// "©APA/AFP", "Photo: Xinhua/Shutterstock": a copyright sign credits too, and so does a slash after a credited name.
/** True when token i follows a picture's credit: "Photo: X", "©X", or a slash after a credited name. */
export function credited(tokens: Tokens, i: number): boolean {
  const before = tokens.text[i - 1];
  if (before === '©') return true;
  if (before === '/' && i >= 2) return credited(tokens, i - 2);
  return before === ':' && CREDIT_LABELS.has(lower(tokens, i - 2));
}

const CREDIT_LABELS = new Set(['photo', 'image', 'picture', 'photograph', 'credit', 'source', 'courtesy', 'video']);
