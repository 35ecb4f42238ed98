import * as vscode from 'vscode';
import { corpusStatus } from '../../core/views/lensAndStatus';
import { Commands } from '../ids';
import type { Services } from '../services';

/** A status-bar item with the corpus counts (and, after indexing was stopped, how many articles it covers) that opens the Marginalia views. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const item = vscode.window.createStatusBarItem('marginalia.corpus', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Marginalia Corpus');
  item.command = Commands.showViews;
  const update = () => {
    const { analysis: result } = analysis.index;
    if (result.documents.length === 0) return item.hide();
    const { cancelled, found } = analysis.lastLoad;
    const status = corpusStatus(result, cancelled ? found : undefined);
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.show();
  };
  context.subscriptions.push(item, analysis.onDidChange(update));
}
