import type { Cluster, CorpusAnalysis, DocumentEntry, Entity, Mention, Quote } from '../analysis/model';
import { groupBy } from './text';
import { partitionPoint } from '../partitionPoint';

/** An entity mention together with the entity it belongs to. */
export interface EntityMention {
  entity: Entity;
  mention: Mention;
}

// The label of quotations whose speaker the engine could not tell.
const UNKNOWN_SPEAKER = 'Unknown speaker';

function describesSpeaker(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && !/^\p{Ll}+$/u.test(trimmed);
}

/** Orders spans by document, then start offset, so lists read in document order. */
export function bySpan(a: { doc: string; start: number }, b: { doc: string; start: number }): number {
  return a.doc === b.doc ? a.start - b.start : a.doc < b.doc ? -1 : 1;
}

/**
 * Fast look-ups over one CorpusAnalysis: by id, by document and by offset.
 * Maps are built on first use, so an index for a large corpus costs nothing until it is queried.
 */
export class AnalysisIndex {
  private entityById?: Map<string, Entity>;
  private quoteById?: Map<string, Quote>;
  private clusterById?: Map<string, Cluster>;
  private quotesByDoc?: Map<string, Quote[]>;
  private readonly mentionsByDoc = new Map<string, EntityMention[]>();
  private quotesBySpeaker?: Map<string, Quote[]>;
  private documentByPath?: Map<string, DocumentEntry>;

  constructor(readonly analysis: CorpusAnalysis) {}

  /** The corpus document at a path, with whatever its sources say about it. */
  document(path: string): DocumentEntry | undefined {
    this.documentByPath ??= new Map(this.analysis.documents.map((d) => [d.path, d]));
    return this.documentByPath.get(path);
  }

  /** The name a reader knows a document by (outlet and date, headline, else its path). */
  label(path: string): string {
    return this.document(path)?.label ?? path;
  }

  /** The outlet that published a document, else its label, so each document counts as one source. */
  outlet(path: string): string {
    return this.document(path)?.outlet ?? this.label(path);
  }

  /** The entity with this id. */
  entity(id: string): Entity | undefined {
    this.entityById ??= new Map(this.analysis.entities.map((e) => [e.id, e]));
    return this.entityById.get(id);
  }

  /** The quotation with this id. */
  quote(id: string): Quote | undefined {
    this.quoteById ??= new Map(this.analysis.quotes.map((q) => [q.id, q]));
    return this.quoteById.get(id);
  }

  /** The cluster with this id. */
  cluster(id: string): Cluster | undefined {
    this.clusterById ??= new Map(this.analysis.clusters.map((c) => [c.id, c]));
    return this.clusterById.get(id);
  }

  /** A document's quotations in text order. */
  quotesIn(doc: string): readonly Quote[] {
    if (!this.quotesByDoc) {
      this.quotesByDoc = groupBy(this.analysis.quotes, (q) => q.doc);
      for (const list of this.quotesByDoc.values()) list.sort(bySpan);
    }
    return this.quotesByDoc.get(doc) ?? [];
  }

  /** A document's entity mentions in text order; each document's list is built on first use. */
  mentionsIn(doc: string): readonly EntityMention[] {
    let list = this.mentionsByDoc.get(doc);
    if (!list) {
      // Scanning every mention for one document costs a few milliseconds even for thousands of
      // documents, where indexing them all at once would hold the caller for a hundred or more.
      list = [];
      for (const entity of this.analysis.entities) {
        for (const mention of entity.mentions) if (mention.doc === doc) list.push({ entity, mention });
      }
      list.sort((a, b) => a.mention.start - b.mention.start);
      this.mentionsByDoc.set(doc, list);
    }
    return list;
  }

  /** The innermost quotation whose span contains the offset (its end counts, so a cursor after the last word still hits). */
  quoteAt(doc: string, offset: number): Quote | undefined {
    return innermost(this.quotesIn(doc), offset, (q) => q);
  }

  /** The entity mention whose span contains the offset. */
  mentionAt(doc: string, offset: number): EntityMention | undefined {
    return innermost(this.mentionsIn(doc), offset, (m) => m.mention);
  }

  /** The other quotations in the same cluster, in document order. */
  related(quote: Quote): Quote[] {
    return this.clusterMembers(quote).filter((q) => q.id !== quote.id);
  }

  /** Every quotation in the quote's cluster (itself included) in document order; just itself when unclustered. */
  clusterMembers(quote: Quote): Quote[] {
    const cluster = quote.cluster ? this.cluster(quote.cluster) : undefined;
    if (!cluster) return [quote];
    const members = cluster.quotes.map((id) => this.quote(id)).filter((q): q is Quote => q !== undefined);
    return members.sort(bySpan);
  }

  /** The quotations attributed to an entity. */
  quotesBy(entityId: string): readonly Quote[] {
    this.quotesBySpeaker ??= groupBy(
      this.analysis.quotes.filter((q) => q.speaker !== null),
      (q) => q.speaker as string,
    );
    return this.quotesBySpeaker.get(entityId) ?? [];
  }

  /**
   * The name to show for a quote's speaker: the entity's name, else the words that described an
   * unresolved speaker ("a senior official"), else "Unknown speaker". A lone lowercase word such as
   * "he" describes no one on its own, so it counts as unknown too.
   */
  speakerName(quote: Quote): string {
    const entity = quote.speaker ? this.entity(quote.speaker) : undefined;
    return entity?.name ?? (describesSpeaker(quote.speakerText) ? quote.speakerText.trim() : UNKNOWN_SPEAKER);
  }

  /** A key shared by the quotations of one speaker, as `speakerName` names them. */
  speakerKey(quote: Quote): string {
    if (quote.speaker && this.entity(quote.speaker)) return quote.speaker;
    return describesSpeaker(quote.speakerText) ? `?${quote.speakerText.trim().toLowerCase()}` : '?';
  }

}

/** Finds, in a list sorted by start, the shortest span containing the offset. */
function innermost<T>(sorted: readonly T[], offset: number, span: (item: T) => { start: number; end: number }): T | undefined {
  // Binary search for the last item starting at or before the offset, then scan back over earlier overlapping spans.
  const lo = partitionPoint(sorted.length, (i) => span(sorted[i]).start <= offset);
  let best: T | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
    const s = span(sorted[i]);
    if (s.end < offset) continue;
    if (!best || s.end - s.start < span(best).end - span(best).start) best = sorted[i];
  }
  return best;
}
