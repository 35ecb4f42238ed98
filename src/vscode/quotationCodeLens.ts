import * as vscode from 'vscode';
import { quoteLensTitle } from '../core/views/lensAndStatus';
import { isSpeech } from '../core/views/quotationTree';
import { Commands } from './ids';
import { analysedDocument, DOCUMENT_SELECTOR, onSettingChange, setting, type Services } from './services';

/** A CodeLens above each full quotation and each reported fragment: "Speaker · N other sources", which peeks the related ones. */
export function register(context: vscode.ExtensionContext, { analysis, timings }: Services): void {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses: (document) => timings.measure('codeLens', () => lenses(document)),
  };
  function lenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!setting<boolean>('codeLens.enabled', true)) return [];
    const found = analysedDocument(analysis, document);
    if (!found) return [];
    const { index, doc } = found;
    return index.quotesIn(doc).flatMap((quote) => {
      const related = index.related(quote).length > 0;
      // A lens for every scare-quoted word would bury the line under repeated names: fragments
      // get one only when other sources report them too.
      if (quote.kind === 'fragment' && !related) return [];
      // A quoted title (a book, a show, a slogan) is nobody's speech: no speaker lens.
      if (!isSpeech(quote)) return [];
      const range = found.rangeOf(quote.start, quote.start);
      if (!range) return [];
      return new vscode.CodeLens(range, {
        title: quoteLensTitle(index, quote),
        tooltip: related ? 'Peek the other sources that report this statement' : 'Show in the Quotations view',
        command: related ? Commands.showRelatedQuotations : Commands.revealQuotation,
        arguments: related ? [{ quoteId: quote.id }] : [quote.id],
      });
    });
  }
  context.subscriptions.push(
    changed,
    vscode.languages.registerCodeLensProvider(DOCUMENT_SELECTOR, provider),
    analysis.onDidChange(() => changed.fire()),
    onSettingChange(['codeLens.enabled'], () => changed.fire()),
  );
}
