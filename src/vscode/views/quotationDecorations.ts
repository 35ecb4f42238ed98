import * as vscode from 'vscode';
import { Colors } from '../ids';
import { analysedDocument, onSettingChange, setting, type Services } from '../services';

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
    if (!found) return editor.setDecorations(decoration, []);
    const ranges = found.index.quotesIn(found.doc).flatMap((q) => found.rangeOf(q.start, q.end) ?? []);
    editor.setDecorations(decoration, ranges);
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
  context.subscriptions.push(
    decoration,
    analysis.onDidChange(paintAll),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    onSettingChange(['decorations.quotations'], paintAll),
  );
}
