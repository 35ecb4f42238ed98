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
  kind: 'full' | 'fragment';
  cluster: string | null;
}

/** The same statement reported in several documents. */
export interface Cluster {
  id: string;
  quotes: string[];
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
