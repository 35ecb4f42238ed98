import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION_ID = 'marginalia.marginalia';

suite('Extension in a real VS Code', () => {
  test('activates on the seeds workspace', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const documents = await vscode.workspace.findFiles('**/*.txt');
    assert.ok(documents.length >= 5, `the five seed articles are in the workspace (found ${documents.length})`);
  });

  test('every command in package.json is registered', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = JSON.parse(readFileSync(join(extension.extensionPath, 'package.json'), 'utf8'));
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  test('the Marginalia view container opens', async () => {
    await vscode.commands.executeCommand('marginalia.showViews');
    const registered = new Set(await vscode.commands.getCommands(true));
    // VS Code registers a focus command for every contributed view and container it knows.
    for (const view of ['marginalia.entities', 'marginalia.topics', 'marginalia.quotations', 'marginalia.tags']) {
      assert.ok(registered.has(`${view}.focus`), `view ${view} is contributed`);
    }
    assert.ok(registered.has('workbench.view.extension.marginalia'));
  });
});
