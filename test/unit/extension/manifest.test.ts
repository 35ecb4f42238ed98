import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ARTICLE_RULE } from '../../../src/core/articleFiles';
import { TOPIC_LIST_FILE } from '../../../src/core/analysis/topicList';
import { CODEBOOK_FILE } from '../../../src/core/annotations';
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

  test('the analysis worker is bundled next to each entry point, the desktop one and the web one', async () => {
    const { bundles } = await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href);
    const built = new Map((bundles() as { entryPoints: string[]; outfile: string }[]).map((b) => [b.outfile, b.entryPoints[0]]));
    assert.equal(built.get('dist/analysisWorker.js'), 'src/engine/analysisWorker.ts');
    assert.equal(built.get('dist/web/analysisWorker.js'), 'src/engine/analysisWorker.web.ts');
    assert.equal(built.get(pkg.main.replace('./', '')), 'src/extension.ts');
    assert.equal(built.get(pkg.browser.replace('./', '')), 'src/extension.web.ts');
  });

  test('sidecars nest under their source document, without turning nesting on for the user', () => {
    // Only the patterns are contributed: they take effect where the user has nesting on already.
    const defaults = contributes.configurationDefaults;
    assert.deepEqual(Object.keys(defaults), ['explorer.fileNesting.patterns']);
    const patterns: Record<string, string> = defaults['explorer.fileNesting.patterns'];
    assert.equal(patterns['*.txt'], `\${capture}.txt${SIDECAR_SUFFIX}`);
    assert.equal(patterns['*.md'], `\${capture}.md${SIDECAR_SUFFIX}`);
    for (const nested of Object.values(patterns)) assert.ok(nested.endsWith(SIDECAR_SUFFIX), nested);
    assert.ok(contributes.yamlValidation.some((v: { fileMatch: string }) => v.fileMatch === `*${SIDECAR_SUFFIX}`));
  });
});

suite('package.json asks little of a user who did not open articles', () => {
  const events: string[] = pkg.activationEvents;

  test('it starts on its own only where Marginalia’s own files are, never on any Markdown or text file', () => {
    const contains = events.filter((e) => e.startsWith('workspaceContains:')).map((e) => e.slice('workspaceContains:'.length));
    assert.deepEqual(sorted(contains), sorted([`**/*${SIDECAR_SUFFIX}`, CODEBOOK_FILE, TOPIC_LIST_FILE, 'marginalia.sources.yaml']));
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
  });

  test('otherwise it starts when the user opens one of its views or runs one of its commands', () => {
    const { container, ...views } = Views;
    for (const view of Object.values(views)) assert.ok(events.includes(`onView:${view}`), view);
    // From VS Code 1.74 every contributed command activates the extension that contributes it.
    const [major, minor] = pkg.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    assert.ok(major > 1 || minor >= 74, pkg.engines.vscode);
    assert.equal(container, 'marginalia');
  });

  test('the sample articles carry a codebook, so the folder they are copied to starts Marginalia', () => {
    assert.match(readFileSync(join(ROOT, 'media', 'samples', CODEBOOK_FILE), 'utf8'), /^version: 1$/m);
  });

  test('no key is one the desktop or VS Code already takes, and every key is in the README', () => {
    const taken = ['ctrl+alt+t', 'cmd+alt+t', 'ctrl+alt+n', 'cmd+alt+n'];
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = (key: string) => key.split(' ').map((part) => part.split('+').map((k) => (k.length === 1 ? k.toUpperCase() : k[0].toUpperCase() + k.slice(1))).join('+')).join(' ');
    for (const binding of contributes.keybindings as { command: string; key: string; mac?: string }[]) {
      for (const key of [binding.key, binding.mac].filter((k): k is string => !!k)) {
        assert.ok(!taken.includes(key), `${binding.command}: ${key}`);
        assert.ok(readme.includes(`\`${shown(key)}\``), `README lists ${shown(key)} for ${binding.command}`);
      }
    }
    // Texts shown in the views name the keys too, and must not name old ones.
    for (const key of taken) assert.ok(!JSON.stringify(nls).toLowerCase().includes(key), `package.nls.json mentions ${key}`);
  });
});

suite('the article settings', () => {
  test('default to the rule the command line applies', () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(properties['marginalia.articles.include'].default, DEFAULT_ARTICLE_RULE.include);
    assert.deepEqual(properties['marginalia.articles.exclude'].default, DEFAULT_ARTICLE_RULE.exclude);
  });
});

suite('package.json carries what a Marketplace listing needs', () => {
  test('a 128×128 PNG icon', () => {
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    // The IHDR chunk, right after the 8-byte signature and its own length and type, holds width and height.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('where the code lives, where to report a bug, and a home page', () => {
    assert.match(pkg.repository.url, /^https:\/\//);
    assert.match(pkg.bugs.url, /^https:\/\//);
    assert.match(pkg.homepage, /^https:\/\//);
  });

  test('categories beyond "Other" and keywords a reader would search for', () => {
    assert.ok(pkg.categories.some((c: string) => c !== 'Other'), pkg.categories.join());
    for (const word of ['news', 'annotation', 'quotations']) assert.ok(pkg.keywords.includes(word), word);
    // The Marketplace refuses more than 30 keywords.
    assert.ok(pkg.keywords.length <= 30);
  });
});
