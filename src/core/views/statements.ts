import type { Cluster, Quote } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import { wordDiff } from './wordDiff';
import { eachStep, runSteps, type Steps } from './steps';

/** The member that best represents a cluster: the longest quotation with marks, else the longest. */
export function representative(members: readonly Quote[]): Quote {
  const marked = members.filter((q) => q.marked);
  const pool = marked.length ? marked : members;
  return pool.reduce((best, q) => (q.text.length > best.text.length ? q : best));
}

/** True when a quotation words the statement differently from the representative, or reports it without marks. */
export function isParaphrase(quote: Quote, reference: Quote): boolean {
  if (!quote.marked) return true;
  return wordDiff(reference.text, quote.text).some((s) => s.changed);
}

/** A cross-source statement: its members, the member that represents it, and how many documents report it. */
export interface Statement {
  id: string;
  members: Quote[];
  representative: Quote;
  sources: number;
}

/** True when some member words the statement differently from its representative (computed on demand: it diffs words). */
export function hasParaphrases(statement: Statement): boolean {
  return statement.members.some((q) => q !== statement.representative && isParaphrase(q, statement.representative));
}

/** Every cluster as a Statement, those reported by the most sources first. */
export function statements(index: AnalysisIndex): Statement[] {
  return runSteps(statementsSteps(index));
}

// A cluster gathers its members and their documents: fewer of them than of quotations per step.
const CLUSTERS_PER_STEP = 64;

/** `statements` in steps, for the editor to build a slice at a time. */
export function* statementsSteps(index: AnalysisIndex): Steps<Statement[]> {
  const all: Statement[] = [];
  yield* eachStep(index.analysis.clusters, (cluster) => {
    const statement = statementOf(index, cluster);
    if (statement) all.push(statement);
  }, CLUSTERS_PER_STEP);
  return all.sort(byReach);
}

/** One cluster as a Statement; undefined when none of its quotations is in the index. */
export function statementOf(index: AnalysisIndex, cluster: Cluster): Statement | undefined {
  const first = cluster.quotes.map((id) => index.quote(id)).find((q) => q !== undefined);
  if (!first) return undefined;
  const members = index.clusterMembers(first);
  return { id: cluster.id, members, representative: representative(members), sources: new Set(members.map((q) => q.doc)).size };
}

/** The order of `statements`: reported by more sources, then with more members, then by id. */
export function byReach(a: Statement, b: Statement): number {
  return b.sources - a.sources || b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The number of documents other than the quote's own that report the same statement. */
export function otherSourceCount(index: AnalysisIndex, quote: Quote): number {
  return new Set(index.related(quote).map((q) => q.doc).filter((doc) => doc !== quote.doc)).size;
}
