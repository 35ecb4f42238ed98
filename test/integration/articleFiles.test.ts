import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marginalia } from './helpers';

suite('which files are articles, in the editor', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  test('files.exclude, Marginalia’s own exclude setting and build folders all keep files out of the corpus', async () => {
    const api = await marginalia();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const files = ['archive/old.txt', 'drafts/next.md', 'build/generated.txt', 'kept/new.txt'];
    for (const file of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, file), encode('“We will return,” Maria Lopez said.\n'));
    const workspace = vscode.workspace.getConfiguration(undefined, folder);
    try {
      await workspace.update('files.exclude', { '**/archive': true }, vscode.ConfigurationTarget.Workspace);
      await workspace.update('marginalia.articles.exclude', ['**/.*', '**/node_modules', '**/dist', '**/out', '**/build', 'drafts'], vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('marginalia.reanalyse');
      const paths = api.analysis.index.analysis.documents.map((d) => d.path);
      assert.ok(paths.includes('kept/new.txt'), paths.join());
      assert.deepEqual(paths.filter((p) => /^(archive|drafts|build)\//.test(p)), []);
      assert.equal(paths.length, 6);
    } finally {
      await workspace.update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await workspace.update('marginalia.articles.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      for (const top of ['archive', 'drafts', 'build', 'kept']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, top), { recursive: true });
      await vscode.commands.executeCommand('marginalia.reanalyse');
    }
  });
});
