import type { DocumentEntities, NameCandidate } from './candidates';
import { CountIndex } from './CountIndex';
import { EntityTable, type EntityUpdate, type LinkedMention } from './EntityTable';
import type { EntityType } from './model';
import { isCountryNationality, lookupPlace } from './places';
import { resolveReferences } from './resolveReferences';
import { TitleIndex } from './TitleIndex';
import { aliasForms, lookupForm } from './aliases';
import { newsAgencyName } from './newsAgencies';
import { isAcronym, nameKey } from './tokenTests';
import { isDictionaryWord } from './tokenize';
import { isGivenName } from './givenNames';
import { AREA_HEADS } from './lexicon';
import { forEachAcronym, forEachOrganizationOpening, forEachPersonName, resolveSingles, type CorpusLookup, type Resolution } from './resolveSingles';

/** The entity key of a name typed without corpus knowledge, or undefined for a single word left to resolve. */
export function directKey(c: NameCandidate): { key: string; type: EntityType } | undefined {
  const name = nameKey(c.words.join(' '));
  const agency = newsAgencyName(name, c.orgCue);
  if (agency) return { key: `organization:${agency}`, type: 'organization' };
  if (c.hint === 'place') return { key: c.placeKey ?? `place:${foreignHead(c.words) ?? name}`, type: 'place' };
  if (c.hint === 'organization') return { key: `organization:${name}`, type: 'organization' };
  if (c.words.length > 1 && c.placeCue && !c.personCue) return { key: `place:${name}`, type: 'place' };
  if (c.words.length > 1) return { key: `person:${name}`, type: 'person' };
  return undefined;
}

/** Shortest foreign word that can name a place on its own ("Diaoyutai"). */
const FOREIGN_HEAD_LETTERS = 4;

/**
 * The key word of a place named by a foreign word and English words that describe it ("Diaoyutai
 * Gardens", "Diaoyutai Diplomatic Complex"): outlets translating one place render the description
 * differently and keep the word, so the word alone keys the place. Undefined for any other name: the
 * first word must be no English word, given name or known place ("Victoria Park", "Cardiff Bay"), every
 * word after it an English word ("Krispy Kreme" keeps its key), and the last no head of another place
 * ("Hudson Valley").
 */
function foreignHead(words: string[]): string | undefined {
  const [head, ...rest] = words;
  if (rest.length === 0 || head.length < FOREIGN_HEAD_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(head)) return undefined;
  if (isDictionaryWord(head) || isGivenName(head) || lookupPlace(head) || !rest.every((w) => isDictionaryWord(w))) return undefined;
  if (AREA_HEADS.has(rest[rest.length - 1].toLowerCase())) return undefined;
  return nameKey(head);
}

/**
 * True for a single word that became an organisation of its own name on no evidence but its capital:
 * a bare acronym ("the ROV lights") or a word nothing types, cues or defines ("loaded up X").
 * Such a word is as often a term, a product or a mistyped name as an organisation.
 */
function restsOnItself(c: NameCandidate, key: string): boolean {
  if (c.words.length !== 1 || key !== `organization:${nameKey(c.words[0])}`) return false;
  return c.bare === true || (c.hint === null && !c.orgCue && !c.speaks && !c.personCue && !c.placeCue && !c.credit);
}

/** What one document adds to the corpus once resolved: keys written as names, organisations and title ties. */
interface Contribution {
  known: string[];
  /** Every key the document writes as a name, once per mention, sentence openings included. */
  written: string[];
  orgs: string[];
  ties: { title: string; qualifier: string; key: string }[];
}

interface LinkDoc {
  path: string;
  text: string;
  entities: DocumentEntities;
  direct: Resolution[];
  resolved: Resolution[];
}

// Dependency names: which corpus answer a document asked about. The first seven answers come from
// names typed on their own (static); the last three from how other documents resolved (dynamic).
const ACRONYM = 'a:';
const LAST = 'l:';
const FIRST = 'f:';
const OPENING = 'b:';
const ALIAS = 's:';
const FOREIGN = 'p:';
// The last names' counts again, answering only a strict leader, so a document that asked is redone when a tie forms or breaks.
const LEADER = 'm:';
const KNOWN = 'k:';
const WRITTEN = 'w:';
const ORG = 'o:';
const TITLE = 't:';

/**
 * Links names across documents incrementally: each document adds its own counts to corpus indexes,
 * records which corpus answers its single words depended on, and an edit re-resolves only the edited
 * document plus the documents whose answers moved; entities are then rebuilt only where mentions changed.
 */
