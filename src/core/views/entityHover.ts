import type { Entity } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import { entityIcon, entitySummary, entityTypeName, mentionsByDocument } from './entityTree';
import type { HoverCommands } from './hoverCommands';
import { codeSpan, commandLink, escapeMarkdown } from './markdown';
import { plural } from './text';

// Past this many documents the per-document list is cut, so the card never fills the screen.
const MAX_DOCUMENTS = 8;

/** The Markdown of an entity mention's hover card: type, aliases, mentions per document, quotations. */
export function entityHover(index: AnalysisIndex, entity: Entity, commands: HoverCommands): string {
  const title = `$(${entityIcon(entity.type)}) **${escapeMarkdown(entity.name)}** · ${entityTypeName(entity.type)}`;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const alsoCalled = aliases.length ? `Also called ${aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}` : '';
  const docs = mentionsByDocument(entity);
  const list = docs.slice(0, MAX_DOCUMENTS).map(([doc, mentions]) => {
    const first = mentions[0];
    const label = index.label(doc);
    const name = label === doc ? codeSpan(doc) : escapeMarkdown(label);
    return `- ${name}: ${commandLink(plural(mentions.length, 'mention'), commands.openLocation, [doc, first.start, first.end])}`;
  });
  if (docs.length > MAX_DOCUMENTS) list.push(`- and ${plural(docs.length - MAX_DOCUMENTS, 'more document')}`);
  const quotes = index.quotesBy(entity.id).length;
  const by = entity.type === 'person' ? 'this person' : 'this source';
  const quoted = entity.type === 'person' || quotes > 0 ? `${plural(quotes, 'quotation')} by ${by}` : '';
  const reveal = commandLink('Show in Entities view', commands.revealEntity, [entity.id], 'list-tree');
  return [
    [title, alsoCalled].filter(Boolean).join('\n\n'),
    `${entitySummary(entity)}:\n\n${list.join('\n')}`,
    [quoted, reveal].filter(Boolean).join(' · '),
  ].join('\n\n---\n\n');
}
