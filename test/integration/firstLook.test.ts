import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { items, marginalia, openSeed, until } from './helpers';

// How many document lines an editor shows: fewer when long lines wrap onto several screen lines.
function visibleLines(editor: vscode.TextEditor): number {
  return editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
}

suite('a first look at the articles', () => {
  test('an article opens word-wrapped while other plain text keeps the user setting', async () => {
    await marginalia();
    assert.equal(vscode.workspace.getConfiguration('editor').get('wordWrap'), 'off', 'the test starts from the default setting');
    const article = await openSeed('001');
    const text = article.document.getText();
    const plain = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: text }));
    // The same text unwrapped shows a screenful of its paragraph lines.
    await until(() => visibleLines(plain) > 0);
    const unwrapped = visibleLines(plain);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const wrapped = await vscode.window.showTextDocument(article.document);
    await until(() => visibleLines(wrapped) > 0 && visibleLines(wrapped) < unwrapped);
    const setting = vscode.workspace.getConfiguration('editor').inspect('wordWrap');
    assert.equal(setting?.globalValue, undefined, 'the user setting is untouched');
    assert.equal(setting?.workspaceValue, undefined, 'the workspace setting is untouched');
  });

  test('while the workspace is analysed the views say how far it has come, then clear the line', async () => {
    const { analysis, trees } = await marginalia();
    const seen: string[] = [];
    const listener = analysis.onDidProgress(() => seen.push(String(trees.entities.view.message ?? '')));
    try {
      await vscode.commands.executeCommand('marginalia.reanalyse');
    } finally {
      listener.dispose();
    }
    assert.ok(seen.some((m) => /^Reading articles: \d+ of \d+$/.test(m)), seen.join(' / '));
    assert.ok(!seen.some((m) => /No articles found/.test(m)));
    assert.ok(!trees.entities.view.message && !trees.quotations.view.message && !trees.topics.view.message);
  });

  test('the Quotations view lists the quotations of unknown speakers last', async () => {
    const { trees } = await marginalia();
    const labels = (await items(trees.quotations)).map(({ node }) => node.label);
    assert.ok(labels.includes('Unknown speaker'), labels.join(', '));
    assert.equal(labels[labels.length - 1], 'Unknown speaker');
  });

  test('a line with several quotations of one speaker gets one CodeLens for that speaker', async () => {
    const { analysis } = await marginalia();
    let sharedLines = 0;
    for (const prefix of ['000', '001', '003', '004']) {
      const { document } = await openSeed(prefix);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      const titles = new Map<number, string[]>();
      // Compare Sources has a lens of its own beside each speaker lens that other sources report.
      const speakerLenses = lenses.filter((lens) => lens.command?.command !== 'marginalia.compareSources');
      for (const lens of speakerLenses) titles.set(lens.range.start.line, [...(titles.get(lens.range.start.line) ?? []), lens.command?.title ?? '']);
      for (const [line, list] of titles) assert.equal(new Set(list).size, list.length, `line ${line + 1} of ${prefix}: ${list.join(' | ')}`);
      // The seeds do hold lines with two full quotations of one speaker, so the check above bites.
      const doc = vscode.workspace.asRelativePath(document.uri);
      const full = analysis.index.quotesIn(doc).filter((q) => q.kind === 'full');
      const keys = full.map((q) => `${document.positionAt(q.start).line}:${analysis.index.speakerKey(q)}`);
      sharedLines += keys.length - new Set(keys).size;
    }
    assert.ok(sharedLines > 0);
  });
});