export class EntityLinker {
  private readonly docs = new Map<string, LinkDoc>();
  private readonly pending = new Map<string, LinkDoc | null>();
  private readonly index = { [ACRONYM]: new CountIndex(), [LAST]: new CountIndex(), [FIRST]: new CountIndex('dominant'), [OPENING]: new CountIndex(), [ALIAS]: new CountIndex('only'), [FOREIGN]: new CountIndex(), [LEADER]: new CountIndex('leader'), [KNOWN]: new CountIndex(), [WRITTEN]: new CountIndex('repeated'), [ORG]: new CountIndex() };
  private readonly titles = new TitleIndex();
  private readonly contributions = new Map<string, Contribution>();
  private readonly deps = new Map<string, string[][]>();
  private readonly dependents = new Map<string, Set<string>>();
  private readonly table = new EntityTable();
  private last: EntityUpdate | undefined;

  /** Queues a document's extraction for the next `link`. */
  setDocument(path: string, text: string, entities: DocumentEntities): void {
    const direct = entities.candidates.map((c) => directKey(c));
    this.pending.set(path, { path, text, entities, direct, resolved: [] });
  }

  /** Queues a document's removal for the next `link`. */
  removeDocument(path: string): void {
    this.pending.set(path, null);
  }

  /** Applies queued changes and answers the linked entities and each document's resolved mentions. */
  link(): EntityUpdate {
    if (this.last && this.pending.size === 0) return { ...this.last, changedDocs: new Set() };
    const touched = new Set<string>();
    for (const [path, next] of this.pending) {
      const old = this.docs.get(path);
      if (old) this.countStatic(old, -1);
      if (next) {
        this.countStatic(next, 1);
        this.docs.set(path, next);
        touched.add(path);
      } else {
        this.docs.delete(path);
        this.setContribution(path, { known: [], written: [], orgs: [], ties: [] });
        this.setDeps(path, 0, []);
        this.setDeps(path, 1, []);
        this.table.setDocument(path, []);
      }
    }
    this.pending.clear();
    const first = this.affected(touched, [ACRONYM, LAST, FIRST, OPENING, ALIAS, FOREIGN, LEADER]);
    for (const path of first) this.resolve(this.docs.get(path)!);
    const second = this.affected(first, [KNOWN, WRITTEN, ORG]);
    for (const path of second) this.finish(this.docs.get(path)!);
    this.last = this.table.update();
    return this.last;
  }

  // The documents to redo: the given ones plus every document that asked about an answer that moved.
  private affected(start: Set<string>, names: (keyof EntityLinker['index'])[]): Set<string> {
    const out = new Set(start);
    const changed: [string, string[]][] = names.map((name) => [name, this.index[name].takeChanged()]);
    // Title ties are contributed while resolving, so they are asked about in the second phase only.
    if (names.includes(KNOWN)) changed.push([TITLE, this.titles.takeChanged()]);
    for (const [name, words] of changed) for (const word of words) for (const path of this.dependents.get(name + word) ?? []) out.add(path);
    for (const path of out) if (!this.docs.has(path)) out.delete(path);
    return out;
  }

  private countStatic(doc: LinkDoc, delta: number): void {
    forEachPersonName(doc.direct, (position, word, key) => {
      this.index[position === 'last' ? LAST : FIRST].add(word, key, delta);
      if (position === 'last') this.index[LEADER].add(word, key, delta);
    });
    forEachOrganizationOpening(doc.direct, (word) => this.index[OPENING].add(word, '', delta));
    forEachAcronym(doc.entities, doc.direct, (acronym, key) => this.index[ACRONYM].add(acronym, key, delta));
    for (const r of doc.direct) for (const form of aliasForms(r)) this.index[ALIAS].add(form, r!.key, delta);
    doc.entities.candidates.forEach((c, i) => {
      const r = doc.direct[i];
      const head = c.words.length > 1 ? nameKey(c.words[0]) : '';
      if (r?.type === 'place' && r.key === `place:${head}`) this.index[FOREIGN].add(head, r.key, delta);
    });
  }

  // A name joins the one fuller name of the corpus it is a short form of: "Donald Trump" the
  // "Donald J. Trump", "FBI" the "Federal Bureau of Investigation", "Xinhua" the "Xinhua News
  // Agency"; when two names claim the form ("DNC"), it stays on its own.
  private joinAliases(doc: LinkDoc, asked: string[]): void {
    doc.resolved = doc.resolved.map((r, i) => {
      const words = doc.entities.candidates[i].words;
      const form = lookupForm(r, words.length === 1 && isAcronym(words[0].replace(/\./g, '')));
      if (!r || !form) return r;
      asked.push(ALIAS + form);
      const key = this.index[ALIAS].only(form);
      return key && key !== r.key ? { key, type: r.type } : r;
    });
  }

