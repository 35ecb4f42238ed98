import { GROUP_PLURALS, NOT_GIVEN_NAMES, THING_TAILS } from './lexicon';
import { lookupPlace } from './places';

// Suffixes of abstract and collective nouns that no surname carries; "-ment", "-ness" and "-hood"
// only on long words, since "Clement", "Souness" and "Hood" are surnames.
const NOUN_SUFFIX = /^.{3,}(?:tion|sion|ity|ism|ship|ology|ics)$|^.{5,}(?:ment|ness|hood)$/;
// Plural suffixes of group nouns ("Socialists", "Republicans", "Conservatives"), not of surnames.
const GROUP_SUFFIX = /(?:ists|ites|crats|cans|ives)$/;

/**
 * True when a multiword name is shaped like the name of a group or a thing rather than a person:
 * it ends in a plural group noun, an acronym plural ("MPs") or a common noun, opens with a word no
 * one is named, or contains "of" ("Chambers of Commerce").
 */
export function looksLikeThingName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  const tail = last.toLowerCase();
  if (THING_TAILS.has(tail) || GROUP_PLURALS.has(tail) || NOUN_SUFFIX.test(tail) || GROUP_SUFFIX.test(tail)) return true;
  if (/^\p{Lu}{2,}s$/u.test(last)) return true;
  if (NOT_GIVEN_NAMES.has(words[0].toLowerCase())) return true;
  return words.some((w) => w === 'of');
}

// Nationality words whose place name is not their stem plus a regular ending.
const IRREGULAR = new Set(`british english french dutch spanish polish turkish swedish danish finnish irish scottish
  welsh greek swiss thai dutchman frenchman frenchwoman englishman scotsman welshman irishman`.split(/\s+/));

/**
 * True for a nationality word whose place the gazetteer knows once its ending is undone
 * ("Australian" -> Australia, "Iraqi" -> Iraq, "Chinese" -> China), stricter than a shared stem,
 * so given names such as "Christian" or "Dominic" are not taken for one.
 */
export function isNationality(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.replace(/s$/, '');
  if (IRREGULAR.has(w.toLowerCase())) return true;
  const bases = [w.replace(/n$/, ''), w.replace(/an$/, ''), w.replace(/ian$/, ''), w.replace(/ian$/, 'y'), w.replace(/ian$/, 'a'), w.replace(/i$/, ''), w.replace(/ese$/, 'a'), w.replace(/ese$/, ''), w.replace(/an$/, 'o')];
  return bases.some((b) => b !== w && b.length >= 3 && lookupPlace(b)?.key.startsWith('city:') === false);
}

// Endings of Slavic, Greek, Romanian, Armenian and German surnames that English words and
// organisations' names lack ("Gorbachev", "Dostoyevsky", "Papadopoulos", "Einstein").
const SURNAME_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ov|ev|ova|eva|sky|ski|ska|enko|vich|wicz|ovic|evic|opoulos|escu|yan|stein)$/u;

/** True for a single word shaped like a surname by its ending ("Gorbachev", "Kowalski"); the caller rules out dictionary words. */
export function looksLikeSurname(word: string): boolean {
  return SURNAME_ENDING.test(word);
}
