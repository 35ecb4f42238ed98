import type { Tokens } from './tokenize';

const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const BOUNDARY = /^(?:[.!?;…]|\.\.\.)$/;
const OPENERS = /^[“"‘'«„([\-–—]+$/;

/** True when a token starts with a capital letter and contains a letter. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word) && HAS_LETTER.test(word);
}

/** True for a short all-capitals word such as "NATO" or "CIA". */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z&]{1,5}$/.test(word);
}

/** The token's text in lower case. */
export function lower(tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.text.length ? tokens.text[i].toLowerCase() : '';
}

/**
 * A name's words as entity keys hold them: lower case, every apostrophe the straight one, no
 * accents and no full stops between initials, so that "O’Malley" and "O'Malley", "François" and
 * "Francois", or "U.N." and "UN", written by two outlets, are one name.
 */
export function nameKey(text: string): string {
  if (text.includes('.')) text = text.replace(/\b(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, ''));
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  // Accents go from small letters only: a mark on a capital inside a word is more often broken
  // text ("RaÃÂol") than a spelling.
  return text.normalize('NFKD').replace(/(\p{Ll})\p{M}+/gu, '$1').normalize('NFC').toLowerCase().replace(/[’‘ʼ`]/g, "'");
}

/** True when token i opens a sentence or paragraph, looking past opening quotes and brackets. */
export function opensSentence(tokens: Tokens, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.test(tokens.text[j])) j--;
  if (j < 0) return true;
  const prev = tokens.text[j];
  return BOUNDARY.test(prev) || prev.includes('\n') || /[”"’]$/.test(prev) && j > 0 && BOUNDARY.test(tokens.text[j - 1]);
}

/** True when tokens i and i + 1 touch, with no space between them. */
export function touching(tokens: Tokens, i: number): boolean {
  return i + 1 < tokens.text.length && tokens.end[i] === tokens.start[i + 1];
}
