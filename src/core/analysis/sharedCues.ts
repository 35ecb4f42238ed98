import type { NameCandidate } from './candidates';
import { lookupPlace } from './places';
import type { Tokens } from './tokenize';
import { partitionPoint } from '../partitionPoint';

// Typing evidence one name of a document lends another.

/** Names listed together are of a kind: "With X and Agence France-Presse" makes X an organisation too. */
export function shareOrganizationCues(tokens: Tokens, candidates: NameCandidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const [a, b] = [candidates[k - 1], candidates[k]];
    const between = partitionPoint(tokens.start.length, (i) => tokens.start[i] < a.end);
    if (between >= tokens.text.length || tokens.end[between] > b.start || !/^(?:and|or|,|&)$/.test(tokens.text[between]) || tokens.start[between + 1] !== b.start) continue;
    const org = (c: NameCandidate) => c.hint === 'organization' || c.orgCue;
    if (org(a) && !b.hint) b.orgCue = true;
    else if (org(b) && !a.hint) a.orgCue = true;
  }
}

/**
 * A place name the document uses alone as a person ("Paris claims she ...", "Mr Paris") makes the
 * full name ending in it a person's ("Valeska Paris"), though names ending in a capital are
 * otherwise taken for organisations ("Real Madrid").
 */
export function sharePersonUse(candidates: NameCandidate[]): void {
  let people: Set<string> | undefined;
  for (const c of candidates) {
    if (c.words.length === 1 && (c.speaks || c.personCue) && c.hint !== 'organization' && lookupPlace(c.words[0])) (people ??= new Set()).add(c.words[0]);
  }
  if (!people) return;
  for (const c of candidates) {
    if (c.words.length < 2 || c.hint !== 'organization' || !people.has(c.words[c.words.length - 1])) continue;
    c.hint = null;
    c.personCue = true;
  }
}
