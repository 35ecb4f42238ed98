import * as vscode from 'vscode';
import type { TopicDefinition } from '../../core/analysis/findTopics';
import type { CorpusAnalysis, DocumentEntry } from '../../core/analysis/model';
import { describeDocuments, describer, distinctLabels, type DescribedDocument, type DescriptionMemo } from '../../core/comparison/documentLabels';
import { DEFAULT_MAX_DAYS_APART, withinTimeWindow } from '../../core/comparison/timeWindow';
import type { SourceEntry } from '../../core/comparison/sourcesFile';
import { AnalysisIndex } from '../../core/views/analysisIndex';
import { LineMap } from '../../core/views/lineMap';
import { TextShift } from '../../core/views/textShift';
import { toCorpusPath, toLocation, toRange, toUri } from '../adapter';
import type { StartWorker } from '../../engine/workerTransport';
import type { AnalysisCache, CacheLookup } from './analysisCache';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import { inSlices, laterTurn } from '../laterTurn';
import { ContextKeys, Settings } from '../ids';
import { findDocuments, readAll, type SkippedFile } from '../workspace/workspaceDocuments';

const EMPTY: CorpusAnalysis = { documents: [], entities: [], topics: [], quotes: [], clusters: [] };


/** A workspace with at least this many articles is read under a notification that can be cancelled. */
const NOTIFY_FROM = 200;
// How many texts reading may run ahead of the engine: enough to keep its threads busy, few enough that
// cancelling stops the indexing soon, rather than after the engine has worked through the whole workspace.
const READ_AHEAD = 32;

