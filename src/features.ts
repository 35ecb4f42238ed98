/**
 * The features of Marginalia, the same on the desktop and on the web: the entry points
 * (extension.ts for the desktop, extension.web.ts for the browser) supply only how the analysis worker starts.
 */
import * as vscode from 'vscode';
import { Timings } from './vscode/analysis/timings';
import type { StartWorker } from './engine/workerTransport';
import * as analysisProgress from './vscode/analysis/analysisProgress';
import { AnalysisCache } from './vscode/analysis/analysisCache';
import { AnalysisService } from './vscode/analysis/analysisService';
import * as articleWordWrap from './vscode/workspace/articleWordWrap';
import * as compareSourcesPanel from './vscode/comparison/compareSourcesPanel';
import * as documentSources from './vscode/comparison/documentSources';
import * as findingsDiagnostics from './vscode/comparison/findingsDiagnostics';
import * as speakersByOutlet from './vscode/comparison/speakersByOutlet';
import * as correctionsOnAnalysis from './vscode/analysis/correctionsOnAnalysis';
import * as entitiesTree from './vscode/views/entitiesTree';
import * as entityReferences from './vscode/views/entityReferences';
import * as exportCommand from './vscode/exchange/exportCommand';
import * as importCommand from './vscode/exchange/importCommand';
import * as followCursor from './vscode/views/followCursor';
import * as hovers from './vscode/views/hovers';
import * as liveAnalysis from './vscode/analysis/liveAnalysis';
import type { NodeTree } from './vscode/views/nodeTree';
import * as navigationCommands from './vscode/views/navigationCommands';
import * as quotationCodeLens from './vscode/views/quotationCodeLens';
import * as quotationDecorations from './vscode/views/quotationDecorations';
import * as quotationsTree from './vscode/views/quotationsTree';
import { setting, type Services } from './vscode/services';
import * as sampleArticles from './vscode/workspace/sampleArticles';
import * as showViews from './vscode/views/showViews';
import * as statusBar from './vscode/analysis/statusBar';
import * as symbolProviders from './vscode/views/symbolProviders';
import * as topicList from './vscode/analysis/topicList';
import * as topicsTree from './vscode/views/topicsTree';
import { registerAnnotationFeatures, type AnnotationFeatures } from './vscode/annotations/registerAnnotations';

/** What the extension exports to other extensions and to the integration tests. */
export interface MarginaliaApi extends Services {
  trees: { entities: NodeTree; topics: NodeTree; quotations: NodeTree; speakersByOutlet: NodeTree };
  annotations: AnnotationFeatures;
  findings: findingsDiagnostics.FindingsFeature;
}

/** Activates Marginalia: each feature registers its own providers and commands. */
export function activateFeatures(context: vscode.ExtensionContext, startWorker: StartWorker): MarginaliaApi {
  const log = vscode.window.createOutputChannel('Marginalia', { log: true });
  // The engine runs in a worker, so nothing heavy loads on the extension host at activation.
  // Per-article results are kept in the workspace's storage, so reopening it analyses only what changed.
  const cache = context.storageUri ? new AnalysisCache(vscode.Uri.joinPath(context.storageUri, 'analysis-cache'), log) : undefined;
  const analysis = new AnalysisService(startWorker, log, () => setting<number>('analysis.maxFileSizeKB', 2048) * 1024, cache);
  context.subscriptions.push(log, analysis);
  const timings = new Timings();
  const services: Services = { analysis, log, timings };
  void analysis.whenReady().then(
    () => (timings.firstAnalysisMs ??= timings.sinceLoad()),
    () => undefined,
  );

  showViews.register(context);
  articleWordWrap.register(context);
  sampleArticles.register(context);
  const entities = entitiesTree.register(context, services);
  const topics = topicsTree.register(context, services);
  const quotations = quotationsTree.register(context, services);
  analysisProgress.register(context, services, [entities, topics, quotations]);
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
  documentSources.register(context, services);
  const whoQuotesWhom = speakersByOutlet.register(context, services);
  const annotations = registerAnnotationFeatures(context, {
    current: () => analysis.index.analysis,
    onDidChange: analysis.onDidChange,
    label: (path) => analysis.index.label(path),
  });
  correctionsOnAnalysis.register(context, services, annotations);
  const findings = findingsDiagnostics.register(context, services, annotations);
  compareSourcesPanel.register(context, services, findings);
  exportCommand.register(context, services, annotations.service);
  importCommand.register(context, annotations.service, log);
  timings.activatedMs = timings.sinceLoad();
  return { ...services, trees: { entities, topics, quotations, speakersByOutlet: whoQuotesWhom }, annotations, findings };
}
