import * as vscode from 'vscode';
import { isValidTag } from '../../core/annotations';
import { prefixOfPath } from '../adapter';
import { AnnotationService } from './annotationService';

interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

/** The tags in use (in the folder with the given corpus-path prefix, else anywhere) with how many passages carry each. */
export function tagCounts(service: AnnotationService, prefix = ''): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { annotation } of service.allPlaced().filter((p) => p.documentPath.startsWith(prefix))) for (const tag of annotation.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}

/**
 * A multi-select quick pick over the codebook of the document's folder, with fuzzy filtering. Typing
 * a name that is not in the codebook offers to create it, and Enter takes it along with the ticked tags.
 */
export function pickTags(service: AnnotationService, documentPath: string, current: readonly string[], title: string): Promise<string[] | undefined> {
  const counts = tagCounts(service, prefixOfPath(documentPath));
  const codebook = service.store.codebookFor(documentPath).current().tags;
  const known = [...new Set([...codebook.keys(), ...current])].sort();
  const items: TagItem[] = known.map((tag) => {
    const count = counts.has(tag) ? `${counts.get(tag)} passages` : undefined;
    const description = [codebook.get(tag)?.description, count].filter(Boolean).join(' · ');
    return { tag, label: tag, description, iconPath: new vscode.ThemeIcon('tag') };
  });
  const pick = vscode.window.createQuickPick<TagItem>();
  Object.assign(pick, { title, canSelectMany: true, matchOnDescription: true, placeholder: vscode.l10n.t('Choose tags, or type a new one like topic/elections') });
  pick.items = items;
  pick.selectedItems = items.filter((i) => current.includes(i.tag));
  pick.onDidChangeValue((value) => {
    const name = value.trim();
    const offer = isValidTag(name) && !known.includes(name);
    const createItem: TagItem = { tag: name, label: `$(add) Create tag "${name}"`, alwaysShow: true };
    const selected = pick.selectedItems.filter((i) => known.includes(i.tag));
    pick.items = offer ? [createItem, ...items] : items;
    pick.selectedItems = selected;
  });
  return new Promise((resolve) => {
    let result: string[] | undefined;
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems.map((i) => i.tag);
      const typed = pick.value.trim();
      if (isValidTag(typed) && !known.includes(typed)) chosen.push(typed);
      result = [...new Set(chosen)];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}

/** A single-select quick pick of the tags in use and in the codebooks (of one folder when a prefix is given), with passage counts. */
export async function pickOneTag(service: AnnotationService, placeholder: string, prefix?: string): Promise<string | undefined> {
  const counts = tagCounts(service, prefix);
  const codebooks = prefix === undefined ? service.store.codebooks.all() : [service.store.codebookFor(prefix)];
  const tags = [...new Set([...codebooks.flatMap((c) => [...c.current().tags.keys()]), ...counts.keys()])].sort();
  const picked = await vscode.window.showQuickPick(
    tags.map((tag) => ({ label: tag, description: vscode.l10n.t('{0} passages', counts.get(tag) ?? 0), iconPath: new vscode.ThemeIcon('tag') })),
    { placeHolder: placeholder, matchOnDescription: true },
  );
  return picked?.label;
}
