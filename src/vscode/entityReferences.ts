import * as vscode from 'vscode';
import { analysedDocument, DOCUMENT_SELECTOR, type Services } from './services';

/** Go to References on an entity mention lists every mention of that entity in the corpus. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const provider: vscode.ReferenceProvider = {
    provideReferences(document, position, options) {
      const found = analysedDocument(analysis, document);
      const hit = found?.index.mentionAt(found.doc, document.offsetAt(position));
      if (!found || !hit) return undefined;
      const mentions = options.includeDeclaration ? hit.entity.mentions : hit.entity.mentions.filter((m) => m !== hit.mention);
      return mentions.map((m) => analysis.location(m.doc, m.start, m.end));
    },
  };
  context.subscriptions.push(vscode.languages.registerReferenceProvider(DOCUMENT_SELECTOR, provider));
}
