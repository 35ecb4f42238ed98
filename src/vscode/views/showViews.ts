import * as vscode from 'vscode';
import { Commands, Views } from '../ids';

/** Registers the command that reveals the Marginalia activity-bar container. */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showViews, () =>
      vscode.commands.executeCommand(`workbench.view.extension.${Views.container}`),
    ),
  );
}
