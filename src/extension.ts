import * as vscode from 'vscode';
import * as showViews from './vscode/showViews';
import { registerAnnotationFeatures } from './vscode/registerAnnotations';

/** Activates Marginalia: each feature registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext) {
  showViews.register(context);
  return { annotations: registerAnnotationFeatures(context) };
}

export function deactivate(): void {}
