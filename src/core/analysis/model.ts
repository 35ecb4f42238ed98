/**
 * The analysis result: the shape `node dist/cli.js analyze --json` prints and the editor consumes.
 * Offsets are JavaScript string offsets (UTF-16 code units) into the document text, `end` exclusive.
 */

/** The kinds of named entity the engine recognises. */
export type EntityType = 'person' | 'organization' | 'place';

/** One occurrence of an entity in a document; `text` equals the document's slice. */
export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** A person, organisation or place with every alias merged under its fullest name. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

/** A stretch of a document, such as a passage that discusses a topic. */
export interface Passage {
  doc: string;
  start: number;
  end: number;
}

/** A subject the corpus discusses, with the passages that discuss it. */
export interface Topic {
  id: string;
  name: string;
  passages: Passage[];
}

/** A direct quotation: its span excludes the quote marks; `speaker` is an entity id or null. */
export interface Quote {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerText: string;
  marked: boolean;
  /** "title" marks a quoted title, show, slogan or nickname: not speech, so it has no speaker and no links. */
  kind: 'full' | 'fragment' | 'title';
  cluster: string | null;
}

/** Why two quotations of a cluster were linked: the same words, one a part of the other, or other words; score 0 to 1. */
export interface QuoteLinkInfo {
  a: string;
  b: string;
  kind: 'exact' | 'partial' | 'paraphrase';
  score: number;
}

/** The same statement reported in several documents; `links` are the pairs found, each with its kind and score. */
export interface Cluster {
  id: string;
  quotes: string[];
  links?: QuoteLinkInfo[];
}

/**
 * A document of the corpus. The engine gives its path and length; the editor and the CLI add what
 * the sources file, front matter or headline say about it, and the `label` every view names it by.
 */
export interface DocumentEntry {
  path: string;
  length: number;
  outlet?: string;
  date?: string;
  url?: string;
  title?: string;
  language?: string;
  label?: string;
}

/** Everything the engine found in a corpus. */
export interface CorpusAnalysis {
  documents: DocumentEntry[];
  entities: Entity[];
  topics: Topic[];
  quotes: Quote[];
  clusters: Cluster[];
}
