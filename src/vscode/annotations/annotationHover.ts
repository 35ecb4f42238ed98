import * as vscode from 'vscode';
import { toRange } from '../adapter';
import { annotationMarkdown } from './annotationMarkdown';
import { AnnotationService } from './annotationService';
import { AnnotationSettings } from '../ids';

/** Shows the tags, note and corrections of the annotated passages under the mouse. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnnotationService,
    private readonly enabled: () => boolean,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.enabled()) return undefined;
    const path = this.service.pathOf(document.uri);
    if (!path || !this.service.store.isLoaded(path)) return undefined;
    const offset = document.offsetAt(position);
    const here = this.service.store.anchored(path).filter((a) => a.start <= offset && offset < a.end);
    if (here.length === 0) return undefined;
    const start = Math.max(...here.map((a) => a.start));
    const end = Math.min(...here.map((a) => a.end));
    return new vscode.Hover(annotationMarkdown(document.uri, here), toRange(document, start, end));
  }
}

/** Registers the hover for every text document Marginalia annotates. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  const enabled = () => vscode.workspace.getConfiguration(AnnotationSettings.section).get<boolean>(AnnotationSettings.hover, true);
  context.subscriptions.push(vscode.languages.registerHoverProvider(documentSelector, new AnnotationHoverProvider(service, enabled)));
}

/** The documents annotation features apply to: plain text and Markdown files on disk or remote. */
export const documentSelector: vscode.DocumentSelector = [
  { language: 'plaintext', scheme: 'file' },
  { language: 'markdown', scheme: 'file' },
  { language: 'plaintext', scheme: 'vscode-remote' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'plaintext', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-vfs' },
];
