import * as vscode from 'vscode';
import type { EntityType } from '../../core/analysis/model';
import { documentSymbols, workspaceSymbols } from '../../core/views/symbols';
import { analysedDocument, DOCUMENT_SELECTOR, type Services } from '../services';

// Go to Symbol in Workspace shows at most this many results; the user narrows them by typing.
const WORKSPACE_LIMIT = 500;

// VS Code has no symbol kinds for people or places; these pick icons that read well in the list.
const KINDS: Record<EntityType | 'quotation', vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Struct,
  place: vscode.SymbolKind.Package,
  quotation: vscode.SymbolKind.String,
};

/** The Outline and breadcrumbs list a document's quotations by speaker; Go to Symbol in Workspace finds entities and quotations. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const documentProvider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      const found = analysedDocument(analysis, document);
      if (!found) return undefined;
      return documentSymbols(found.index, found.doc).flatMap((speaker) => {
        const range = found.rangeOf(speaker.start, speaker.end);
        const at = found.rangeOf(speaker.start, speaker.start);
        if (!range || !at) return [];
        const symbol = new vscode.DocumentSymbol(speaker.name, speaker.detail, vscode.SymbolKind.Object, range, at);
        symbol.children = speaker.quotations.flatMap((q) => {
          const quoteRange = found.rangeOf(q.start, q.end);
          return quoteRange ? [new vscode.DocumentSymbol(q.name, q.detail, vscode.SymbolKind.String, quoteRange, quoteRange)] : [];
        });
        return [symbol];
      });
    },
  };
  const workspaceProvider: vscode.WorkspaceSymbolProvider = {
    provideWorkspaceSymbols(query) {
      return workspaceSymbols(analysis.index, query, WORKSPACE_LIMIT).map(
        (s) => new vscode.SymbolInformation(s.name, KINDS[s.kind], s.container, analysis.location(s.location.doc, s.location.start, s.location.end)),
      );
    },
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(DOCUMENT_SELECTOR, documentProvider, { label: vscode.l10n.t('Quotations') }),
    vscode.languages.registerWorkspaceSymbolProvider(workspaceProvider),
  );
}
