import type { Cluster, CorpusAnalysis, Quote, QuoteLinkInfo } from '../analysis/model';

/** Days apart beyond which a paraphrase or a short phrase no longer links two dated reports (0 turns it off). */
export const DEFAULT_MAX_DAYS_APART = 30;

/** A quotation shorter than this, in words, is a phrase that can recur on another occasion. */
const PHRASE_WORDS = 5;

const DAY_MS = 86_400_000;

function wordCount(id: string, quotes: Map<string, Quote>): number {
  return quotes.get(id)?.text.split(/\s+/).filter(Boolean).length ?? 0;
}

/** True for a link that only the words' meaning or a short phrase holds, not a statement repeated at length. */
function weak(link: QuoteLinkInfo, quotes: Map<string, Quote>): boolean {
  return link.kind === 'paraphrase' || wordCount(link.a, quotes) < PHRASE_WORDS || wordCount(link.b, quotes) < PHRASE_WORDS;
}

/**
 * Drops the links between reports dated more than `maxDays` apart when a paraphrase or a short phrase is all that
 * links them: the same few words months later are more likely another occasion than the same statement. A long
 * statement repeated word for word stays linked at any distance. A cluster that loses links splits into the groups
 * its remaining links join; reports that were joined only through one cut off stay joined when they are close in time
 * themselves. A document without a date is never cut off. Returns the input when nothing changes.
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
  const apart = (x: string, y: string) => {
    const [a, b] = [dates.get(quotes.get(x)?.doc ?? ''), dates.get(quotes.get(y)?.doc ?? '')];
    return a !== undefined && b !== undefined && Math.abs(a - b) > maxDays * DAY_MS;
  };
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, string>();
  let changed = false;
  for (const c of analysis.clusters) {
    const cut = c.links?.filter((l) => apart(l.a, l.b) && weak(l, quotes)) ?? [];
    if (cut.length === 0) {
      clusters.push(c);
      continue;
    }
    changed = true;
    const kept = c.links!.filter((l) => !cut.includes(l));
    for (const split of splitCluster(c, [...kept, ...bridges(cut, kept, apart, quotes)], quotes)) {
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

/**
 * Links between the reports that a cut-off one joined (two outlets in June both echoing the same words of
 * a report in March), where they are close in time themselves and no kept link joins them yet: each is as
 * strong as the weaker of the two links it stands for. A phrase that is only a part of both ("gross
 * negligence" inside two long statements) says they share the phrase, not that they are one statement.
 */
function bridges(cut: QuoteLinkInfo[], kept: QuoteLinkInfo[], apart: (a: string, b: string) => boolean, quotes: Map<string, Quote>): QuoteLinkInfo[] {
  const joined = new UnionFind();
  for (const l of kept) joined.join(l.a, l.b);
  const around = new Map<string, QuoteLinkInfo[]>();
  for (const l of cut) {
    for (const end of [l.a, l.b]) {
      const links = around.get(end);
      if (links) links.push(l);
      else around.set(end, [l]);
    }
  }
  const out: QuoteLinkInfo[] = [];
  for (const [hub, links] of around) {
    const other = (l: QuoteLinkInfo) => (l.a === hub ? l.b : l.a);
    for (let i = 0; i < links.length; i++) {
      for (let j = i + 1; j < links.length; j++) {
        const [x, y] = [links[i], links[j]];
        const partOfBoth = x.kind === 'partial' && y.kind === 'partial' && [other(x), other(y)].every((id) => wordCount(id, quotes) > wordCount(hub, quotes));
        if (partOfBoth || apart(other(x), other(y)) || !joined.join(other(x), other(y))) continue;
        const kind = KIND_ORDER.indexOf(x.kind) > KIND_ORDER.indexOf(y.kind) ? x.kind : y.kind;
        out.push({ a: other(x), b: other(y), kind, score: Math.min(x.score, y.score) });
      }
    }
  }
  return out;
}

const KIND_ORDER: QuoteLinkInfo['kind'][] = ['exact', 'partial', 'paraphrase'];

/** Sets of quotation ids, joined a link at a time. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    return root;
  }

  /** Joins the two sets; false when they were one already. */
  join(a: string, b: string): boolean {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y) return false;
    this.parent.set(x, y);
    return true;
  }
}

/** The groups the kept links join, each with quotations from two documents at least, named by its first quotation. */
function splitCluster(c: Cluster, links: QuoteLinkInfo[], quotes: Map<string, Quote>): Cluster[] {
  const sets = new UnionFind();
  const members = new Set(c.quotes);
  for (const l of links) if (members.has(l.a) && members.has(l.b)) sets.join(l.a, l.b);
  const groups = new Map<string, string[]>();
  for (const id of c.quotes) groups.set(sets.find(id), [...(groups.get(sets.find(id)) ?? []), id]);
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
