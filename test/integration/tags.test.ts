import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { AnnotationFeatures } from '../../src/vscode/annotations/registerAnnotations';
import type { TagsTreeElement } from '../../src/vscode/annotations/tagsTree';

const EXTENSION_ID = 'marginalia.marginalia';

function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

function sidecarUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: `${uri.path}.annotations.yaml` });
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Polls until `check` returns a value other than undefined or false (file watchers are asynchronous). */
async function waitFor<T>(what: string, check: () => T | Promise<T>, ms = 10_000): Promise<Exclude<T, undefined | false>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as Exclude<T, undefined | false>;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens a seed and finds a phrase in it, so no test depends on hard-coded offsets. */
async function open(name: string, phrase: string) {
  const uri = seedUri(name);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const start = document.getText().indexOf(phrase);
  assert.ok(start >= 0, `“${phrase}” is in ${name}`);
  return { uri, document, start, end: start + phrase.length, args: { uri: uri.toString(), start, end: start + phrase.length } };
}

suite('Tags and notes in a real VS Code', () => {
  let features: AnnotationFeatures;
  const article = '001_4293ae543e2299dc.txt';
  const phrase = 'a meeting to stabilize relations';

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    features = (await extension.activate()).annotations;
    await features.ready;
  });

  test('tagging a passage by command writes a sidecar beside it with the tag and the exact text', async () => {
    const { uri, args } = await open(article, phrase);
    const id = await vscode.commands.executeCommand<string>('marginalia.tagSelection', { ...args, tags: ['topic/diplomacy'] });
    assert.ok(id, 'the command returns the new annotation id');
    const sidecar = parse((await readText(sidecarUri(uri)))!);
    assert.equal(sidecar.source, article);
    assert.deepEqual(sidecar.annotations.map((a: any) => [a.id, a.tags, a.target.exact]), [[id, ['topic/diplomacy'], phrase]]);
    const codebook = parse((await readText(seedUri('marginalia.codebook.yaml')))!);
    assert.ok(codebook.tags['topic/diplomacy'].color, 'the new tag joins the codebook with a colour');
  });

  test('an edit above the passage moves it, and saving the document writes the new position', async () => {
    const { uri, document, start } = await open(article, phrase);
    const before = parse((await readText(sidecarUri(uri)))!).annotations[0].target.start;
    const inserted = 'A line added above.\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), inserted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const path = features.service.pathOf(uri)!;
    assert.equal(features.service.store.anchored(path)[0].start, start + inserted.length, 'the passage moves with the unsaved edit');
    assert.equal(parse((await readText(sidecarUri(uri)))!).annotations[0].target.start, before, 'nothing is written before the save');
    await document.save();
    const saved = await waitFor('the sidecar to be rewritten', async () => {
      // Through workspace.fs alone (the web), replacing a file removes it for a moment first.
      const text = await readText(sidecarUri(uri));
      const target = text === undefined ? undefined : parse(text).annotations[0].target;
      return target?.start === before + inserted.length && target;
    });
    assert.equal(saved.exact, phrase);
  });

  test('the Tags tree lists the tag with its colour, count and tagged passage', async () => {
    const roots = features.tagsTree.getChildren();
    const topic = roots.find((e) => e.kind === 'tag' && e.tag === 'topic');
    assert.ok(topic, 'the parent tag "topic" is a root');
    const child = features.tagsTree.getChildren(topic).find((e) => e.kind === 'tag' && e.tag === 'topic/diplomacy')!;
    const item = features.tagsTree.getTreeItem(child);
    assert.equal(item.label, 'diplomacy');
    assert.equal(item.description, '1');
    assert.ok(item.iconPath instanceof vscode.Uri && item.iconPath.scheme === 'data', 'the tag shows its colour');
    const passages = features.tagsTree.getChildren(child).filter((e): e is Extract<TagsTreeElement, { kind: 'passage' }> => e.kind === 'passage');
    assert.deepEqual(passages.map((p) => features.tagsTree.getTreeItem(p).label), [phrase]);
  });

  test('a note is saved in the sidecar, and hover and CodeLens show the tags', async () => {
    const { uri, document, args } = await open(article, phrase);
    const note = 'First line of the note.\n\nA *second* paragraph with [a link](command:workbench.action.quit).';
    await vscode.commands.executeCommand('marginalia.editNote', { ...args, note });
    await document.save();
    const annotation = await waitFor('the note in the sidecar', async () => parse((await readText(sidecarUri(uri)))!).annotations.find((a: any) => a.note));
    assert.equal(annotation.note, note);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(args.start + 3));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /topic\/diplomacy/);
    // Escaped text shows spaces as no-break space entities.
    assert.match(markdown.replace(/&nbsp;/g, ' '), /First line of the note/);
    assert.doesNotMatch(markdown, /\]\(command:workbench/, 'a link in a note is shown as text, not as a command link');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(lenses.some((l) => l.command?.title.includes('topic/diplomacy')), 'a CodeLens lists the tag');
  });

  test('removing the last tag deletes the sidecar', async () => {
    const { uri, args } = await open('002_2503c3fabd29d415.txt', 'the');
    await vscode.commands.executeCommand('marginalia.tagSelection', { ...args, tags: ['tone/neutral'] });
    assert.ok(await readText(sidecarUri(uri)), 'the sidecar is created');
    const removed = await vscode.commands.executeCommand<number>('marginalia.removeTag', { ...args, tags: ['tone/neutral'] });
    assert.equal(removed, 1);
    assert.equal(await readText(sidecarUri(uri)), undefined);
  });

  test('a malformed sidecar gets a diagnostic on that file and is never overwritten', async () => {
    const source = seedUri('003_3bf4201df3802dec.txt');
    const broken = 'version: 1\nsource: 003_3bf4201df3802dec.txt\nannotations:\n  - id: [unclosed\n';
    await vscode.workspace.fs.writeFile(sidecarUri(source), new TextEncoder().encode(broken));
    const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
      const found = vscode.languages.getDiagnostics(sidecarUri(source));
      return found.length > 0 && found;
    });
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0].range.start.line >= 2, `the diagnostic points into the annotations (line ${diagnostics[0].range.start.line + 1})`);
    const { args } = await open('003_3bf4201df3802dec.txt', 'the');
    await vscode.commands.executeCommand('marginalia.tagSelection', { ...args, tags: ['topic/other'] });
    assert.equal(await readText(sidecarUri(source)), broken);
    const { uri: elsewhere, args: other } = await open('004_d77348ef46519359.txt', 'the');
    await vscode.commands.executeCommand('marginalia.tagSelection', { ...other, tags: ['topic/other'] });
    assert.ok(await readText(sidecarUri(elsewhere)), 'other documents are still annotated');
  });

  test('saving leaves no temporary file behind', async () => {
    const entries = await vscode.workspace.fs.readDirectory(vscode.workspace.workspaceFolders![0].uri);
    assert.deepEqual(entries.filter(([name]) => name.endsWith('.tmp')), []);
  });

  test('corrections given by arguments are stored as annotations with a correction', async () => {
    const { uri, args } = await open('004_d77348ef46519359.txt', 'the');
    await vscode.commands.executeCommand('marginalia.markNotQuotation', args);
    const sidecar = parse((await readText(sidecarUri(uri)))!);
    const stored = sidecar.annotations.find((a: any) => a.correction);
    assert.deepEqual(stored.correction, { type: 'not-a-quote' });
    await vscode.commands.executeCommand('marginalia.attributeQuotation', { ...args, speaker: 'A. N. Other' });
    const again = parse((await readText(sidecarUri(uri)))!).annotations.filter((a: any) => a.correction);
    assert.deepEqual(again.map((a: any) => a.correction), [{ type: 'speaker', speaker: 'A. N. Other' }], 'a new correction on the same span replaces the old one');
    assert.equal(features.corrections().filter((c) => c.doc === features.service.pathOf(uri)).length, 1);
  });

  test('a passage deleted by an edit becomes an orphan in the Tags view and can be re-attached', async () => {
    const { uri, document, args } = await open('000_5d6a19f74c9d148c.txt', 'is meeting with the head of Chinese diplomacy in Beijing on Monday');
    const id = await vscode.commands.executeCommand<string>('marginalia.tagSelection', { ...args, tags: ['people/officials'] });
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, new vscode.Range(document.positionAt(args.start), document.positionAt(args.end)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const orphans = features.tagsTree.getChildren().find((e) => e.kind === 'orphans');
    assert.ok(orphans, 'an Orphans node is shown');
    const orphan = features.tagsTree.getChildren(orphans).find((e) => e.kind === 'orphan' && e.id === id);
    assert.ok(orphan, 'the orphan is listed');
    const place = document.getText().indexOf('the');
    const placed = await vscode.commands.executeCommand<string>('marginalia.reattachOrphan', { ...orphan, uri: uri.toString(), start: place, end: place + 3 });
    assert.ok(placed);
    const path = features.service.pathOf(uri)!;
    assert.deepEqual(features.service.store.orphans(path), []);
    const annotation = features.service.store.anchored(path).find((a) => a.annotation.id === placed)!;
    assert.deepEqual([annotation.start, annotation.annotation.tags], [place, ['people/officials']]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Add/Edit Note... opens a Markdown editor whose save stores the note', async () => {
    const { uri, args } = await open('002_2503c3fabd29d415.txt', 'the');
    assert.equal(await vscode.commands.executeCommand('marginalia.editNote', args), undefined, 'no annotation exists before the note is saved');
    assert.equal(await readText(sidecarUri(uri)), undefined);
    const editor = await waitFor('the note editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'marginalia-note'));
    assert.equal(editor.document.languageId, 'markdown');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '## Why this matters\n\nIt sets the tone.')));
    // VS Code's save() can resolve to false on a loaded machine even though the note was written
    // and the editor ends clean (seen: one onDidSave, the document not dirty, the note stored): its
    // answer races VS Code's own bookkeeping. What the user sees is waited for instead.
    const saved = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidSaveTextDocument((d) => d === editor.document && (sub.dispose(), resolve()));
    });
    void editor.document.save();
    await saved;
    await waitFor('the note editor to be clean', () => !editor.document.isDirty);
    const stored = await waitFor('the note in the sidecar', async () => parse((await readText(sidecarUri(uri))) ?? 'annotations: []').annotations.find((a: any) => a.note));
    assert.equal(stored.note, '## Why this matters\n\nIt sets the tone.');
    assert.equal(stored.target.exact, 'the');
    const again = await vscode.commands.executeCommand<string>('marginalia.editNote', args);
    assert.equal(again, stored.id, 'the same passage opens the same note');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('sidecars nest under their source once the user turns nesting on, and nesting stays the user’s choice', () => {
    const nesting = vscode.workspace.getConfiguration('explorer.fileNesting');
    assert.equal(nesting.inspect('enabled')?.defaultValue, false);
    const patterns = nesting.get<Record<string, string>>('patterns') ?? {};
    assert.equal(patterns['*.txt'], '${capture}.txt.annotations.yaml');
    // VS Code's own patterns stay: the contributed ones are merged into them, not put in their place.
    assert.ok(Object.keys(patterns).length > 2, Object.keys(patterns).join());
  });

  test('Edit Tag... by arguments recolours a tag and describes it in the codebook', async () => {
    assert.equal(await vscode.commands.executeCommand('marginalia.editTag', { tag: 'topic/diplomacy', color: '#123456', description: 'Talks between states' }), true);
    const codebook = await waitFor('the codebook to be written', async () => {
      const parsed = parse((await readText(seedUri('marginalia.codebook.yaml')))!);
      return parsed.tags['topic/diplomacy'].color === '#123456' && parsed;
    });
    assert.equal(codebook.tags['topic/diplomacy'].description, 'Talks between states');
  });

  test('an annotation two places fit equally shows under To review, and Confirm Placement stores where it is', async () => {
    const original = 'Intro line one here.\nThe minister said yes to the plan.\nOther words follow now.\n';
    const edited = 'Something else entirely.\nThe minister said yes to the plan.\nA different ending.\nThe minister said yes to the plan.\nMore.\n';
    const start = original.indexOf('said yes');
    const end = start + 'said yes'.length;
    const uri = seedUri('review-me.txt');
    const time = '2026-01-01T00:00:00.000Z';
    const target = `exact: said yes\n      prefix: ${JSON.stringify(original.slice(start - 32, start))}\n      suffix: ${JSON.stringify(original.slice(end, end + 32))}\n      start: ${start}\n      end: ${end}`;
    const sidecar = `version: 1\nsource: review-me.txt\ntextHash: fnv1a:0\nannotations:\n  - id: unsure1\n    tags: [tone/agree]\n    created: ${time}\n    modified: ${time}\n    target:\n      ${target}\n`;
    await vscode.workspace.fs.writeFile(sidecarUri(uri), new TextEncoder().encode(sidecar));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const group = await waitFor('the To review group', () => features.tagsTree.getChildren().find((e) => e.kind === 'review'));
    const row = features.tagsTree.getChildren(group).find((e) => e.kind === 'passage' && e.id === 'unsure1');
    assert.ok(row && row.kind === 'passage');
    assert.equal(features.tagsTree.getTreeItem(row).description, 'review-me.txt · check placement');
    assert.match((await readText(sidecarUri(uri)))!, new RegExp(`start: ${start}\\n`), 'nothing is rewritten before the user confirms');
    assert.equal(await vscode.commands.executeCommand('marginalia.confirmPlacement', row), true);
    assert.match((await readText(sidecarUri(uri)))!, new RegExp(`start: ${row.start}\\n`));
    assert.equal(features.tagsTree.getChildren().some((e) => e.kind === 'review'), false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Undo Annotation Change brings back a tag removed by Remove Tag and writes it to the sidecar', async () => {
    const { uri, args } = await open('004_d77348ef46519359.txt', 'Blinken met top Chinese foreign policy leader');
    await vscode.commands.executeCommand<string>('marginalia.tagSelection', { ...args, tags: ['people/undo'] });
    assert.equal(await vscode.commands.executeCommand<number>('marginalia.removeTag', { ...args, tags: ['people/undo'] }), 1);
    const tagsOnDisk = async () => ((await readText(sidecarUri(uri))) ?? '').includes('people/undo');
    assert.equal(await tagsOnDisk(), false);
    assert.equal(await vscode.commands.executeCommand<boolean>('marginalia.undoAnnotationChange', { uri: uri.toString() }), true);
    assert.equal(await tagsOnDisk(), true);
  });

  test('a sidecar that is not UTF-8 is shown in Problems with its line and never rewritten by a tag', async () => {
    const uri = seedUri('002_2503c3fabd29d415.txt');
    // A Latin-1 "é" on line 3: a byte that is not UTF-8, which must not come back as U+FFFD.
    const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\nsource: 002_2503c3fabd29d415.txt\n# caf'), 0xe9, ...new TextEncoder().encode('\nannotations: []\n')]);
    await vscode.workspace.fs.writeFile(sidecarUri(uri), bytes);
    const problem = await waitFor('the problem on the sidecar', () => vscode.languages.getDiagnostics(sidecarUri(uri))[0]);
    assert.equal(problem.range.start.line, 2, 'on line 3');
    assert.match(problem.message, /not UTF-8/);
    const document = await vscode.workspace.openTextDocument(uri);
    const start = document.getText().indexOf('Blinken');
    await vscode.commands.executeCommand('marginalia.tagSelection', { uri: uri.toString(), start, end: start + 'Blinken'.length, tags: ['people/latin1'] });
    assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecarUri(uri)))], [...bytes], 'the file is untouched');
    await vscode.workspace.fs.delete(sidecarUri(uri));
    await waitFor('the problem to clear', () => vscode.languages.getDiagnostics(sidecarUri(uri)).length === 0);
  });

  test('the editor\'s undo key takes back the newest change: typing first, then the tag made before it', async () => {
    const { uri, document, args, start } = await open('003_3bf4201df3802dec.txt', 'Blinken');
    const editor = await vscode.window.showTextDocument(document);
    const before = document.getText();
    const id = await vscode.commands.executeCommand<string>('marginalia.tagSelection', { ...args, tags: ['people/undo-key'] });
    await editor.edit((e) => e.insert(document.positionAt(start), 'Secretary '));
    // What the undo key runs (package.json binds it with these arguments while a change is undoable).
    const undoKey = () => vscode.commands.executeCommand<boolean>('marginalia.undoAnnotationChange', { editorUndo: true });
    assert.equal(await undoKey(), false, 'the typing is newest: the editor undoes it');
    assert.equal(document.getText(), before);
    assert.ok(features.service.store.get(features.service.pathOf(uri)!, id!), 'the tag is still there');
    assert.equal(await undoKey(), true, 'then the tag');
    assert.equal(features.service.store.get(features.service.pathOf(uri)!, id!), undefined);
    await waitFor('the sidecar without the tag', async () => !((await readText(sidecarUri(uri))) ?? '').includes('people/undo-key'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
