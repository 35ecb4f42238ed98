import * as assert from 'node:assert/strict';
import { LineMap } from '../../../src/core/views/lineMap';

suite('LineMap', () => {
  test('counts \\n, \\r\\n and lone \\r as line ends, as VS Code does', () => {
    const map = new LineMap('ab\ncd\r\nef\rgh');
    assert.deepEqual(map.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(map.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(map.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(map.positionAt(11), { line: 3, character: 1 });
  });

  test('clamps offsets outside the text', () => {
    const map = new LineMap('ab\ncd');
    assert.deepEqual(map.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(map.positionAt(99), { line: 1, character: 2 });
  });
});
