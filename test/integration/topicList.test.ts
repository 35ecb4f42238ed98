import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marginalia } from './helpers';

const LIST = 'marginalia.topics.yaml';

async function until<T>(what: string, probe: () => T | undefined | false, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    assert.ok(Date.now() < deadline, `${what} in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('the workspace topic list', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const uri = () => vscode.Uri.joinPath(folder(), LIST);

  teardown(async () => {
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
  });

  test('a topic listed in marginalia.topics.yaml appears with its passages, and goes with the file', async () => {
    const { analysis } = await marginalia();
    const text = 'topics:\n  - name: Human rights and minorities\n    phrases: [human rights, Uyghurs, Uighurs]\n';
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(text));
    const topic = await until('the listed topic', () => analysis.index.analysis.topics.find((t) => t.name === 'Human rights and minorities'));
    const docs = new Set(topic.passages.map((p) => p.doc));
    assert.ok(docs.size >= 2, `passages in several articles (saw ${[...docs].join(', ')})`);
    await vscode.workspace.fs.delete(uri());
    await until('the topic to go', () => !analysis.index.analysis.topics.some((t) => t.name === 'Human rights and minorities'));
  });

  test('a topic list that is not valid YAML is reported on the file and changes nothing else', async () => {
    const { analysis } = await marginalia();
    const before = analysis.index.analysis.topics.length;
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode('topics: [unclosed\n'));
    const diagnostics = await until('a diagnostic', () => {
      const found = vscode.languages.getDiagnostics(uri());
      return found.length > 0 && found;
    });
    assert.match(diagnostics[0].message, /not valid YAML/);
    assert.ok(analysis.index.analysis.topics.length > 0 && before > 0);
  });
});
