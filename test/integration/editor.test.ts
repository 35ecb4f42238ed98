import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, inside, marginalia, offsetOf, openSeed, seedUri, until } from './helpers';

const STATEMENT = 'frank, substantial and constructive';

suite('editor features on the seeds', () => {
  test('hovering a quotation shows its speaker and the other source with its wording', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, STATEMENT));
    const text = hoverText(hovers);
    assert.match(text, /Matthew Miller/);
    assert.match(text, /Also reported by \d+ other sources?/);
    // The other article is named by its headline, not its file name.
    assert.match(text, /Between the United States and China/);
  });

  test('hover links run only Marginalia commands', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, STATEMENT));
    const commands = [...hoverText(hovers).matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0);
    assert.deepEqual(commands.filter((c) => !c.startsWith('marginalia.')), []);
  });

  test('the Tag link in a quotation hover tags exactly that quotation', async () => {
    await marginalia();
    const { document } = await openSeed('003');
    const phrase = 'We are not going to Beijing';
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, phrase));
    const link = hoverText(hovers).match(/\]\(command:marginalia\.tagSelection\?([^ )]+)/);
    assert.ok(link, 'the hover offers Tag…');
    const [passage] = JSON.parse(decodeURIComponent(link[1]));
    const args = { ...passage, tags: ['test/from-hover'] };
    await vscode.commands.executeCommand('marginalia.tagSelection', args);
    const sidecar = vscode.Uri.joinPath(document.uri, '..', `${document.uri.path.split('/').pop()}.annotations.yaml`);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
      assert.match(text, /test\/from-hover/);
      assert.match(text, new RegExp(`exact: ${phrase}`));
    } finally {
      await vscode.commands.executeCommand('marginalia.removeTag', args);
    }
  });

  test('hovering an entity mention shows its name, type and mentions', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, 'Antony Blinken'));
    assert.match(hoverText(hovers), /Antony Blinken\*\* · Person/);
    assert.match(hoverText(hovers), /\d+ mentions in \d+ documents/);
  });

  test('a CodeLens above the quotation names the speaker and the other sources', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
    const line = document.positionAt(offsetOf(document, STATEMENT)).line;
    const lens = lenses.find((l) => l.range.start.line === line && /Matthew Miller/.test(l.command?.title ?? ''));
    assert.ok(lens, lenses.map((l) => l.command?.title).join(' | '));
    assert.match(lens.command!.title, /· \d+ other sources?$/);
    assert.equal(lens.command!.command, 'marginalia.showRelatedQuotations');
  });

  test('Go to Next Related Quotation lands on the same statement in another document', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const landing = await vscode.commands.executeCommand<{ doc: string }>('marginalia.nextRelatedQuotation', { uri: document.uri.toString(), offset: offsetOf(document, STATEMENT) + 2 });
    const editor = vscode.window.activeTextEditor!;
    assert.notEqual(editor.document.uri.toString(), document.uri.toString());
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri, false), landing.doc);
    assert.match(editor.document.getText(editor.selection), /substantial and constructive/);
  });

  test('Show Related Quotations peeks the other sources', async () => {
    await marginalia();
    const { document } = await openSeed('001');
    const count = await vscode.commands.executeCommand<number>('marginalia.showRelatedQuotations', { uri: document.uri.toString(), offset: offsetOf(document, STATEMENT) + 2 });
    assert.ok(count >= 1);
  });

  test('Go to Next and Previous Quotation in this Document move through its quotations', async () => {
    await marginalia();
    const editor = await openSeed('001');
    const first = await vscode.commands.executeCommand<{ start: number }>('marginalia.nextQuotation', { uri: editor.document.uri.toString(), offset: 0 });
    const second = await vscode.commands.executeCommand<{ start: number }>('marginalia.nextQuotation', { uri: editor.document.uri.toString(), offset: first.start });
    assert.ok(second.start > first.start);
    const back = await vscode.commands.executeCommand<{ start: number }>('marginalia.previousQuotation', { uri: editor.document.uri.toString(), offset: second.start });
    assert.equal(back.start, first.start);
    assert.equal(vscode.window.activeTextEditor!.document.offsetAt(vscode.window.activeTextEditor!.selection.start), first.start);
  });

  test('Go to References on a mention lists mentions in several documents', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, inside(document, 'Antony Blinken'));
    const docs = new Set(locations.map((l) => l.uri.toString()));
    assert.ok(docs.size >= 3, `${docs.size} documents`);
    const other = locations.find((l) => l.uri.toString() !== document.uri.toString())!;
    const otherDoc = await vscode.workspace.openTextDocument(other.uri);
    assert.match(otherDoc.getText(other.range), /Blinken/);
  });

  test('the Outline lists quotations under their speakers', async () => {
    await marginalia();
    const uri = await seedUri('001');
    await vscode.window.showTextDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const miller = symbols.find((s) => s.name === 'Matthew Miller');
    assert.ok(miller, symbols.map((s) => s.name).join(', '));
    assert.ok(miller.children.some((c) => c.name.includes(STATEMENT)));
  });

  test('Go to Symbol in Workspace finds entities and quotations', async () => {
    await marginalia();
    const entities = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Antony Blinken');
    assert.ok(entities.some((s) => s.name === 'Antony Blinken'));
    const quotes = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'substantial constructive');
    assert.ok(quotes.some((s) => s.name.includes(STATEMENT) && s.containerName.includes('Matthew Miller')));
  });

  test('short scare-quoted fragments get no CodeLens of their own; the full quotation on their line does', async () => {
    const document = await vscode.workspace.openTextDocument(await seedUri('001'));
    const line = document.positionAt(offsetOf(document, 'Both sides have made progress')).line;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
    const onLine = lenses.filter((l) => l.range.start.line === line);
    assert.equal(onLine.length, 1, onLine.map((l) => l.command?.title).join(' | '));
    assert.match(onLine[0].command!.title, /Xi Jinping/);
  });

  test('turning the CodeLens setting off removes the quotation lenses', async () => {
    await marginalia();
    const { document } = await openSeed('000');
    const config = vscode.workspace.getConfiguration('marginalia');
    const lensTitles = async () =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [])
        .map((l) => l.command?.title ?? '')
        .filter((t) => t.includes('Matthew Miller'));
    assert.ok((await lensTitles()).length > 0);
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await lensTitles(), []);
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('moving the cursor into a quotation reveals it in the visible Quotations view', async () => {
    const { analysis, trees } = await marginalia();
    await vscode.commands.executeCommand('marginalia.quotations.focus');
    const editor = await openSeed('001');
    const offset = offsetOf(editor.document, STATEMENT) + 2;
    const quote = analysis.index.quoteAt(vscode.workspace.asRelativePath(editor.document.uri, false), offset)!;
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    await until(() => trees.quotations.view.selection.some((n) => n.id.endsWith(quote.id)));
  });

  test('before an edit is analysed, hovers and CodeLens follow the text it moved', async () => {
    await marginalia();
    const config = vscode.workspace.getConfiguration('marginalia');
    // A long debounce keeps the analysis behind the edit for the whole test.
    await config.update('analysis.debounceMs', 60_000, vscode.ConfigurationTarget.Workspace);
    const editor = await openSeed('000');
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'A new first line.\n'));
      const { document } = editor;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, STATEMENT));
      assert.match(hoverText(hovers), /Matthew Miller/);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
      const line = document.positionAt(offsetOf(document, STATEMENT)).line;
      assert.ok(lenses.some((l) => l.range.start.line === line && /Matthew Miller/.test(l.command?.title ?? '')));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await config.update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
