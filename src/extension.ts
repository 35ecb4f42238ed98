import * as vscode from 'vscode';
import * as showViews from './vscode/showViews';

/** Activates Marginalia: each feature registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext): void {
  showViews.register(context);
}

export function deactivate(): void {}
