import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { marginalia } from '../helpers';

suite('Marginalia as a web extension', () => {
  test('runs in the web worker extension host, without Node', async () => {
    const extension = vscode.extensions.getExtension('marginalia.marginalia');
    assert.ok(extension);
    // In a web workbench an extension in the browser's worker host is a UI extension; in the
    // server's Node host it would be a workspace extension.
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
    const api = await marginalia();
    // The engine ran in a Web Worker and its analysis reached the host.
    assert.equal(api.analysis.index.analysis.documents.length, 5);
  });
});