  private resolve(doc: LinkDoc): void {
    const asked: string[] = [];
    const ask = (name: typeof ACRONYM | typeof LAST | typeof FOREIGN) => (word: string) => {
      asked.push(name + word);
      return this.index[name].best(word);
    };
    const opensOrganization = (word: string) => {
      asked.push(OPENING + word);
      return this.index[OPENING].has(word);
    };
    const firstName = (word: string) => {
      asked.push(FIRST + word);
      return this.index[FIRST].dominant(word);
    };
    const surnameLeader = (word: string) => {
      asked.push(LEADER + word);
      return this.index[LEADER].leader(word);
    };
    const lookup: CorpusLookup = { acronym: ask(ACRONYM), lastName: ask(LAST), firstName, opensOrganization, foreignPlace: ask(FOREIGN), surnameLeader };
    doc.resolved = resolveSingles(doc.entities, doc.direct, lookup);
    this.joinAliases(doc, asked);
    this.setDeps(doc.path, 0, asked);
    // A name written mid-sentence makes its key known to the corpus; organisations are counted so a
    // longer, nation-qualified name can find its shorter form.
    const known: string[] = [];
    const written: string[] = [];
    const orgs: string[] = [];
    doc.entities.candidates.forEach((c, i) => {
      const r = doc.resolved[i];
      if (r) written.push(r.key);
      if (!r || (c.initial && !doc.direct[i])) return;
      known.push(r.key);
      if (r.type === 'organization') orgs.push(r.key);
    });
    const ties = doc.entities.ties.flatMap((t) => {
      const r = doc.resolved[t.candidate];
      return r?.type === 'person' ? [{ title: t.title, qualifier: t.qualifier, key: r.key }] : [];
    });
    this.setContribution(doc.path, { known, written, orgs, ties });
  }

  private finish(doc: LinkDoc): void {
    const asked: string[] = [];
    const { candidates } = doc.entities;
    // A capitalised word opening a sentence is kept only if the corpus also writes it as a name
    // elsewhere; a name on weak evidence, only if the corpus writes it twice.
    const kept = doc.resolved.map((r, i) => {
      const c = candidates[i];
      if (!r) return r;
      if (restsOnItself(c, r.key)) {
        asked.push(WRITTEN + r.key);
        if (!this.index[WRITTEN].repeated(r.key)) return undefined;
      }
      if (!c.initial || doc.direct[i]) return r;
      asked.push(KNOWN + r.key);
      return this.index[KNOWN].has(r.key) ? r : undefined;
    });
    const mentions: LinkedMention[] = [];
    candidates.forEach((c, i) => {
      const r = kept[i];
      if (r) mentions.push({ doc: doc.path, text: doc.text, start: c.start, end: c.end, key: r.key, type: r.type, words: c.words, reference: false });
    });
    const corpusTitle = (title: string, qualifier: string) => {
      asked.push(TITLE + title);
      return this.titles.only(title, qualifier);
    };
    for (const ref of resolveReferences(doc, kept, corpusTitle)) mentions.push({ doc: doc.path, text: doc.text, ...ref, type: 'person', words: [], reference: true });
    // "US State Department" is the "State Department" when the corpus also knows the shorter name (a country or a
    // nationality qualifies it, not a state, a city or a party: "Ohio Republican Party" is not the party); so are
    // the document's other mentions that joined the longer name ("the State Department" after it).
    const shortened = new Map<string, string>();
    for (const m of mentions) {
      if (m.type !== 'organization' || m.words.length < 3) continue;
      if (!lookupPlace(m.words[0])?.key.startsWith('country:') && !isCountryNationality(m.words[0])) continue;
      const shorter = `organization:${nameKey(m.words.slice(1).join(' '))}`;
      asked.push(ORG + shorter);
      if (this.index[ORG].has(shorter)) shortened.set(m.key, shorter);
    }
    for (const m of mentions) m.key = shortened.get(m.key) ?? m.key;
    this.setDeps(doc.path, 1, asked);
    this.table.setDocument(doc.path, mentions);
  }

  private setContribution(path: string, next: Contribution): void {
    const old = this.contributions.get(path);
    for (const t of old?.ties ?? []) this.titles.add(t.title, t.qualifier, t.key, -1);
    for (const t of next.ties) this.titles.add(t.title, t.qualifier, t.key, 1);
    for (const key of old?.known ?? []) this.index[KNOWN].add(key, '', -1);
    for (const key of old?.written ?? []) this.index[WRITTEN].add(key, '', -1);
    for (const key of next.written) this.index[WRITTEN].add(key, '', 1);
    for (const key of old?.orgs ?? []) this.index[ORG].add(key, '', -1);
    for (const key of next.known) this.index[KNOWN].add(key, '', 1);
    for (const key of next.orgs) this.index[ORG].add(key, '', 1);
    if (next.written.length + next.orgs.length + next.ties.length > 0) this.contributions.set(path, next);
    else this.contributions.delete(path);
  }

  private setDeps(path: string, phase: number, asked: string[]): void {
    const lists = this.deps.get(path) ?? [[], []];
    for (const dep of lists[phase]) this.dependents.get(dep)?.delete(path);
    lists[phase] = [...new Set(asked)];
    for (const dep of lists[phase]) {
      let set = this.dependents.get(dep);
      if (!set) this.dependents.set(dep, (set = new Set()));
      set.add(path);
    }
    if (lists[0].length + lists[1].length > 0) this.deps.set(path, lists);
    else this.deps.delete(path);
  }
}
