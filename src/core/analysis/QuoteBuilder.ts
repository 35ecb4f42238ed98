import type { Cluster, Quote, QuoteLinkInfo } from './model';
import { QuoteLinker, attributeSpeakers, type SpeakerMemo, type Attribution, type LinkResult, type LocalTokens, type QuoteSpan, type ResolvedMention } from '../quotes';

type Attributed = QuoteSpan & Attribution;

interface DocQuotes {
  text: string;
  mentions: ResolvedMention[];
  /** The document's own quotations, attributed against its mentions. */
  quotes: Attributed[];
  /** Unmarked restatements the linker found in it, attributed, with the key they were computed for. */
  unmarked: Attributed[];
  unmarkedKey: string;
  built: Quote[];
  /** The ids of `built`, for checking cluster members. */
  ids: Set<string>;
}

/**
 * Attributes and links quotations document by document: a document is re-attributed only when its
 * text or resolved mentions changed, and its model quotes are rebuilt only when those or its
 * clusters changed, so an edit costs one document plus the linker's own incremental work.
 */
export class QuoteBuilder {
  private readonly linker = new QuoteLinker();
  private readonly docs = new Map<string, DocQuotes>();
  private clusterOf = new Map<string, string>();
  private readonly withUnmarked = new Set<string>();
  private clusters = new Map<string, Cluster>();
  /** Time spent in the last `build` inside attribution and linking. */
  lastQuotesMs = 0;

  /** `memo`, when given, answers attributions already computed for the same inputs in an earlier run. */
  constructor(private readonly memo?: SpeakerMemo) {}

  /** Forgets a document. */
  removeDocument(path: string): void {
    this.docs.delete(path);
    this.linker.removeDocument(path);
  }

  /** Re-attributes the changed documents, relinks, and answers every document's quotes (in `paths` order) and the clusters. */
  build(
    paths: string[],
    changed: Iterable<string>,
    source: (path: string) => { text: string; quotes: QuoteSpan[]; linkTokens?: LocalTokens },
    mentionsByDoc: Map<string, ResolvedMention[]>,
  ): { quotes: Quote[]; clusters: Cluster[] } {
    this.lastQuotesMs = 0;
    const stale = new Set<string>();
    for (const path of changed) {
      const { text, quotes, linkTokens } = source(path);
      const mentions = mentionsByDoc.get(path) ?? [];
      const prev = this.docs.get(path);
      if (prev && prev.text === text && sameMentions(prev.mentions, mentions)) continue;
      const attributions = this.timed(() => this.attribute(`own:${path}`, text, quotes, mentions));
      const attributed = quotes.map((q, i) => ({ ...q, ...attributions[i] }));
      this.docs.set(path, { text, mentions, quotes: attributed, unmarked: [], unmarkedKey: '', built: [], ids: new Set() });
      // A quoted title is nobody's speech, so it never links to another outlet's quotation.
      this.timed(() => this.linker.setDocument(path, text, attributed.filter((q) => q.kind !== 'title'), linkTokens));
      stale.add(path);
    }
    const linked = this.timed(() => this.linker.link());
    this.attributeUnmarked(linked, mentionsByDoc, stale);
    const clusters = this.updateClusters(linked, stale);
    const quotes: Quote[] = [];
    for (const path of paths) {
      const d = this.docs.get(path);
      if (!d) continue;
      if (stale.has(path)) {
        d.built = this.assemble(path, d);
        d.ids = new Set(d.built.map((q) => q.id));
      }
      for (const q of d.built) quotes.push(q);
    }
    return { quotes, clusters: this.keepClusters(clusters) };
  }

  private attribute(slot: string, text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): Attribution[] {
    return this.memo ? this.memo.attribute(slot, text, quotes, mentions) : attributeSpeakers(text, quotes, mentions);
  }

  // Time inside quotation attribution and linking is kept apart, so the bench can show where an update goes.
  private timed<T>(work: () => T): T {
    const t0 = performance.now();
    const out = work();
    this.lastQuotesMs += performance.now() - t0;
    return out;
  }

