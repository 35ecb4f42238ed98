import * as vscode from 'vscode';
import { topicTree } from '../../core/views/topicTree';
import { Views } from '../ids';
import { NodeTree } from './nodeTree';
import type { Services } from '../services';

/** The Topics view: topic, document, passage. */
export function register(context: vscode.ExtensionContext, { analysis }: Services): NodeTree {
  const tree = new NodeTree(Views.topics, () => topicTree(analysis.index, analysis.textOf));
  context.subscriptions.push(tree, analysis.onDidChange(() => tree.refresh()));
  return tree;
}
