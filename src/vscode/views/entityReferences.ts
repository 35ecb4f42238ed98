import * as vscode from 'vscode';
import { analysedDocument, DOCUMENT_SELECTOR, type Services } from '../services';

/** Go to References on an entity mention lists every mention of that entity in the corpus. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const provider: vscode.ReferenceProvider = {
    provideReferences(document, position, options) {
      const found = analysedDocument(analysis, document);
      const offset = found?.offsetAt(position);
      const hit = found && offset !== undefined ? found.index.mentionAt(found.doc, offset) : undefined;
      if (!found || !hit) return undefined;
      const mentions = options.includeDeclaration ? hit.entity.mentions : hit.entity.mentions.filter((m) => m !== hit.mention);
      return mentions.flatMap((m) => {
        // Mentions in this document follow its unsaved edits; other documents are as analysed.
        if (m.doc !== found.doc) return [analysis.location(m.doc, m.start, m.end)];
        const range = found.rangeOf(m.start, m.end);
        return range ? [new vscode.Location(document.uri, range)] : [];
      });
    },
  };
  context.subscriptions.push(vscode.languages.registerReferenceProvider(DOCUMENT_SELECTOR, provider));
}
