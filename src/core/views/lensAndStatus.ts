import type { CorpusAnalysis, Quote } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import { otherSourceCount } from './statements';
import { plural } from './text';

/** The CodeLens title above a quotation: "Speaker · N other sources" (just the speaker when no other source reports it). */
export function quoteLensTitle(index: AnalysisIndex, quote: Quote): string {
  const others = otherSourceCount(index, quote);
  // A speaker name is document text: break any `$(` in it so it cannot render as an icon.
  const speaker = `$(person) ${index.speakerName(quote).replace(/\$\(/g, '$\u200b(')}`;
  return others > 0 ? `${speaker} · ${plural(others, 'other source')}` : speaker;
}

/**
 * The quotations that share one CodeLens: VS Code joins the lenses of a line with " | ", so two
 * fragments of one speaker on a line would read "X | X". Quotations are grouped by line and
 * speaker, in text order; each group gets one lens, titled by its first quotation.
 */
export function lensGroups(index: AnalysisIndex, quotes: readonly Quote[], lineOf: (quote: Quote) => number): Quote[][] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const key = `${lineOf(quote)}\u0000${index.speakerKey(quote)}`;
    const group = groups.get(key);
    if (group) group.push(quote);
    else groups.set(key, [quote]);
  }
  return [...groups.values()];
}

/**
 * The status-bar text and tooltip summarising a corpus; `found`, the articles of a workspace whose indexing
 * was stopped early, makes both say how many of them the views hold.
 */
export function corpusStatus(analysis: CorpusAnalysis, found?: number): { text: string; tooltip: string } {
  const docs = plural(analysis.documents.length, 'document');
  const quotes = plural(analysis.quotes.length, 'quotation');
  const entities = plural(analysis.entities.length, 'entity', 'entities');
  const statements = plural(analysis.clusters.length, 'statement');
  const partial = found !== undefined && found > analysis.documents.length;
  return {
    text: `$(quote) ${analysis.quotes.length} · $(person) ${analysis.entities.length}${partial ? ` · ${analysis.documents.length} of ${found} articles` : ''}`,
    tooltip:
      `Marginalia: ${docs}, ${entities}, ${quotes}, ${statements} reported by several sources.` +
      (partial ? ` Indexing was stopped after ${analysis.documents.length} of ${found} articles; Re-analyse Workspace reads the rest.` : '') +
      ' Click to open the views.',
  };
}
