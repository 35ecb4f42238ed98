import * as assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import * as packageModel from 'wink-eng-lite-web-model';
import * as ourModel from '../../src/node/winkModel';

suite('the tagger model the Node bundles load', () => {
  test('its core is the package loader\'s, table for table', () => {
    assert.deepStrictEqual(ourModel.loadCore(), (packageModel as unknown as { core: () => unknown }).core());
  });

  test('each load is a fresh core, since the tagger adds the words it meets to it', () => {
    const a = ourModel.loadCore();
    const b = ourModel.loadCore();
    assert.notEqual(a.features.lexeme.list, b.features.lexeme.list);
    assert.notEqual(a.lexicon, b.lexicon);
  });

  test('tags a text as the package\'s model does, unknown words included', () => {
    const text = 'Ms. Qin-Lindqvist told Xinhua on Tuesday: "We won\'t reopen the Zubrovka mine." Shares fell 3.5%.';
    const tag = (model: unknown) => {
      const nlp = winkNLP(model as Parameters<typeof winkNLP>[0], ['pos']);
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.lemma as never)];
    };
    assert.deepEqual(tag({ ...ourModel }), tag(packageModel));
  });

  test('an annotation the engine does not run says so instead of giving nothing', () => {
    const nlp = winkNLP({ ...ourModel } as unknown as Parameters<typeof winkNLP>[0], ['pos', 'sentiment']);
    assert.throws(() => nlp.readDoc('A fine day.'), /"sentiment" annotation is not loaded/);
  });
});
