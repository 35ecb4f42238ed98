import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDECAR_SUFFIX } from '../../../src/core/documents';
import { AnnotationSettings, Colors, Commands, ContextKeys, Settings, Views } from '../../../src/vscode/ids';

const ROOT = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const contributes = pkg.contributes;
const sorted = (values: Iterable<string>) => [...values].sort();

suite('package.json matches the identifiers in src/vscode/ids.ts', () => {
  test('every contributed command has an id in the table, and every id is contributed', () => {
    assert.deepEqual(sorted(contributes.commands.map((c: { command: string }) => c.command)), sorted(Object.values(Commands)));
  });

  test('every command is in the Marginalia category with a translatable title', () => {
    for (const command of contributes.commands as { command: string; title: string; category: string }[]) {
      assert.equal(command.category, 'Marginalia', command.command);
      assert.match(command.title, /^%[\w.]+%$/, command.command);
    }
  });

  test('the views and their container match', () => {
    assert.deepEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), [Views.container]);
    const { container, ...views } = Views;
    assert.deepEqual(sorted(contributes.views[container].map((v: { id: string }) => v.id)), sorted(Object.values(views)));
  });

  test('every setting the code reads is declared, and every declared setting is read', () => {
    const qualified = (table: Record<string, string>) => {
      const { section, ...keys } = table;
      return Object.values(keys).map((k) => `${section}.${k}`);
    };
    const declared = Object.keys(contributes.configuration.properties);
    assert.deepEqual(sorted(declared), sorted([...qualified(Settings), ...qualified(AnnotationSettings)]));
    for (const key of declared) assert.ok(contributes.configuration.properties[key].markdownDescription, `${key} has a description`);
  });

  test('the contributed colours match', () => {
    assert.deepEqual(sorted(contributes.colors.map((c: { id: string }) => c.id)), sorted(Object.values(Colors)));
  });

  test('menus, keybindings and welcome content refer only to contributed commands and known context keys', () => {
    const commands = new Set(Object.values(Commands));
    const menuItems = Object.values(contributes.menus).flat() as { command: string; when?: string }[];
    for (const item of [...menuItems, ...contributes.keybindings]) assert.ok(commands.has(item.command), item.command);
    const known = new Set<string>(Object.values(ContextKeys));
    const whens = [...menuItems, ...contributes.keybindings, ...contributes.viewsWelcome].map((i: { when?: string }) => i.when ?? '');
    for (const key of whens.join(' ').match(/marginalia\.\w+/g) ?? []) {
      if (!(Object.values(Views) as string[]).includes(key)) assert.ok(known.has(key), `unknown context key ${key}`);
    }
  });

  test('every %placeholder% in package.json has a text in package.nls.json, and no text is unused', () => {
    const raw = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const used = new Set([...raw.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    assert.deepEqual(sorted(used), sorted(Object.keys(nls)));
  });

  test('commands meant only for links and scripts are hidden from the palette', () => {
    const palette = new Map(contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const id of [Commands.openLocation, Commands.revealEntity, Commands.revealQuotation]) assert.equal(palette.get(id), 'false');
  });

  test('the Get Started walkthrough has its pages, and its links name contributed commands', () => {
    const [walkthrough] = contributes.walkthroughs;
    const commands = new Set<string>([...Object.values(Commands), ...Object.values(Views).map((v) => `${v}.focus`)]);
    assert.ok(walkthrough.steps.length >= 4);
    for (const step of walkthrough.steps as { id: string; description: string; media: { markdown: string } }[]) {
      assert.ok(existsSync(join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} exists`);
      const text = nls[step.description.replace(/%/g, '')];
      for (const [, command] of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(command), `${step.id} links ${command}`);
    }
  });

  test('the analysis worker is bundled next to the extension', () => {
    assert.match(readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8'), /src\/analysisWorker\.ts'.*dist\/analysisWorker\.js'/);
  });

  test('sidecars nest under their source document in the Explorer', () => {
    const defaults = contributes.configurationDefaults;
    assert.equal(defaults['explorer.fileNesting.enabled'], true);
    const patterns: Record<string, string> = defaults['explorer.fileNesting.patterns'];
    assert.equal(patterns['*.txt'], `\${capture}.txt${SIDECAR_SUFFIX}`);
    assert.equal(patterns['*.md'], `\${capture}.md${SIDECAR_SUFFIX}`);
    assert.ok(contributes.yamlValidation.some((v: { fileMatch: string }) => v.fileMatch === `*${SIDECAR_SUFFIX}`));
  });
});
