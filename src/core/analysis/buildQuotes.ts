import type { Cluster, Quote } from './model';
import { attributeSpeakers, type Attribution, type QuoteLinker, type QuoteSpan, type ResolvedMention } from '../quotes';

/** Per-document attribution cache: re-attributed only when the quotes or the resolved mentions change. */
export interface QuoteState {
  attributed: Map<string, { text: string; mentions: ResolvedMention[]; quotes: (QuoteSpan & Attribution)[] }>;
}

function sameMentions(a: ResolvedMention[], b: ResolvedMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].entityId !== b[i].entityId) return false;
  }
  return true;
}

/** Attributes and links every document's quotations, turning the linker's answer into model quotes and clusters. */
export function buildQuotes(
  docs: { path: string; text: string; quotes: QuoteSpan[] }[],
  mentionsByDoc: Map<string, ResolvedMention[]>,
  linker: QuoteLinker,
  state: QuoteState,
): { quotes: Quote[]; clusters: Cluster[] } {
  for (const d of docs) {
    const mentions = mentionsByDoc.get(d.path) ?? [];
    const prev = state.attributed.get(d.path);
    if (prev && prev.text === d.text && sameMentions(prev.mentions, mentions)) continue;
    const attributions = attributeSpeakers(d.text, d.quotes, mentions);
    const quotes = d.quotes.map((q, i) => ({ ...q, ...attributions[i] }));
    state.attributed.set(d.path, { text: d.text, mentions, quotes });
    linker.setDocument(d.path, d.text, quotes);
  }
  const { clusters, unmarked } = linker.link();
  const byDoc = new Map<string, (QuoteSpan & Attribution)[]>();
  for (const d of docs) byDoc.set(d.path, [...state.attributed.get(d.path)!.quotes]);
  const texts = new Map(docs.map((d) => [d.path, d.text]));
  const extra = new Map<string, QuoteSpan[]>();
  for (const u of unmarked) extra.set(u.doc, [...(extra.get(u.doc) ?? []), { start: u.start, end: u.end, marked: false, kind: u.kind }]);
  for (const [doc, spans] of extra) {
    const text = texts.get(doc);
    if (text === undefined) continue;
    const attributions = attributeSpeakers(text, spans, mentionsByDoc.get(doc) ?? []);
    byDoc.get(doc)!.push(...spans.map((s, i) => ({ ...s, ...attributions[i] })));
  }
  return assemble(docs, byDoc, clusters);
}

function assemble(
  docs: { path: string; text: string }[],
  byDoc: Map<string, (QuoteSpan & Attribution)[]>,
  clusters: { id: string; members: { doc: string; start: number; end: number }[] }[],
): { quotes: Quote[]; clusters: Cluster[] } {
  const clusterOf = new Map<string, string>();
  const out: Cluster[] = [];
  for (const c of clusters) {
    const ids = c.members.map((m) => quoteId(m.doc, m.start));
    for (const id of ids) clusterOf.set(id, c.id);
    out.push({ id: c.id, quotes: ids });
  }
  const quotes: Quote[] = [];
  for (const d of docs) {
    const list = byDoc.get(d.path)!.sort((a, b) => a.start - b.start);
    for (const q of list) {
      const id = quoteId(d.path, q.start);
      quotes.push({ id, doc: d.path, start: q.start, end: q.end, text: d.text.slice(q.start, q.end), speaker: q.speaker, speakerText: q.speakerText, marked: q.marked, kind: q.kind, cluster: clusterOf.get(id) ?? null });
    }
  }
  const known = new Set(quotes.map((q) => q.id));
  return { quotes, clusters: out.map((c) => ({ ...c, quotes: c.quotes.filter((id) => known.has(id)) })).filter((c) => c.quotes.length > 1) };
}

function quoteId(doc: string, start: number): string {
  return `q:${doc}:${start}`;
}
