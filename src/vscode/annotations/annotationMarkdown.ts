import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations';
import { Commands } from '../ids';

/** The only commands a Marginalia hover may link to. */
export const HOVER_COMMANDS = [Commands.tagSelection, Commands.editNote, Commands.removeTag, Commands.showPassagesWithTag];

/** A command link whose arguments are JSON-encoded as VS Code expects. */
export function commandLink(label: string, command: string, args: unknown, title: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${title}")`;
}

/** Hover Markdown for the annotations at a place: tags, note and corrections, all text escaped. */
export function annotationMarkdown(uri: vscode.Uri, items: { annotation: Annotation; start: number; end: number }[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  items.forEach(({ annotation, start, end }, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    const span = { uri: uri.toString(), start, end, id: annotation.id };
    if (annotation.tags.length > 0) {
      md.appendMarkdown('$(tag) ');
      annotation.tags.forEach((tag, j) => {
        if (j > 0) md.appendMarkdown(', ');
        md.appendMarkdown(commandLink(escape(tag), Commands.showPassagesWithTag, { tag }, 'Show every passage with this tag'));
      });
      md.appendMarkdown('\n\n');
    }
    if (annotation.correction) md.appendMarkdown('$(edit) ').appendText(describeCorrection(annotation.correction)).appendMarkdown('\n\n');
    if (annotation.note) {
      // A note is shown as plain text: sidecars can come from anyone, so nothing in them is rendered.
      for (const line of annotation.note.split('\n')) md.appendMarkdown('> ').appendText(line).appendMarkdown('  \n');
      md.appendMarkdown('\n');
    }
    md.appendMarkdown(
      [
        commandLink('$(tag) Tags…', Commands.tagSelection, span, 'Change the tags of this passage'),
        commandLink(annotation.note ? '$(note) Edit Note…' : '$(note) Add Note…', Commands.editNote, span, 'Write a note on this passage'),
      ].join(' · '),
    );
  });
  return md;
}

/** A correction in plain words. */
export function describeCorrection(c: NonNullable<Annotation['correction']>): string {
  switch (c.type) {
    case 'speaker':
      return vscode.l10n.t('Corrected speaker: {0}', c.speaker);
    case 'not-a-quote':
      return vscode.l10n.t('Marked as not a quotation');
    case 'same-entity':
      return vscode.l10n.t('Same entity: {0}', c.entities.join(', '));
    case 'unlink':
      return vscode.l10n.t('Removed from its related quotations');
    case 'dismiss':
      return vscode.l10n.t('Dismissed the {0} finding on this quotation', c.finding);
  }
}

/** Escapes Markdown syntax, including the `$(` of theme icons. */
export function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => `\\${c}`);
}
