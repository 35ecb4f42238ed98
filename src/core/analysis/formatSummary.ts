import type { CorpusAnalysis, EntityType } from './model';

const TYPE_HEADINGS: [EntityType, string][] = [['person', 'People'], ['organization', 'Organisations'], ['place', 'Places']];

/** The readable summary `analyze` prints without `--json`: entities by type, topics, quotations by speaker, clusters. */
export function formatSummary(a: CorpusAnalysis, limit = 25): string {
  const lines: string[] = [`${a.documents.length} documents, ${a.entities.length} entities, ${a.topics.length} topics, ${a.quotes.length} quotations, ${a.clusters.length} clusters`, ''];
  for (const [type, heading] of TYPE_HEADINGS) {
    const list = a.entities.filter((e) => e.type === type);
    lines.push(`${heading} (${list.length})`);
    for (const e of list.slice(0, limit)) {
      const docs = new Set(e.mentions.map((m) => m.doc)).size;
      const aliases = e.aliases.length > 0 ? `  [${e.aliases.join(', ')}]` : '';
      lines.push(`  ${e.name}: ${e.mentions.length} mentions in ${docs} documents${aliases}`);
    }
    if (list.length > limit) lines.push(`  … and ${list.length - limit} more`);
    lines.push('');
  }
  lines.push(`Topics (${a.topics.length})`);
  for (const t of a.topics.slice(0, limit)) lines.push(`  ${t.name}: ${t.passages.length} passages`);
  lines.push('', 'Quotations by speaker');
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, number>();
  for (const q of a.quotes) {
    const who = q.speaker ? names.get(q.speaker) ?? q.speaker : q.speakerText ? `${q.speakerText} (unresolved)` : 'unknown';
    bySpeaker.set(who, (bySpeaker.get(who) ?? 0) + 1);
  }
  for (const [who, n] of [...bySpeaker].sort((x, y) => y[1] - x[1]).slice(0, limit)) lines.push(`  ${who}: ${n}`);
  lines.push('', `Clusters (${a.clusters.length})`);
  const quotes = new Map(a.quotes.map((q) => [q.id, q]));
  for (const c of a.clusters.slice(0, limit)) {
    const first = quotes.get(c.quotes[0]);
    const docs = new Set(c.quotes.map((id) => quotes.get(id)?.doc)).size;
    lines.push(`  ${c.quotes.length} quotes in ${docs} documents: “${truncate(first?.text ?? '', 70)}”`);
  }
  return `${lines.join('\n')}\n`;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
