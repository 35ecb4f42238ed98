import type { Cluster, CorpusAnalysis, Quote, QuoteLinkInfo } from '../analysis/model';

/** Days apart beyond which a paraphrase or a short phrase no longer links two dated reports (0 turns it off). */
export const DEFAULT_MAX_DAYS_APART = 30;

/** A quotation shorter than this, in words, is a phrase that can recur on another occasion. */
const PHRASE_WORDS = 5;

const DAY_MS = 86_400_000;

/** True for a link that only the words' meaning or a short phrase holds, not a statement repeated at length. */
function weak(link: QuoteLinkInfo, quotes: Map<string, Quote>): boolean {
  const short = (id: string) => (quotes.get(id)?.text.split(/\s+/).filter(Boolean).length ?? 0) < PHRASE_WORDS;
  return link.kind === 'paraphrase' || short(link.a) || short(link.b);
}

/**
 * Drops the links between reports dated more than `maxDays` apart when a paraphrase or a short phrase is all that
 * links them: the same few words months later are more likely another occasion than the same statement. A long
 * statement repeated word for word stays linked at any distance. A cluster that loses links splits into the groups
 * its remaining links join; a document without a date is never cut off. Returns the input when nothing changes.
 */
export function withinTimeWindow(analysis: CorpusAnalysis, maxDays: number): CorpusAnalysis {
  if (maxDays <= 0) return analysis;
  const dates = new Map<string, number>();
  for (const d of analysis.documents) {
    const t = d.date === undefined ? NaN : Date.parse(d.date);
    if (!Number.isNaN(t)) dates.set(d.path, t);
  }
  if (dates.size < 2) return analysis;
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const apart = (l: QuoteLinkInfo) => {
    const [a, b] = [dates.get(quotes.get(l.a)?.doc ?? ''), dates.get(quotes.get(l.b)?.doc ?? '')];
    return a !== undefined && b !== undefined && Math.abs(a - b) > maxDays * DAY_MS;
  };
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, string>();
  let changed = false;
  for (const c of analysis.clusters) {
    const kept = c.links?.filter((l) => !(apart(l) && weak(l, quotes)));
    if (!kept || kept.length === c.links!.length) {
      clusters.push(c);
      continue;
    }
    changed = true;
    for (const split of splitCluster(c, kept, quotes)) {
      clusters.push(split);
      for (const id of split.quotes) clusterOf.set(id, split.id);
    }
  }
  if (!changed) return analysis;
  const inChanged = new Set(analysis.clusters.filter((c) => !clusters.includes(c)).flatMap((c) => c.quotes));
  return {
    ...analysis,
    clusters,
    quotes: analysis.quotes.map((q) => (inChanged.has(q.id) ? { ...q, cluster: clusterOf.get(q.id) ?? null } : q)),
  };
}

/** The groups the kept links join, each with quotations from two documents at least, named by its first quotation. */
function splitCluster(c: Cluster, links: QuoteLinkInfo[], quotes: Map<string, Quote>): Cluster[] {
  const parent = new Map(c.quotes.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const l of links) if (parent.has(l.a) && parent.has(l.b)) parent.set(find(l.a), find(l.b));
  const groups = new Map<string, string[]>();
  for (const id of c.quotes) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const out: Cluster[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((id) => quotes.get(id)?.doc)).size < 2) continue;
    const inGroup = new Set(members);
    // The cluster's order is kept, so the first member names the group as the engine names a cluster.
    const id = members[0] === c.quotes[0] ? c.id : `c:${members[0].replace(/^q:/, '')}`;
    out.push({ id, quotes: members, links: links.filter((l) => inGroup.has(l.a) && inGroup.has(l.b)) });
  }
  return out;
}