  // Unmarked restatements depend on other documents too, so each document's set is compared with
  // what it had; only a document whose set or mentions moved is attributed again.
  private attributeUnmarked(linked: LinkResult, mentionsByDoc: Map<string, ResolvedMention[]>, stale: Set<string>): void {
    const spans = new Map<string, QuoteSpan[]>();
    for (const u of linked.unmarked) {
      let list = spans.get(u.doc);
      if (!list) spans.set(u.doc, (list = []));
      list.push({ start: u.start, end: u.end, marked: false, kind: u.kind });
    }
    // Only documents that have restatements now, had some before, or changed need a look.
    const candidates = new Set([...spans.keys(), ...stale, ...this.withUnmarked]);
    this.withUnmarked.clear();
    for (const path of candidates) {
      const d = this.docs.get(path);
      if (!d) continue;
      const list = spans.get(path) ?? [];
      if (list.length > 0) this.withUnmarked.add(path);
      const key = list.map((s) => `${s.start}-${s.end}-${s.kind}`).join(',');
      if (key === d.unmarkedKey && !stale.has(path)) continue;
      const attributions = list.length > 0 ? this.timed(() => this.attribute(`unmarked:${path}`, d.text, list, mentionsByDoc.get(path) ?? [])) : [];
      d.unmarked = list.map((s, i) => ({ ...s, ...attributions[i] }));
      d.unmarkedKey = key;
      stale.add(path);
    }
  }

  // A cluster keeps its object while its members stay the same; members that are not quotes are dropped.
  private keepClusters(clusters: Cluster[]): Cluster[] {
    const out: Cluster[] = [];
    const keptClusters = new Map<string, Cluster>();
    for (const c of clusters) {
      const quotes = c.quotes.filter((id) => this.docs.get(docOf(id))?.ids.has(id));
      if (quotes.length < 2) continue;
      const kept = new Set(quotes);
      const links = (c.links ?? []).filter((l) => kept.has(l.a) && kept.has(l.b));
      const old = this.clusters.get(c.id);
      const same = old && old.quotes.length === quotes.length && old.quotes.every((id, i) => id === quotes[i]) && sameLinks(old.links ?? [], links);
      const cluster = same ? old : { id: c.id, quotes, links };
      keptClusters.set(c.id, cluster);
      out.push(cluster);
    }
    this.clusters = keptClusters;
    return out;
  }

  private updateClusters(linked: LinkResult, stale: Set<string>): Cluster[] {
    const next = new Map<string, string>();
    const out: Cluster[] = [];
    const linksOf = new Map<string, QuoteLinkInfo[]>();
    for (const c of linked.clusters) {
      const ids = c.members.map((m) => quoteId(m.doc, m.start));
      for (const id of ids) next.set(id, c.id);
      const links: QuoteLinkInfo[] = [];
      linksOf.set(c.id, links);
      out.push({ id: c.id, quotes: ids, links });
    }
    for (const l of linked.links) {
      const a = quoteId(l.a.doc, l.a.start);
      const b = quoteId(l.b.doc, l.b.start);
      if (a !== b) linksOf.get(next.get(a) ?? '')?.push({ a, b, kind: l.kind, score: l.score });
    }
    // A document whose quotes joined, left or changed cluster has its quotes rebuilt.
    for (const [id, cluster] of next) if (this.clusterOf.get(id) !== cluster) stale.add(docOf(id));
    for (const id of this.clusterOf.keys()) if (!next.has(id)) stale.add(docOf(id));
    this.clusterOf = next;
    return out;
  }

  private assemble(path: string, d: DocQuotes): Quote[] {
    const list = [...d.quotes, ...d.unmarked].sort((a, b) => a.start - b.start);
    return list.map((q) => {
      const id = quoteId(path, q.start);
      return { id, doc: path, start: q.start, end: q.end, text: d.text.slice(q.start, q.end), speaker: q.speaker, speakerText: q.speakerText, marked: q.marked, kind: q.kind, cluster: this.clusterOf.get(id) ?? null };
    });
  }
}

function sameLinks(a: QuoteLinkInfo[], b: QuoteLinkInfo[]): boolean {
  return a.length === b.length && a.every((l, i) => l.a === b[i].a && l.b === b[i].b && l.kind === b[i].kind && l.score === b[i].score);
}

function sameMentions(a: ResolvedMention[], b: ResolvedMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].entityId !== b[i].entityId) return false;
  }
  return true;
}

function quoteId(doc: string, start: number): string {
  return `q:${doc}:${start}`;
}

function docOf(id: string): string {
  return id.slice(2, id.lastIndexOf(':'));
}
