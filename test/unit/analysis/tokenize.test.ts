import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/analysis/tokenize';

suite('tokenize', () => {
  test('a possessive splits off the name even after the tagger met the word whole elsewhere', () => {
    tokenize('The Quarnby’s-based group grew.');
    const tokens = tokenize('An experimental Quarnby’s disease drug.');
    assert.deepEqual(tokens.text.slice(2, 4), ['Quarnby', '’s']);
    assert.equal(tokens.pos[3], 'PART');
  });

  test('every token is the exact slice of the text at its offsets', () => {
    const text = 'Mr. O’Neill’s then-U.S. envoy said: “No.”';
    const tokens = tokenize(text);
    tokens.text.forEach((t, i) => assert.equal(text.slice(tokens.start[i], tokens.end[i]), t));
  });
});
