import * as vscode from 'vscode';
import type { Quote } from '../../core/analysis/model';
import { comparison, type Comparison } from '../../core/comparison/compareModel';
import { toCorpusPath } from '../adapter';
import type { AnalysisService } from '../analysis/analysisService';
import { Commands } from '../ids';
import { analysedDocument, type Services } from '../services';
import type { FindingsFeature } from './findingsDiagnostics';
import { loadPages } from './loadPages';
import { nonce } from './webviewNonce';

/** Where Compare Sources starts: a quotation id (hover, CodeLens, tree item), else the cursor. */
interface CompareTarget {
  quoteId?: string;
  uri?: string | vscode.Uri;
  offset?: number;
}

/**
 * Compare Sources: one webview panel showing every outlet's version of a statement, reused from
 * one command to the next and redrawn when the analysis changes. Returns the model it shows.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services, findings: FindingsFeature): void {
  let panel: vscode.WebviewPanel | undefined;
  let shownQuote: string | undefined;
  const render = (): Comparison | undefined => {
    if (!panel || !shownQuote) return undefined;
    const model = comparison(analysis.index, shownQuote, findings.current());
    if (!model) {
      panel.webview.html = '';
      return undefined;
    }
    panel.title = `Compare Sources (${model.versions.length})`;
    panel.webview.html = loadPages(context.extensionUri).compareHtml(model, nonce());
    return model;
  };
  const open = (target?: CompareTarget): Comparison | undefined => {
    const quote = quoteFor(analysis, target);
    if (!quote) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor in a quotation, or choose one in the Quotations view, to compare how the sources report it.'));
      return undefined;
    }
    shownQuote = quote.id;
    if (!panel) {
      panel = vscode.window.createWebviewPanel('marginalia.compareSources', 'Compare Sources', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((message: { type?: string; quoteId?: string }) => {
        const q = message.type === 'open' && message.quoteId ? analysis.index.quote(message.quoteId) : undefined;
        if (q) void vscode.commands.executeCommand(Commands.openLocation, q.doc, q.start, q.end);
      });
    } else panel.reveal(vscode.ViewColumn.Beside);
    return render();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.compareSources, open),
    analysis.onDidChange(() => void render()),
    findings.onDidChange(() => void render()),
    { dispose: () => panel?.dispose() },
  );
}

function quoteFor(analysis: AnalysisService, target?: CompareTarget): Quote | undefined {
  if (target?.quoteId) return analysis.index.quote(target.quoteId);
  if (target?.uri !== undefined) {
    const uri = typeof target.uri === 'string' ? vscode.Uri.parse(target.uri) : target.uri;
    return analysis.index.quoteAt(toCorpusPath(uri), target.offset ?? 0);
  }
  const editor = vscode.window.activeTextEditor;
  const found = editor && analysedDocument(analysis, editor.document);
  const offset = found?.offsetAt(editor!.selection.active);
  return found && offset !== undefined ? found.index.quoteAt(found.doc, offset) : undefined;
}
