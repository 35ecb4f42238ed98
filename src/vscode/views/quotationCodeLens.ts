import * as vscode from 'vscode';
import type { Quote } from '../../core/analysis/model';
import type { AnalysisIndex } from '../../core/views/analysisIndex';
import { lensGroups, quoteLensTitle } from '../../core/views/lensAndStatus';
import { isSpeech } from '../../core/views/quotationTree';
import { Commands } from '../ids';
import { analysedDocument, DOCUMENT_SELECTOR, onSettingChange, setting, type Services } from '../services';

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
    // A lens for every scare-quoted word would bury the line under repeated names: fragments
    // get one only when other sources report them too.
    // A quoted title (a book, a show, a slogan) is nobody's speech: no speaker lens.
    const shown = index.quotesIn(doc).filter((quote) => isSpeech(quote) && (quote.kind === 'full' || index.related(quote).length > 0));
    const placed = shown.flatMap((quote) => {
      const range = found.rangeOf(quote.start, quote.start);
      return range ? [{ quote, range }] : [];
    });
    const rangeOf = new Map(placed.map(({ quote, range }) => [quote, range]));
    const groups = lensGroups(index, placed.map((p) => p.quote), (quote) => rangeOf.get(quote)!.start.line);
    return groups.flatMap((group) => {
      // One lens per speaker and line; it peeks the first of the group that other sources report.
      const quote = group.find((q) => index.related(q).length > 0) ?? group[0];
      const related = index.related(quote).length > 0;
      const range = rangeOf.get(group[0])!;
      const lens = new vscode.CodeLens(range, {
        title: quoteLensTitle(index, quote),
        tooltip: related
          ? vscode.l10n.t('Peek the other sources that report this statement: {0}', otherLabels(index, quote))
          : vscode.l10n.t('Show in the Quotations view'),
        command: related ? Commands.showRelatedQuotations : Commands.revealQuotation,
        arguments: related ? [{ quoteId: quote.id }] : [quote.id],
      });
      if (!related) return [lens];
      const compare = {
        title: `$(diff) ${vscode.l10n.t('Compare sources')}`,
        tooltip: vscode.l10n.t("Every outlet's version of this statement side by side"), command: Commands.compareSources, arguments: [{ quoteId: quote.id }] };
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
