import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusAnalysis, Entity } from '../../src/core/analysis/model';

const ROOT = join(__dirname, '..', '..');

suite('cli analyze on the seeds', function () {
  let a: CorpusAnalysis;
  suiteSetup(() => {
    a = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', join(ROOT, 'seeds'), '--json'], { encoding: 'utf8' }));
  });
  const find = (name: string): Entity | undefined => a.entities.find((e) => e.name === name);

  test('Antony Blinken is one person with his short forms, mentioned in all five articles', () => {
    const e = find('Antony Blinken');
    assert.equal(e?.type, 'person');
    assert.ok(e.aliases.includes('Blinken') && e.aliases.includes('Mr. Blinken'), e.aliases.join());
    assert.equal(new Set(e.mentions.map((m) => m.doc)).size, 5);
  });

  test('Xi Jinping and Qin Gang absorb "Mr. Xi", "Xi" and "Qin"', () => {
    assert.ok(find('Xi Jinping')?.aliases.includes('Mr. Xi'));
    assert.ok(find('Xi Jinping')?.aliases.includes('Xi'));
    assert.ok(find('Qin Gang')?.aliases.includes('Qin'));
  });

  test('the people, organisations and places a reader would name are found and typed', () => {
    const expect: [string, string][] = [
      ...['Wang Yi', 'Joe Biden', 'Matthew Miller', 'Mike Pompeo', 'Daniel Kritenbrink', 'Kurt Campbell', 'Shi Yinhong', 'Janet Yellen', 'Nancy Pelosi', 'Li Shangfu', 'Lloyd Austin', 'Jake Sullivan', 'William Burns'].map((n): [string, string] => [n, 'person']),
      ...['State Department', 'CCTV', 'CIA', 'Xinhua', 'Reuters'].map((n): [string, string] => [n, 'organization']),
      ...['Beijing', 'Taiwan', 'Washington', 'Bali', 'Singapore', 'Vienna', 'South China Sea'].map((n): [string, string] => [n, 'place']),
    ];
    const wrong = expect.filter(([n, t]) => find(n)?.type !== t).map(([n, t]) => `${n} (${t}, got ${find(n)?.type})`);
    assert.deepEqual(wrong, []);
  });

  test('every mention and quotation is the exact slice of its file', () => {
    const texts = new Map(a.documents.map((d) => [d.path, readFileSync(join(ROOT, 'seeds', d.path), 'utf8')]));
    for (const e of a.entities) for (const m of e.mentions) assert.equal(texts.get(m.doc)!.slice(m.start, m.end), m.text);
    for (const q of a.quotes) assert.equal(texts.get(q.doc)!.slice(q.start, q.end), q.text);
    assert.equal(a.documents.length, 5);
  });

  test('the titles standing for people resolve to them', () => {
    assert.ok(find('Xi Jinping')?.mentions.some((m) => m.text === 'Chinese head of state'));
    assert.ok(find('Antony Blinken')?.mentions.some((m) => /Secretary of State/i.test(m.text)));
  });

  test('quotations name their speakers as entities', () => {
    const speakers = new Set(a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name));
    for (const name of ['Antony Blinken', 'Qin Gang', 'Wang Yi', 'Xi Jinping', 'Joe Biden']) assert.ok(speakers.has(name), name);
  });

  test('a title the article never tied to a name is resolved through the other articles', () => {
    const q = a.quotes.find((x) => x.doc.startsWith('000') && x.text.startsWith('This is not in line with the fundamental interests'));
    assert.equal(a.entities.find((e) => e.id === q?.speaker)?.name, 'Qin Gang', JSON.stringify(q));
  });
});

suite('cli analyze output through a pipe', function () {
  // Analysing four documents through a shell pipe can take more than mocha's 10 s on a loaded machine.
  this.timeout(60_000);

  test('JSON larger than a pipe buffer arrives whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
    try {
      const body = Array.from({ length: 60 }, (_, i) => `Minister Ada Vorn${i} said: “We will build ${i} new bridges across the Kestrel river this year.”`).join('\n\n');
      for (let d = 0; d < 4; d++) writeFileSync(join(dir, `doc${d}.txt`), body);
      // A reader that starts late lets the pipe fill, as a shell pipeline into a slow tool does.
      const cli = [process.execPath, join(ROOT, 'dist', 'cli.js'), 'analyze', dir, '--json'].map((a) => `'${a}'`).join(' ');
      const out = execFileSync('sh', ['-c', `${cli} | (sleep 0.3; cat)`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.ok(out.length > 65536, `only ${out.length} characters: the fixture must exceed a pipe buffer`);
      assert.equal(JSON.parse(out).documents.length, 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('cli analyze with outlets', () => {
  test('documents carry outlet, date, url and title from the sources file and headline; findings name their sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Bridges for the Kestrel valley\n\nMinister Ada Vorn said on Monday: “We will build twelve new bridges across the Kestrel river this year.”\n');
      mkdirSync(join(dir, 'wire'));
      writeFileSync(join(dir, 'wire', 'b.txt'), 'Mayor Tom Kell said on Monday: “We will build twelve modern bridges across the Kestrel river this year.”\n');
      writeFileSync(join(dir, 'marginalia.sources.yaml'), 'version: 1\ndocuments:\n  "wire/*.txt": { outlet: Kestrel Wire, date: 2024-05-06, url: "https://example.org/b" }\n');
      const out = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', dir, '--json'], { encoding: 'utf8' }));
      const pick = (d: Record<string, unknown>) => [d.path, d.outlet, d.date, d.url, d.title];
      assert.deepEqual(out.documents.map(pick), [
        ['a.txt', null, null, null, 'Bridges for the Kestrel valley'],
        ['wire/b.txt', 'Kestrel Wire', '2024-05-06', 'https://example.org/b', null],
      ]);
      const kinds = out.findings.map((f: { kind: string }) => f.kind).sort();
      assert.deepEqual(kinds, ['attribution', 'wording']);
      const attribution = out.findings.find((f: { kind: string }) => f.kind === 'attribution');
      assert.equal(attribution.quotes.length, 2);
      assert.equal(attribution.message, 'Sources disagree on who said this: Ada Vorn (Bridges for the Kestrel valley) vs Tom Kell (Kestrel Wire, 2024-05-06).');
      assert.deepEqual(Object.keys(attribution).sort(), ['cluster', 'kind', 'message', 'quotes']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
