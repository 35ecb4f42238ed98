import * as vscode from 'vscode';
import { toRange } from './adapter';
import { Colors } from './ids';
import { analysedDocument, onSettingChange, setting, type Services } from './services';

/** Marks quotations subtly in visible editors with theme colours; a setting turns it off. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(Colors.quotationBackground),
    border: '0 0 1px 0',
    borderStyle: 'dotted',
    borderColor: new vscode.ThemeColor(Colors.quotationBorder),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const paint = (editor: vscode.TextEditor) => {
    if (!setting<boolean>('decorations.quotations', true)) return editor.setDecorations(decoration, []);
    const found = analysedDocument(analysis, editor.document);
    // A stale analysis leaves the existing marks alone: VS Code already moves them with the edits.
    if (!found) return;
    editor.setDecorations(decoration, found.index.quotesIn(found.doc).map((q) => toRange(editor.document, q.start, q.end)));
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  context.subscriptions.push(
    decoration,
    analysis.onDidChange(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    onSettingChange(['decorations.quotations'], paintAll),
  );
}
