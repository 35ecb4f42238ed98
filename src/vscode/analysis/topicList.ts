import * as vscode from 'vscode';
import type { TopicDefinition } from '../../core/analysis/findTopics';
import { parseTopicList, TOPIC_LIST_FILE } from '../../core/analysis/topicList';
import { watchFolderFiles } from '../workspace/folderFiles';
import type { Services } from '../services';

/**
 * Reads each workspace folder's own topic list (`marginalia.topics.yaml` at its root), which refines
 * the topics derived from the corpus, and analyses again whenever one is created, changed or
 * deleted; the analysis uses the topics of every folder's list. Problems in a list are shown in the
 * Problems panel on its file; the rest of the list still applies.
 */
export function register(context: vscode.ExtensionContext, { analysis, log }: Services): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('marginalia-topics');
  context.subscriptions.push(diagnostics);
  const topicsByFile = new Map<string, TopicDefinition[]>();
  // Until a list is read for the first time, a missing one changes nothing and starts no analysis.
  const seen = new Set<string>();
  watchFolderFiles(context, TOPIC_LIST_FILE, (files, changed) => {
    const key = changed.uri.toString();
    const initial = !seen.has(key);
    seen.add(key);
    if (changed.text === undefined && initial) return;
    const { topics, problems } = changed.text === undefined ? { topics: [], problems: [] } : parseTopicList(changed.text);
    diagnostics.set(changed.uri, problems.map((p) => new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `${TOPIC_LIST_FILE}: ${p}`, vscode.DiagnosticSeverity.Warning)));
    log.info(`Topic list ${changed.text === undefined ? 'removed' : `read: ${changed.uri.path}: ${topics.length} topics`}.`);
    topicsByFile.set(key, topics);
    void analysis.setTopics(files.flatMap((f) => topicsByFile.get(f.uri.toString()) ?? [])).catch(() => undefined);
  });
}
