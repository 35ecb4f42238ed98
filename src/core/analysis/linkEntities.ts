import type { DocumentEntities, NameCandidate } from './candidates';
import { resolveSingles } from './resolveSingles';
import { resolveReferences } from './resolveReferences';
import { buildEntities, type LinkedMention } from './buildEntities';
import type { Entity, EntityType } from './model';
import { isDemonym, lookupPlace } from './places';

/** One document as the linker sees it: its text and its cached extraction. */
export interface LinkInput {
  path: string;
  text: string;
  entities: DocumentEntities;
}

/** The linker's answer: merged entities, and each document's mentions resolved to entity ids. */
export interface LinkedEntities {
  entities: Entity[];
  mentionsByDoc: Map<string, { start: number; end: number; entityId: string; type: EntityType }[]>;
}

/** The entity key of a name typed without corpus knowledge, or undefined for a single word left to resolve. */
export function directKey(c: NameCandidate): { key: string; type: EntityType } | undefined {
  const name = c.words.join(' ').toLowerCase();
  if (c.hint === 'place') return { key: c.placeKey ?? `place:${name}`, type: 'place' };
  if (c.hint === 'organization') return { key: `organization:${name}`, type: 'organization' };
  if (c.words.length > 1 || c.hint === 'person' && c.words.length > 1) return { key: `person:${name}`, type: 'person' };
  return undefined;
}

/** Merges names across documents into entities: aliases, surnames, acronyms and title references. */
export function linkEntities(docs: LinkInput[]): LinkedEntities {
  const mentions: LinkedMention[] = [];
  const perDoc = docs.map((d) => d.entities.candidates.map((c) => directKey(c)));
  const resolved = resolveSingles(docs, perDoc);
  docs.forEach((d, di) => {
    d.entities.candidates.forEach((c, ci) => {
      const r = resolved[di][ci];
      if (r) mentions.push({ doc: d.path, text: d.text, start: c.start, end: c.end, key: r.key, type: r.type, words: c.words, reference: false });
    });
    for (const ref of resolveReferences(d, resolved[di])) mentions.push({ doc: d.path, text: d.text, ...ref, type: 'person', words: [], reference: true });
  });
  mergeQualifiedOrganizations(mentions);
  return buildEntities(mentions);
}

// "US State Department" is the "State Department" when the corpus also knows the shorter name.
function mergeQualifiedOrganizations(mentions: LinkedMention[]): void {
  const orgKeys = new Set(mentions.filter((m) => m.type === 'organization').map((m) => m.key));
  for (const m of mentions) {
    if (m.type !== 'organization' || m.words.length < 3) continue;
    if (!lookupPlace(m.words[0]) && !isDemonym(m.words[0])) continue;
    const shorter = `organization:${m.words.slice(1).join(' ').toLowerCase()}`;
    if (orgKeys.has(shorter)) m.key = shorter;
  }
}
