import type { LinkedEntities } from './linkEntities';
import type { Entity, EntityType, Mention } from './model';
import { lookupPlace } from './places';

/** A mention resolved to an entity key, before entities get their names and ids. */
export interface LinkedMention {
  doc: string;
  text: string;
  start: number;
  end: number;
  key: string;
  type: EntityType;
  /** The name's words without honorific; empty for a title reference. */
  words: string[];
  reference: boolean;
}

interface Group {
  key: string;
  mentions: LinkedMention[];
}

/** Groups resolved mentions by entity key into entities with a canonical name, aliases and stable ids. */
export function buildEntities(linked: LinkedMention[]): LinkedEntities {
  const groups = new Map<string, Group>();
  for (const m of linked) {
    let g = groups.get(m.key);
    if (!g) groups.set(m.key, (g = { key: m.key, mentions: [] }));
    g.mentions.push(m);
  }
  const entities: Entity[] = [];
  const mentionsByDoc: LinkedEntities['mentionsByDoc'] = new Map();
  const usedIds = new Set<string>();
  for (const g of groups.values()) {
    const type = g.mentions[0].type;
    const name = canonicalName(g, type);
    const id = uniqueId(`${type}:${slug(name)}`, usedIds);
    const aliases = new Set<string>();
    const mentions: Mention[] = g.mentions.map((m) => {
      const text = m.text.slice(m.start, m.end);
      if (!m.reference) aliases.add(text.replace(/\s+/g, ' '));
      let list = mentionsByDoc.get(m.doc);
      if (!list) mentionsByDoc.set(m.doc, (list = []));
      list.push({ start: m.start, end: m.end, entityId: id, type });
      return { doc: m.doc, start: m.start, end: m.end, text };
    });
    aliases.delete(name);
    mentions.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    entities.push({ id, type, name, aliases: [...aliases].sort(), mentions });
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  for (const list of mentionsByDoc.values()) list.sort((a, b) => a.start - b.start);
  return { entities, mentionsByDoc };
}

// The fullest form names the entity (most words, then most frequent); a known country keeps its
// gazetteer name, and an acronym gives way to the words it stands for.
function canonicalName(g: Group, type: EntityType): string {
  const counts = new Map<string, number>();
  for (const m of g.mentions) if (!m.reference) counts.set(m.words.join(' '), (counts.get(m.words.join(' ')) ?? 0) + 1);
  if (type === 'place' && g.key.startsWith('country:')) {
    const first = [...counts.keys()][0];
    return lookupPlace(first)?.name ?? first;
  }
  const keyName = g.key.slice(g.key.indexOf(':') + 1);
  let best = '';
  let bestScore = -1;
  for (const [form, count] of counts) {
    const words = form.split(' ').length;
    const matchesKey = form.toLowerCase() === keyName ? 100000 : 0;
    const score = matchesKey + (type === 'place' ? 0 : words * 1000) + (/^[A-Z.&]+$/.test(form) ? 0 : 500) + count;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best || keyName;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
