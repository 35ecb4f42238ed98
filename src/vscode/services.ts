import * as vscode from 'vscode';
import type { AnalysisIndex } from '../core/views/analysisIndex';
import { toCorpusPath } from './adapter';
import type { AnalysisService } from './analysisService';
import { Commands, Settings } from './ids';

/** What every feature's `register(context, services)` receives. */
export interface Services {
  analysis: AnalysisService;
  log: vscode.LogOutputChannel;
}

/** Reads a Marginalia setting, falling back to the default declared in package.json. */
export function setting<T>(key: (typeof Settings)[Exclude<keyof typeof Settings, 'section'>], fallback: T): T {
  return vscode.workspace.getConfiguration(Settings.section).get<T>(key, fallback);
}

/** Fires the callback when one of the given Marginalia settings changes. */
export function onSettingChange(keys: string[], callback: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (keys.some((key) => e.affectsConfiguration(`${Settings.section}.${key}`))) callback();
  });
}

/** The documents Marginalia's editor features apply to; providers still check that a file is in the corpus. */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/** The current index and the corpus path of a document, when its analysis matches its text. */
export function analysedDocument(analysis: AnalysisService, document: vscode.TextDocument): { index: AnalysisIndex; doc: string } | undefined {
  if (!analysis.isCurrent(document)) return undefined;
  return { index: analysis.index, doc: toCorpusPath(document.uri) };
}

/** Marginalia's own command ids: the only commands hover links may run. */
export const OWN_COMMANDS: string[] = Object.values(Commands);
