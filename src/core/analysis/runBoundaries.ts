import { AFFILIATIONS, OFFICE_BUILDINGS, ORG_HEADS, PLACE_HEADS, TITLE_DOMAINS } from './lexicon';
import { looksLikeThingName } from './nameShape';
import { isDemonym, lookupPlace, statePostalCode } from './places';
import { isAcronym, lower } from './tokenTests';
import type { Tokens } from './tokenize';

/**
 * Where a run of capitalised words holds words that qualify a name without belonging to it: the
 * parts to read as names on their own (possibly none), or undefined when the run is one name.
 * "R-Utah" is a party label (Utah alone is a place), "NASA Bill Ingalls" a credit before a person,
 * "Nevada Democrat" or "Republican X" a party word beside a place or a person.
 */
export function splitQualifiers(tokens: Tokens, first: number, last: number): [number, number][] | undefined {
  if (first === last) return undefined;
  if (/^[DRI]$/.test(tokens.text[first]) && tokens.text[first + 1] === '-') {
    const rest = first + 2;
    return rest === last && statePostalCode(tokens.text[rest]) ? [] : rest <= last ? [[rest, last]] : [];
  }
  // "X Y Image", "X Y Photo": a caption's credit word after a name.
  if (CAPTION_WORDS.has(lower(tokens, last))) return [[first, last - 1]];
  if (lookupPlace(words(tokens, first, last).join(' ')) || hasHead(tokens, first, last)) return undefined;
  // "Obama White House", "White House East Room": a building named by office words stands apart from the
  // words run into it, which qualify it or name a part of it.
  const building = buildingWithin(tokens, first, last);
  if (building) return [[first, building[0] - 1], building, [building[1] + 1, last]].filter(([a, b]) => a <= b) as [number, number][];
  if (last - first >= 2 && isAcronym(tokens.text[first]) && personShaped(tokens, first + 1, last)) return [[first, first], [first + 1, last]];
  // "Ambassador to the United States Hamdullah Mohib": a place of several words run into a person's name.
  for (let k = first + 1; k + 2 <= last; k++) {
    if (lookupPlace(words(tokens, first, k).join(' ')) && personShaped(tokens, k + 1, last)) return [[first, k], [k + 1, last]];
  }
  const affiliated = (k: number) => isAffiliation(tokens.text[k]) || isDemonym(tokens.text[k]);
  if (tokens.text.slice(first, last + 1).every((w, k) => affiliated(first + k) || !/\p{L}/u.test(w))) return [];
  // The party word goes only when what is left is a place or a person's full name ("Liberal
  // Democrats" stays one name), or when it is a nickname's adjective ("Crooked X").
  const nameOrPlace = (a: number, b: number) => lookupPlace(words(tokens, a, b).join(' ')) !== undefined || personShaped(tokens, a, b);
  if (isAffiliation(tokens.text[first]) && (nameOrPlace(first + 1, last) || NICKNAME_ADJECTIVES.has(lower(tokens, first)))) return [[first + 1, last]];
  if (AFFILIATIONS.has(lower(tokens, last)) && nameOrPlace(first, last - 1)) return [[first, last - 1]];
  // "Nevada Democrat X Y": a party word between a place and a person.
  for (let k = first + 1; k < last; k++) {
    if (AFFILIATIONS.has(lower(tokens, k)) && nameOrPlace(first, k - 1) && nameOrPlace(k + 1, last)) return [[first, k - 1], [k + 1, last]];
  }
  return undefined;
}

// A run of two or more office words ending in a building's word ("White House"), inside a longer run.
function buildingWithin(tokens: Tokens, first: number, last: number): [number, number] | undefined {
  for (let k = first; k < last; k++) {
    let m = k;
    while (m <= last && TITLE_DOMAINS.has(lower(tokens, m))) m++;
    const end = m - 1;
    if (end > k && OFFICE_BUILDINGS.has(lower(tokens, end)) && (k > first || end < last)) return [k, end];
  }
  return undefined;
}

// "Scientologist X", "Marxist X": a follower's word before a name, like a party's.
function isAffiliation(word: string): boolean {
  return AFFILIATIONS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}{3,}ists?$/u.test(word);
}

const NICKNAME_ADJECTIVES = new Set(['crooked', 'crazy', 'lyin', "lyin'"]);
const CAPTION_WORDS = new Set(['image', 'photo', 'photograph', 'picture', 'video', 'credit', 'file']);

function words(tokens: Tokens, first: number, last: number): string[] {
  return tokens.text.slice(first, last + 1);
}

function hasHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ORG_HEADS.has(lower(tokens, k)) || PLACE_HEADS.has(lower(tokens, k))) return true;
  return false;
}

// Two or more capitalised words, none an acronym, not shaped like a group or a thing.
function personShaped(tokens: Tokens, first: number, last: number): boolean {
  const ws = words(tokens, first, last);
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w)) && !looksLikeThingName(ws);
}
