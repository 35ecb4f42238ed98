import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidTag } from '../../../src/core/annotations';
import { SIDECAR_KEYS } from '../../../src/core/annotations/validateSidecar';

const MEDIA = join(__dirname, '..', '..', '..', 'media');
const load = (name: string) => JSON.parse(readFileSync(join(MEDIA, name), 'utf8'));

suite('JSON schemas for editors', () => {
  test('the sidecar schema allows exactly the keys the store accepts', () => {
    const schema = load('sidecar.schema.json');
    assert.deepEqual(Object.keys(schema.properties), SIDECAR_KEYS.top);
    assert.deepEqual(Object.keys(schema.definitions.annotation.properties), SIDECAR_KEYS.annotation);
    assert.deepEqual(Object.keys(schema.definitions.target.properties), SIDECAR_KEYS.target);
    assert.equal(schema.additionalProperties, false);
  });

  test('both schemas accept the same tag names as the store', () => {
    const sidecarTag = new RegExp(load('sidecar.schema.json').definitions.annotation.properties.tags.items.pattern);
    const codebookTag = new RegExp(load('codebook.schema.json').properties.tags.propertyNames.pattern);
    for (const tag of ['topic/taiwan', 'people/Xi Jinping', 'a', '/a', 'a/', 'a//b', ' a', 'a /b', 'tone/ calm']) {
      assert.equal(sidecarTag.test(tag), isValidTag(tag), tag);
      assert.equal(codebookTag.test(tag), isValidTag(tag), tag);
    }
  });
});
