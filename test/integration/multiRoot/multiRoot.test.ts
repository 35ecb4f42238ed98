import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../../src/extension';
import type { TagsTreeElement } from '../../../src/vscode/annotations/tagsTree';
import { until } from '../helpers';

// The workspace (test/harness/seedsCopy.mjs, multiRootSeeds): folders site-a and site-b, each with
// the same sample as article.txt, two samples of its own and a codebook describing tone/warm.
const PHRASE = 'Qin Gang';

function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `the workspace has a folder ${name}`);
  return found;
}

function fileIn(name: string, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(name).uri, path);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
}

suite('A workspace of two folders holding the same file name', () => {
  let api: MarginaliaApi;

  suiteSetup(async () => {
    api = (await vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia')!.activate())!;
    await api.analysis.whenReady();
    await api.annotations.ready;
  });

  test('both article.txt files are analysed, each under its folder', () => {
    const paths = api.analysis.index.analysis.documents.map((d) => d.path);
    assert.ok(paths.includes('site-a/article.txt') && paths.includes('site-b/article.txt'), paths.join(', '));
    const labels = ['site-a/article.txt', 'site-b/article.txt'].map((p) => api.analysis.index.label(p));
    assert.notEqual(labels[0], labels[1], 'the two are told apart wherever a view names them');
  });

  test('tagging the second folder\'s article writes its sidecar and codebook there, and nothing in the first folder', async () => {
    const uri = fileIn('site-b', 'article.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf(PHRASE);
    const id = await vscode.commands.executeCommand<string>('marginalia.tagSelection', { uri: uri.toString(), start, end: start + PHRASE.length, tags: ['people/qin'] });
    assert.ok(id);
    const sidecar = await readText(fileIn('site-b', 'article.txt.annotations.yaml'));
    assert.match(sidecar ?? '', /people\/qin/);
    assert.equal(await readText(fileIn('site-a', 'article.txt.annotations.yaml')), undefined, 'no sidecar in the first folder');
    assert.match((await readText(fileIn('site-b', 'marginalia.codebook.yaml'))) ?? '', /people\/qin:/);
    assert.doesNotMatch((await readText(fileIn('site-a', 'marginalia.codebook.yaml'))) ?? '', /people\/qin/);
    assert.equal(await readText(vscode.Uri.joinPath(folder('site-a').uri, '..', 'marginalia.codebook.yaml')), undefined);
  });

  test('the Tags view shows each folder with its own codebook and passages', async () => {
    const tree = api.annotations.tagsTree;
    await until(() => tree.getChildren().length === 2);
    const [a, b] = tree.getChildren();
    assert.deepEqual([a, b].map((f) => tree.getTreeItem(f).label), ['site-a', 'site-b']);
    const tag = (f: TagsTreeElement, path: string) => {
      const [top, leaf] = path.split('/');
      const root = tree.getChildren(f).find((e) => e.kind === 'tag' && e.tag === top);
      return root && tree.getChildren(root).find((e) => e.kind === 'tag' && e.tag === `${top}/${leaf}`);
    };
    // The tooltip is Markdown: spaces come as &nbsp; and punctuation escaped.
    const tooltip = (e: TagsTreeElement | undefined) => (tree.getTreeItem(e!).tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\/g, '');
    assert.match(tooltip(tag(a, 'tone/warm')), /as site-a codes it/);
    assert.match(tooltip(tag(b, 'tone/warm')), /as site-b codes it/);
    assert.equal(tag(a, 'people/qin'), undefined, 'the first folder has no such tag');
    const qin = tag(b, 'people/qin');
    assert.ok(qin);
    const passages = tree.getChildren(qin).filter((e) => e.kind === 'passage');
    assert.deepEqual(passages.map((p) => tree.getTreeItem(p).label), [PHRASE]);
    assert.equal((passages[0] as Extract<TagsTreeElement, { kind: 'passage' }>).uri, fileIn('site-b', 'article.txt').toString());
  });

  test('editing the first folder\'s article moves nothing of the second folder\'s annotations', async () => {
    const uri = fileIn('site-a', 'article.txt');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'A new first line.\n'));
    const placed = api.annotations.service.store.anchored('site-b/article.txt');
    const text = (await vscode.workspace.openTextDocument(fileIn('site-b', 'article.txt'))).getText();
    assert.deepEqual(placed.map((p) => text.slice(p.start, p.end)), [PHRASE]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a sources file in the second folder labels its articles only', async () => {
    const sources = 'version: 1\ndocuments:\n  article.txt: { outlet: Site B Wire, date: 2023-06-19 }\n';
    await vscode.workspace.fs.writeFile(fileIn('site-b', 'marginalia.sources.yaml'), new TextEncoder().encode(sources));
    await until(() => api.analysis.index.label('site-b/article.txt') === 'Site B Wire, 2023-06-19');
    assert.notEqual(api.analysis.index.label('site-a/article.txt'), 'Site B Wire, 2023-06-19');
  });
});
