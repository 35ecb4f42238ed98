import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Comparison } from '../../src/core/comparison/compareModel';
import type { ViewNode } from '../../src/core/views/viewNode';
import { child, hoverText, inside, items, marginalia, offsetOf, openSeed, seedUri, until } from './helpers';

const SOURCES = 'marginalia.sources.yaml';
const STATEMENT = 'frank, substantial and constructive';
const APA = 'APA, 2023-06-19';

suite('outlets, Compare Sources and consistency findings on the seeds', () => {
  const sourcesUri = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, SOURCES);
  const write = (text: string) => vscode.workspace.fs.writeFile(sourcesUri(), new TextEncoder().encode(text));
  const created: { doc: string; id: string }[] = [];
  let blinkenBefore: ViewNode;
  const blinkenNode = async () => {
    const { trees } = await marginalia();
    return (await child(trees.entities, (await child(trees.entities, undefined, 'People')).node, 'Antony Blinken')).node;
  };

  suiteSetup(async () => {
    const { analysis } = await marginalia();
    blinkenBefore = await blinkenNode();
    // The seed 004 credits "APA/AFP" and is dated 06/19/2023 in its own text; a glob key names it.
    await write(`version: 1\ndocuments:\n  "004_*.txt": { outlet: APA, date: 2023-06-19 }\n`);
    const path = vscode.workspace.asRelativePath(await seedUri('004'), false);
    await until(() => analysis.index.label(path) === APA, 15_000);
  });

  suiteTeardown(async () => {
    const { annotations } = await marginalia();
    for (const { doc, id } of created) {
      annotations.service.store.remove(doc, id);
      await annotations.service.commit(doc);
    }
    await vscode.workspace.fs.delete(sourcesUri()).then(undefined, () => undefined);
    // The Compare Sources panel and the articles opened here would otherwise hold the focus.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('labels replace file names: the outlet from the sources file, else the headline', async () => {
    const { trees } = await marginalia();
    // VS Code may still read a node of the tree built before the sources file arrived (it did on a busy
    // machine); its old children must not stand in for the new tree's.
    await trees.entities.getChildren(blinkenBefore);
    const labels = (await items(trees.entities, await blinkenNode())).map(({ node }) => node.label);
    assert.ok(labels.includes(APA), labels.join(' | '));
    assert.ok(labels.includes('Between the United States and China, a meeting to stabilize…'), labels.join(' | '));
    const { document } = await openSeed('000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, STATEMENT));
    assert.match(hoverText(hovers), /APA, 2023\\-06\\-19/);
    assert.doesNotMatch(hoverText(hovers), /`004_d77348ef46519359\.txt`/, 'the file name is no longer shown');
  });

  test('the comparison opens from the CodeLens with every version of the statement', async () => {
    const { analysis } = await marginalia();
    const { document } = await openSeed('000');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
    const line = document.positionAt(offsetOf(document, STATEMENT)).line;
    const lens = lenses.find((l) => l.range.start.line === line && l.command?.command === 'marginalia.compareSources');
    assert.ok(lens, `a Compare sources lens on line ${line + 1}`);
    const model = await vscode.commands.executeCommand<Comparison>(lens.command!.command, ...(lens.command!.arguments ?? []));
    const quote = analysis.index.quoteAt(vscode.workspace.asRelativePath(document.uri, false), offsetOf(document, STATEMENT) + 2)!;
    assert.deepEqual(model.versions.map((v) => v.quoteId).sort(), analysis.index.clusterMembers(quote).map((q) => q.id).sort());
    assert.equal(model.versions[model.base].quoteId, quote.id);
    const apa = model.versions.find((v) => v.label === APA);
    assert.equal(apa?.speaker, 'Both sides');
    assert.ok(apa.against[model.base].some((s) => s.changed && /deep/.test(s.text)), 'the APA wording differs by "deep"');
  });

  test('findings appear in Problems, and their quick fixes record the speaker or dismiss them', async () => {
    const { analysis, findings } = await marginalia();
    const uri = await seedUri('000');
    const problems = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Marginalia' && d.code === 'attribution');
    const seen = () => problems().map((d) => d.message).join(' | ') || 'no attribution problems';
    await until(() => problems().some((d) => /Both sides \(APA, 2023-06-19\)/.test(d.message)), 15_000, seen);
    const diagnostic = problems().find((d) => /Both sides/.test(d.message))!;
    await vscode.workspace.openTextDocument(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    for (const t of ['Compare sources', 'Attribute to Both sides, as other sources do', 'Dismiss this attribution finding']) assert.ok(titles.includes(t), titles.join(' | '));

    // Recording the right speaker on the APA version settles the disagreement.
    const apaQuote = analysis.index.analysis.quotes.find((q) => analysis.index.label(q.doc) === APA && q.text.includes('constructive'))!;
    const apaUri = await seedUri('004');
    const apaProblem = vscode.languages.getDiagnostics(apaUri).find((d) => d.code === 'attribution');
    assert.ok(apaProblem, 'the APA version carries the finding too');
    await vscode.workspace.openTextDocument(apaUri);
    const apaActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', apaUri, apaProblem.range);
    const attribute = apaActions.find((a) => a.title === 'Attribute to Matthew Miller, as other sources do');
    assert.ok(attribute, apaActions.map((a) => a.title).join(' | '));
    created.push({ doc: apaQuote.doc, id: await vscode.commands.executeCommand<string>(attribute.command!.command, ...(attribute.command!.arguments ?? [])) });
    await until(() => !problems().some((d) => /Both sides/.test(d.message)), 15_000, seen);
    assert.equal(analysis.index.speakerName(analysis.index.quote(apaQuote.id)!), 'Matthew Miller');

    // The seeds' one attribution finding is settled; dismissing a wording finding keeps it out, through a dismiss
    // correction in the sidecar.
    assert.deepEqual(findings.current().filter((f) => f.kind === 'attribution'), [], 'no attribution finding remains');
    const other = findings.current().find((f) => f.kind === 'wording')!;
    assert.ok(other, 'a wording finding remains');
    const target = analysis.index.quote(other.quotes[0])!;
    const dismiss = { quoteId: target.id, kind: 'wording' };
    created.push({ doc: target.doc, id: await vscode.commands.executeCommand<string>('marginalia.dismissFinding', dismiss) });
    await until(() => !findings.current().some((f) => f.cluster === other.cluster && f.kind === 'wording'), 15_000, () => JSON.stringify(findings.current()));
    const sidecar = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `${target.doc}.annotations.yaml`);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), /type: dismiss\n\s+finding: wording/);
  });

  test('Who Quotes Whom counts speakers per outlet, opens each cell, and exports CSV', async () => {
    const { trees } = await marginalia();
    const qin = await child(trees.speakersByOutlet, undefined, 'Qin Gang');
    const cells = await items(trees.speakersByOutlet, qin.node);
    assert.ok(cells.length >= 2, cells.map(({ node }) => node.label).join(' | '));
    const [first] = await items(trees.speakersByOutlet, cells[0].node);
    assert.equal(Number(cells[0].node.description), (await items(trees.speakersByOutlet, cells[0].node)).length);
    assert.equal(first.item.command?.command, 'marginalia.openLocation');
    const csv = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', 'who-quotes-whom.csv');
    await vscode.commands.executeCommand('marginalia.exportSpeakersByOutlet', csv);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv));
    assert.match(text, /^Speaker,(.*,)?APA,(.*,)?Total\r\n/, 'outlets head the columns');
    assert.match(text, /\r\nQin Gang,/);
  });

  test('Create Sources File writes a starter listing every article, with the headlines and datelines known', async () => {
    const { analysis } = await marginalia();
    await vscode.workspace.fs.delete(sourcesUri());
    await until(() => !analysis.index.analysis.documents.some((d) => d.outlet === 'APA'), 15_000);
    await vscode.commands.executeCommand('marginalia.createSourcesFile');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sourcesUri()));
    assert.match(text, /^version: 1$/m);
    for (const d of analysis.index.analysis.documents) assert.ok(text.includes(`"${d.path}":`), d.path);
    assert.match(text, /title: "Between the United States and China, a meeting to stabilize relations despite the differences"/);
    assert.match(text, /"002_2503c3fabd29d415\.txt":\n\s+outlet: \n\s+date: "2023-06-19"\n/, 'seed 002 opens with "date 2023-06-19"');
    assert.equal(vscode.languages.getDiagnostics(sourcesUri()).length, 0, 'the starter file reads back without problems');
  });

  test('a sources file that does not parse is reported on its line and never overwritten', async () => {
    const { analysis } = await marginalia();
    const bad = 'version: 1\ndocuments:\n  "004_*.txt": { outlet: [APA\n';
    await write(bad);
    // Writing truncates the file first, and a read in between sees an empty one: wait for the message about
    // what was written, not for the first message.
    const messages = () => vscode.languages.getDiagnostics(sourcesUri()).map((d) => d.message);
    await until(() => messages().some((m) => /^marginalia\.sources\.yaml, line \d+: not valid YAML/.test(m)), 15_000, () => messages().join(' | ') || 'no problems');
    assert.equal(messages().length, 1, messages().join(' | '));
    await vscode.commands.executeCommand('marginalia.createSourcesFile');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sourcesUri())), bad);
    await until(() => !analysis.index.analysis.documents.some((d) => d.outlet === 'APA'), 15_000);
  });
});
