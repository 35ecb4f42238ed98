import type { Entity, EntityType, Mention } from './model';
import { lookupPlace } from './places';
import type { ResolvedMention } from '../quotes';

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

/** Where one document's mentions point after linking, and which documents' mentions moved. */
export interface EntityUpdate {
  entities: Entity[];
  mentionsByDoc: Map<string, ResolvedMention[]>;
  changedDocs: Set<string>;
}

function compareEntities(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Groups linked mentions by entity key, one document at a time, and rebuilds only the entities whose
 * mentions changed: untouched entities keep their objects, their ids and their place in the list.
 */
export class EntityTable {
  private readonly groups = new Map<string, Map<string, LinkedMention[]>>();
  private readonly byDoc = new Map<string, LinkedMention[]>();
  private readonly built = new Map<string, Entity>();
  private readonly owners = new Map<string, string>();
  private readonly resolved = new Map<string, ResolvedMention[]>();
  private readonly dirtyKeys = new Set<string>();
  private readonly dirtyDocs = new Set<string>();
  private sorted: Entity[] = [];

  /** Replaces one document's linked mentions (an empty list forgets the document). */
  setDocument(doc: string, mentions: LinkedMention[]): void {
    for (const m of this.byDoc.get(doc) ?? []) {
      this.groups.get(m.key)?.delete(doc);
      this.dirtyKeys.add(m.key);
    }
    for (const m of mentions) {
      let group = this.groups.get(m.key);
      if (!group) this.groups.set(m.key, (group = new Map()));
      let list = group.get(doc);
      if (!list) group.set(doc, (list = []));
      list.push(m);
      this.dirtyKeys.add(m.key);
    }
    for (const m of mentions) this.groups.get(m.key)!.get(doc)!.sort((a, b) => a.start - b.start);
    if (mentions.length > 0) this.byDoc.set(doc, mentions);
    else this.byDoc.delete(doc);
    this.dirtyDocs.add(doc);
  }

  /** Rebuilds the entities touched since the last update and reports the documents whose resolved mentions changed. */
  update(): EntityUpdate {
    const gone = new Set<Entity>();
    const fresh: Entity[] = [];
    for (const key of this.dirtyKeys) {
      const old = this.built.get(key);
      if (old) gone.add(old);
      const group = this.groups.get(key);
      if (!group || group.size === 0) {
        this.groups.delete(key);
        this.built.delete(key);
        if (old) this.owners.delete(old.id);
        continue;
      }
      const entity = this.buildEntity(key, group, old);
      this.built.set(key, entity);
      fresh.push(entity);
      if (old && old.id !== entity.id) for (const doc of group.keys()) this.dirtyDocs.add(doc);
    }
    this.dirtyKeys.clear();
    this.resort(gone, fresh);
    const changedDocs = new Set(this.dirtyDocs);
    for (const doc of this.dirtyDocs) this.refreshDoc(doc);
    this.dirtyDocs.clear();
    return { entities: this.sorted, mentionsByDoc: this.resolved, changedDocs };
  }

  // A handful of changed entities are moved by binary insertion; a bulk change sorts once.
  private resort(gone: Set<Entity>, fresh: Entity[]): void {
    if (gone.size === 0 && fresh.length === 0) return;
    const kept = gone.size > 0 ? this.sorted.filter((e) => !gone.has(e)) : this.sorted.slice();
    if (fresh.length > 64) {
      kept.push(...fresh);
      this.sorted = kept.sort(compareEntities);
      return;
    }
    for (const e of fresh) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareEntities(kept[mid], e) < 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, e);
    }
    this.sorted = kept;
  }

  private refreshDoc(doc: string): void {
    const mentions = this.byDoc.get(doc);
    if (!mentions) {
      this.resolved.delete(doc);
      return;
    }
    const list = mentions.map((m) => ({ start: m.start, end: m.end, entityId: this.built.get(m.key)!.id, type: this.built.get(m.key)!.type }));
    this.resolved.set(doc, list.sort((a, b) => a.start - b.start));
  }

  private buildEntity(key: string, group: Map<string, LinkedMention[]>, old: Entity | undefined): Entity {
    const docs = [...group.keys()].sort();
    const all: LinkedMention[] = [];
    for (const doc of docs) all.push(...group.get(doc)!);
    const type = all[0].type;
    const name = canonicalName(key, all, type);
    const id = this.claimId(key, `${type}:${slug(name)}`, old?.id);
    const aliases = new Set<string>();
    const mentions: Mention[] = all.map((m) => {
      const text = m.text.slice(m.start, m.end);
      if (!m.reference) aliases.add(text.replace(/\s+/g, ' '));
      return { doc: m.doc, start: m.start, end: m.end, text };
    });
    aliases.delete(name);
    return { id, type, name, aliases: [...aliases].sort(), mentions };
  }

  // An entity keeps its id while its name keeps the same slug; two keys whose names share a slug
  // are told apart by a number, the first to claim the slug keeping it bare.
  private claimId(key: string, base: string, previous: string | undefined): string {
    const same = previous === base || (previous?.startsWith(`${base}-`) && /^\d+$/.test(previous.slice(base.length + 1)));
    if (previous && same && this.owners.get(previous) === key) return previous;
    if (previous && this.owners.get(previous) === key) this.owners.delete(previous);
    let id = base;
    for (let n = 2; this.owners.has(id); n++) id = `${base}-${n}`;
    this.owners.set(id, key);
    return id;
  }
}

// The fullest form names the entity (most words, then most frequent); a known country keeps its
// gazetteer name, and an acronym gives way to the words it stands for.
function canonicalName(key: string, mentions: LinkedMention[], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (!m.reference) counts.set(m.words.join(' '), (counts.get(m.words.join(' ')) ?? 0) + 1);
  if (type === 'place' && key.startsWith('country:')) {
    const first = [...counts.keys()][0];
    return lookupPlace(first)?.name ?? first;
  }
  const keyName = key.slice(key.indexOf(':') + 1);
  let best = '';
  let bestScore = -1;
  for (const [form, count] of counts) {
    const words = form.split(' ').length;
    const matchesKey = form.toLowerCase() === keyName ? 100000 : 0;
    const score = matchesKey + (type === 'place' ? 0 : words * 1000) + (/^[A-Z.&]+$/.test(form) ? 0 : 500) + count;
    if (score > bestScore || (score === bestScore && form < best)) [best, bestScore] = [form, score];
  }
  return best || keyName;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}
