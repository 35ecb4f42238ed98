import type { Entity, Quote } from '../analysis/model';
import type { AnalysisIndex } from '../views/analysisIndex';
import type { TextOf } from '../views/viewNode';

// Words that say nothing about who a speaker is.
const STOP = new Set('a an the of and for to in on at with by from both his her its their our said says told according mr ms mrs dr'.split(' '));
// How many words before a mention (or after a name and its comma) count as describing that person.
const WINDOW = 6;
// The most mentions read for the words around them, spread evenly over an entity's mentions: a
// person mentioned thousands of times is described by the same few words again and again.
const MAX_MENTIONS_READ = 256;

/** One outlet's answer to "who said it": an entity, or only the words that described someone. */
export interface Attribution {
  entity?: Entity;
  description: string;
}

/** The attribution a quotation carries, or undefined when the text gave no speaker at all. */
export function attributionOf(index: AnalysisIndex, quote: Quote): Attribution | undefined {
  const entity = quote.speaker ? index.entity(quote.speaker) : undefined;
  if (entity) return { entity, description: quote.speakerText };
  return index.speakerKey(quote) === '?' ? undefined : { description: quote.speakerText };
}

/** Word stems that survive small changes of form: "minister" and "ministry" share "minis". */
export function stems(text: string): string[] {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').match(/\p{L}+/gu) ?? [];
  return words.filter((w) => !STOP.has(w) && w.length > 1).map((w) => w.slice(0, 5));
}

/**
 * Decides whether two attributions name the same source, caching what the corpus says about each
 * person. Two attributions are tied when they are the same entity; when one is a description
 * ("the spokesperson") whose words the corpus uses next to the other's name; when one is an
 * organisation whose name the corpus uses to describe the other, a person ("Foreign Ministry" and
 * "Foreign Minister Qin Gang"); or when both are descriptions sharing a word stem.
 */
export class SpeakerTies {
  private readonly described = new Map<string, Set<string>>();

  constructor(private readonly index: AnalysisIndex, private readonly textOf: TextOf) {}

  /** True when the text ties the two attributions to one source. */
  tied(a: Attribution, b: Attribution): boolean {
    if (a.entity && b.entity) {
      if (a.entity.id === b.entity.id) return true;
      const [org, person] = a.entity.type === 'person' ? [b.entity, a.entity] : [a.entity, b.entity];
      return org.type === 'organization' && person.type === 'person' && this.covers(person, org.name);
    }
    if (a.entity) return this.covers(a.entity, b.description);
    if (b.entity) return this.covers(b.entity, a.description);
    const other = new Set(stems(b.description));
    return stems(a.description).some((s) => other.has(s));
  }

  /** True when every word of the phrase is one the corpus uses to name or describe the entity. */
  private covers(entity: Entity, phrase: string): boolean {
    const words = stems(phrase);
    if (words.length === 0) return false;
    const known = this.descriptors(entity);
    return words.every((w) => known.has(w));
  }

  /** The stems of the entity's names, of the words its quotations name it by, and of the words around its mentions. */
  private descriptors(entity: Entity): Set<string> {
    let set = this.described.get(entity.id);
    if (set) return set;
    set = new Set([entity.name, ...entity.aliases].flatMap(stems));
    for (const q of this.index.quotesBy(entity.id)) for (const s of stems(q.speakerText)) set.add(s);
    const every = Math.ceil(entity.mentions.length / MAX_MENTIONS_READ);
    for (let i = 0; i < entity.mentions.length; i += every) {
      const m = entity.mentions[i];
      const text = this.textOf(m.doc);
      if (text === undefined) continue;
      const before = text.slice(Math.max(0, m.start - 80), m.start).split(/[.!?\n]/).pop() ?? '';
      for (const s of stems(before).slice(-WINDOW)) set.add(s);
      // An apposition after the name: "Qin Gang, China's foreign minister, said".
      const after = /^\s*,([^,.;\n]{1,80})/.exec(text.slice(m.end, m.end + 90));
      if (after) for (const s of stems(after[1]).slice(0, WINDOW)) set.add(s);
    }
    this.described.set(entity.id, set);
    return set;
  }
}
