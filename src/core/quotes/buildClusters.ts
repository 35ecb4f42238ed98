import { withoutContestedPhrases } from './contestedPhrases';
import { phraseLike } from './findWindow';
import type { LinkQuote } from './linkerDoc';
import type { LinkVerdict } from './classifyLink';
import type { LinkResult, QuoteCluster, QuoteLink, UnmarkedQuote } from './types';

/** Two quotations found to report the same statement, and how. */
export type Pair = [LinkQuote, LinkQuote, LinkVerdict];

/** An unmarked restatement found in a document, tied to the quotation it restates. */
export interface Restatement {
  doc: string;
  start: number;
  end: number;
  /** True when the passage repeats the quotation word for word. */
  exact: boolean;
  verdict: LinkVerdict;
  source: LinkQuote;
}

/** A short phrase found word for word, unmarked, in this many documents is a stock phrase, not a statement. */
const STOCK_PHRASE_DOCS = 2;

/** Drops restatements of short phrases that many documents use unmarked ("hundreds of millions of dollars"). */
function withoutStockPhrases(found: Restatement[]): Restatement[] {
  const docsByKey = new Map<string, Set<string>>();
  for (const r of found) {
    if (!r.exact || !phraseLike(r.source)) continue;
    const docs = docsByKey.get(r.source.key) ?? new Set<string>();
    docsByKey.set(r.source.key, docs.add(r.doc));
  }
  return found.filter((r) => (docsByKey.get(r.source.key)?.size ?? 0) < STOCK_PHRASE_DOCS);
}

/** A place that can join a cluster. */
type Member = { doc: string; start: number; end: number };

/** Merges overlapping restatements in the same document into one member each. */
function mergeRestatements(found: Restatement[]): { members: UnmarkedQuote[]; of: Map<Restatement, UnmarkedQuote> } {
  const sorted = [...found].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  const members: UnmarkedQuote[] = [];
  const of = new Map<Restatement, UnmarkedQuote>();
  for (const r of sorted) {
    const last = members[members.length - 1];
    if (last && last.doc === r.doc && r.start < last.end) last.end = Math.max(last.end, r.end);
    else members.push({ doc: r.doc, start: r.start, end: r.end, kind: r.source.kind });
    of.set(r, members[members.length - 1]);
  }
  return { members, of };
}

function compare(a: Member, b: Member): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

/**
 * Groups linked quotations and restatements into clusters (single link). A cluster needs members in at least
 * two documents; its id comes from its earliest member, so it is the same whatever order documents arrive in.
 */
export function buildClusters(allPairs: Pair[], allFound: Restatement[]): LinkResult {
  const pairs = withoutContestedPhrases(allPairs);
  const found = withoutStockPhrases(allFound);
  const parent = new Map<Member, Member>();
  const find = (m: Member): Member => {
    let root = m;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(m, root);
    return root;
  };
  const union = (a: Member, b: Member) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  for (const [a, b] of pairs) union(a, b);
  const { members: restated, of } = mergeRestatements(found);
  for (const r of found) union(r.source, of.get(r) as UnmarkedQuote);
  const groups = new Map<Member, Member[]>();
  for (const m of parent.keys()) {
    const root = find(m);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  const clusters: QuoteCluster[] = [];
  const inCluster = new Set<Member>();
  for (const list of groups.values()) {
    if (new Set(list.map((m) => m.doc)).size < 2) continue;
    list.sort(compare);
    list.forEach((m) => inCluster.add(m));
    clusters.push({ id: `c:${list[0].doc}:${list[0].start}`, members: list.map(({ doc, start, end }) => ({ doc, start, end })) });
  }
  clusters.sort((a, b) => compare(a.members[0], b.members[0]));
  const links: QuoteLink[] = pairs.map(([a, b, v]) => link(a, b, v));
  for (const r of found) links.push(link(r.source, of.get(r) as UnmarkedQuote, r.verdict));
  return { clusters, unmarked: restated.filter((m) => inCluster.has(m)), links: strongest(links).sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b)) };
}

/**
 * Links across documents, at most the best one from each place to each other document: a statement repeated
 * in many places would otherwise list every pair of them.
 */
function strongest(links: QuoteLink[]): QuoteLink[] {
  const seen = new Set<string>();
  const out: QuoteLink[] = [];
  const byScore = links.filter((l) => l.a.doc !== l.b.doc).sort((x, y) => y.score - x.score);
  for (const l of byScore) {
    const fromA = `${l.a.doc}\u0000${l.a.start}\u0000${l.b.doc}`;
    const fromB = `${l.b.doc}\u0000${l.b.start}\u0000${l.a.doc}`;
    if (seen.has(fromA) && seen.has(fromB)) continue;
    seen.add(fromA).add(fromB);
    out.push(l);
  }
  return out;
}

/** A link between two places, the earlier place first so the list reads the same whatever the order of work. */
function link(x: Member, y: Member, v: LinkVerdict): QuoteLink {
  const [a, b] = compare(x, y) <= 0 ? [x, y] : [y, x];
  return { a: { doc: a.doc, start: a.start, end: a.end }, b: { doc: b.doc, start: b.start, end: b.end }, kind: v.kind, score: v.score };
}
