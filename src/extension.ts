// Imported first so that its clock starts before the other modules load.
import { Timings } from './vscode/timings';
import * as vscode from 'vscode';
import { AnalysisService } from './vscode/analysisService';
import * as correctionsOnAnalysis from './vscode/correctionsOnAnalysis';
import * as entitiesTree from './vscode/entitiesTree';
import * as exportCommand from './vscode/exchange/exportCommand';
import * as importCommand from './vscode/exchange/importCommand';
import * as entityReferences from './vscode/entityReferences';
import * as followCursor from './vscode/followCursor';
import * as hovers from './vscode/hovers';
import * as liveAnalysis from './vscode/liveAnalysis';
import type { NodeTree } from './vscode/nodeTree';
import * as navigationCommands from './vscode/navigationCommands';
import * as quotationCodeLens from './vscode/quotationCodeLens';
import * as quotationDecorations from './vscode/quotationDecorations';
import * as quotationsTree from './vscode/quotationsTree';
import { setting, type Services } from './vscode/services';
import * as sampleArticles from './vscode/sampleArticles';
import * as showViews from './vscode/showViews';
import * as statusBar from './vscode/statusBar';
import * as symbolProviders from './vscode/symbolProviders';
import * as topicList from './vscode/topicList';
import * as topicsTree from './vscode/topicsTree';
import { registerAnnotationFeatures, type AnnotationFeatures } from './vscode/registerAnnotations';

/** What the extension exports to other extensions and to the integration tests. */
export interface MarginaliaApi extends Services {
  trees: { entities: NodeTree; topics: NodeTree; quotations: NodeTree };
  annotations: AnnotationFeatures;
}

/** Activates Marginalia: each feature registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const log = vscode.window.createOutputChannel('Marginalia', { log: true });
  // The engine runs in a worker thread, so nothing heavy loads on the extension host at activation.
  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath;
  const analysis = new AnalysisService(workerPath, log, () => setting<number>('analysis.maxFileSizeKB', 2048) * 1024);
  context.subscriptions.push(log, analysis);
  const timings = new Timings();
  const services: Services = { analysis, log, timings };
  void analysis.whenReady().then(
    () => (timings.firstAnalysisMs ??= timings.sinceLoad()),
    () => undefined,
  );

  showViews.register(context);
  sampleArticles.register(context);
  const entities = entitiesTree.register(context, services);
  const topics = topicsTree.register(context, services);
  const quotations = quotationsTree.register(context, services);
  followCursor.register(context, services);
  hovers.register(context, services);
  quotationCodeLens.register(context, services);
  quotationDecorations.register(context, services);
  entityReferences.register(context, services);
  symbolProviders.register(context, services);
  navigationCommands.register(context, services);
  statusBar.register(context, services);
  liveAnalysis.register(context, services);
  topicList.register(context, services);
  const annotations = registerAnnotationFeatures(context, { current: () => analysis.index.analysis, onDidChange: analysis.onDidChange });
  correctionsOnAnalysis.register(context, services, annotations);
  exportCommand.register(context, services, annotations.service);
  importCommand.register(context, annotations.service, log);
  timings.activatedMs = timings.sinceLoad();
  return { ...services, trees: { entities, topics, quotations }, annotations };
}

export function deactivate(): void {}
