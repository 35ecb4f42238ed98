import * as assert from 'node:assert/strict';
import { decodeText, isSourceDocumentPath, sidecarPathFor, unreadableReason } from '../../src/core/documents';

suite('documents', () => {
  test('text and markdown files are documents, sidecars and other files are not', () => {
    assert.ok(isSourceDocumentPath('seeds/000.txt'));
    assert.ok(isSourceDocumentPath('notes/README.MD'));
    assert.ok(!isSourceDocumentPath('seeds/000.txt.annotations.yaml'));
    assert.ok(!isSourceDocumentPath('image.png'));
  });

  test('a sidecar sits beside its document', () => {
    assert.equal(sidecarPathFor('seeds/a.txt'), 'seeds/a.txt.annotations.yaml');
  });

  test('binary and oversized files are refused with a reason a person can act on', () => {
    assert.match(unreadableReason(new Uint8Array([65, 0, 66]), 100) ?? '', /binary/);
    assert.match(unreadableReason(new Uint8Array(2048), 1024) ?? '', /2\.0 KiB, over the 1\.0 KiB limit/);
    assert.equal(unreadableReason(new TextEncoder().encode('plain “text”'), 1024), undefined);
  });

  test('a byte-order mark is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hi')]);
    assert.equal(decodeText(bytes), 'Hi');
  });
});
