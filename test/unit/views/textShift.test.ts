import * as assert from 'node:assert/strict';
import { TextShift } from '../../../src/core/views/textShift';

suite('TextShift', () => {
  const analysed = 'Alpha said “yes”. Beta said “no”.';

  test('equal texts map every offset to itself', () => {
    const shift = new TextShift(analysed, analysed);
    assert.equal(shift.toCurrent(5), 5);
    assert.equal(shift.toAnalysed(analysed.length), analysed.length);
  });

  test('text typed before a span moves the span by its length', () => {
    const current = `Breaking: ${analysed}`;
    const shift = new TextShift(analysed, current);
    const no = analysed.indexOf('no');
    assert.deepEqual(shift.spanToCurrent(no, no + 2), { start: current.indexOf('no'), end: current.indexOf('no') + 2 });
    assert.equal(shift.toAnalysed(current.indexOf('no')), no);
  });

  test('spans before an edit stay where they are', () => {
    const current = analysed.replace('Beta', 'Gamma');
    const shift = new TextShift(analysed, current);
    const yes = analysed.indexOf('yes');
    assert.deepEqual(shift.spanToCurrent(yes, yes + 3), { start: yes, end: yes + 3 });
  });

  test('a span whose end was deleted has no current position, and new text has no analysed one', () => {
    const current = analysed.replace('“no”.', 'maybe.');
    const shift = new TextShift(analysed, current);
    const no = analysed.indexOf('no');
    assert.equal(shift.spanToCurrent(no, no + 2), undefined);
    assert.equal(shift.toAnalysed(current.indexOf('aybe')), undefined);
  });

  test('repeated characters at the edit do not confuse the mapping', () => {
    const shift = new TextShift('aaa bbb', 'aaaa bbb');
    assert.equal(shift.toCurrent(4), 5);
    assert.equal(shift.toAnalysed(5), 4);
  });
});
