import type { TypeHint } from './candidates';
import { hasAcronym } from './acronyms';
import { EVENT_HEADS, MEMBER_ROLES, ORG_CUES, ORG_HEADS, PLACE_HEADS } from './lexicon';
import { looksLikeThingName } from './nameShape';
import { lookupPlace, type PlaceEntry } from './places';
import { isAcronym, lower, opensSentence } from './tokenTests';
import { isDictionaryWord, type Tokens } from './tokenize';

// Typing a run of capitalised words from its own words: head words, acronyms, places and shape.

/** The run [first, last] as written, single spaces where the text has space between tokens. */
export function tokensSlice(tokens: Tokens, first: number, last: number): string {
  let out = tokens.text[first];
  for (let k = first + 1; k <= last; k++) out += (tokens.start[k] > tokens.end[k - 1] ? ' ' : '') + tokens.text[k];
  return out;
}

/** The type the run's own words give it ("X University", "Dallas Mavericks", "BBC Wales"), or null; `person` when a title or honorific precedes it. */
export function typeFromHeads(tokens: Tokens, first: number, last: number, person: boolean): TypeHint {
  if (person) return 'person';
  const head = lower(tokens, last);
  if (PLACE_HEADS.has(head)) return 'place';
  if (ORG_HEADS.has(head) || ORG_CUES.has(lower(tokens, last + 1)) || ORG_CUES.has(lower(tokens, last + 2))) return 'organization';
  for (let k = first; k < last; k++) if (ORG_HEADS.has(lower(tokens, k))) return 'organization';
  if (PLACE_HEADS.has(lower(tokens, first)) && lower(tokens, first + 1) === 'of') return 'place';
  if (first === last && isAcronym(tokens.text[first])) return 'organization';
  // "Wikinews", "Ubisoft", "Citibank": a coined word ending in an organisation's head word is a firm's name.
  if (first === last && GLUED_HEAD.test(tokens.text[first]) && !isDictionaryWord(tokens.text[first])) return 'organization';
  // "X Conference (XC)": an event's head word with an acronym in brackets names an organisation.
  if (first < last && EVENT_HEADS.has(head) && hasAcronym(tokens, first, last)) return 'organization';
  // "the West", "the South": a capitalised compass word after "the" names a region.
  if (first === last && COMPASS.has(head) && lower(tokens, first - 1) === 'the' && !opensSentence(tokens, first)) return 'place';
  // "Latham & Watkins" is a firm; "Dallas Mavericks", a place and a plural, is a team.
  if (first < last && tokens.text.slice(first, last + 1).includes('&')) return 'organization';
  if (first < last && /\p{Ll}s$/u.test(tokens.text[last]) && hostsTeams(lookupPlace(tokensSlice(tokens, first, last - 1)))) return 'organization';
  // People's names hold no acronyms and do not end in a country or capital (a region or a smaller
  // city is too often a surname: "Jane Kent", "Tom Durham"): "BBC Wales" and
  // "Real Madrid" are organisations, "North Wales" a place.
  if (first < last && (tokens.text.slice(first, last + 1).some((w) => isAcronym(w)) || lookupPlace(tokens.text[last])?.major)) {
    return COMPASS.has(lower(tokens, first)) && last === first + 1 && lookupPlace(tokens.text[last]) ? 'place' : 'organization';
  }
  // A band or a team has members: "X singer Y", "X striker Y".
  if (first < last && MEMBER_ROLES.has(tokens.text[last + 1] ?? '')) return 'organization';
  // A person needs a name shaped like one; "Labour MPs" or "Jubilee Dome" is a group or a thing.
  if (first < last && looksLikeThingName(tokens.text.slice(first, last + 1))) return 'organization';
  return null;
}

// A team is named after a country, a state or a big city; a smaller town is as often a given name ("Mary Davies").
function hostsTeams(place: PlaceEntry | undefined): boolean {
  return place !== undefined && (place.major === true || place.key.startsWith('region:') || (place.population ?? 0) >= 1_000_000);
}

// "Wikinews", "Ubisoft": organisation head words glued to a coined word.
const GLUED_HEAD = /^\p{Lu}\p{L}{2,}(?:news|soft|tech|bank|corp|media|labs|press)$/u;

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);
