import { continents, countries } from 'countries-list';
import { worldPlaces } from './worldPlaces';

/** A gazetteer entry: the canonical place name a surface form stands for. */
export interface PlaceEntry {
  key: string;
  name: string;
  /** A country, nation, continent or capital, as opposed to a region or another city. */
  major?: boolean;
  /** A city's population, where the gazetteer knows it. */
  population?: number;
}

const gazetteer = new Map<string, PlaceEntry>();
// What `normalizePlace` must rewrite: a dot, a curly apostrophe, a leading "the ", or space other than single spaces between words.
const PLACE_REWRITE = /\.|’|^the\s|\s\s|[^\S ]|^\s|\s$/;
const stems = new Set<string>();

function add(surface: string, key: string, name: string, major = true, population?: number): void {
  const norm = normalizePlace(surface);
  if (norm && !gazetteer.has(norm)) gazetteer.set(norm, { key, name, major, population });
}

// Countries, their common short forms and capitals, and the continents come from the
// `countries-list` package; a capital such as "Washington D.C." is also known by its first word.
// Bare ISO codes are left out ("TV" is television far more often than Tuvalu); the short forms
// writers really use ("US", "UK") are among the package's aliases.
for (const [code, country] of Object.entries(countries)) {
  const key = `country:${code}`;
  add(country.name, key, country.name);
  for (const alias of country.alias ?? []) add(alias, key, country.name);
  if (country.capital) {
    const short = country.capital.replace(/\s+D\.?C\.?$/, '');
    const capitalKey = `city:${short.toLowerCase()}`;
    add(country.capital, capitalKey, short);
    add(short, capitalKey, short);
  }
}
for (const name of Object.values(continents)) add(name, `continent:${name.toLowerCase()}`, name);
// The package lists sovereign states only; the United Kingdom's four nations are places news
// prose names on their own.
for (const name of ['England', 'Scotland', 'Wales', 'Northern Ireland']) add(name, `nation:${name.toLowerCase()}`, name);
// Regions that span or divide countries, which the packages do not list and news names often.
for (const name of ['Middle East', 'Midwest', 'Balkans', 'Caribbean', 'Scandinavia', 'Latin America', 'Central America', 'Southeast Asia', 'West Bank', 'Gaza Strip', 'Persian Gulf', 'Rust Belt', 'Deep South', 'Silicon Valley']) {
  add(name, `region:${name.toLowerCase()}`, name, false);
}
// States that no longer exist are still the places history and interviews talk about.
for (const [name, ...aliases] of [['Soviet Union', 'USSR', 'U.S.S.R.'], ['Czechoslovakia'], ['Yugoslavia'], ['East Germany'], ['West Germany']]) {
  for (const surface of [name, ...aliases]) add(surface, `nation:${name.toLowerCase()}`, name);
}
// Official names that countries-list leaves out, and the short forms news writes for them ("the
// People's Republic", "the Islamic Republic").
const OFFICIAL_NAMES: [string, ...string[]][] = [
  ['CN', "People's Republic of China", "People's Republic", 'PRC'],
  ['IR', 'Islamic Republic of Iran', 'Islamic Republic'],
  ['KP', "Democratic People's Republic of Korea"],
  ['TW', 'Republic of China'],
  ['DE', 'Federal Republic of Germany'],
  ['SA', 'Kingdom of Saudi Arabia'],
];
for (const [code, ...names] of OFFICIAL_NAMES) for (const name of names) add(name, `country:${code}`, countries[code as keyof typeof countries].name);
// Country names on their own, for the nationality words' lookup.
const countryNames = [...gazetteer].filter(([, entry]) => entry.key.startsWith('country:'));
// Nationality words are built on countries, continents and nations, not on cities or provinces.
for (const norm of gazetteer.keys()) {
  for (const word of norm.split(' ')) if (word.length >= 4) stems.add(word.slice(0, 4));
}
// States, provinces and major cities come after the countries, so a country keeps its own entry
// ("Georgia", "Mexico"); a US state is also known by its postal code after a party letter ("R-TX").
const postalCodes = new Map<string, PlaceEntry>();
for (const place of worldPlaces()) {
  const key = `${place.kind}:${place.name.toLowerCase()}`;
  add(place.name, key, place.name, false, place.population);
  if (place.postal) postalCodes.set(place.postal, { key, name: place.name });
}
// The Associated Press's abbreviations of the states' names, known only with their final dot
// ("Calif.", "Fla."), since without it several are words or names ("Mass", "Ill", "Wash").
const AP_STATES: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Mo.': 'Missouri', 'Mont.': 'Montana',
  'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico',
  'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};
