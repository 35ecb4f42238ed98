import * as vscode from 'vscode';
import { TagNode } from '../core/annotations';
import { toUri } from './adapter';
import { AnnotationService, PlacedAnnotation } from './annotationService';
import { resolveTarget, shortText } from './annotationTarget';
import { tagIcon } from './tagIcon';
import { Commands, InternalCommands } from './ids';

/**
 * The elements of the Tags view. Each is shaped like the arguments of the commands its context
 * menu offers, so a passage row can be handed straight to Remove Tag... or Add/Edit Note....
 */
export type TagsTreeElement =
  | { kind: 'tag'; tag: string; node: TagNode }
  | { kind: 'passage'; uri: string; id: string; start: number; end: number; tags: string[]; placed: PlacedAnnotation }
  | { kind: 'orphans' }
  | { kind: 'orphan'; documentPath: string; id: string }
  | { kind: 'review' };

/** The `marginalia.tags` view: the codebook as a tree with colours and counts, tagged passages, and orphans. */
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

  /** The tagged passages, read once per drawing rather than once per tree row. */
  private tagged(): PlacedAnnotation[] {
    this.placedCache ??= this.service.allPlaced().filter((p) => p.annotation.tags.length > 0);
    return this.placedCache;
  }

  getChildren(element?: TagsTreeElement): TagsTreeElement[] {
    const placed = this.tagged();
    if (!element) {
      const used = placed.flatMap((p) => p.annotation.tags);
      const roots: TagsTreeElement[] = this.service.store.codebook.tree(used).map((node) => ({ kind: 'tag', tag: node.path, node }));
      const groups: TagsTreeElement[] = [];
      if (this.service.allPlaced().some((p) => p.review)) groups.push({ kind: 'review' });
      if (this.service.allOrphans().length > 0) groups.push({ kind: 'orphans' });
      return [...groups, ...roots];
    }
    if (element.kind === 'review') {
      return this.service.allPlaced().filter((p) => p.review).map((p) => ({ kind: 'passage', uri: toUri(p.documentPath).toString(), id: p.annotation.id, start: p.start, end: p.end, tags: p.annotation.tags, placed: p }));
    }
    if (element.kind === 'orphans') {
      return this.service.allOrphans().map(({ documentPath, annotation }) => ({ kind: 'orphan', documentPath, id: annotation.id }));
    }
    if (element.kind !== 'tag') return [];
    const children: TagsTreeElement[] = element.node.children.map((node) => ({ kind: 'tag', tag: node.path, node }));
    for (const p of placed.filter((p) => p.annotation.tags.includes(element.tag))) {
      children.push({ kind: 'passage', uri: toUri(p.documentPath).toString(), id: p.annotation.id, start: p.start, end: p.end, tags: [element.tag], placed: p });
    }
    return children;
  }

  getTreeItem(element: TagsTreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'tag':
        return this.tagItem(element.node);
      case 'passage':
        return passageItem(element.placed, this.labelOf);
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphans'), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.description = `${this.service.allOrphans().length}`;
        item.tooltip = vscode.l10n.t('Annotations whose text is no longer in their document. Re-attach each to a selection, or delete it.');
        item.contextValue = 'orphans';
        return item;
      }
      case 'orphan':
        return this.orphanItem(element.documentPath, element.id);
      case 'review': {
        const item = new vscode.TreeItem('To review', vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.description = `${this.service.allPlaced().filter((p) => p.review).length}`;
        item.tooltip = 'Annotations placed after their text changed, where another place matched nearly as well or the match was weak. Open each, then confirm it or re-tag the right passage.';
        item.contextValue = 'review';
        return item;
      }
    }
  }

  private tagItem(node: TagNode): vscode.TreeItem {
    const count = this.tagged().filter((p) => p.annotation.tags.some((t) => t === node.path || t.startsWith(`${node.path}/`))).length;
    const item = new vscode.TreeItem(node.name, count > 0 || node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `tag:${node.path}`;
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

/** Registers the Tags view and its orphan actions; `labelOf` names a document as the other views do. Returns the provider so others can refresh it. */
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
    vscode.commands.registerCommand(Commands.reattachOrphan, (arg: OrphanArgs) => reattachOrphan(service, arg)),
    vscode.commands.registerCommand(Commands.deleteOrphan, (arg: OrphanArgs) => deleteOrphan(service, arg)),
    vscode.commands.registerCommand(Commands.confirmPlacement, (arg: ReviewArgs) => confirmPlacement(service, arg)),
  );
  return provider;
}

/** Names an orphan; `uri`, `start` and `end` optionally give where to re-attach it (else the selection). */
interface OrphanArgs {
  documentPath: string;
  id: string;
  uri?: string;
  start?: number;
  end?: number;
}

async function reattachOrphan(service: AnnotationService, arg: OrphanArgs): Promise<string | undefined> {
  const orphan = service.store.get(arg.documentPath, arg.id);
  const target = await resolveTarget(service, arg.uri ? { uri: arg.uri, start: arg.start, end: arg.end } : undefined);
  if (!orphan || !target || target.start === target.end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage the annotation belongs to, then choose Re-attach.'));
    return undefined;
  }
  // The store has no "move" operation: the orphan's content is copied to the new place, then the orphan goes.
  const placed = service.store.add(target.path, { start: target.start, end: target.end, tags: orphan.tags, note: orphan.note, correction: orphan.correction });
  service.store.remove(arg.documentPath, arg.id);
  await service.commit(target.path);
  if (target.path !== arg.documentPath) await service.commit(arg.documentPath);
  return placed.id;
}

async function deleteOrphan(service: AnnotationService, arg: OrphanArgs): Promise<void> {
  const orphan = service.store.get(arg.documentPath, arg.id);
  if (!orphan) return;
  const remove = vscode.l10n.t('Delete');
  const text = shortText(orphan.target.exact, 50);
  const answer = await vscode.window.showWarningMessage(
    orphan.tags.length
      ? vscode.l10n.t('Delete the annotation on “{0}” ({1})? Its tags and note will be lost.', text, orphan.tags.join(', '))
      : vscode.l10n.t('Delete the annotation on “{0}”? Its tags and note will be lost.', text),
    { modal: true },
    remove,
  );
  if (answer !== remove) return;
  service.store.remove(arg.documentPath, arg.id);
  await service.commit(arg.documentPath);
}

/** Names a placement marked for review: a Tags view row, or a document path and an annotation id. */
interface ReviewArgs {
  id: string;
  documentPath?: string;
  placed?: { documentPath: string };
}

/** Accepts where an unsure placement landed, so its sidecar describes it there from now on. */
async function confirmPlacement(service: AnnotationService, arg: ReviewArgs): Promise<boolean> {
  const documentPath = arg.documentPath ?? arg.placed?.documentPath;
  if (!documentPath || !service.store.confirm(documentPath, arg.id)) return false;
  await service.commit(documentPath);
  return true;
}
