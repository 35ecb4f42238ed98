import type { Passage } from './model';
import { HONORIFICS, TITLE_DOMAINS, TITLE_WORDS } from './lexicon';
import { lookupPlace } from './places';
import { GENERIC_NOUNS } from './topicLexicon';
import { normalizeWord, type DocumentTerms } from './topicTerms';

/** A user-defined topic: a name and the phrases that signal it. */
export interface TopicDefinition {
  name: string;
  phrases: string[];
}

/** A chosen topic: its name and the key phrases (or user patterns) whose sentences discuss it. */
export interface TopicModel {
  id: string;
  name: string;
  terms: Set<string>;
  patterns: RegExp[];
}

/** What topic finding reads of one document. */
export interface TopicDoc {
  path: string;
  text: string;
  terms: DocumentTerms;
}

/** How often one key phrase occurs in the corpus, and how it was first written. */
interface TermCount {
  sentences: number;
  /** Sentences that list subjects and contain the term. */
  listed: number;
  docs: number;
  /** Documents that first write the term with a capital ("Film Council", not "film"). */
  capitalised: number;
  surface: string;
  /** The last document counted in `docs`. */
  lastDoc: number;
}

interface Stats {
  terms: Map<string, TermCount>;
  total: number;
}

// One map entry per phrase holds all its counts, so each occurrence costs a single lookup.
function countTerms(docs: TopicDoc[]): Stats {
  const stats: Stats = { terms: new Map(), total: 0 };
  docs.forEach((d, doc) => {
    for (const s of d.terms.sentences) {
      stats.total++;
      for (const t of s.terms) {
        let c = stats.terms.get(t);
        const surface = d.terms.surfaces.get(t);
        if (!c) stats.terms.set(t, (c = { sentences: 0, listed: 0, docs: 0, capitalised: 0, surface: surface ?? t, lastDoc: -1 }));
        c.sentences++;
        if (c.lastDoc !== doc) {
          c.lastDoc = doc;
          c.docs++;
          if (surface !== undefined && /\p{Lu}/u.test(surface)) c.capitalised++;
        }
      }
      for (const t of s.listed ?? []) stats.terms.get(t)!.listed++;
    }
  });
  return stats;
}

// Abstract nouns ("importance", "expectation", "rapprochement") describe how things are discussed
// rather than what is discussed.
const ABSTRACT = /(?:ance|ence|tion|sion|ment|ity|ness|ism|ship|ure)$/;

/** Articles a corpus needs before a word in a third of them counts as its backdrop. */
const BACKDROP_DOCS = 50;

// Frequent phrases score high, phrases found in every document lower, and multi-word phrases get a
// bonus because they name a subject more precisely than a single noun; a single abstract noun gets
// half its score, and a phrase that holds an office title ("foreign minister") names people, not a subject.
function rankTerms(stats: Stats, docCount: number, excluded: Exclusions): string[] {
  const scored: [string, number][] = [];
  const nameParts = partsOfNames([...(excluded.names ?? []), ...excluded.terms]);
  for (const [term, { sentences: sf, docs: df, listed: timesListed, surface, capitalised }] of stats.terms) {
    const words = term.split(' ');
    if (sf < 2 || words.some((w) => TITLE_WORDS.has(w) || HONORIFICS.has(w))) continue;
    // Names stand in the way of a term only where the corpus writes it as one: a stray "Film" or "Miramax
    // Films" in the Entities view keeps "film", which most articles write in lower case, a topic.
    const asName = capitalised * 2 >= df;
    if (asName && (excluded.terms.has(term) || words.some((w) => excluded.words.has(w)))) continue;
    // A place the Entities view lists is no topic by its name alone, unless the texts treat it as a subject:
    // they list it among their subjects ("issues such as Taiwan, trade") and name it as one ("the Taiwan issue").
    if (asName && excluded.names?.has(term) && !(timesListed > 0 && discussedAsSubject(stats, term))) continue;
    // "China Sea" and "South China" are pieces of "South China Sea", "Communist Party" of the "Chinese
    // Communist Party": no subjects of their own.
    if (nameParts.has(term) && !excluded.names?.has(term) && /^\p{Lu}/u.test(surface)) continue;
    // "state broadcaster CCTV" is the broadcaster, named: a phrase that ends in a listed name names it.
    if (words.length > 1 && endsInName(words, surface, excluded)) continue;
    // Words of office titles ("Foreign Affairs") are no subject, unless written as common nouns ("trade").
    const titled = words.every((w) => TITLE_DOMAINS.has(w) || TITLE_DOMAINS.has(`${w}s`) || GENERIC_NOUNS.has(w));
    if (titled && (words.length > 1 || /^\p{Lu}/u.test(surface))) continue;
    // "large number", "highest level": a pair headed by a generic noun is a turn of phrase.
    if (words.length === 2 && GENERIC_NOUNS.has(words[1]) && !/^\p{Lu}/u.test(surface)) continue;
    // A capital stands for its government in news prose ("Beijing said"): an actor, not a subject.
    if (lookupPlace(term)?.key.startsWith('city:')) continue;
    // A single word found in a fifth of all sentences, or in a third of the articles of a large corpus
    // ("campaign", "candidate" over a campaign's coverage), is the corpus’s backdrop, not one of its subjects
    // (in a corpus large enough for a fifth or a third to mean something).
    if (words.length === 1 && ((stats.total >= 50 && sf > stats.total / 5) || (docCount >= BACKDROP_DOCS && df > docCount / 3))) continue;
    const shape = words.length > 1 ? 1.6 : ABSTRACT.test(term) ? 0.5 : 1;
    // A term the texts themselves list among the subjects ("issues such as X, Y and Z") counts double per listing.
    const listed = 1 + timesListed;
    scored.push([term, sf * Math.log(1 + docCount / df) * shape * listed]);
  }
  const ranked = scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 80).map(([t]) => t);
  return ranked.filter((t) => !ranked.some((longer) => longer !== t && isPartOf(t, longer) && count(stats, longer) >= 0.9 * count(stats, t)));
}

