import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { child, items, marginalia } from './helpers';

suite('trees', () => {
  test('Entities lists Antony Blinken under People with his mention counts', async () => {
    const { trees } = await marginalia();
    const people = await child(trees.entities, undefined, 'People');
    const blinken = await child(trees.entities, people.node, 'Antony Blinken');
    assert.match(String(blinken.item.description), /^\d+ mentions in [2-5] documents$/);
    assert.equal(blinken.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  test('a mention in the Entities tree opens its document with the mention selected', async () => {
    const { trees } = await marginalia();
    const people = await child(trees.entities, undefined, 'People');
    const blinken = await child(trees.entities, people.node, 'Antony Blinken');
    const [doc] = await items(trees.entities, blinken.node);
    const [mention] = await items(trees.entities, doc.node);
    assert.match(mention.node.label, /Blinken/);
    const command = mention.item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /Blinken/);
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri, false), doc.node.label);
  });

  test('Quotations by speaker lists Matthew Miller; by statement it shows sources', async () => {
    const { trees } = await marginalia();
    const miller = await child(trees.quotations, undefined, 'Matthew Miller');
    const quotes = await items(trees.quotations, miller.node);
    assert.ok(quotes.some(({ node }) => /frank, substantial and constructive/.test(node.label)));
    await vscode.commands.executeCommand('marginalia.groupQuotationsByStatement');
    try {
      const statement = await child(trees.quotations, undefined, /frank, substantial and constructive/);
      assert.match(String(statement.item.description), /^[2-5] sources/);
      // The item action on a member receives the tree node itself, as VS Code passes it.
      const [member] = await items(trees.quotations, statement.node);
      assert.equal(member.item.contextValue, 'quotation.related');
      assert.ok((await vscode.commands.executeCommand<number>('marginalia.showRelatedQuotations', member.node)) >= 1);
    } finally {
      await vscode.commands.executeCommand('marginalia.groupQuotationsBySpeaker');
    }
  });

  test('Topics lists topics with their documents', async () => {
    const { trees } = await marginalia();
    const topics = await items(trees.topics);
    assert.ok(topics.length > 0);
    assert.match(String(topics[0].item.description), /passages? in \d+ documents?/);
  });

  test('revealing a quotation selects it in the Quotations view', async () => {
    const { analysis, trees } = await marginalia();
    const quote = analysis.index.analysis.quotes.find((q) => q.text.includes('frank, substantial and constructive'))!;
    // With no editor open, following the cursor cannot move the selection elsewhere meanwhile.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.ok(await vscode.commands.executeCommand<boolean>('marginalia.revealQuotation', quote.id));
    const selected = () => trees.quotations.view.selection.map((n) => n.id);
    assert.ok(selected().some((id) => id.endsWith(quote.id)), `selected ${selected().join(', ')}, expected ${quote.id}`);
  });
});
