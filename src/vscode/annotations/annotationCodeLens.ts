import * as vscode from 'vscode';
import { toRange } from '../adapter';
import { documentSelector } from './annotationHover';
import { AnnotationService } from './annotationService';
import { AnnotationSettings, Commands } from '../ids';

/** A CodeLens above each tagged passage listing its tags; clicking it changes them. */
export class AnnotationCodeLensProvider implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(
    private readonly service: AnnotationService,
    private readonly enabled: () => boolean,
  ) {}

  /** Asks VS Code to fetch the lenses again. */
  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.enabled()) return [];
    const path = this.service.pathOf(document.uri);
    if (!path || !this.service.store.isLoaded(path)) return [];
    return this.service.store
      .anchored(path)
      .filter((a) => a.annotation.tags.length > 0 || a.annotation.note)
      .map((a) => {
        const tags = a.annotation.tags.map(plain).join(', ');
        const title = `$(tag) ${tags || 'no tags'}${a.annotation.note ? ' · $(note) note' : ''}`;
        return new vscode.CodeLens(toRange(document, a.start, a.end), {
          title,
          tooltip: vscode.l10n.t('Change the tags of this passage'),
          command: Commands.tagSelection,
          arguments: [{ uri: document.uri.toString(), start: a.start, end: a.end }],
        });
      });
  }
}

/** A tag name without anything a CodeLens title would render as an icon. */
function plain(tag: string): string {
  return tag.replace(/\$\(/g, '$\u200b(');
}

/** Registers the CodeLens and refreshes it when annotations or the setting change. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  const config = () => vscode.workspace.getConfiguration(AnnotationSettings.section);
  const provider = new AnnotationCodeLensProvider(service, () => config().get<boolean>(AnnotationSettings.codeLens, true));
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider(documentSelector, provider),
    service.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${AnnotationSettings.section}.${AnnotationSettings.codeLens}`)) provider.refresh();
    }),
  );
}
