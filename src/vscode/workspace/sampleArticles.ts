import * as vscode from 'vscode';
import { CODEBOOK_FILE } from '../../core/annotations';
import { isSourceDocumentPath } from '../../core/documents';
import { Commands } from '../ids';

const FOLDER_NAME = 'marginalia-samples';

interface OpenSamplesArgs {
  /** The folder to create `marginalia-samples` in; asked for when absent. */
  parent?: vscode.Uri | string;
  /** Open the copied folder in this window (default true). */
  open?: boolean;
}

/**
 * Registers Open Sample Articles (the walkthrough's first step): copies the sample articles that
 * ship with the extension into a folder of the user's choosing and opens it, so that annotations
 * are written beside the user's copy and never into the extension's own folder.
 */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openSampleArticles, async (args: OpenSamplesArgs = {}) => {
      const parent = await chooseParent(args.parent);
      if (!parent) return undefined;
      const target = vscode.Uri.joinPath(parent, FOLDER_NAME);
      const copied = await copySamples(vscode.Uri.joinPath(context.extensionUri, 'seeds'), target);
      // The codebook marks the copy as a folder of articles, so Marginalia starts there on its own.
      if (await copyIfAbsent(vscode.Uri.joinPath(context.extensionUri, 'media', 'samples', CODEBOOK_FILE), vscode.Uri.joinPath(target, CODEBOOK_FILE))) {
        copied.push(CODEBOOK_FILE);
      }
      if (args.open !== false) {
        await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
      }
      return { folder: target.toString(), copied };
    }),
  );
}

async function chooseParent(given: OpenSamplesArgs['parent']): Promise<vscode.Uri | undefined> {
  if (given) return typeof given === 'string' ? vscode.Uri.file(given) : given;
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    openLabel: vscode.l10n.t('Create {0} here', FOLDER_NAME),
    title: vscode.l10n.t('Where should Marginalia put its sample articles?'),
  });
  return picked?.[0];
}

/** Copies every article not already there; an existing copy (and its annotations) is kept. */
async function copySamples(source: vscode.Uri, target: vscode.Uri): Promise<string[]> {
  await vscode.workspace.fs.createDirectory(target);
  const copied: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(source)) {
    if (type !== vscode.FileType.File || !isSourceDocumentPath(name)) continue;
    if (await copyIfAbsent(vscode.Uri.joinPath(source, name), vscode.Uri.joinPath(target, name))) copied.push(name);
  }
  return copied;
}

/** Copies a file unless the destination exists; true when it copied. */
async function copyIfAbsent(source: vscode.Uri, destination: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(destination);
    return false;
  } catch {
    await vscode.workspace.fs.copy(source, destination);
    return true;
  }
}
