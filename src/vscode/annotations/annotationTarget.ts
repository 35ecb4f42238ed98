import * as vscode from 'vscode';
import { toOffsets, toUri } from '../adapter';
import { AnnotationService, PlacedAnnotation } from './annotationService';

/** Arguments every annotation command accepts so it can be scripted: a document and UTF-16 offsets. */
export interface TargetArgs {
  uri?: vscode.Uri | string;
  /** A corpus path (relative to the workspace folder), as hover links pass it. */
  doc?: string;
  start?: number;
  end?: number;
}

/** A resolved command target: a loaded document and a span of it (empty when only a cursor was given). */
export interface Target {
  path: string;
  document: vscode.TextDocument;
  start: number;
  end: number;
}

/**
 * The span a command acts on: the one given in its arguments, else the active editor's selection.
 * Menus pass a bare URI as the first argument; that is taken as `{ uri }`.
 */
export async function resolveTarget(service: AnnotationService, arg: unknown): Promise<Target | undefined> {
  const args: TargetArgs = arg instanceof vscode.Uri ? { uri: arg } : isObject(arg) ? (arg as TargetArgs) : {};
  const editor = vscode.window.activeTextEditor;
  const given = args.doc !== undefined ? toUri(args.doc) : args.uri;
  const uri = given === undefined ? editor?.document.uri : typeof given === 'string' ? vscode.Uri.parse(given) : given;
  if (!uri) return undefined;
  const document = editor && editor.document.uri.toString() === uri.toString() ? editor.document : await vscode.workspace.openTextDocument(uri);
  const path = await service.ensureLoaded(document);
  if (!path) return undefined;
  if (typeof args.start === 'number') return { path, document, start: args.start, end: typeof args.end === 'number' ? args.end : args.start };
  if (editor?.document !== document) return { path, document, start: 0, end: 0 };
  return { path, document, ...toOffsets(document, editor.selection) };
}

/** The placed annotations of the target's document that overlap its span (or contain its cursor). */
export function annotationsAt(service: AnnotationService, target: Target): PlacedAnnotation[] {
  return service.store
    .anchored(target.path)
    .filter((a) => (target.start === target.end ? a.start <= target.start && target.start <= a.end : a.start < target.end && target.start < a.end))
    .map((a) => ({ ...a, documentPath: target.path }));
}

/** A passage's text on one line, shortened for labels. */
export function shortText(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
