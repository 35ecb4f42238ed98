import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';

suite('Open Sample Articles', () => {
  let parent: string;
  setup(() => {
    parent = mkdtempSync(join(tmpdir(), 'marginalia-samples-'));
  });
  teardown(() => rmSync(parent, { recursive: true, force: true }));

  test('copies the five articles and a starter codebook into marginalia-samples in the chosen folder', async () => {
    const result = await vscode.commands.executeCommand<{ copied: string[] }>('marginalia.openSampleArticles', { parent, open: false });
    const folder = join(parent, 'marginalia-samples');
    const files = readdirSync(folder).sort();
    assert.equal(files.filter((f) => f.endsWith('.txt')).length, 5);
    // The codebook is what makes Marginalia start on its own when the folder opens.
    assert.ok(files.includes('marginalia.codebook.yaml'), files.join());
    assert.deepEqual(result.copied.sort(), files);
    assert.match(readFileSync(join(folder, files[0]), 'utf8'), /Blinken/);
  });

  test('a second run keeps the reader’s copy and its annotations', async () => {
    await vscode.commands.executeCommand('marginalia.openSampleArticles', { parent, open: false });
    const folder = join(parent, 'marginalia-samples');
    const first = readdirSync(folder).sort().find((f) => f.endsWith('.txt'))!;
    writeFileSync(join(folder, first), 'my edited copy');
    const again = await vscode.commands.executeCommand<{ copied: string[] }>('marginalia.openSampleArticles', { parent, open: false });
    assert.deepEqual(again.copied, []);
    assert.equal(readFileSync(join(folder, first), 'utf8'), 'my edited copy');
  });
});
