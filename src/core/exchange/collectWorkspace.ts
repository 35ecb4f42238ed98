import type { CorpusAnalysis } from '../analysis/model';
import { AnnotationStore, CODEBOOK_FILE, describeTarget, FileSystem, OffsetMap } from '../annotations';
import { sidecarPathFor } from '../documents';
import { WorkspaceText } from './matchSource';
import { ExchangeDocument, ExchangeIssue, ExchangeQuote, ExchangeWorkspace } from './model';

/** What an export collects: the workspace, and what it had to leave out (orphans, unreadable sidecars). */
export interface CollectedWorkspace {
  workspace: ExchangeWorkspace;
  issues: ExchangeIssue[];
}

/**
 * Reads every document's annotations through the annotation store (sidecars placed against the
 * current texts) and the codebook, converting positions to code points. With an analysis, adds each
 * document's quotations with speaker names and statement clusters. Orphans and sidecars that do not
 * parse are left out and reported.
 */
export async function collectWorkspace(
  fs: FileSystem,
  name: string,
  documents: readonly (WorkspaceText & { outlet?: string })[],
  analysis?: CorpusAnalysis,
): Promise<CollectedWorkspace> {
  const store = new AnnotationStore({ fs, codebookPath: CODEBOOK_FILE });
  const issues: ExchangeIssue[] = [];
  const exported: ExchangeDocument[] = [];
  const quotesByDocument = analysis ? groupQuotes(analysis) : undefined;
  for (const document of documents) {
    await store.load(document.path, document.text);
    const problem = store.problems().find((p) => p.file === sidecarPathFor(document.path));
    if (problem) issues.push({ item: problem.file, line: problem.line, message: `does not parse (${problem.message}): its annotations were not exported; fix it and export again` });
    const orphans = store.orphans(document.path).length;
    if (orphans > 0) issues.push({ item: document.path, message: `${orphans} orphaned annotation(s) were not exported: re-attach them from the Tags view's Orphans (or run check --fix) and export again` });
    const map = new OffsetMap(document.text);
    const passages = store.anchored(document.path).map(({ annotation, start, end }) => {
      const target = describeTarget(map, start, end);
      return { id: annotation.id, start: target.start, end: target.end, text: target.exact, prefix: target.prefix, suffix: target.suffix, tags: annotation.tags, note: annotation.note, created: annotation.created, modified: annotation.modified };
    });
    exported.push({ path: document.path, text: document.text, outlet: document.outlet, passages, quotes: (quotesByDocument?.get(document.path) ?? []).map((q) => ({ ...q, start: map.toCodePoint(q.start), end: map.toCodePoint(q.end) })) });
    store.close(document.path);
  }
  const codebookProblem = store.codebook.problems()[0];
  if (codebookProblem) issues.push({ item: CODEBOOK_FILE, line: codebookProblem.line, message: `does not parse (${codebookProblem.message}): colours and descriptions were not exported` });
  return { workspace: { name, documents: exported, codebook: new Map(store.codebook.current().tags), includeAnalysis: analysis !== undefined }, issues };
}

/** Each document's quotations with speaker names, still in UTF-16 offsets; grouped once for the whole corpus. */
function groupQuotes(analysis: CorpusAnalysis): Map<string, ExchangeQuote[]> {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const byDocument = new Map<string, ExchangeQuote[]>();
  for (const q of analysis.quotes) {
    const quote: ExchangeQuote = {
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: (q.speaker && names.get(q.speaker)) || q.speakerText || undefined,
      kind: q.kind,
      cluster: q.cluster ?? undefined,
    };
    byDocument.set(q.doc, [...(byDocument.get(q.doc) ?? []), quote]);
  }
  return byDocument;
}
