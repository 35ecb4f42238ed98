import * as vscode from 'vscode';
import type { Quote } from '../../core/analysis/model';
import { quotationInDocument, relatedQuotation, type Direction } from '../../core/views/navigation';
import { toCorpusPath } from '../adapter';
import type { AnalysisService } from '../analysis/analysisService';
import { Commands } from '../ids';
import { analysedDocument, type Services } from '../services';

/** Where a command acts: a quotation id, or a document URI and offset; the active editor's cursor by default. */
export interface Target {
  quoteId?: string;
  uri?: string | vscode.Uri;
  offset?: number;
}

/** A span a command moved to, returned so scripts and tests can check where it landed. */
export interface Landing {
  quoteId?: string;
  doc: string;
  start: number;
  end: number;
}

/** Opening locations, and moving between quotations: related ones across documents, and within one document. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const open = (doc: string, start: number, end: number) => openLocation(analysis, doc, start, end);
  const related = (direction: Direction) => async (target?: Target) => {
    const quote = quoteAt(analysis, target);
    if (!quote) return void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor in a quotation to go to the same statement in other sources.'));
    const next = relatedQuotation(analysis.index, quote, direction);
    if (!next) return void vscode.window.showInformationMessage(vscode.l10n.t('No other source reports this quotation.'));
    return { quoteId: next.id, ...(await open(next.doc, next.start, next.end)) };
  };
  const inDocument = (direction: Direction) => async (target?: Target) => {
    const where = position(analysis, target);
    const next = where && quotationInDocument(analysis.index, where.doc, where.offset, direction);
    if (!next) return void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia found no quotation in this document.'));
    return { quoteId: next.id, ...(await open(next.doc, next.start, next.end)) };
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openLocation, open),
    vscode.commands.registerCommand(Commands.nextRelatedQuotation, related('next')),
    vscode.commands.registerCommand(Commands.previousRelatedQuotation, related('previous')),
    vscode.commands.registerCommand(Commands.nextQuotation, inDocument('next')),
    vscode.commands.registerCommand(Commands.previousQuotation, inDocument('previous')),
    vscode.commands.registerCommand(Commands.showRelatedQuotations, (target?: Target) => showRelated(analysis, target)),
  );
}

/** Opens a corpus document with [start, end) selected and in view. */
async function openLocation(analysis: AnalysisService, doc: string, start: number, end: number): Promise<Landing> {
  const { uri, range } = analysis.location(doc, start, end);
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { doc, start, end };
}

/** Peeks, from the quotation, every other quotation of the same statement; returns how many. */
async function showRelated(analysis: AnalysisService, target?: Target): Promise<number> {
  const quote = quoteAt(analysis, target);
  const others = quote ? analysis.index.related(quote) : [];
  if (!quote || others.length === 0) {
    const message = quote ? vscode.l10n.t('No other source reports this quotation.') : vscode.l10n.t('Place the cursor in a quotation to see it in other sources.');
    void vscode.window.showInformationMessage(message);
    return 0;
  }
  const here = analysis.location(quote.doc, quote.start, quote.end);
  const editor = await vscode.window.showTextDocument(here.uri, { selection: here.range, preserveFocus: false });
  const locations = others.map((q) => analysis.location(q.doc, q.start, q.end));
  await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, here.range.start, locations, 'peek');
  return locations.length;
}

/** The analysed document and offset a command acts on: the target's, else the active editor's cursor. */
function position(analysis: AnalysisService, target?: Target): { doc: string; offset: number } | undefined {
  if (target?.uri !== undefined) {
    const uri = typeof target.uri === 'string' ? vscode.Uri.parse(target.uri) : target.uri;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // An offset into an open document is an offset into its current text, mapped across unsaved edits.
    const found = open && analysedDocument(analysis, open);
    const offset = found ? found.offsetAt(open!.positionAt(target.offset ?? 0)) : target.offset ?? 0;
    return offset === undefined ? undefined : { doc: toCorpusPath(uri), offset };
  }
  const editor = vscode.window.activeTextEditor;
  const found = editor && analysedDocument(analysis, editor.document);
  const offset = found?.offsetAt(editor!.selection.active);
  return found && offset !== undefined ? { doc: found.doc, offset } : undefined;
}

function quoteAt(analysis: AnalysisService, target?: Target): Quote | undefined {
  if (target?.quoteId) return analysis.index.quote(target.quoteId);
  const where = position(analysis, target);
  return where && analysis.index.quoteAt(where.doc, where.offset);
}