/** A token cancelled when either of two is; `dispose` drops its listeners on both. */
function anyOf(a: vscode.CancellationToken, b: vscode.CancellationToken): { token: vscode.CancellationToken; dispose(): void } {
  const source = new vscode.CancellationTokenSource();
  const listeners = [a, b].map((t) => t.onCancellationRequested(() => source.cancel()));
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  return { token: source.token, dispose: () => [...listeners, source].forEach((d) => d.dispose()) };
}
/**
 * The one source of truth for the corpus analysis in the editor. A worker runs the engine;
 * this class keeps the analysed texts, sends changes, and fires `onDidChange` with each new index.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnalysisIndex>();
  /** Fires after every completed analysis. */
  readonly onDidChange = this.changed.event;
  private readonly progressed = new vscode.EventEmitter<string | undefined>();
  /** Fires as a whole-workspace analysis reads and analyses the articles, and with undefined when it ends. */
  readonly onDidProgress = this.progressed.event;
  /** What a whole-workspace analysis is doing ("Analysing articles: 40 of 700"), or undefined when none runs. */
  progress: string | undefined;
  // Documents sent to the worker since its last analysis, the total its progress counts towards.
  private sentSinceAnalysis = 0;
  // Told how many documents the worker has taken in since its last analysis, while a notification shows it.
  private onTaken?: (read: number) => void;
  private current = new AnalysisIndex(EMPTY);
  private analysed = false;
  // The texts sent to the worker, and the snapshot of them the current analysis was computed from.
  private readonly texts = new Map<string, string>();
  private analysedTexts = new Map<string, string>();
  private readonly lineMaps = new Map<string, LineMap>();
  private readonly reportedSkips = new Set<string>();
  private readonly worker: AnalysisWorkerClient;
  private running?: Promise<AnalysisIndex>;
  private queued?: Promise<AnalysisIndex>;
  private firstAnalysis?: Promise<AnalysisIndex>;
  private lastFailure?: string;
  // The engine's own result, before the user's corrections are applied to it.
  private engineResult: CorpusAnalysis = EMPTY;
  private correct: (analysis: CorpusAnalysis) => CorpusAnalysis = (analysis) => analysis;
  // The entries of the workspace's sources file, which name each document's outlet and date.
  private sources: readonly SourceEntry[] = [];
  private readonly described: DescriptionMemo = { byPath: new Map() };
  // The engine's latest documents described, a slice at a time, before the analysis is presented.
  private describedDocuments?: { of: readonly DocumentEntry[]; sources: readonly SourceEntry[]; documents: DescribedDocument[] };

  // How many times each document's text was set by an edit, so a read that started before one is not applied after it.
  private readonly edits = new Map<string, number>();

  /** How the last workspace load went: articles found, articles read, and whether it was cancelled before the end. */
  lastLoad = { found: 0, read: 0, cancelled: false };

  /** Of the texts the worker has been sent since the extension started, how many came from the cache and how many were analysed. */
  readonly cacheUse = { cached: 0, analysed: 0 };

  constructor(
    startWorker: StartWorker,
    private readonly log: vscode.LogOutputChannel,
    private readonly maxBytes: () => number,
    /** The workspace's persistent analysis cache; none without workspace storage. */
    readonly cache?: AnalysisCache,
  ) {
    this.worker = new AnalysisWorkerClient(
      startWorker,
      () => this.texts,
      (path, message) => this.reportFailure(`${path}: ${message}`),
      (read) => {
        this.onTaken?.(read);
        if (this.progress !== undefined) this.report(`Analysing articles: ${read} of ${this.sentSinceAnalysis}`);
      },
      (hash, entry) => this.cache?.store(hash, entry),
    );
  }

  /** The latest analysis (empty until the first one completes). */
  get index(): AnalysisIndex {
    return this.current;
  }

  /** Resolves once the workspace has been analysed at least once. */
  whenReady(): Promise<AnalysisIndex> {
    if (this.analysed) return Promise.resolve(this.current);
    // A failed first load is forgotten so that the next caller tries again.
    this.firstAnalysis ??= this.loadWorkspace().catch((err: unknown) => {
      this.firstAnalysis = undefined;
      throw err;
    });
    return this.firstAnalysis;
  }

  /** The text the current analysis was computed from (edits since are not in it). */
  readonly textOf = (doc: string): string | undefined => this.analysedTexts.get(doc);

  /**
   * The location of an analysed span of a corpus document. For a document open with edits made
   * since the analysis, the span is mapped onto its current text; others are computed without
   * opening them.
   */
  location(doc: string, start: number, end: number): vscode.Location {
    const analysed = this.analysedTexts.get(doc);
    const uri = toUri(doc).toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open && analysed !== undefined && open.getText() !== analysed) {
      const span = new TextShift(analysed, open.getText()).spanToCurrent(start, end);
      if (span) return new vscode.Location(open.uri, toRange(open, span.start, span.end));
    }
    let lines = this.lineMaps.get(doc);
    if (!lines) {
      lines = new LineMap(this.analysedTexts.get(doc) ?? '');
      this.lineMaps.set(doc, lines);
    }
    return toLocation(doc, lines, start, end);
  }

  /**
   * Finds and reads every document of the workspace, forgets vanished ones, and analyses the corpus. A large
   * workspace is read under a notification that says how far it is and can be cancelled, as can `token`: the
   * analysis then covers the articles read so far, and `lastLoad` says how many.
   */
  async loadWorkspace(token?: vscode.CancellationToken): Promise<AnalysisIndex> {
    // The views say the workspace is being read, not that it holds no articles, from the start.
    void vscode.commands.executeCommand('setContext', ContextKeys.analysing, true);
    this.report('Looking for articles…');
    try {
      this.worker.start();
      const uris = await findDocuments();
      const found = new Set(uris.map(toCorpusPath));
      for (const path of [...this.texts.keys()]) if (!found.has(path)) this.remove(path);
      const index = uris.length < NOTIFY_FROM ? await this.readWorkspace(uris, token).then(() => this.requestAnalysis()) : await this.indexWithNotification(uris, token);
      if (this.lastLoad.cancelled) {
        const { read, found: all } = this.lastLoad;
        void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia stopped indexing after {0} of {1} articles; the views show those. Run "Re-analyse Workspace" to read the rest.', read, all));
      }
      return index;
    } catch (err) {
      // The analysis clears the flag itself; a failure before it started must clear it here.
      void vscode.commands.executeCommand('setContext', ContextKeys.analysing, false);
      throw err;
    } finally {
      this.report(undefined);
    }
  }

  /**
   * Reads and analyses a large workspace under a notification that says how many articles the engine has
   * taken in and stays until the views are filled. Cancelling it stops the reading; the articles read so
   * far (the engine is never more than READ_AHEAD behind) are still analysed and shown.
   */
  private async indexWithNotification(uris: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<AnalysisIndex> {
    const title = vscode.l10n.t('Marginalia: indexing {0} articles', uris.length);
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
      const both = token ? anyOf(token, cancel) : undefined;
      let shown = 0;
      // Counted from the worker's last analysis, which may hold documents edited before this load began.
      const before = this.sentSinceAnalysis;
      this.onTaken = (taken) => {
        const indexed = Math.min(uris.length, Math.max(0, taken - before));
        if (indexed <= shown) return;
        progress.report({ message: vscode.l10n.t('{0} of {1} indexed', indexed, uris.length), increment: ((indexed - shown) * 100) / uris.length });
        shown = indexed;
      };
      try {
        await this.readWorkspace(uris, both?.token ?? cancel);
      } finally {
        this.onTaken = undefined;
        both?.dispose();
      }
      progress.report({ message: vscode.l10n.t('linking {0} articles', this.lastLoad.read) });
      return this.requestAnalysis();
    });
  }

  /** Reads the workspace's articles until done or cancelled, reporting every tenth read, and records how far it got. */
  private async readWorkspace(uris: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<void> {
    let count = 0;
    await this.reread(
      uris,
      (read) => {
        count = read;
        // Every tenth file and the last one, so a large workspace does not flood the views.
        if (read % 10 !== 0 && read !== uris.length) return;
        this.report(`Reading articles: ${read} of ${uris.length}`);
      },
      token,
    );
    this.lastLoad = { found: uris.length, read: count, cancelled: token?.isCancellationRequested === true && count < uris.length };
  }

  private report(progress: string | undefined): void {
    if (progress === this.progress) return;
    this.progress = progress;
    this.progressed.fire(progress);
  }

  /**
   * Reads documents from the workspace (or their open editors) and records their text; true when any changed.
   * Each changed text is looked up in the cache as it is read, and sent to the worker in reading order; the
   * reading waits whenever the worker is more than READ_AHEAD texts behind.
   */
  async reread(uris: readonly vscode.Uri[], onRead?: (read: number) => void, token?: vscode.CancellationToken): Promise<boolean> {
    let changed = false;
    let read = 0;
    let sent = Promise.resolve();
    const skipped = await readAll(uris, this.maxBytes(), token, (uri, text) => {
      const path = toCorpusPath(uri);
      if (this.texts.get(path) !== text) {
        const lookup = this.cache?.lookup(text);
        const edits = this.edits.get(path);
        sent = sent.then(async () => {
          const cached = await lookup;
          // An edit made while the cache was looked up is newer than this read: the read is dropped.
          if (this.edits.get(path) === edits) changed = this.send(path, text, cached) || changed;
        });
      }
      onRead?.(++read);
      return this.worker.caughtUp(READ_AHEAD);
    });
    await sent;
    this.reportSkipped(skipped);
    return changed;
  }

  /** Records a document's new text (an edit); call `requestAnalysis` to see the effect. Returns false when nothing changed. */
  set(path: string, text: string): boolean {
    this.edits.set(path, (this.edits.get(path) ?? 0) + 1);
    return this.send(path, text);
  }

  /** Sends a text to the worker, with its cache lookup when it was read from disk; false when nothing changed. */
  private send(path: string, text: string, cached?: CacheLookup): boolean {
    if (this.texts.get(path) === text) return false;
    this.texts.set(path, text);
    this.worker.set(path, text, cached);
    this.sentSinceAnalysis++;
    return true;
  }

  /** Forgets a document. */
  remove(path: string): boolean {
    if (!this.texts.delete(path)) return false;
    this.worker.remove(path);
    return true;
  }

  /** Reports files that cannot be analysed, once per file, naming each one and what to do. */
  reportSkipped(skipped: readonly SkippedFile[]): void {
    const fresh = skipped.filter((s) => !this.reportedSkips.has(s.path));
    if (fresh.length === 0) return;
    for (const s of fresh) {
      this.reportedSkips.add(s.path);
      this.log.warn(`Skipped ${s.path}: ${s.reason}.`);
    }
    const named = fresh.slice(0, 3).map((s) => `${s.path} (${s.reason})`).join('; ');
    const more = fresh.length > 3 ? vscode.l10n.t(' and {0} more', fresh.length - 3) : '';
    const advice = vscode.l10n.t('Move binary files out of the workspace; for a large article, raise the "Max File Size" setting.');
    void vscode.window.showWarningMessage(
      fresh.length === 1
        ? vscode.l10n.t('Marginalia skipped a file it cannot read as text: {0}{1}. {2}', named, more, advice)
        : vscode.l10n.t('Marginalia skipped {0} files it cannot read as text: {1}{2}. {3}', fresh.length, named, more, advice),
    );
  }

  /** Analyses the corpus after any analysis already running; calls made meanwhile share one run. */
  requestAnalysis(): Promise<AnalysisIndex> {
    if (this.queued) return this.queued;
    const after = this.running ?? Promise.resolve(this.current);
    const next = after
      .catch(() => this.current)
      .then(() => {
        this.queued = undefined;
        this.running = this.analyseWithProgress();
        return this.running;
      });
    this.queued = next;
    return next;
  }

  private async analyseWithProgress(): Promise<AnalysisIndex> {
    void vscode.commands.executeCommand('setContext', ContextKeys.analysing, true);
    try {
      const title = vscode.l10n.t('Marginalia: analysing {0} documents', this.texts.size);
      let snapshot = this.analysedTexts;
      const { analysis, ms, cached, analysed } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => {
        // Taken as the request is sent: the worker has every text set so far and none set later.
        snapshot = new Map(this.texts);
        const analysed = this.worker.analyse();
        this.sentSinceAnalysis = 0;
        return analysed;
      });
      // Describing thousands of documents (headline, outlet) is done a slice at a time first, for the
      // presentation to take as they are, so that presenting the analysis holds the extension host briefly.
      const sources = this.sources;
      const describe = describer((path) => snapshot.get(path), sources, this.described);
      const documents: DescribedDocument[] = [];
      await inSlices(analysis.documents, (d) => void documents.push(describe(d)));
      await laterTurn();
      this.describedDocuments = { of: analysis.documents, sources, documents: distinctLabels(documents) };
      await laterTurn();
      this.cacheUse.cached += cached;
      this.cacheUse.analysed += analysed;
      const reused = cached > 0 ? ` (${cached} of the ${cached + analysed} articles read taken from the cache)` : '';
      this.log.info(`Analysed ${analysis.documents.length} documents in ${ms.toFixed(0)} ms${reused}.`);
      this.engineResult = analysis;
      this.analysedTexts = snapshot;
      this.current = this.present();
      this.lineMaps.clear();
      this.analysed = true;
      void vscode.commands.executeCommand('setContext', ContextKeys.hasDocuments, analysis.documents.length > 0);
      this.lastFailure = undefined;
      this.changed.fire(this.current);
      return this.current;
    } catch (err) {
      this.reportFailure(err instanceof Error ? err.message : String(err));
      throw err;
    } finally {
      void vscode.commands.executeCommand('setContext', ContextKeys.analysing, false);
    }
  }

  /** Sets the user's topic list and analyses again with it. */
  setTopics(topics: TopicDefinition[]): Promise<AnalysisIndex> {
    this.worker.setTopics(topics);
    return this.requestAnalysis();
  }

  /**
   * Sets how the user's corrections (stored as annotations) change the engine's result, and
   * re-applies them to the current analysis; call again whenever the corrections change.
   */
  applyCorrections(correct: (analysis: CorpusAnalysis) => CorpusAnalysis): void {
    this.correct = correct;
    if (!this.analysed) return;
    this.current = this.present();
    this.changed.fire(this.current);
  }

  /** Sets the sources file's entries (outlets, dates, titles) and labels the documents again with them. */
  setSources(entries: readonly SourceEntry[]): void {
    this.sources = entries;
    if (!this.analysed) return;
    this.current = this.present();
    this.changed.fire(this.current);
  }

  /** Shows the analysis again after a setting that shapes its presentation changed. */
  presentAgain(): void {
    if (!this.analysed) return;
    this.current = this.present();
    this.changed.fire(this.current);
  }

  /**
   * The engine's result as the views show it: corrected, each document described and labelled, and links between
   * reports too far apart in time for their few words to be one statement taken out.
   */
  private present(): AnalysisIndex {
    const corrected = this.correct(this.engineResult);
    const ready = this.describedDocuments;
    const documents = ready && ready.of === corrected.documents && ready.sources === this.sources ? ready.documents : describeDocuments(corrected.documents, this.textOf, this.sources, this.described);
    const described = { ...corrected, documents };
    const maxDays = vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.maxDaysApart, DEFAULT_MAX_DAYS_APART);
    return new AnalysisIndex(withinTimeWindow(described, maxDays));
  }

  /** Logs a failure and tells the user once, not again for the same failure on every keystroke. */
  private reportFailure(message: string): void {
    this.log.error(`Analysis failed: ${message}`);
    const summary = message.split('\n')[0];
    if (summary === this.lastFailure) return;
    this.lastFailure = summary;
    const text = vscode.l10n.t('Marginalia could not analyse the workspace ({0}). The views keep the last complete analysis.', summary);
    void vscode.window.showErrorMessage(text, vscode.l10n.t('Show Log')).then((choice) => choice && this.log.show());
  }

  dispose(): void {
    this.worker.dispose();
    this.changed.dispose();
    this.progressed.dispose();
  }
}
