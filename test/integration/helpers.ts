import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import type { ViewNode } from '../../src/core/views/viewNode';

/** Activates Marginalia and waits until the workspace (a temporary copy of seeds/) has been analysed. */
export async function marginalia(): Promise<MarginaliaApi> {
  const extension = vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia');
  assert.ok(extension, 'the Marginalia extension is installed');
  const api = await extension.activate();
  await api.analysis.whenReady();
  return api;
}

/** The URI of a seed article, found by the start of its file name (for example "000"). */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`${prefix}*.txt`);
  assert.ok(uri, `a seed article starting with ${prefix}`);
  return uri;
}

/** Opens a seed article in an editor. */
export async function openSeed(prefix: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await seedUri(prefix));
}

/** The offset of a phrase in a document, found by searching its text (never a hard-coded number). */
export function offsetOf(document: vscode.TextDocument, phrase: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = document.getText().indexOf(phrase, at + 1);
  assert.ok(at >= 0, `"${phrase}" occurs in ${document.uri.path}`);
  return at;
}

/** The position a few characters into a phrase, where a user would rest the mouse. */
export function inside(document: vscode.TextDocument, phrase: string, nth = 0): vscode.Position {
  return document.positionAt(offsetOf(document, phrase, nth) + Math.min(3, phrase.length - 1));
}

/** The items of a tree, or of one of its nodes, as the view would show them. */
export async function items(tree: vscode.TreeDataProvider<ViewNode>, parent?: ViewNode): Promise<{ node: ViewNode; item: vscode.TreeItem }[]> {
  const nodes = (await tree.getChildren(parent)) ?? [];
  return Promise.all(nodes.map(async (node) => ({ node, item: await tree.getTreeItem(node) })));
}

/** The child whose label matches, failing with the labels present when none does. */
export async function child(tree: vscode.TreeDataProvider<ViewNode>, parent: ViewNode | undefined, label: string | RegExp) {
  const list = await items(tree, parent);
  const found = list.find(({ node }) => (typeof label === 'string' ? node.label === label : label.test(node.label)));
  assert.ok(found, `${String(label)} among ${list.map(({ node }) => node.label).join(', ')}`);
  return found;
}

/**
 * Waits until a condition holds, checking every 100 ms, for at most `ms`: generous, because on a
 * machine shared by several test runs an analysis after a debounce can take seconds to arrive.
 * `what` describes, on failure, the state the test saw last.
 */
export async function until(condition: () => boolean | Promise<boolean>, ms = 20_000, what?: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() >= deadline) assert.fail(`condition not met in time${what ? `: ${what()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The plain text of a hover's contents. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
