import type { EntityType } from '../analysis/model';
import { bySpan, type AnalysisIndex } from './analysisIndex';
import { isSpeech } from './quotationTree';
import { oneLine, plural, truncate } from './text';
import type { ViewLocation } from './viewNode';

/** An Outline entry: a speaker with their quotations in one document. */
export interface SpeakerSymbol {
  name: string;
  detail: string;
  start: number;
  end: number;
  quotations: { name: string; detail: string; start: number; end: number }[];
}

/** A document's quotations grouped by speaker, speakers in order of their first quotation. */
export function documentSymbols(index: AnalysisIndex, doc: string): SpeakerSymbol[] {
  const groups = new Map<string, SpeakerSymbol>();
  for (const q of index.quotesIn(doc)) {
    if (!isSpeech(q)) continue;
    const speaker = index.speakerName(q);
    let group = groups.get(speaker);
    if (!group) {
      group = { name: speaker, detail: '', start: q.start, end: q.end, quotations: [] };
      groups.set(speaker, group);
    }
    group.end = Math.max(group.end, q.end);
    const name = `“${truncate(oneLine(q.text), 70)}”`;
    group.quotations.push({ name, detail: q.kind === 'full' ? 'quotation' : 'fragment', start: q.start, end: q.end });
  }
  for (const group of groups.values()) group.detail = plural(group.quotations.length, 'quotation');
  return [...groups.values()];
}

/** A Go to Symbol in Workspace result. */
export interface WorkspaceSymbol {
  name: string;
  kind: EntityType | 'quotation';
  container: string;
  location: ViewLocation;
}

/** True when every character of the query appears in the name in order, ignoring case (VS Code's own rule for symbols). */
export function fuzzyMatches(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** Entities and quotations whose names match the query, entities first, at most `limit` of them. */
export function workspaceSymbols(index: AnalysisIndex, query: string, limit: number): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const e of index.analysis.entities) {
    if (out.length >= limit) return out;
    const first = [...e.mentions].sort(bySpan)[0];
    if (first && fuzzyMatches(query, e.name)) {
      const location = { doc: first.doc, start: first.start, end: first.end };
      out.push({ name: e.name, kind: e.type, container: plural(e.mentions.length, 'mention'), location });
    }
  }
  for (const q of index.analysis.quotes) {
    if (out.length >= limit) return out;
    const name = `“${truncate(oneLine(q.text), 80)}”`;
    if (!fuzzyMatches(query, name)) continue;
    out.push({ name, kind: 'quotation', container: `${index.speakerName(q)} · ${index.label(q.doc)}`, location: { doc: q.doc, start: q.start, end: q.end } });
  }
  return out;
}
