import * as vscode from 'vscode';
import { findChild } from '../../core/views/paging';
import type { ViewNode } from '../../core/views/viewNode';
import { Commands } from '../ids';
import type { Steps } from '../../core/views/steps';
import { inSteps, laterTurn } from '../laterTurn';

/**
 * A TreeDataProvider over the core's ViewNode models. It remembers the nodes it has built, so
 * `getParent` works and `reveal` can walk a path of ids down from the roots.
 */
export class NodeTree implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  // Fires each time VS Code has fetched the top level, so a reveal it dropped can be made again.
  private readonly fetchedRoots = new vscode.EventEmitter<void>();
  readonly view: vscode.TreeView<ViewNode>;
  private roots?: ViewNode[];
  private rootsSoon?: Promise<ViewNode[]>;
  // Counts refreshes, so that a top level still being built for an older analysis is let go.
  private generation = 0;
  // Keyed by the node itself, not its id: VS Code may still read a node of the tree before a refresh,
  // whose children come from the old analysis, and those must not stand in for the new node's.
  private children = new WeakMap<ViewNode, ViewNode[]>();
  private parents = new WeakMap<ViewNode, ViewNode>();

  /** `build` gives the top level; a large one is given in steps, and built a slice at a time. */
  constructor(viewId: string, private readonly build: () => ViewNode[] | Steps<ViewNode[]>) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
  }

  /** Forgets every node and asks VS Code to read the tree again. */
  refresh(): void {
    this.generation++;
    this.roots = undefined;
    this.rootsSoon = undefined;
    this.children = new WeakMap();
    this.parents = new WeakMap();
    this.emitter.fire();
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = node.contextValue;
    if (node.location) {
      const { doc, start, end } = node.location;
      item.command = { command: Commands.openLocation, title: 'Open', arguments: [doc, start, end] };
    }
    return item;
  }

  getChildren(node?: ViewNode): ViewNode[] | Promise<ViewNode[]> {
    if (!node) queueMicrotask(() => this.fetchedRoots.fire());
    return node ? this.childrenOf(node) : this.rootNodes();
  }

  /** The top level, built once per refresh. */
  private rootNodes(): ViewNode[] | Promise<ViewNode[]> {
    return this.roots ?? (this.rootsSoon ??= this.buildRoots());
  }

  private async buildRoots(): Promise<ViewNode[]> {
    const generation = this.generation;
    // VS Code asks for every visible tree at once after an analysis; building each top level in
    // turns of its own keeps their times from adding up into one long block of the event loop.
    await nextTurn();
    const built = this.build();
    const roots = Array.isArray(built) ? built : await inSteps(built, () => generation !== this.generation);
    if (!roots || generation !== this.generation) return [];
    return (this.roots = roots);
  }

  private childrenOf(node: ViewNode | undefined): ViewNode[] {
    if (!node) return this.roots ?? [];
    let list = this.children.get(node);
    if (!list) {
      list = node.children?.() ?? [];
      this.children.set(node, list);
      for (const child of list) this.parents.set(child, node);
    }
    return list;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return this.parents.get(node);
  }

  /** The node at the end of a path of ids from a root, building the nodes (and opening pages) on the way; the top level must be built. */
  private find(path: readonly string[]): ViewNode | undefined {
    let node: ViewNode | undefined;
    for (const id of path) {
      node = findChild((n) => this.childrenOf(n), node, id);
      if (!node) return undefined;
    }
    return node;
  }

  /** Selects the node at the end of the path, expanding its ancestors; false when it is not in the tree. */
  async reveal(path: readonly string[], options: { focus?: boolean; ifVisible?: boolean } = {}): Promise<boolean> {
    if (options.ifVisible && !this.view.visible) return false;
    for (let attempt = 1; ; attempt++) {
      // While VS Code is still fetching the top level after a refresh, revealing would register the
      // same nodes a second time ("already registered"); wait for that fetch to finish first.
      while (!this.roots) await this.rootNodes();
      const node = this.find(path);
      if (!node) return false;
      try {
        await this.view.reveal(node, { select: true, focus: options.focus ?? false, expand: false });
        if (attempt === 3 || this.view.selection.some((n) => n.id === node.id)) return true;
      } catch (err) {
        // VS Code refuses a reveal that overlaps its own fetch or refresh of the same nodes
        // ("already registered", "Cannot resolve tree item"): the same path goes through after it.
        if (attempt === 3 || !/already registered|Cannot resolve tree item/.test(String(err))) throw err;
      }
      // VS Code answered without selecting (its view was still being created or refreshed) or refused:
      // once it has fetched the top level again (a second at most when it had nothing to fetch), the
      // path is found anew, since a refresh rebuilds the nodes, and revealed again.
      await this.nextRootsFetch();
    }
  }

  private nextRootsFetch(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => (clearTimeout(timer), listener.dispose(), resolve());
      const listener = this.fetchedRoots.event(done);
      const timer = setTimeout(done, 1000);
    });
  }

  dispose(): void {
    this.view.dispose();
    this.emitter.dispose();
    this.fetchedRoots.dispose();
  }
}

let queue: Promise<void> = Promise.resolve();

/** Resolves in a later turn of the event loop than any earlier call's, one call per turn. */
function nextTurn(): Promise<void> {
  queue = queue.then(laterTurn);
  return queue;
}
