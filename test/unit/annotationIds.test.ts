import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotationCommands, AnnotationSettings } from '../../src/vscode/annotationIds';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.nls.json'), 'utf8'));

suite('annotation ids match package.json', () => {
  test('every annotation command but the internal Open Passage is contributed with a translated title', () => {
    const contributed = new Map<string, { title: string; category: string }>(manifest.contributes.commands.map((c: { command: string }) => [c.command, c]));
    const missing = Object.values(AnnotationCommands).filter((id) => id !== AnnotationCommands.openPassage && !contributed.has(id));
    assert.deepEqual(missing, []);
    for (const id of Object.values(AnnotationCommands)) {
      const command = contributed.get(id);
      if (!command) continue;
      assert.equal(command.category, 'Marginalia');
      assert.ok(nls[command.title.replace(/%/g, '')], `${id} has its title in package.nls.json`);
    }
  });

  test('every annotation setting is declared', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const key of [AnnotationSettings.decorations, AnnotationSettings.hover, AnnotationSettings.codeLens]) {
      assert.equal(properties[`${AnnotationSettings.section}.${key}`]?.type, 'boolean', key);
    }
  });

  test('menus name only contributed commands', () => {
    const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const named = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat().map((m) => m.command);
    assert.deepEqual(named.filter((c) => !contributed.has(c)), []);
  });
});
