/**
 * The annotation store's data model. Positions saved in files are Unicode code points (as the W3C
 * Web Annotation model and REFI-QDA intend); positions handed to the editor are UTF-16 offsets.
 */

/** The sidecar format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** Where an annotation sits: a W3C text-quote selector plus a text-position selector in code points. */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** Set for a target written by hand with only its quote: no context or position to compare yet. */
  loose?: true;
}

/** A correction of what the analysis found; corrections are annotations like any other. */
export type Correction =
  | { type: 'speaker'; speaker: string }
  | { type: 'not-a-quote' }
  | { type: 'same-entity'; entities: string[] }
  | { type: 'unlink' }
  | { type: 'dismiss'; finding: 'attribution' | 'wording' };

/** One annotation as stored in a sidecar; `orphaned` marks one that could not be placed in the text. */
export interface Annotation {
  id: string;
  tags: string[];
  note?: string;
  created: string;
  modified: string;
  target: TextTarget;
  correction?: Correction;
  orphaned?: true;
}

/** The content of one sidecar file. */
export interface Sidecar {
  version: number;
  source: string;
  textHash: string;
  annotations: Annotation[];
}

/** An annotation placed in the current text, with UTF-16 offsets (`end` exclusive) for the editor. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
  /** Set when another place matched nearly as well: shown for review, and its stored target is kept until confirmed. */
  review?: true;
}

/** A file that could not be used, with the 1-based line the reason applies to. */
export interface Problem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The fields a caller may change on an existing annotation; `undefined` leaves a field alone. */
export interface AnnotationPatch {
  tags?: string[];
  note?: string | null;
  correction?: Correction | null;
}

/** What a caller supplies to create an annotation over [start, end) of the current text (UTF-16). */
export interface NewAnnotation {
  start: number;
  end: number;
  tags?: string[];
  note?: string;
  correction?: Correction;
}

/** One replacement in a document's text, in UTF-16 offsets of the text before the change. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}
