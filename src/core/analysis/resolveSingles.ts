import type { DocumentEntities, NameCandidate } from './candidates';
import type { EntityType } from './model';

/** A candidate's entity key and type once resolved; undefined when it is not kept. */
export type Resolution = { key: string; type: EntityType } | undefined;

type Index = Map<string, Map<string, number>>;

function bump(index: Index, word: string, key: string): void {
  let counts = index.get(word);
  if (!counts) index.set(word, (counts = new Map()));
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function best(index: Index, word: string): string | undefined {
  let top: string | undefined;
  let topCount = 0;
  for (const [key, count] of index.get(word) ?? []) if (count > topCount) [top, topCount] = [key, count];
  return top;
}

// People are indexed by their last word (Western order) and first word (Chinese order, "Xi Jinping").
function indexPeople(keys: Resolution[], index: { last: Index; first: Index }): void {
  for (const r of keys) {
    if (r?.type !== 'person') continue;
    const words = r.key.slice('person:'.length).split(' ');
    if (words.length < 2) continue;
    bump(index.last, words[words.length - 1], r.key);
    bump(index.first, words[0], r.key);
  }
}

function findPerson(word: string, index: { last: Index; first: Index }): string | undefined {
  return best(index.last, word) ?? best(index.first, word) ?? (word.endsWith('s') ? best(index.last, word.slice(0, -1)) : undefined);
}

/** Resolves every single-word name: to a person of the same document, then the corpus, then by its own evidence. */
export function resolveSingles(docs: { entities: DocumentEntities }[], direct: Resolution[][]): Resolution[][] {
  const corpus = { last: new Map(), first: new Map() } as { last: Index; first: Index };
  for (const keys of direct) indexPeople(keys, corpus);
  const acronyms = new Map<string, string>();
  docs.forEach((d, di) => {
    for (const a of d.entities.acronyms) {
      const r = direct[di][a.candidate];
      if (r?.type === 'organization') acronyms.set(a.acronym.toLowerCase(), r.key);
    }
  });
  const known = new Set<string>();
  const out = docs.map((d, di) => {
    const local = { last: new Map(), first: new Map() } as { last: Index; first: Index };
    indexPeople(direct[di], local);
    return d.entities.candidates.map((c, ci) => {
      const defined = c.words.length === 1 ? acronyms.get(c.words[0].toLowerCase()) : undefined;
      const r = defined ? { key: defined, type: 'organization' as const } : direct[di][ci] ?? resolveWord(c, local, corpus, acronyms);
      if (r && !c.initial) known.add(r.key);
      return r;
    });
  });
  // A capitalised word opening a sentence is kept only if the corpus also writes it as a name elsewhere.
  docs.forEach((d, di) => d.entities.candidates.forEach((c, ci) => {
    const r = out[di][ci];
    if (c.initial && r && !direct[di][ci] && !known.has(r.key)) out[di][ci] = undefined;
  }));
  return out;
}

function resolveWord(c: NameCandidate, local: { last: Index; first: Index }, corpus: { last: Index; first: Index }, acronyms: Map<string, string>): Resolution {
  const word = c.words[0].toLowerCase();
  const person = findPerson(word, local);
  if (person) return { key: person, type: 'person' };
  if (c.hint === 'place') return { key: c.placeKey ?? `place:${word}`, type: 'place' };
  const org = acronyms.get(word);
  if (org) return { key: org, type: 'organization' };
  if (c.hint === 'organization') return { key: `organization:${word}`, type: 'organization' };
  const famous = findPerson(word, corpus);
  if (famous && (c.personCue || !c.placeCue)) return { key: famous, type: 'person' };
  if (c.personCue) return { key: `person:${word}`, type: 'person' };
  if (c.placeCue) return { key: `place:${word}`, type: 'place' };
  return { key: `organization:${word}`, type: 'organization' };
}
