import * as vscode from 'vscode';
import { entityHover } from '../../core/views/entityHover';
import type { HoverCommands } from '../../core/views/hoverCommands';
import { quoteHover } from '../../core/views/quoteHover';
import { Commands } from '../ids';
import { analysedDocument, DOCUMENT_SELECTOR, OWN_COMMANDS, setting, type Services } from '../services';

const HOVER_COMMANDS: HoverCommands = {
  openLocation: Commands.openLocation,
  revealEntity: Commands.revealEntity,
  revealQuotation: Commands.revealQuotation,
  nextRelated: Commands.nextRelatedQuotation,
  showRelated: Commands.showRelatedQuotations,
  compareSources: Commands.compareSources,
  tag: Commands.tagSelection,
  note: Commands.editNote,
};

/** Hover cards on quotations (speaker, other sources with differing words) and on entity mentions. */
export function register(context: vscode.ExtensionContext, { analysis, timings }: Services): void {
  const provider: vscode.HoverProvider = {
    provideHover: (document, position) => timings.measure('hover', () => provide(document, position)),
  };
  function provide(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!setting<boolean>('hover.enabled', true)) return undefined;
    const found = analysedDocument(analysis, document);
    if (!found) return undefined;
    const { index, doc } = found;
    const offset = found.offsetAt(position);
    if (offset === undefined) return undefined;
    const quote = index.quoteAt(doc, offset);
    const mention = index.mentionAt(doc, offset);
    const contents: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    if (mention) {
      contents.push(trusted(entityHover(index, mention.entity, HOVER_COMMANDS)));
      range = found.rangeOf(mention.mention.start, mention.mention.end);
    }
    if (quote) {
      contents.push(trusted(quoteHover(index, quote, HOVER_COMMANDS)));
      range = found.rangeOf(quote.start, quote.end) ?? range;
    }
    return contents.length ? new vscode.Hover(contents, range) : undefined;
  }
  context.subscriptions.push(vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, provider));
}

/** Markdown whose links may run Marginalia's own commands and nothing else; the core has escaped all document text. */
function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, true);
  md.isTrusted = { enabledCommands: OWN_COMMANDS };
  return md;
}
