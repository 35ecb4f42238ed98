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

/** The status-bar text and tooltip summarising a corpus. */
export function corpusStatus(analysis: CorpusAnalysis): { text: string; tooltip: string } {
  const docs = plural(analysis.documents.length, 'document');
  const quotes = plural(analysis.quotes.length, 'quotation');
  const entities = plural(analysis.entities.length, 'entity', 'entities');
  const statements = plural(analysis.clusters.length, 'statement');
  return {
    text: `$(quote) ${analysis.quotes.length} · $(person) ${analysis.entities.length}`,
    tooltip: `Marginalia: ${docs}, ${entities}, ${quotes}, ${statements} reported by several sources. Click to open the views.`,
  };
}
