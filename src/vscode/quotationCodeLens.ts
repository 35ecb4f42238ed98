import * as vscode from 'vscode';
import type { Quote } from '../core/analysis/model';
import type { AnalysisIndex } from '../core/views/analysisIndex';
import { quoteLensTitle } from '../core/views/lensAndStatus';
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
      const range = found.rangeOf(quote.start, quote.start);
      if (!range) return [];
      const lens = new vscode.CodeLens(range, {
        title: quoteLensTitle(index, quote),
        tooltip: related ? `Peek the other sources that report this statement: ${otherLabels(index, quote)}` : 'Show in the Quotations view',
        command: related ? Commands.showRelatedQuotations : Commands.revealQuotation,
        arguments: related ? [{ quoteId: quote.id }] : [quote.id],
      });
      if (!related) return [lens];
      const compare = { title: '$(diff) Compare sources', tooltip: 'Every outlet\'s version of this statement side by side', command: Commands.compareSources, arguments: [{ quoteId: quote.id }] };
      return [lens, new vscode.CodeLens(range, compare)];
    });
  }
  context.subscriptions.push(
    changed,
    vscode.languages.registerCodeLensProvider(DOCUMENT_SELECTOR, provider),
    analysis.onDidChange(() => changed.fire()),
    onSettingChange(['codeLens.enabled'], () => changed.fire()),
  );
}

/** The labels of the other documents reporting a quotation's statement, for the lens tooltip. */
function otherLabels(index: AnalysisIndex, quote: Quote): string {
  return [...new Set(index.related(quote).map((q) => index.label(q.doc)))].join('; ');
}
