import { lower } from './tokenTests';
import type { Tokens } from './tokenize';

/**
 * Nouns for kinds of made things (works, craft, devices, projects) whose names a text introduces
 * with the kind: "the graphic novel X", "X is a space capsule", "a device called X".
 */
export const THING_KINDS = new Set(`novel book film movie documentary album song game videogame spacecraft
  capsule probe satellite rocket telescope robot device gadget machine vehicle drug vaccine mission
  project software wiki`.split(/\s+/));

/** Kinds of craft and instruments, which a caption may write capitalised before the name ("Spacecraft X"). */
export const CRAFT_KINDS = new Set(['spacecraft', 'capsule', 'probe', 'satellite', 'rocket', 'telescope', 'rover']);

const COPULAS = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an']);
const POSSESSIVES = new Set(['’s', "'s"]);

// "X is a NASA space capsule that ...": the head noun of the phrase after "is a" says what X is.
function definedAsThing(tokens: Tokens, last: number): boolean {
  if (!COPULAS.has(lower(tokens, last + 1)) || !ARTICLES.has(lower(tokens, last + 2))) return false;
  let head = '';
  for (let k = last + 3; k < Math.min(tokens.text.length, last + 8); k++) {
    if (!/^(?:NOUN|PROPN|ADJ)$/.test(tokens.pos[k])) break;
    head = tokens.text[k];
  }
  return THING_KINDS.has(head);
}

// "the graphic novel X", "a device called the X", "the project is called X".
function introducedAsThing(tokens: Tokens, first: number): boolean {
  const before = tokens.text[first - 1] ?? '';
  if (THING_KINDS.has(before)) return true;
  let k = first - 1;
  if (lower(tokens, k) === 'the') k--;
  if (lower(tokens, k) !== 'called') return false;
  return [k - 1, k - 2].some((j) => THING_KINDS.has(tokens.text[j] ?? ''));
}

/**
 * True when the words around the run [first, last] say it names a made thing: a work, a craft, a
 * device or a project ("X is a space capsule", "the novel X", "a device called the X").
 */
export function namesThing(tokens: Tokens, first: number, last: number): boolean {
  return definedAsThing(tokens, last) || introducedAsThing(tokens, first);
}

/** True when the run [first, last] follows a possessive ("Lessig's Free Culture"), as a person's work does. */
export function afterPossessive(tokens: Tokens, first: number): boolean {
  return POSSESSIVES.has(tokens.text[first - 1] ?? '');
}
