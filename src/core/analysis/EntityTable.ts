import type { Entity, EntityType, Mention } from './model';
import { lookupPlace } from './places';
import type { ResolvedMention } from '../quotes';
import { partitionPoint } from '../partitionPoint';
import { nameKey } from './tokenTests';

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

function position(list: Entity[], e: Entity): number {
  return partitionPoint(list.length, (i) => compareEntities(list[i], e) < 0);
}

function compareEntities(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Group {
  /** Each document's mentions of the entity, as linked and as the model shows them. */
  docs: Map<string, { linked: LinkedMention[]; mentions: Mention[] }>;
  /** How often each name form and each alias is written, kept as documents come and go. */
  forms: Map<string, number>;
  aliases: Map<string, number>;
}

function bump(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/**
 * Groups linked mentions by entity key, one document at a time, and rebuilds only the entities whose
 * mentions changed: untouched entities keep their objects, their ids and their place in the list.
 */
export class EntityTable {
  private readonly groups = new Map<string, Group>();
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
      const group = this.groups.get(m.key)!;
      if (group.docs.delete(doc)) this.dirtyKeys.add(m.key);
      this.count(group, m, -1);
    }
    for (const m of mentions) {
      let group = this.groups.get(m.key);
      if (!group) this.groups.set(m.key, (group = { docs: new Map(), forms: new Map(), aliases: new Map() }));
      let entry = group.docs.get(doc);
      if (!entry) group.docs.set(doc, (entry = { linked: [], mentions: [] }));
      entry.linked.push(m);
      this.count(group, m, 1);
      this.dirtyKeys.add(m.key);
    }
    for (const m of mentions) {
      const entry = this.groups.get(m.key)!.docs.get(doc)!;
      if (entry.mentions.length === entry.linked.length) continue;
      entry.linked.sort((a, b) => a.start - b.start);
      entry.mentions = entry.linked.map((l) => ({ doc, start: l.start, end: l.end, text: l.text.slice(l.start, l.end) }));
    }
    if (mentions.length > 0) this.byDoc.set(doc, mentions);
    else this.byDoc.delete(doc);
    this.dirtyDocs.add(doc);
  }

  private count(group: Group, m: LinkedMention, delta: number): void {
    if (m.reference) return;
    bump(group.forms, m.words.join(' '), delta);
    bump(group.aliases, m.text.slice(m.start, m.end).replace(/\s+/g, ' '), delta);
  }

  /** Rebuilds the entities touched since the last update and reports the documents whose resolved mentions changed. */
  update(): EntityUpdate {
    const gone: Entity[] = [];
    const fresh: Entity[] = [];
    for (const key of this.dirtyKeys) {
      const old = this.built.get(key);
      if (old) gone.push(old);
      const group = this.groups.get(key);
      if (!group || group.docs.size === 0) {
        this.groups.delete(key);
        this.built.delete(key);
        if (old) this.owners.delete(old.id);
        continue;
      }
      const entity = this.buildEntity(key, group, old);
      this.built.set(key, entity);
      fresh.push(entity);
      if (old && old.id !== entity.id) for (const doc of group.docs.keys()) this.dirtyDocs.add(doc);
    }
    this.dirtyKeys.clear();
    this.resort(gone, fresh);
    const changedDocs = new Set(this.dirtyDocs);
    for (const doc of this.dirtyDocs) this.refreshDoc(doc);
    this.dirtyDocs.clear();
    return { entities: this.sorted, mentionsByDoc: this.resolved, changedDocs };
  }

  // A handful of changed entities move by binary search (the list is a new array, so earlier answers
  // stay as they were); a bulk change sorts once.
  private resort(gone: Entity[], fresh: Entity[]): void {
    if (gone.length === 0 && fresh.length === 0) return;
    if (fresh.length + gone.length > 64) {
      const removed = new Set(gone);
      this.sorted = this.sorted.filter((e) => !removed.has(e)).concat(fresh).sort(compareEntities);
      return;
    }
    const list = this.sorted.slice();
    for (const e of gone) {
      const at = position(list, e);
      if (list[at] === e) list.splice(at, 1);
      else list.splice(list.indexOf(e), 1);
    }
    for (const e of fresh) list.splice(position(list, e), 0, e);
    this.sorted = list;
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

  private buildEntity(key: string, group: Group, old: Entity | undefined): Entity {
    const docs = [...group.docs.keys()].sort();
    const mentions: Mention[] = [];
    for (const doc of docs) for (const m of group.docs.get(doc)!.mentions) mentions.push(m);
    const type = group.docs.get(docs[0])!.linked[0].type;
    const name = canonicalName(key, group.forms, type);
    const id = this.claimId(key, `${type}:${slug(name)}`, old?.id);
    const aliases = [...group.aliases.keys()].filter((a) => a !== name).sort();
    return { id, type, name, aliases, mentions };
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
function canonicalName(key: string, counts: Map<string, number>, type: EntityType): string {
  // A place of the gazetteer is named as the gazetteer names it ("Calif." is California).
  if (type === 'place' && /^(?:country|region|city|nation|continent):/.test(key) && counts.size > 0) {
    const forms = [...counts.keys()].sort();
    for (const form of forms) {
      const entry = lookupPlace(form) ?? lookupPlace(`${form}.`);
      if (entry?.key === key) return entry.name;
    }
    if (key.startsWith('country:')) return forms[0];
  }
  const keyName = key.slice(key.indexOf(':') + 1);
  let best = '';
  let bestScore = -1;
  for (const [form, count] of counts) {
    const words = form.split(' ').length;
    const matchesKey = nameKey(form) === keyName ? 100000 : 0;
    const score = matchesKey + (type === 'place' ? 0 : words * 1000) + (/^[A-Z.&]+$/.test(form) ? 0 : 500) + count;
    if (score > bestScore || (score === bestScore && form < best)) [best, bestScore] = [form, score];
  }
  return best || keyName;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}
