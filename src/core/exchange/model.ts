/**
 * What the exchange formats read and write: a workspace's documents with their placed annotations,
 * its codebook and, optionally, its quotations. Positions are Unicode code points, `end` exclusive,
 * as REFI-QDA and the W3C Web Annotation model count them.
 */
import type { TagInfo } from '../annotations';

/** One tagged passage of a document, placed in the document's current text. */
export interface ExchangePassage {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  tags: string[];
  note?: string;
  created: string;
  modified: string;
}

/** A quotation the analysis found, for `--include-analysis`. */
export interface ExchangeQuote {
  id: string;
  start: number;
  end: number;
  text: string;
  /** The speaker's name, or undefined when no speaker was found. */
  speaker?: string;
  kind: 'full' | 'fragment';
  /** The id of the cross-outlet statement this quotation belongs to. */
  cluster?: string;
}

/** One source document with what is exported about it. */
export interface ExchangeDocument {
  /** The path relative to the workspace folder, with `/`. */
  path: string;
  text: string;
  outlet?: string;
  passages: ExchangePassage[];
  quotes: ExchangeQuote[];
}

/** Everything an export writes. */
export interface ExchangeWorkspace {
  /** A name for the project (the folder's name). */
  name: string;
  documents: ExchangeDocument[];
  /** The codebook's tags by full name, in file order. */
  codebook: Map<string, TagInfo>;
  /** Whether quotations were collected (`--include-analysis`). */
  includeAnalysis: boolean;
}

/** One thing an import could not take in, with what to do about it; `line` when it comes from a file line. */
export interface ExchangeIssue {
  item: string;
  message: string;
  line?: number;
}
