import { Correction } from './annotations/model';
import { CorpusAnalysis, Entity, Quote } from './analysis/model';

/** A correction the user stored, with the document and UTF-16 span of the annotation that holds it. */
export interface PlacedCorrection {
  doc: string;
  start: number;
  end: number;
  correction: Correction;
}

/**
 * Applies the user's corrections to an analysis and returns the corrected copy (the input is not
 * changed): a quotation's speaker overridden, a non-quotation dropped, entities merged, a
 * quotation taken out of its cluster. A correction whose quotation or entities are gone is skipped.
 * With no corrections the input itself is returned, so an uncorrected corpus costs no copy.
 */
export function applyCorrections(analysis: CorpusAnalysis, corrections: readonly PlacedCorrection[]): CorpusAnalysis {
  if (corrections.length === 0) return analysis;
  let entities = analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  let quotes = analysis.quotes.map((q) => ({ ...q }));
  for (const c of corrections) {
    const correction = c.correction;
    if (correction.type === 'same-entity') {
      const merged = mergeEntities(entities, correction.entities);
      if (merged) {
        entities = merged.entities;
        quotes = quotes.map((q) => (q.speaker !== null && merged.replaced.has(q.speaker) ? { ...q, speaker: merged.into } : q));
      }
      continue;
    }
    const quote = quoteAt(quotes, c);
    if (!quote) continue;
    if (correction.type === 'not-a-quote') quotes = quotes.filter((q) => q !== quote);
    else if (correction.type === 'unlink') quote.cluster = null;
    else if (correction.type === 'speaker') {
      const speaker = findEntity(entities, correction.speaker, 'person') ?? newPerson(correction.speaker, entities);
      if (!entities.includes(speaker)) entities.push(speaker);
      quote.speaker = speaker.id;
      quote.speakerText = correction.speaker;
    }
  }
  return { ...analysis, entities, quotes, clusters: clustersOf(analysis, quotes) };
}

/** The quotation a correction's span points at: the same span, else the one overlapping it most. */
export function quoteAt<Q extends Quote>(quotes: readonly Q[], span: { doc: string; start: number; end: number }): Q | undefined {
  let best: Q | undefined;
  let bestOverlap = 0;
  for (const q of quotes) {
    if (q.doc !== span.doc) continue;
    if (q.start === span.start && q.end === span.end) return q;
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [q, overlap];
  }
  return best;
}

/** The entity a name refers to (by id, canonical name or alias, ignoring case), preferring a given type. */
export function findEntity<E extends Entity>(entities: readonly E[], name: string, type?: Entity['type']): E | undefined {
  const key = name.trim().toLowerCase();
  const matches = entities.filter((e) => e.id === name || e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
  return matches.find((e) => e.type === type) ?? matches[0];
}

function newPerson(name: string, entities: readonly Entity[]): Entity {
  let id = `person:corrected:${name.trim().toLowerCase().replace(/\s+/g, '-')}`;
  while (entities.some((e) => e.id === id)) id += '+';
  return { id, type: 'person', name: name.trim(), aliases: [], mentions: [] };
}

/** Merges the named entities into the first one found; undefined when fewer than two exist. */
function mergeEntities(entities: Entity[], names: readonly string[]) {
  const found = [...new Set(names.map((n) => findEntity(entities, n)).filter((e): e is Entity => e !== undefined))];
  if (found.length < 2) return undefined;
  const [into, ...rest] = found;
  const merged: Entity = {
    ...into,
    aliases: [...new Set([...into.aliases, ...rest.flatMap((e) => [e.name, ...e.aliases])])].filter((a) => a !== into.name),
    mentions: [...into.mentions, ...rest.flatMap((e) => e.mentions)].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start),
  };
  const replaced = new Set(rest.map((e) => e.id));
  return { entities: entities.filter((e) => !replaced.has(e.id)).map((e) => (e === into ? merged : e)), replaced, into: into.id };
}

/**
 * Clusters keep only the quotations still in them, and only the links between two of those; a cluster left with
 * one quotation dissolves.
 */
function clustersOf(analysis: CorpusAnalysis, quotes: Quote[]) {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const clusters = analysis.clusters
    .map((c) => {
      const kept = new Set(c.quotes.filter((id) => byId.get(id)?.cluster === c.id));
      const links = c.links?.filter((l) => kept.has(l.a) && kept.has(l.b));
      return { ...c, quotes: [...kept], ...(links ? { links } : {}) };
    })
    .filter((c) => c.quotes.length >= 2);
  const kept = new Set(clusters.map((c) => c.id));
  for (const q of quotes) if (q.cluster !== null && !kept.has(q.cluster)) q.cluster = null;
  return clusters;
}
