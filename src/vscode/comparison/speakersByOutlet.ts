import * as vscode from 'vscode';
import { speakerOutletTreeSteps } from '../../core/comparison/speakerOutletTree';
import { quotesIn, speakerTable, speakerTableCsv, type SpeakerTable } from '../../core/comparison/speakerTable';
import { oneLine, truncate } from '../../core/views/text';
import { Commands, Views } from '../ids';
import { NodeTree } from '../views/nodeTree';
import type { Services } from '../services';
import { loadPages } from './loadPages';
import { nonce } from './webviewNonce';

/**
 * Who Quotes Whom: a view of speakers against outlets (speaker, outlet with its count, the
 * quotations), a heat map of the same table in a webview, and an export of the table to CSV.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services): NodeTree {
  const tree = new NodeTree(Views.speakersByOutlet, () => speakerOutletTreeSteps(analysis.index));
  let panel: vscode.WebviewPanel | undefined;
  let table: SpeakerTable | undefined;
  const render = () => {
    if (!panel) return;
    table = speakerTable(analysis.index);
    panel.webview.html = loadPages(context.extensionUri).heatMapHtml(table, nonce());
  };
  const showHeatMap = () => {
    if (!panel) {
      panel = vscode.window.createWebviewPanel('marginalia.speakersByOutlet', 'Who Quotes Whom', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((m: { type?: string; row?: number; col?: number }) => {
        const row = m.type === 'cell' && table ? table.rows[m.row ?? -1] : undefined;
        const ids = row ? quotesIn(row, m.col ?? -1) : undefined;
        if (ids?.length && table) void pickQuotation([...ids], `${table.rows[m.row!].speaker} in ${table.outlets[m.col!]}`);
      });
    } else panel.reveal();
    render();
    return table;
  };
  const pickQuotation = async (ids: string[], title: string) => {
    const items = ids.map((id) => analysis.index.quote(id)!).filter(Boolean).map((q) => ({ label: `“${truncate(oneLine(q.text), 100)}”`, description: analysis.index.label(q.doc), quote: q }));
    const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Choose a quotation to open') });
    if (picked) await vscode.commands.executeCommand(Commands.openLocation, picked.quote.doc, picked.quote.start, picked.quote.end);
  };
  const exportCsv = async (target?: vscode.Uri) => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, 'who-quotes-whom.csv'),
      filters: { CSV: ['csv'] },
      title: 'Export Who Quotes Whom as CSV',
    });
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(speakerTableCsv(speakerTable(analysis.index))));
    if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(vscode.l10n.t('Saved the speakers-by-outlet table to {0}.', vscode.workspace.asRelativePath(uri)));
    return uri;
  };
  context.subscriptions.push(
    tree,
    analysis.onDidChange(() => {
      tree.refresh();
      render();
    }),
    vscode.commands.registerCommand(Commands.showSpeakersByOutlet, showHeatMap),
    vscode.commands.registerCommand(Commands.exportSpeakersByOutlet, exportCsv),
    { dispose: () => panel?.dispose() },
  );
  return tree;
}
