import * as vscode from 'vscode';
import { quotationNodePath, quotationTreeSteps, type QuotationGrouping } from '../../core/views/quotationTree';
import { Commands, ContextKeys, Views } from '../ids';
import { NodeTree } from './nodeTree';
import type { Services } from '../services';

const GROUPING_KEY = 'marginalia.quotationGrouping';

/** The Quotations view with its speaker/statement toggle, and the command that reveals a quotation in it. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): NodeTree {
  let grouping = context.workspaceState.get<QuotationGrouping>(GROUPING_KEY, 'speaker');
  const tree = new NodeTree(Views.quotations, () => quotationTreeSteps(analysis.index, grouping));
  const setGrouping = (value: QuotationGrouping) => {
    grouping = value;
    void context.workspaceState.update(GROUPING_KEY, value);
    void vscode.commands.executeCommand('setContext', ContextKeys.quotationGrouping, value);
    tree.refresh();
    return value;
  };
  setGrouping(grouping);
  context.subscriptions.push(
    tree,
    analysis.onDidChange(() => tree.refresh()),
    vscode.commands.registerCommand(Commands.groupQuotationsBySpeaker, () => setGrouping('speaker')),
    vscode.commands.registerCommand(Commands.groupQuotationsByStatement, () => setGrouping('statement')),
    vscode.commands.registerCommand(Commands.revealQuotation, async (quoteId: string, options: { ifVisible?: boolean; focus?: boolean } = {}) => {
      const quote = analysis.index.quote(quoteId);
      if (!quote) return false;
      const path = quotationNodePath(analysis.index, quote, grouping);
      return tree.reveal(path, { focus: options.focus ?? !options.ifVisible, ifVisible: options.ifVisible });
    }),
  );
  return tree;
}
