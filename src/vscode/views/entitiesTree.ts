import * as vscode from 'vscode';
import { entityTree, entityNodePath } from '../../core/views/entityTree';
import { Commands, Views } from '../ids';
import { NodeTree } from './nodeTree';
import type { Services } from '../services';

/** Where to reveal an entity: a document offset selects that mention rather than the entity. */
interface RevealEntityOptions {
  doc?: string;
  offset?: number;
  ifVisible?: boolean;
  focus?: boolean;
}

/** The Entities view, and the command that reveals an entity (or one of its mentions) in it. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): NodeTree {
  const tree = new NodeTree(Views.entities, () => entityTree(analysis.index, analysis.textOf));
  context.subscriptions.push(
    tree,
    analysis.onDidChange(() => tree.refresh()),
    vscode.commands.registerCommand(Commands.revealEntity, async (entityId: string, options: RevealEntityOptions = {}) => {
      const entity = analysis.index.entity(entityId);
      if (!entity) return false;
      const mention = entity.mentions.find((m) => m.doc === options.doc && m.start <= (options.offset ?? -1) && (options.offset ?? -1) <= m.end);
      return tree.reveal(entityNodePath(entity, mention), { focus: options.focus ?? !options.ifVisible, ifVisible: options.ifVisible });
    }),
  );
  return tree;
}
