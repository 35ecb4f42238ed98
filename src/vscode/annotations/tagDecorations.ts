import * as vscode from 'vscode';
import { toRange } from '../adapter';
import { AnnotationService } from './annotationService';
import { AnnotationSettings } from '../ids';

/**
 * Colours tagged passages by their first tag's codebook colour, with a mark in the overview ruler.
 * The fill is translucent and the underline solid so the text stays readable on light and dark
 * themes; passages with only a note get the theme's own word-highlight colours.
 */
export class TagDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly noteType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });

  constructor(
    private readonly service: AnnotationService,
    private readonly enabled: () => boolean,
  ) {}

  /** Redraws the decorations of every visible editor. */
  updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  /** Redraws one editor's decorations from the store. */
  update(editor: vscode.TextEditor): void {
    const path = this.service.pathOf(editor.document.uri);
    const ranges = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>();
    if (this.enabled() && path && this.service.store.isLoaded(path)) {
      const tags = this.service.store.codebookFor(path).current().tags;
      for (const a of this.service.store.anchored(path)) {
        const tag = a.annotation.tags[0];
        if (tag === undefined && !a.annotation.note) continue;
        const type = tag === undefined ? this.noteType : this.typeFor(tags.get(tag)?.color ?? '#808080');
        const list = ranges.get(type) ?? [];
        list.push({ range: toRange(editor.document, a.start, a.end) });
        ranges.set(type, list);
      }
    }
    for (const type of [this.noteType, ...this.types.values()]) editor.setDecorations(type, ranges.get(type) ?? []);
  }

  dispose(): void {
    this.noteType.dispose();
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }

  private typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${color}33`,
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
        overviewRulerColor: `${color}cc`,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(color, type);
    }
    return type;
  }
}

/** Registers the tag decorations: redrawn when annotations change, editors show, or the setting flips. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  const config = () => vscode.workspace.getConfiguration(AnnotationSettings.section);
  const decorations = new TagDecorations(service, () => config().get<boolean>(AnnotationSettings.decorations, true));
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => decorations.updateAll(), 30);
  };
  context.subscriptions.push(
    decorations,
    { dispose: () => clearTimeout(timer) },
    service.onDidChange(schedule),
    vscode.window.onDidChangeVisibleTextEditors(schedule),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${AnnotationSettings.section}.${AnnotationSettings.decorations}`)) schedule();
    }),
  );
  schedule();
}
