import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marginalia, until } from './helpers';

suite('activation and live analysis', () => {
  test('the extension activates and analyses the five seed articles', async () => {
    const api = await marginalia();
    assert.equal(api.analysis.index.analysis.documents.length, 5);
  });

  test('Re-analyse Workspace reports the corpus counts', async () => {
    await marginalia();
    const counts = await vscode.commands.executeCommand<{ documents: number; entities: number; quotes: number }>('marginalia.reanalyse');
    assert.equal(counts.documents, 5);
    assert.ok(counts.entities > 0 && counts.quotes > 0, JSON.stringify(counts));
  });

  test('a new article is analysed when created and forgotten when deleted', async () => {
    const api = await marginalia();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'zz-new-article.txt');
    const paths = () => api.analysis.index.analysis.documents.map((d) => d.path);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('“We will return,” Maria Lopez said.\n'));
    await until(() => paths().includes('zz-new-article.txt'));
    await vscode.workspace.fs.delete(uri);
    await until(() => !paths().includes('zz-new-article.txt'));
  });

  test('an article read again with the same text comes from the analysis cache; a changed one is analysed again', async () => {
    const api = await marginalia();
    const { analysis } = api;
    assert.ok(analysis.cache, 'a workspace has storage, so a cache');
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'zz-cached-article.txt');
    const text = 'Library Keeps Its Doors Open\n“We will keep the archive open every day this winter,” the librarian Ada Stone said on Monday.\n';
    const lengthOf = () => analysis.index.analysis.documents.find((d) => d.path === 'zz-cached-article.txt')?.length;
    const write = (t: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(t));
    try {
      let before = { ...analysis.cacheUse };
      await write(text);
      await until(() => lengthOf() === text.length && analysis.cacheUse.analysed > before.analysed);
      // The entry is written after the analysis, without holding it up.
      await until(async () => (await analysis.cache!.lookup(text)).entry !== undefined);
      await vscode.workspace.fs.delete(uri);
      await until(() => lengthOf() === undefined);

      before = { ...analysis.cacheUse };
      await write(text);
      await until(() => lengthOf() === text.length);
      assert.deepEqual({ cached: analysis.cacheUse.cached - before.cached, analysed: analysis.cacheUse.analysed - before.analysed }, { cached: 1, analysed: 0 });
      assert.ok(analysis.index.analysis.quotes.some((q) => q.doc === 'zz-cached-article.txt' && q.speakerText.includes('Ada Stone')), 'the cached analysis finds the quotation and its speaker');

      before = { ...analysis.cacheUse };
      const changed = text.replace('every day', 'on weekdays');
      await write(changed);
      await until(() => lengthOf() === changed.length);
      assert.deepEqual({ cached: analysis.cacheUse.cached - before.cached, analysed: analysis.cacheUse.analysed - before.analysed }, { cached: 0, analysed: 1 });
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('indexing cancelled before its end keeps what was read and says how far it got; Re-analyse reads the rest', async () => {
    const { analysis } = await marginalia();
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    await analysis.loadWorkspace(cancelled.token);
    assert.deepEqual(analysis.lastLoad, { found: 5, read: 0, cancelled: true });
    assert.equal(analysis.index.analysis.documents.length, 5, 'the articles analysed before stay in the views');
    await vscode.commands.executeCommand('marginalia.reanalyse');
    assert.deepEqual(analysis.lastLoad, { found: 5, read: 5, cancelled: false });
  });

  test('a binary file is skipped and the rest still analysed', async () => {
    const api = await marginalia();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'zz-binary.txt');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x47, 0x49, 0x46, 0, 0, 1]));
    try {
      await vscode.commands.executeCommand('marginalia.reanalyse');
      const paths = api.analysis.index.analysis.documents.map((d) => d.path);
      assert.ok(!paths.includes('zz-binary.txt'));
      assert.equal(paths.length, 5);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('unsaved edits are analysed after the debounce, and closing without saving restores the file', async () => {
    const api = await marginalia();
    const [uri] = await vscode.workspace.findFiles('003*.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const path = vscode.workspace.asRelativePath(uri, false);
    const original = editor.document.getText();
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'An added first line.\n'));
    const analysedLength = () => api.analysis.index.analysis.documents.find((d) => d.path === path)?.length;
    await until(() => analysedLength() === original.length + 'An added first line.\n'.length);
    const seen: string[] = [];
    const t0 = Date.now();
    const note = (what: string) => seen.push(`${Date.now() - t0}ms ${what}`);
    const mine = (d: vscode.TextDocument) => d.uri.toString() === uri.toString();
    const subs = [
      vscode.workspace.onDidChangeTextDocument((e) => mine(e.document) && note(`change n=${e.contentChanges.length} len=${e.document.getText().length} dirty=${e.document.isDirty}`)),
      vscode.workspace.onDidCloseTextDocument((d) => mine(d) && note('close')),
      api.analysis.onDidChange(() => note(`analysis len=${analysedLength()}`)),
    ];
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    note('revertAndClose done');
    // The analysis follows the file once no editor holds unsaved text. That is the original text,
    // except that VS Code has been seen, on a loaded machine, to write the edits to disk while
    // reverting and closing (the file then held them, with no editor dirty): then it is the edited one.
    const onDisk = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).length;
    try {
      await until(async () => analysedLength() === (await onDisk()));
    } catch (err) {
      const open = vscode.workspace.textDocuments.find(mine);
      const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).length;
      assert.fail(`analysed ${analysedLength()} (text ${api.analysis.textOf(path)?.length}), original ${original.length}, on disk ${disk}; open: ${open ? `${open.getText().length} dirty=${open.isDirty}` : 'no'}; ${seen.join(' | ')}`);
    } finally {
      subs.forEach((s) => s.dispose());
    }
  });
});
