import * as assert from 'node:assert/strict';
import { addMissingTags, emptyCodebook, isValidTag, parseCodebook, serializeCodebook, tagTree } from '../../../src/core/annotations';

const FILE = 'marginalia.codebook.yaml';
const CODEBOOK = `# Our coding scheme, agreed on 3 March.
version: 1
tags:
  topic/taiwan:
    color: "#4363d8"
    description: Cross-strait relations
  tone/conciliatory:
    color: "#3cb44b" # green for calm
`;

function parsed(text: string) {
  const result = parseCodebook(text, FILE);
  if (!result.ok) assert.fail(JSON.stringify(result.problems));
  return result;
}

suite('codebook', () => {
  test('tags are read with colour and description', () => {
    const { codebook } = parsed(CODEBOOK);
    assert.deepEqual(codebook.tags.get('topic/taiwan'), { color: '#4363d8', description: 'Cross-strait relations' });
    assert.deepEqual(codebook.tags.get('tone/conciliatory'), { color: '#3cb44b' });
  });

  test('a used tag that is missing is added with a colour, and comments survive the save', () => {
    const { codebook, document } = parsed(CODEBOOK);
    assert.deepEqual(addMissingTags(codebook, ['topic/taiwan', 'topic/trade', 'bad//tag']), ['topic/trade']);
    const saved = serializeCodebook(codebook, document);
    assert.ok(saved.startsWith('# Our coding scheme'));
    assert.ok(saved.includes('# green for calm'));
    assert.match(parsed(saved).codebook.tags.get('topic/trade')?.color ?? '', /^#[0-9a-f]{6}$/);
  });

  test('an unchanged codebook saves back byte for byte', () => {
    const { codebook, document } = parsed(CODEBOOK);
    assert.equal(serializeCodebook(codebook, document), CODEBOOK);
  });

  test('a new codebook is written from nothing', () => {
    const codebook = emptyCodebook();
    addMissingTags(codebook, ['a/b']);
    assert.deepEqual([...parsed(serializeCodebook(codebook)).codebook.tags.keys()], ['a/b']);
  });

  test('invalid codebooks are refused with a line and a reason', () => {
    const badColour = parseCodebook(CODEBOOK.replace('"#4363d8"', 'blue'), FILE);
    assert.ok(!badColour.ok && badColour.problems[0].line === 5 && /color/.test(badColour.problems[0].message));
    const badVersion = parseCodebook('version: 7\n', FILE);
    assert.ok(!badVersion.ok && /unknown version 7/.test(badVersion.problems[0].message));
  });

  test('tag names are slash-separated segments without stray spaces', () => {
    assert.ok(isValidTag('topic/taiwan') && isValidTag('people/Xi Jinping'));
    for (const bad of ['', '/a', 'a/', 'a//b', ' a', 'a /b']) assert.ok(!isValidTag(bad), bad);
  });

  test('the tag tree nests by segment and includes used tags the codebook lacks', () => {
    const { codebook } = parsed(CODEBOOK);
    const tree = tagTree(['topic/trade/tariffs'], codebook);
    assert.deepEqual(tree.map((n) => n.name), ['tone', 'topic']);
    const topic = tree[1];
    assert.equal(topic.info, undefined);
    assert.deepEqual(topic.children.map((n) => n.path), ['topic/taiwan', 'topic/trade']);
    assert.deepEqual(topic.children[1].children.map((n) => n.path), ['topic/trade/tariffs']);
  });
});
