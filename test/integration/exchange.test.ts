import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as vscode from 'vscode';
import type { ImportReport } from '../../src/core/exchange';
import type { ExportOutcome } from '../../src/node/exchange';
import type { AnnotationFeatures } from '../../src/vscode/annotations/registerAnnotations';

const ARTICLE = '002_2503c3fabd29d415.txt';

function articleUri(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ARTICLE);
}

/** Polls until the check holds (file watchers report on their own schedule). */
async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

suite('Export and Import Annotations in a real VS Code', () => {
  let features: AnnotationFeatures;
  let dir: string;
  let text: string;

  suiteSetup(async () => {
    features = (await vscode.extensions.getExtension('marginalia.marginalia')!.activate()).annotations;
    await features.ready;
    dir = mkdtempSync(join(tmpdir(), 'marginalia-exchange-'));
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(articleUri()));
  });
  // The other suites expect the article without annotations: what these tests added goes again.
  suiteTeardown(async () => {
    rmSync(dir, { recursive: true, force: true });
    const mine = features.service.allPlaced().filter((p) => p.annotation.tags.some((t) => t === 'exchange/exported' || t === 'colleague/checked'));
    for (const placed of mine) features.service.store.remove(placed.documentPath, placed.annotation.id);
    for (const path of new Set(mine.map((p) => p.documentPath))) await features.service.save(path);
  });

  test('both commands are in the palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('marginalia.exportAnnotations') && commands.includes('marginalia.importAnnotations'));
  });

  test('Export Annotations writes a REFI-QDA project holding a passage tagged in the editor', async () => {
    const phrase = text.split('\n').find((l) => l.length > 40)!.slice(0, 30);
    const start = text.indexOf(phrase);
    await vscode.commands.executeCommand('marginalia.tagSelection', { uri: articleUri().toString(), start, end: start + phrase.length, tags: ['exchange/exported'] });
    const out = join(dir, 'project.qdpx');
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('marginalia.exportAnnotations', { uri: vscode.Uri.file(out), format: 'qdpx' });
    assert.ok(outcome && outcome.passages >= 1, 'the export reports the tagged passage');
    const files = unzipSync(readFileSync(out));
    const qde = new TextDecoder().decode(files['project.qde']);
    assert.match(qde, /<Code guid="[^"]+" name="exported" isCodable="true"/);
    assert.ok(qde.includes(`name="${ARTICLE}"`), 'the article is a TextSource');
    assert.ok(Object.keys(files).some((f) => f.startsWith('sources/')), 'the articles travel as plain text');
  });

  test('Import Annotations takes in a colleague\'s W3C annotations, shows them, and adds nothing the second time', async () => {
    const phrase = text.split('\n').filter((l) => l.length > 60)[1].slice(10, 40);
    const file = join(dir, 'colleague.jsonld');
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0f0e0d0c-0b0a-4908-8706-050403020100',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'colleague/checked' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Seen by a colleague' },
      ],
      target: { source: ARTICLE, selector: { type: 'TextQuoteSelector', exact: phrase } },
    };
    writeFileSync(file, JSON.stringify(annotation));
    const report = await vscode.commands.executeCommand<ImportReport>('marginalia.importAnnotations', { uri: vscode.Uri.file(file) });
    assert.deepEqual(report?.added.map((a) => [a.text, a.tags, a.note]), [[phrase, ['colleague/checked'], 'Seen by a colleague']]);
    const imported = () => features.service.allPlaced().find((p) => p.annotation.tags.includes('colleague/checked'));
    await waitFor('the imported passage in the store', () => imported() !== undefined);
    const placed = imported()!;
    assert.equal(placed.documentPath, ARTICLE);
    assert.equal(text.slice(placed.start, placed.end), phrase);
    const again = await vscode.commands.executeCommand<ImportReport>('marginalia.importAnnotations', { uri: vscode.Uri.file(file) });
    assert.deepEqual([again?.added.length, again?.alreadyThere], [0, 1]);
  });

  test('a file that does not parse is refused and nothing is written', async () => {
    const file = join(dir, 'broken.qde');
    writeFileSync(file, '<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n<Sources>\n</Project>');
    const sidecar = vscode.Uri.joinPath(articleUri(), '..', `${ARTICLE}.annotations.yaml`);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    const report = await vscode.commands.executeCommand<ImportReport | undefined>('marginalia.importAnnotations', { uri: vscode.Uri.file(file) });
    assert.equal(report, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), before);
  });
});
