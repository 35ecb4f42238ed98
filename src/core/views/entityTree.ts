import type { Entity, EntityType, Mention } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import { paged } from './paging';
import { compareLabels, groupBy, lineAround, oneLine, plural, truncate } from './text';
import type { TextOf, ViewNode } from './viewNode';

const GROUPS: { type: EntityType; label: string; icon: string; one: string; many: string }[] = [
  { type: 'person', label: 'People', icon: 'person', one: 'person', many: 'people' },
  { type: 'organization', label: 'Organisations', icon: 'organization', one: 'organisation', many: 'organisations' },
  { type: 'place', label: 'Places', icon: 'location', one: 'place', many: 'places' },
];

/** The icon of an entity type, shared by the tree, hovers and symbols. */
export function entityIcon(type: EntityType): string {
  return GROUPS.find((g) => g.type === type)?.icon ?? 'symbol-misc';
}

/** The plain-word name of an entity type ("Person", "Organisation", "Place"). */
export function entityTypeName(type: EntityType): string {
  return { person: 'Person', organization: 'Organisation', place: 'Place' }[type];
}

/** The documents an entity is mentioned in, each with its mentions in text order, documents sorted by path. */
export function mentionsByDocument(entity: Entity): [string, Mention[]][] {
  const byDoc = groupBy(entity.mentions, (m) => m.doc);
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return [...byDoc].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "12 mentions in 4 documents". */
export function entitySummary(entity: Entity): string {
  const docs = new Set(entity.mentions.map((m) => m.doc)).size;
  return `${plural(entity.mentions.length, 'mention')} in ${plural(docs, 'document')}`;
}

/** The Entities tree: People / Organisations / Places, then entities by mention count, documents, mentions. */
export function entityTree(index: AnalysisIndex, textOf: TextOf): ViewNode[] {
  const nodes: ViewNode[] = [];
  const byType = groupBy(index.analysis.entities, (e) => e.type);
  for (const group of GROUPS) {
    const entities = byType.get(group.type);
    if (!entities) continue;
    entities.sort((a, b) => b.mentions.length - a.mentions.length || compareLabels(a.name, b.name));
    nodes.push({
      id: `entities:${group.type}`,
      label: group.label,
      description: String(entities.length),
      icon: group.icon,
      contextValue: 'entityGroup',
      children: () => paged(entities, (e) => entityNode(index, e, textOf), { id: `entities:${group.type}:more`, one: group.one, many: group.many }),
    });
  }
  return nodes;
}

function entityNode(index: AnalysisIndex, entity: Entity, textOf: TextOf): ViewNode {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return {
    id: `entity:${entity.id}`,
    label: entity.name,
    description: entitySummary(entity),
    tooltip: aliases.length ? `${entityTypeName(entity.type)}, also called ${aliases.join(', ')}` : entityTypeName(entity.type),
    icon: entityIcon(entity.type),
    contextValue: 'entity',
    children: () =>
      paged(mentionsByDocument(entity), ([doc, mentions]) => ({
        id: `entity:${entity.id}|${doc}`,
        label: index.label(doc),
        description: plural(mentions.length, 'mention'),
        tooltip: doc,
        icon: 'file',
        contextValue: 'entityDocument',
        location: { doc, start: mentions[0].start, end: mentions[0].end },
        children: () =>
          paged(mentions, (m) => mentionNode(entity, m, textOf(doc)), { id: `entity:${entity.id}|${doc}:more`, one: 'mention', many: 'mentions' }),
      }), { id: `entity:${entity.id}:more`, one: 'document', many: 'documents' }),
  };
}

function mentionNode(entity: Entity, mention: Mention, text: string | undefined): ViewNode {
  const line = text === undefined ? undefined : lineAround(text, mention.start);
  return {
    id: `entity:${entity.id}|${mention.doc}|${mention.start}`,
    label: line ? truncate(oneLine(line.text), 100) : mention.text,
    description: line ? `line ${line.line + 1}` : undefined,
    tooltip: line ? oneLine(line.text) : undefined,
    icon: 'symbol-text',
    contextValue: 'mention',
    location: { doc: mention.doc, start: mention.start, end: mention.end },
  };
}

/** The ids from the root to an entity's node, or to one of its mentions' nodes, for revealing it in the tree. */
export function entityNodePath(entity: Entity, mention?: Mention): string[] {
  const node = `entity:${entity.id}`;
  const path = [`entities:${entity.type}`, node];
  return mention ? [...path, `${node}|${mention.doc}`, `${node}|${mention.doc}|${mention.start}`] : path;
}
