import * as vscode from 'vscode';
import { TagNode } from '../../core/annotations';
import { prefixOf, toUri } from '../adapter';
import { AnnotationService, PlacedAnnotation } from './annotationService';
import { shortText } from './annotationTarget';
import { tagIcon } from './tagIcon';
import { InternalCommands } from '../ids';

/**
 * The elements of the Tags view. Each is shaped like the arguments of the commands its context
 * menu offers, so a passage row can be handed straight to Remove Tag... or Add/Edit Note....
 * `prefix` is the corpus-path prefix of the workspace folder a row belongs to ('' with one folder).
 */
export type TagsTreeElement =
  | { kind: 'folder'; prefix: string; name: string }
  | { kind: 'tag'; tag: string; node: TagNode; prefix: string }
  | { kind: 'passage'; uri: string; id: string; start: number; end: number; tags: string[]; placed: PlacedAnnotation }
  | { kind: 'orphans'; prefix: string }
  | { kind: 'orphan'; documentPath: string; id: string }
  | { kind: 'review'; prefix: string };

/**
 * The `marginalia.tags` view: the codebook as a tree with colours and counts, tagged passages, and
 * orphans. In a workspace of several folders each folder is a row of its own, with its own codebook.
 */
export class TagsTreeProvider implements vscode.TreeDataProvider<TagsTreeElement> {
  private readonly emitter = new vscode.EventEmitter<TagsTreeElement | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  private placedCache?: PlacedAnnotation[];

  constructor(
    private readonly service: AnnotationService,
    private readonly labelOf: (path: string) => string = (path) => path,
  ) {}

  /** Redraws the whole tree. */
  refresh(): void {
    this.placedCache = undefined;
    this.emitter.fire(undefined);
  }

  /** Forgets the tagged passages read for the last drawing, so the next read sees the store's change. */
  invalidate(): void {
    this.placedCache = undefined;
  }

  /** The tagged passages of a folder, read once per drawing rather than once per tree row. */
  private tagged(prefix: string): PlacedAnnotation[] {
    this.placedCache ??= this.service.allPlaced().filter((p) => p.annotation.tags.length > 0);
    return this.placedCache.filter((p) => p.documentPath.startsWith(prefix));
  }

