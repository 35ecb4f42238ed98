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

  test('its keys are free: no default VS Code binding takes them where they apply', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The file is JSON with line comments; the keys are all that is read from it.
    const defaults = [...text.matchAll(/\{\s*"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"(?:,\s*"when":\s*"((?:[^"\\]|\\.)*)")?/g)].map(([, key, command, when]) => ({ key, command, when: when ?? '' }));
    assert.ok(defaults.length > 100, `read ${defaults.length} default bindings`);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const ours: { key: string; command: string; when: string }[] = extension.packageJSON.contributes.keybindings;
    // A default binding shares a key harmlessly only when its context never holds where ours does:
    // in a notebook or the accessible view (never an article's text editor), or one ours rules out.
    const apart = (d: { when: string }, o: { when: string }) =>
      /\b(notebook\w*Focused|accessibleViewIsShown)\b/.test(d.when) || [...o.when.matchAll(/!(\w+)/g)].some(([, key]) => new RegExp(`(^|[^!\\w])${key}\\b`).test(d.when));
    // The undo key runs Undo Annotation Change only while an annotation change is the newest; it
    // hands every other press to the editor's own undo, so that one binding is taken on purpose.
    const handsOver = (d: { command: string }, o: { command: string }) => d.command === 'undo' && o.command === 'marginalia.undoAnnotationChange';
    const clashes = defaults.filter((d) => !d.command.startsWith('marginalia.') && ours.some((o) => o.key === d.key && !apart(d, o) && !handsOver(d, o)));
    assert.deepEqual(clashes, []);
  });
});
