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

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

// Whether a match score ("1 – 0", "3-0") starts at token i, or ends at token i when `backwards`.
function scoreAt(tokens: Tokens, i: number, backwards: boolean): boolean {
  if (SCORE.test(tokens.text[i] ?? '')) return true;
  const [a, dash, b] = backwards ? [i - 2, i - 1, i] : [i, i + 1, i + 2];
  return /^\d{1,2}$/.test(tokens.text[a] ?? '') && /^[-–]$/.test(tokens.text[dash] ?? '') && /^\d{1,2}$/.test(tokens.text[b] ?? '');
}

/**
 * A country next to a match score ("Sweden 1 – 0 Korea Republic", "beat Panama 3-0") names its
 * national team, so every mention of that country in the document is the team: an organisation.
 */
export function shareTeamUse(tokens: Tokens, candidates: NameCandidate[]): void {
  let teams: Set<string> | undefined;
  for (const c of candidates) {
    if (c.hint !== 'place' || !c.placeKey || !/^(?:country|nation):/.test(c.placeKey)) continue;
    const first = partitionPoint(tokens.start.length, (i) => tokens.start[i] < c.start);
    const last = partitionPoint(tokens.start.length, (i) => tokens.start[i] < c.end) - 1;
    if (scoreAt(tokens, last + 1, false) || scoreAt(tokens, first - 1, true)) (teams ??= new Set()).add(c.placeKey);
  }
  if (!teams) return;
  for (const c of candidates) {
    if (c.placeKey === undefined || !teams.has(c.placeKey)) continue;
    c.hint = 'organization';
    c.placeKey = undefined;
  }
}