  getChildren(element?: TagsTreeElement): TagsTreeElement[] {
    if (!element) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length <= 1) return this.folderChildren('');
      return folders.map((folder) => ({ kind: 'folder', prefix: prefixOf(folder), name: folder.name }));
    }
    if (element.kind === 'folder') return this.folderChildren(element.prefix);
    if (element.kind === 'review') {
      return this.inFolder(this.service.allPlaced(), element.prefix).filter((p) => p.review).map((p) => passage(p, p.annotation.tags));
    }
    if (element.kind === 'orphans') {
      return this.inFolder(this.service.allOrphans(), element.prefix).map(({ documentPath, annotation }) => ({ kind: 'orphan', documentPath, id: annotation.id }));
    }
    if (element.kind !== 'tag') return [];
    const { prefix } = element;
    const children: TagsTreeElement[] = element.node.children.map((node) => ({ kind: 'tag', tag: node.path, node, prefix }));
    for (const p of this.tagged(prefix).filter((p) => p.annotation.tags.includes(element.tag))) children.push(passage(p, [element.tag]));
    return children;
  }

  /** A folder's groups (to review, orphans) and its codebook's tags. */
  private folderChildren(prefix: string): TagsTreeElement[] {
    const used = this.tagged(prefix).flatMap((p) => p.annotation.tags);
    const codebook = this.service.store.codebookFor(prefix);
    const roots: TagsTreeElement[] = codebook.tree(used).map((node) => ({ kind: 'tag', tag: node.path, node, prefix }));
    const groups: TagsTreeElement[] = [];
    if (this.inFolder(this.service.allPlaced(), prefix).some((p) => p.review)) groups.push({ kind: 'review', prefix });
    if (this.inFolder(this.service.allOrphans(), prefix).length > 0) groups.push({ kind: 'orphans', prefix });
    return [...groups, ...roots];
  }

  private inFolder<T extends { documentPath: string }>(list: T[], prefix: string): T[] {
    return list.filter((x) => x.documentPath.startsWith(prefix));
  }

  getTreeItem(element: TagsTreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(element.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${element.prefix}`;
        item.iconPath = vscode.ThemeIcon.Folder;
        item.tooltip = vscode.l10n.t('The tags of the folder {0}, from its own codebook', element.name);
        item.contextValue = 'folder';
        return item;
      }
      case 'tag':
        return this.tagItem(element.node, element.prefix);
      case 'passage':
        return passageItem(element.placed, this.labelOf);
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphans'), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.description = `${this.inFolder(this.service.allOrphans(), element.prefix).length}`;
        item.tooltip = vscode.l10n.t('Annotations whose text is no longer in their document. Re-attach each to a selection, or delete it.');
        item.contextValue = 'orphans';
        return item;
      }
      case 'orphan':
        return this.orphanItem(element.documentPath, element.id);
      case 'review': {
        const item = new vscode.TreeItem('To review', vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.description = `${this.inFolder(this.service.allPlaced(), element.prefix).filter((p) => p.review).length}`;
        item.tooltip = 'Annotations placed after their text changed, where another place matched nearly as well or the match was weak. Open each, then confirm it or re-tag the right passage.';
        item.contextValue = 'review';
        return item;
      }
    }
  }

  private tagItem(node: TagNode, prefix: string): vscode.TreeItem {
    const count = this.tagged(prefix).filter((p) => p.annotation.tags.some((t) => t === node.path || t.startsWith(`${node.path}/`))).length;
    const item = new vscode.TreeItem(node.name, count > 0 || node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `tag:${prefix}${node.path}`;
    item.description = `${count}`;
    item.iconPath = node.info ? tagIcon(node.info.color) : new vscode.ThemeIcon('folder');
    item.tooltip = new vscode.MarkdownString().appendText(`${node.path}${node.info?.description ? ` — ${node.info.description}` : ''}\n${vscode.l10n.t('{0} passages', count)}`);
    item.contextValue = 'tag';
    return item;
  }

  private orphanItem(documentPath: string, id: string): vscode.TreeItem {
    const annotation = this.service.store.get(documentPath, id);
    const item = new vscode.TreeItem(shortText(annotation?.target.exact ?? id));
    item.description = `${this.labelOf(documentPath)}${annotation?.tags.length ? ` · ${annotation.tags.join(', ')}` : ''}`;
    item.iconPath = new vscode.ThemeIcon('debug-disconnect');
    item.tooltip = new vscode.MarkdownString().appendText(vscode.l10n.t('Last known text: “{0}”\nSelect where it belongs and choose Re-attach, or delete it.', annotation?.target.exact ?? ''));
    item.contextValue = 'orphan';
    return item;
  }
}

function passage(p: PlacedAnnotation, tags: string[]): TagsTreeElement {
  return { kind: 'passage', uri: toUri(p.documentPath).toString(), id: p.annotation.id, start: p.start, end: p.end, tags, placed: p };
}

function passageItem(p: PlacedAnnotation, labelOf: (path: string) => string): vscode.TreeItem {
  const item = new vscode.TreeItem(shortText(p.annotation.target.exact));
  item.description = p.review ? `${labelOf(p.documentPath)} · ${vscode.l10n.t('check placement')}` : labelOf(p.documentPath);
  item.iconPath = p.review ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(p.annotation.note ? 'note' : 'quote');
  const unsure = p.review ? `\n\n${vscode.l10n.t('Placed here without certainty after the text changed: confirm the placement, or move the tag.')}` : '';
  item.tooltip = new vscode.MarkdownString().appendText(p.annotation.target.exact + (p.annotation.note ? `\n\n${p.annotation.note}` : '') + unsure);
  item.contextValue = p.review ? 'reviewPassage' : 'passage';
  item.command = { command: InternalCommands.openPassage, title: 'Open Passage', arguments: [{ documentPath: p.documentPath, start: p.start, end: p.end }] };
  return item;
}

/** Registers the Tags view; `labelOf` names a document as the other views do. Returns the provider so others can refresh it. */
export function register(context: vscode.ExtensionContext, service: AnnotationService, labelOf?: (path: string) => string): TagsTreeProvider {
  const provider = new TagsTreeProvider(service, labelOf);
  let timer: NodeJS.Timeout | undefined;
  // A burst of store events (a save, a reload of many sidecars) redraws the tree once.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), 50);
  };
  context.subscriptions.push(
    vscode.window.createTreeView('marginalia.tags', { treeDataProvider: provider, showCollapseAll: true }),
    service.onDidChange(() => {
      provider.invalidate();
      schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return provider;
}

