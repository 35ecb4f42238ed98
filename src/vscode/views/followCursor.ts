import * as vscode from 'vscode';
import { Commands, ContextKeys } from '../ids';
import { analysedDocument, setting, type Services } from '../services';

// Waiting this long after the cursor stops keeps the views still while the user types or drags.
const SETTLE_MS = 200;

/**
 * Sets the context keys that decide where quotation commands apply, and, when the setting allows,
 * reveals the quotation or entity under the cursor in whichever of the views is visible.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  let timer: NodeJS.Timeout | undefined;
  const update = (editor: vscode.TextEditor | undefined, reveal: boolean) => {
    const found = editor && analysedDocument(analysis, editor.document);
    const offset = found?.offsetAt(editor!.selection.active);
    const quote = offset === undefined ? undefined : found!.index.quoteAt(found!.doc, offset);
    const mention = offset === undefined ? undefined : found!.index.mentionAt(found!.doc, offset);
    void vscode.commands.executeCommand('setContext', ContextKeys.isDocument, found !== undefined);
    void vscode.commands.executeCommand('setContext', ContextKeys.atQuotation, quote !== undefined);
    void vscode.commands.executeCommand('setContext', ContextKeys.atRelatedQuotation, quote !== undefined && found!.index.related(quote).length > 0);
    if (!reveal || !setting<boolean>('views.followCursor', true)) return;
    if (quote) void vscode.commands.executeCommand(Commands.revealQuotation, quote.id, { ifVisible: true });
    if (mention && found) void vscode.commands.executeCommand(Commands.revealEntity, mention.entity.id, { doc: found.doc, offset, ifVisible: true });
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      clearTimeout(timer);
      // A cursor in an editor that is no longer the active one (closed, or left) reveals nothing.
      timer = setTimeout(() => e.textEditor === vscode.window.activeTextEditor && update(e.textEditor, true), SETTLE_MS);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      clearTimeout(timer);
      update(editor, false);
    }),
    analysis.onDidChange(() => update(vscode.window.activeTextEditor, false)),
    { dispose: () => clearTimeout(timer) },
  );
}
