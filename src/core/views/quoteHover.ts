import type { Quote } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import type { HoverCommands } from './hoverCommands';
import { codeSpan, commandLink, escapeMarkdown } from './markdown';
import { otherSourceCount } from './statements';
import { oneLine, plural, truncate } from './text';
import { wordDiff } from './wordDiff';

// Quotations longer than this are shortened in hovers so the card stays readable.
const MAX_QUOTE = 600;

/** The Markdown of a quotation's hover card; every piece of document text in it is escaped. */
export function quoteHover(index: AnalysisIndex, quote: Quote, commands: HoverCommands, extraSections: string[] = []): string {
  const sections = [header(index, quote, commands), ...otherSources(index, quote, commands), ...extraSections, links(index, quote, commands)];
  return sections.filter((s) => s.length > 0).join('\n\n---\n\n');
}

function header(index: AnalysisIndex, quote: Quote, commands: HoverCommands): string {
  const speaker = index.speakerName(quote);
  const who = quote.speaker && index.entity(quote.speaker)
    ? commandLink(speaker, commands.revealEntity, [quote.speaker], 'person')
    : `$(person) ${escapeMarkdown(speaker)}`;
  const kind = quote.kind === 'full' ? 'full quotation' : quote.kind === 'title' ? 'quoted title (not speech)' : 'fragment';
  const marks = quote.marked ? '' : ' · reported without quote marks';
  // When the text named the speaker differently ("the secretary"), the hover says how.
  const named = quote.speakerText.trim() !== '' && quote.speakerText.trim() !== speaker;
  const said = named ? ` (as “${escapeMarkdown(oneLine(quote.speakerText))}”)` : '';
  return `**“${escapeMarkdown(truncate(oneLine(quote.text), MAX_QUOTE))}”**\n\n${who}${said} · ${sourceName(index, quote.doc)} · ${kind}${marks}`;
}

function otherSources(index: AnalysisIndex, quote: Quote, commands: HoverCommands): string[] {
  const related = index.related(quote);
  if (related.length === 0) return [];
  const base = truncate(oneLine(quote.text), MAX_QUOTE);
  const others = otherSourceCount(index, quote);
  const title = others > 0 ? `**Also reported by ${plural(others, 'other source')}**` : '**Repeated in this document**';
  const lines = related.map((q) => {
    const open = commandLink('open', commands.openLocation, [q.doc, q.start, q.end], 'go-to-file');
    const wording = markedWords(base, truncate(oneLine(q.text), MAX_QUOTE));
    return `- ${sourceName(index, q.doc)} · ${escapeMarkdown(index.speakerName(q))}: “${wording}” ${open}`;
  });
  return [`${title} — differing words in bold\n\n${lines.join('\n')}`];
}

/** A document's label for a hover: escaped in bold, or as code when it is a file path. */
function sourceName(index: AnalysisIndex, doc: string): string {
  const label = index.label(doc);
  return label === doc ? codeSpan(doc) : `**${escapeMarkdown(label)}**`;
}

/** The text with the words that the base does not share in bold. */
export function markedWords(base: string, text: string): string {
  return wordDiff(base, text)
    .map((s) => (s.changed ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text)))
    .join('');
}

function links(index: AnalysisIndex, quote: Quote, commands: HoverCommands): string {
  const parts: string[] = [];
  if (index.related(quote).length > 0) {
    parts.push(commandLink('Next related quotation', commands.nextRelated, [{ quoteId: quote.id }], 'arrow-right'));
    parts.push(commandLink('Show related quotations', commands.showRelated, [{ quoteId: quote.id }], 'references'));
    parts.push(commandLink('Compare sources', commands.compareSources, [{ quoteId: quote.id }], 'diff'));
  }
  parts.push(commandLink('Show in Quotations view', commands.revealQuotation, [quote.id], 'list-tree'));
  const passage = { doc: quote.doc, start: quote.start, end: quote.end };
  parts.push(commandLink('Tag…', commands.tag, [passage], 'tag'));
  parts.push(commandLink('Note…', commands.note, [passage], 'note'));
  return parts.join(' · ');
}
