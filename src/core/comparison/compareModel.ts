import type { Quote } from '../analysis/model';
import type { AnalysisIndex } from '../views/analysisIndex';
import { wordDiff, type DiffSegment } from '../views/wordDiff';
import type { Finding } from './findings';

/** One outlet's version of a statement, as Compare Sources shows it. */
export interface ComparedVersion {
  quoteId: string;
  doc: string;
  label: string;
  outlet?: string;
  date?: string;
  /** The speaker as this outlet gives it, and the words it named them by when they differ. */
  speaker: string;
  speakerAs?: string;
  text: string;
  marked: boolean;
  kind: Quote['kind'];
  /** The text's segments against each version in turn (`against[i]` diffs against version i). */
  against: DiffSegment[][];
}

/** Every version of one statement, the version first compared against, and the findings on it. */
export interface Comparison {
  cluster?: string;
  versions: ComparedVersion[];
  base: number;
  findings: string[];
}

/**
 * The model of Compare Sources for a quotation: every quotation of its statement, ordered by date
 * then label (undated last), each diffed against every other, with the given quotation as the base.
 */
export function comparison(index: AnalysisIndex, quoteId: string, found: readonly Finding[] = []): Comparison | undefined {
  const quote = index.quote(quoteId);
  if (!quote) return undefined;
  const keys = new Map(index.clusterMembers(quote).map((q) => [q, order(index, q)]));
  const members = [...keys.keys()].sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0));
  const versions = members.map((q): ComparedVersion => {
    const doc = index.document(q.doc);
    const speaker = index.speakerName(q);
    const named = q.speakerText.trim();
    return {
      quoteId: q.id, doc: q.doc, label: index.label(q.doc), outlet: doc?.outlet, date: doc?.date,
      speaker, speakerAs: named && named !== speaker ? named : undefined,
      text: q.text, marked: q.marked, kind: q.kind,
      against: members.map((other) => (other === q ? [{ text: q.text, changed: false }] : wordDiff(other.text, q.text))),
    };
  });
  return {
    cluster: quote.cluster ?? undefined,
    versions,
    base: members.indexOf(quote),
    findings: found.filter((f) => f.cluster === quote.cluster).map((f) => f.message),
  };
}

function order(index: AnalysisIndex, quote: Quote): string {
  const doc = index.document(quote.doc);
  // "~" sorts after every digit, so undated versions come last.
  return `${doc?.date ?? '~'}\u0000${index.label(quote.doc)}\u0000${String(quote.start).padStart(9, '0')}`;
}
