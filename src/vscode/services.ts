import * as vscode from 'vscode';
import type { AnalysisIndex } from '../core/views/analysisIndex';
import { TextShift } from '../core/views/textShift';
import { toCorpusPath, toRange } from './adapter';
import type { AnalysisService } from './analysis/analysisService';
import { Commands, Settings } from './ids';
import type { Timings } from './analysis/timings';

/** What every feature's `register(context, services)` receives. */
export interface Services {
  analysis: AnalysisService;
  log: vscode.LogOutputChannel;
  timings: Timings;
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

/** An open document seen through the latest analysis, across any edits made since that analysis. */
export interface AnalysedDocument {
  index: AnalysisIndex;
  doc: string;
  /** The analysed offset at an editor position, or undefined inside text typed since the analysis. */
  offsetAt(position: vscode.Position): number | undefined;
  /** The editor range of an analysed span, or undefined when an edit since has removed it. */
  rangeOf(start: number, end: number): vscode.Range | undefined;
}

/** The latest analysis of an open document, mapped onto its current text; undefined when it is not in the corpus. */
export function analysedDocument(analysis: AnalysisService, document: vscode.TextDocument): AnalysedDocument | undefined {
  const doc = toCorpusPath(document.uri);
  const analysed = analysis.textOf(doc);
  if (analysed === undefined) return undefined;
  const shift = new TextShift(analysed, document.getText());
  return {
    index: analysis.index,
    doc,
    offsetAt: (position) => shift.toAnalysed(document.offsetAt(position)),
    rangeOf: (start, end) => {
      const span = shift.spanToCurrent(start, end);
      return span && toRange(document, span.start, span.end);
    },
  };
}

/** Marginalia's own command ids: the only commands hover links may run. */
export const OWN_COMMANDS: string[] = Object.values(Commands);
