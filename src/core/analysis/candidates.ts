import type { EntityType } from './model';

/** Typing evidence gathered around one name in its document. */
export type TypeHint = EntityType | 'event' | null;

/** A proper name found in one document, before it is typed and merged across the corpus. */
export interface NameCandidate {
  /** Mention span: an honorific is included ("Mr. Smith"), a title or possessive is not. */
  start: number;
  end: number;
  /** The name's words without honorific or possessive, as written. */
  words: string[];
  /** Typing evidence from head words, the gazetteer and neighbouring cue words. */
  hint: TypeHint;
  /** Gazetteer key for a known place. */
  placeKey?: string;
  /** An honorific or title precedes the name, so it is a person. */
  personCue: boolean;
  /** A single capitalised word opening a sentence: maybe a name, maybe just a capital letter. */
  initial: boolean;
  /** A place cue surrounds the name: "in X", "visit X", "X-based", "X, <country>". */
  placeCue: boolean;
  /** The text around the name says it is an organisation: "X founder", "the head of X". */
  orgCue: boolean;
  /** The name modifies a lower-case noun ("X minority"), as a nationality or creed word does. */
  modifier: boolean;
  /** The name stands alone on its line, as a heading does. */
  heading: boolean;
  /** The name ends in a plural possessive ("Smiths’"), so the final "s" may not be part of it. */
  pluralPossessive: boolean;
  /** A single word the tagger took for a common word ("History", "Despite"), capitalised for emphasis or position. */
  common?: boolean;
  /** A single word whose lower-case form is an English dictionary word ("Pride", "Image"), so its capital may be emphasis. */
  dictionary?: boolean;
  /** A single word the document also writes in lower case ("in Ants" beside "the ants"), so its capital may be emphasis. */
  writtenLower?: boolean;
  /** A single word after "the" ("the Poet", "the Church"), as a common noun used as a nickname is written. */
  definite?: boolean;
  /** A single word after a word that addresses a name ("on X", "told X", "at X"), where a common word is rarely capitalised. */
  addressed?: boolean;
  /** A dictionary word opening a line or sentence before a colon ("Image:", "Source:"), as labels are written. */
  label?: boolean;
  /**
   * A lone acronym that nothing around it defines, brackets or types ("the ROV lights", "on IRC"):
   * as often a term as an organisation, so it is listed only if the corpus writes it again.
   */
  bare?: boolean;
  /** The name follows a picture's credit label ("Photo: X"), where agencies and photographers are named. */
  credit?: boolean;
  /** The text says the name is a made thing: "X is a space capsule", "the novel X", "Lessig's Free Culture". */
  thing?: boolean;
  /** A speech verb follows the name or precedes it at a clause's end ("X said", "said X."). */
  speaks?: boolean;
}

/** A title tied to a name in a document ("Foreign Minister X", "the foreign minister, X,"). */
export interface TitleTie {
  title: string;
  qualifier: string;
  candidate: number;
}

/** A definite title used in place of a name ("the US Secretary of State"), resolved through ties. */
export interface TitleReference {
  start: number;
  end: number;
  title: string;
  qualifier: string;
}

/** An acronym introduced in brackets after the name it abbreviates: "Name (ACR)". */
export interface AcronymDefinition {
  acronym: string;
  candidate: number;
}

/** Everything the entity pass needs from one document; plain data, cached per document. */
export interface DocumentEntities {
  candidates: NameCandidate[];
  ties: TitleTie[];
  references: TitleReference[];
  acronyms: AcronymDefinition[];
}
