import type { QuoteKind } from './quoteKind';

/** A quotation found in one document; the span excludes the marks and surrounding spaces. */
export interface QuoteSpan {
  start: number;
  end: number;
  marked: boolean;
  kind: QuoteKind;
}

/** An entity mention resolved to a corpus-wide entity id (the entity pass produces these). */
export interface ResolvedMention {
  start: number;
  end: number;
  entityId: string;
  type: 'person' | 'organization' | 'place';
}

/** Who said a quotation: an entity id or null, and the text that named the speaker ("" if none). */
export interface Attribution {
  speaker: string | null;
  speakerText: string;
}

/** A place in a document that belongs to a cluster. */
export interface ClusterMember {
  doc: string;
  start: number;
  end: number;
}

/** The same statement reported in several documents; the id is stable across runs. */
export interface QuoteCluster {
  id: string;
  members: ClusterMember[];
}

/** A statement reported without marks that paraphrases a marked quotation in another document. */
export interface UnmarkedQuote {
  doc: string;
  start: number;
  end: number;
  kind: QuoteKind;
}

/** Two places found to report the same statement, how (exact, partial, paraphrase) and how closely (0 to 1). */
export interface QuoteLink {
  a: ClusterMember;
  b: ClusterMember;
  kind: 'exact' | 'partial' | 'paraphrase';
  score: number;
}

/** The linker's answer: clusters over the corpus, the unmarked statements it found, and the links behind the clusters. */
export interface LinkResult {
  clusters: QuoteCluster[];
  unmarked: UnmarkedQuote[];
  links: QuoteLink[];
}
