import { GROUP_PLURALS, NOT_GIVEN_NAMES, THING_TAILS } from './lexicon';

// Suffixes of abstract and collective nouns that no surname carries.
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ship|ology|ics|hood)$/;
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
