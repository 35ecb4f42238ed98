import * as assert from 'node:assert/strict';
import { TitleIndex } from '../../../src/core/analysis/TitleIndex';

suite('TitleIndex', () => {
  test('a title tied to one person answers that person, whatever the asked nationality agrees with', () => {
    const index = new TitleIndex();
    index.add('foreign minister', 'ruritania', 'person:ivo brandt', 1);
    index.add('foreign minister', '', 'person:ivo brandt', 1);
    assert.equal(index.only('foreign minister', 'ruritania'), 'person:ivo brandt');
    assert.equal(index.only('foreign minister', ''), 'person:ivo brandt');
    assert.equal(index.only('foreign minister', 'freedonia'), undefined);
    assert.equal(index.only('finance minister', ''), undefined);
  });

  test('the same nationality wins over an untied one, and two candidates give no answer', () => {
    const index = new TitleIndex();
    index.add('foreign minister', 'ruritania', 'person:ivo brandt', 1);
    index.add('foreign minister', '', 'person:tom lutz', 1);
    assert.equal(index.only('foreign minister', 'ruritania'), 'person:ivo brandt');
    assert.equal(index.only('foreign minister', 'freedonia'), 'person:tom lutz');
    assert.equal(index.only('foreign minister', ''), undefined);
  });

  test('only titles whose set of people changed are reported, and removing a tie undoes it', () => {
    const index = new TitleIndex();
    index.add('foreign minister', '', 'person:ivo brandt', 1);
    assert.deepEqual(index.takeChanged(), ['foreign minister']);
    index.add('foreign minister', '', 'person:ivo brandt', 1);
    assert.deepEqual(index.takeChanged(), []);
    index.add('foreign minister', '', 'person:ivo brandt', -2);
    assert.deepEqual(index.takeChanged(), ['foreign minister']);
    assert.equal(index.only('foreign minister', ''), undefined);
  });
});