const abbreviations = new Map<string, PlaceEntry>();
for (const [abbreviation, name] of Object.entries(AP_STATES)) {
  const hit = gazetteer.get(normalizePlace(name));
  abbreviations.set(abbreviation, hit ?? { key: `region:${name.toLowerCase()}`, name });
}

/** The lookup form of a place name: lower case, dots and a leading "the" dropped, apostrophes straight ("the U.S." -> "us"). */
export function normalizePlace(surface: string): string {
  const low = surface.toLowerCase();
  // Most names asked about are plain words with single spaces; they skip the rewriting.
  if (!PLACE_REWRITE.test(low)) return low;
  return low.replace(/\./g, '').replace(/’/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}


/** The gazetteer entry for a place name: a known country, continent, state or province, major city, or a state's abbreviation ("Calif."). */
export function lookupPlace(surface: string): PlaceEntry | undefined {
  if (surface.endsWith('.')) {
    const abbreviation = abbreviations.get(surface);
    if (abbreviation) return abbreviation;
  }
  const hit = gazetteer.get(normalizePlace(surface));
  // Two-letter codes are only places when written in capitals ("US", not "us" or "Us").
  if (hit && surface.replace(/\./g, '').length === 2 && surface !== surface.toUpperCase()) return undefined;
  return hit;
}

// "-ian", "-ean" and their plurals end in "an" and "ans".
const DEMONYM_ENDINGS = ['an', 'ans', 'ese', 'ish', 'i', 'is', 'ic'];

/** True for a nationality word built on a known place name ("Chinese", "American", "Ukrainian"). */
export function isDemonym(word: string): boolean {
  // The ending is tested first, with plain string tests: this runs on most tokens and rejects nearly all.
  if (word.length < 5 || !DEMONYM_ENDINGS.some((ending) => word.endsWith(ending))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || gazetteer.has(word.toLowerCase())) return false;
  return stems.has(word.slice(0, 4).toLowerCase());
}

// Stems of the generic words in countries' names ("Republic", "Democratic", "United", "Islands"): a
// word built on one is a party's, a creed's or a church's ("Republican", "Unitarian"), not a nation's.
const GENERIC_STEMS = new Set(['repu', 'demo', 'fede', 'unit', 'king', 'isla', 'cent', 'peop', 'sain', 'stat']);

/**
 * True for a nationality word built on a country's name ("Chinese", "British"), not a party's
 * ("Republican", "Democratic") or a continent's ("European", "African").
 */
export function isCountryNationality(word: string): boolean {
  return isDemonym(word) && !GENERIC_STEMS.has(word.slice(0, 4).toLowerCase()) && nationalityKey(word).startsWith('country:');
}

/** The gazetteer key a demonym or place name refers to, for comparing "Chinese" with "China". */
export function nationalityKey(word: string): string {
  const hit = lookupPlace(word);
  if (hit) return hit.key;
  const stem = word.slice(0, 4).toLowerCase();
  let best: [string, string] | undefined;
  // The shortest country name sharing the stem wins: "American" is America, not American Samoa.
  for (const [norm, entry] of countryNames) {
    if (norm.startsWith(stem) && (!best || norm.length < best[0].length)) best = [norm, entry.key];
  }
  return best ? best[1] : stem;
}

/** The US state a postal code stands for ("TX" -> Texas), for party labels such as "R-TX". */
export function statePostalCode(code: string): PlaceEntry | undefined {
  return postalCodes.get(code);
}
