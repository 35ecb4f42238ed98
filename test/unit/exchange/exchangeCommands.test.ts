import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand, importCommand } from '../../../src/node/exchangeCommands';
import { craftZip } from './craftZip';

const SIDECAR = `version: 1
source: a.txt
textHash: fnv1a:0
annotations:
  - id: aaaaaaaaaaaa
    tags:
      - tone/warm
    note: |-
      Two
      lines
    created: 2026-01-01T00:00:00.000Z
    modified: 2026-01-01T00:00:00.000Z
    target:
      exact: minister
      prefix: ""
      suffix: ""
      start: 5
      end: 13
`;

suite('export and import on the command line', () => {
  let dir: string;
  let lines: string[];
  let errors: string[];
  const print = (l: string) => void lines.push(l);
  const error = (l: string) => void errors.push(l);
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-exchange-'));
    lines = [];
    errors = [];
    for (const name of ['work', 'clean']) {
      const folder = join(dir, name);
      mkdirSync(folder);
      writeFileSync(join(folder, 'a.txt'), '🙂 A minister spoke.\n');
    }
    writeFileSync(join(dir, 'work', 'a.txt.annotations.yaml'), SIDECAR);
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('export writes each format; import --dry-run lists what it would add and writes nothing; import adds it', async () => {
    for (const format of ['qdpx', 'qdc', 'w3c', 'csv']) {
      assert.equal(await exportCommand([join(dir, 'work'), '--format', format, '--out', join(dir, `out.${format}`)], print, error), 0, errors.join('\n'));
    }
    assert.match(lines[0], /^Exported 1 passage\(s\) from 1 document\(s\) to .*out\.qdpx\.$/);
    assert.ok(readFileSync(join(dir, 'out.csv'), 'utf8').startsWith('\ufeffrow,document,outlet,start,end,text,tags,note'));
    lines = [];
    assert.equal(await importCommand([join(dir, 'clean'), join(dir, 'out.qdpx'), '--dry-run'], print, error), 0);
    assert.deepEqual(readdirSync(join(dir, 'clean')), ['a.txt']);
    assert.match(lines.join('\n'), /a\.txt\.annotations\.yaml: would add 1 annotation\(s\)\n {2}[0-9a-f]{12} \[4-12\] "minister" tags: tone\/warm note: "Two lines"/);
    assert.match(lines.at(-1)!, /^Dry run, nothing written: 1 annotation\(s\) and 1 tag\(s\) to add/);
    lines = [];
    assert.equal(await importCommand([join(dir, 'clean'), join(dir, 'out.w3c')], print, error), 0);
    assert.match(readFileSync(join(dir, 'clean', 'a.txt.annotations.yaml'), 'utf8'), /exact: minister[\s\S]*start: 4\n\s+end: 12/);
  });

  test('options are parsed strictly: an unknown option or format is refused with the usage', async () => {
    assert.equal(await exportCommand([join(dir, 'work'), '--format', 'qdpx', '--out', 'x', '--verbose'], print, error), 2);
    assert.match(errors.join('\n'), /Unknown option '--verbose'[\s\S]*Usage: node dist\/cli.js export/);
    assert.equal(await exportCommand([join(dir, 'work'), '--format', 'docx', '--out', 'x'], print, error), 2);
    assert.match(errors.at(-1)!, /Unknown format "docx": use one of qdpx, qdc, w3c, csv/);
    assert.equal(await importCommand([join(dir, 'work')], print, error), 2);
  });

  test('a hostile or broken file is refused with its name and line, and nothing is written', async () => {
    const hostile = join(dir, 'hostile.qdpx');
    writeFileSync(hostile, craftZip([{ name: 'project.qde', data: new TextEncoder().encode('<Project/>') }, { name: '../escape.txt', data: new Uint8Array(1) }]));
    assert.equal(await importCommand([join(dir, 'clean'), hostile], print, error), 1);
    assert.match(errors[0], /hostile\.qdpx:1: the archive cannot be read: the entry "\.\.\/escape\.txt" has a path that escapes.*Nothing was imported/);
    const broken = join(dir, 'broken.qde');
    writeFileSync(broken, '<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n<Sources>\n<TextSource/>\n</Sources></Project>');
    assert.equal(await importCommand([join(dir, 'clean'), broken], print, error), 1);
    assert.match(errors[1], /broken\.qde:3: <TextSource> lacks the required attribute guid\. Nothing was imported/);
    assert.deepEqual(readdirSync(join(dir, 'clean')), ['a.txt']);
  });
});
