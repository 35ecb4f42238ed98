import type { Resolution } from './resolveSingles';

// Words left out of an organisation's initials ("Federal Bureau of Investigation" is the FBI).
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', '&', 'de', 'du', 'des', 'la', 'le']);
/** A company's legal or group tail: "WMC Resources" is WMC, "BT Group" BT. */
export const COMPANY_TAILS: ReadonlySet<string> = new Set(`inc inc. corp corp. corporation company co co. group ltd ltd. plc llc llp lp holdings gmbh ag sa resources communications industries technologies systems`.split(' '));
// Generic tails an organisation is also known without ("the Xinhua news agency" is Xinhua).
const GENERIC_TAILS = new Set(['news', 'agency', ...COMPANY_TAILS]);

/**
 * The alias forms a name typed on its own is also written in, each prefixed by its kind: a person
 * with middle names or initials is also "first last" ("p donald trump" for "Donald J. Trump"); an
 * organisation is also its initials ("i fbi") and its name without a generic tail ("o xinhua").
 * A form answers for the name only while no other name of the corpus claims it.
 */
export function aliasForms(r: Resolution): string[] {
  if (!r) return [];
  const words = r.key.slice(r.key.indexOf(':') + 1).split(' ');
  if (r.type === 'person') return words.length >= 3 ? [`p ${words[0]} ${words[words.length - 1]}`] : [];
  if (r.type !== 'organization' || words.length < 2) return [];
  const forms: string[] = [];
  // Each part of a hyphenated word gives its letter: "Agence France-Presse" is the AFP.
  const initials = words.flatMap((w) => w.split('-')).filter((w) => w && !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('');
  if (initials.length >= 2 && /^\p{L}+$/u.test(initials)) forms.push(`i ${initials}`);
  let end = words.length;
  while (end > 1 && GENERIC_TAILS.has(words[end - 1])) end--;
  if (end < words.length) forms.push(`o ${words.slice(0, end).join(' ')}`);
  return forms;
}

/** The alias form to look a resolved name up by, or undefined when its own key is all it can be. */
export function lookupForm(r: Resolution, acronym: boolean): string | undefined {
  if (!r) return undefined;
  const words = r.key.slice(r.key.indexOf(':') + 1).split(' ');
  if (r.type === 'person') return words.length === 2 ? `p ${words[0]} ${words[1]}` : undefined;
  if (r.type !== 'organization') return undefined;
  return acronym && words.length === 1 ? `i ${words[0].replace(/\./g, '')}` : `o ${words.join(' ')}`;
}