/** Every shorter run of words inside a name of several words. */
function partsOfNames(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const w = name.split(' ');
    for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) if (j - i < w.length) out.add(w.slice(i, j).join(' '));
  }
  return out;
}

/** True when the phrase's last words, written with a capital, are a name the Entities view lists ("broadcaster CCTV"). */
function endsInName(words: string[], surface: string, excluded: Exclusions): boolean {
  const shown = surface.split(' ');
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if ((excluded.terms.has(tail) || excluded.names?.has(tail)) && /^\p{Lu}/u.test(shown[k] ?? '')) return true;
  }
  return false;
}

/** True when a repeated phrase puts a common noun after the name ("taiwan issue", "taiwan question"). */
function discussedAsSubject(stats: Stats, name: string): boolean {
  for (const [term, c] of stats.terms) if (c.sentences >= 2 && term.startsWith(`${name} `) && !/^\p{Lu}/u.test(c.surface.slice(name.length + 1))) return true;
  return false;
}

function count(stats: Stats, term: string): number {
  return stats.terms.get(term)!.sentences;
}

// "china sea" is part of "south china sea"; a part that hardly occurs without the whole is left to the whole.
function isPartOf(part: string, whole: string): boolean {
  return ` ${whole} `.includes(` ${part} `);
}

function cooccurrence(docs: TopicDoc[], candidates: Set<string>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.terms.sentences) {
      // Subjects listed side by side are distinct subjects, so a listing says nothing about which belong together.
      if (s.listed) continue;
      const present = s.terms.filter((t) => candidates.has(t));
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
          const key = present[i] < present[j] ? `${present[i]}\u0000${present[j]}` : `${present[j]}\u0000${present[i]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return pairs;
}

/** What may not name a topic: words of people's names anywhere in a phrase, whole names of organisations, bare place names. */
export interface Exclusions {
  words: Set<string>;
  terms: Set<string>;
  /** Names of places (normalised), kept only inside longer phrases or when listed as subjects. */
  names?: Set<string>;
}

/** Chooses the corpus's topics: top key phrases, each absorbing the phrases that keep its company; user topics first. */
export function selectTopics(docs: TopicDoc[], defined: TopicDefinition[], excluded: Exclusions, limit = 20): TopicModel[] {
  const stats = countTerms(docs);
  const ranked = rankTerms(stats, docs.length, excluded);
  const pairs = cooccurrence(docs, new Set(ranked));
  const together = (a: string, b: string) => pairs.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0;
  const models: TopicModel[] = defined.map((d) => userTopic(d));
  const claimed = new Set(defined.flatMap((d) => d.phrases.map((p) => p.split(/\s+/).map(normalizeWord).join(' '))));
  const derived: { seed: string; members: string[] }[] = [];
  for (const term of ranked) {
    if (claimed.has(term)) continue;
    const sf = count(stats, term);
    const home = derived.find((t) => {
      const both = together(term, t.seed);
      const seedCount = count(stats, t.seed);
      return ` ${term} `.includes(` ${t.seed} `) || ` ${t.seed} `.includes(` ${term} `) || (both / Math.min(sf, seedCount) >= 0.5 && both / Math.max(sf, seedCount) >= 0.4);
    });
    if (home) home.members.push(term);
    else if (derived.length < limit) derived.push({ seed: term, members: [] });
  }
  for (const t of derived) {
    const partner = t.members.find((m) => !m.includes(t.seed) && !t.seed.includes(m));
    const shown = (term: string) => stats.terms.get(term)!.surface;
    const name = partner ? `${shown(t.seed)} and ${shown(partner)}` : shown(t.seed);
    models.push({ id: `topic:${slug(t.seed)}`, name, terms: new Set([t.seed, ...t.members]), patterns: [] });
  }
  return models;
}

function userTopic(d: TopicDefinition): TopicModel {
  const patterns = d.phrases.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'));
  return { id: `topic:user:${slug(d.name)}`, name: d.name, terms: new Set(), patterns };
}

/** The passages (sentences) of one document that discuss each topic, one list per model. */
export function documentPassages(models: TopicModel[], d: TopicDoc): Passage[][] {
  const byPhrase = phraseIndex(models);
  const passages = models.map(() => [] as Passage[]);
  const hit = new Uint8Array(models.length);
  for (const s of d.terms.sentences) {
    hit.fill(0);
    for (const t of s.terms) for (const i of byPhrase.get(t) ?? []) hit[i] = 1;
    models.forEach((m, i) => {
      if (hit[i] || (m.patterns.length > 0 && m.patterns.some((p) => p.test(d.text.slice(s.start, s.end))))) passages[i].push({ doc: d.path, start: s.start, end: s.end });
    });
  }
  return passages;
}

// Each list of models is indexed once, phrase to the models holding it, so a sentence's phrases are
// looked up once rather than once per topic.
const phraseIndexes = new WeakMap<TopicModel[], Map<string, number[]>>();

function phraseIndex(models: TopicModel[]): Map<string, number[]> {
  let index = phraseIndexes.get(models);
  if (!index) {
    index = new Map();
    models.forEach((m, i) => {
      for (const t of m.terms) index!.set(t, [...(index!.get(t) ?? []), i]);
    });
    phraseIndexes.set(models, index);
  }
  return index;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
