import type { Passage } from './model';
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

interface Stats {
  sentences: Map<string, number>;
  docs: Map<string, number>;
  surfaces: Map<string, string>;
  total: number;
}

function countTerms(docs: TopicDoc[]): Stats {
  const stats: Stats = { sentences: new Map(), docs: new Map(), surfaces: new Map(), total: 0 };
  for (const d of docs) {
    const seen = new Set<string>();
    for (const s of d.terms.sentences) {
      stats.total++;
      for (const t of s.terms) {
        stats.sentences.set(t, (stats.sentences.get(t) ?? 0) + 1);
        if (!seen.has(t)) seen.add(t);
      }
    }
    for (const t of seen) stats.docs.set(t, (stats.docs.get(t) ?? 0) + 1);
    for (const [k, v] of Object.entries(d.terms.surfaces)) if (!stats.surfaces.has(k)) stats.surfaces.set(k, v);
  }
  return stats;
}

// Frequent phrases score high, phrases found in every document lower, and multi-word phrases get a
// bonus because they name a subject more precisely than a single noun.
function rankTerms(stats: Stats, docCount: number, excluded: Set<string>): string[] {
  const scored: [string, number][] = [];
  for (const [term, sf] of stats.sentences) {
    if (sf < 2 || term.split(' ').some((w) => excluded.has(w))) continue;
    // A single word found in a fifth of all sentences is the corpus's backdrop, not one of its subjects.
    if (!term.includes(' ') && sf > stats.total / 5) continue;
    const df = stats.docs.get(term) ?? 1;
    scored.push([term, sf * Math.log(1 + docCount / df) * (term.includes(' ') ? 1.6 : 1)]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 80).map(([t]) => t);
}

function cooccurrence(docs: TopicDoc[], candidates: Set<string>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.terms.sentences) {
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

/** Chooses the corpus's topics: top key phrases, each absorbing the phrases that keep its company; user topics first. */
export function selectTopics(docs: TopicDoc[], defined: TopicDefinition[], excluded: Set<string>, limit = 16): TopicModel[] {
  const stats = countTerms(docs);
  const ranked = rankTerms(stats, docs.length, excluded);
  const pairs = cooccurrence(docs, new Set(ranked));
  const together = (a: string, b: string) => pairs.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0;
  const models: TopicModel[] = defined.map((d) => userTopic(d));
  const claimed = new Set(defined.flatMap((d) => d.phrases.map((p) => p.split(/\s+/).map(normalizeWord).join(' '))));
  const derived: { seed: string; members: string[] }[] = [];
  for (const term of ranked) {
    if (claimed.has(term)) continue;
    const sf = stats.sentences.get(term)!;
    const home = derived.find((t) => {
      const both = together(term, t.seed);
      const seedCount = stats.sentences.get(t.seed)!;
      return term.split(' ').includes(t.seed) || t.seed.split(' ').includes(term) || (both / Math.min(sf, seedCount) >= 0.5 && both / Math.max(sf, seedCount) >= 0.25);
    });
    if (home) home.members.push(term);
    else if (derived.length < limit) derived.push({ seed: term, members: [] });
  }
  for (const t of derived) {
    const partner = t.members.find((m) => !m.includes(t.seed) && !t.seed.includes(m));
    const name = partner ? `${stats.surfaces.get(t.seed)} and ${stats.surfaces.get(partner)}` : stats.surfaces.get(t.seed)!;
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
  const passages = models.map(() => [] as Passage[]);
  for (const s of d.terms.sentences) {
    models.forEach((m, i) => {
      const hit = s.terms.some((t) => m.terms.has(t)) || (m.patterns.length > 0 && m.patterns.some((p) => p.test(d.text.slice(s.start, s.end))));
      if (hit) passages[i].push({ doc: d.path, start: s.start, end: s.end });
    });
  }
  return passages;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
