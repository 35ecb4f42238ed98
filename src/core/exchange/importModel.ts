import { ExchangeIssue } from './model';

/** A tagged passage read from a file, before it is matched to a workspace document. */
export interface ImportItem {
  /** The GUID (or id) the file gives it; the imported annotation's id derives from it. */
  guid: string;
  /** How the file names its source document (a path, a file name or an IRI). */
  source: string;
  /** The source's text as the file carries it, when it does (REFI-QDA `sources/`). */
  sourceText?: string;
  /** Code points, `end` exclusive. */
  start: number;
  end: number;
  /** The quoted text and its context, when the file gives them (W3C TextQuoteSelector). */
  exact?: string;
  prefix?: string;
  suffix?: string;
  tags: string[];
  note?: string;
  created?: string;
  modified?: string;
  line?: number;
}

/** A code read from a file, as a tag: its full path and what the codebook should say about it. */
export interface ImportCode {
  tag: string;
  color?: string;
  description?: string;
  line?: number;
}

/** Everything a file offers for import, and what could not be read from it item by item. */
export interface ImportInput {
  codes: ImportCode[];
  items: ImportItem[];
  issues: ExchangeIssue[];
  /** What was left out on purpose, for the report (not a problem). */
  notes?: string[];
}

/** A file that cannot be imported at all (it does not parse or breaks the schema); nothing is written. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** The file inside an archive the line belongs to (`project.qde`). */
    readonly part?: string,
  ) {
    super(message);
  }
}
