/** Command, view, setting and context-key identifiers; they must match package.json (a unit test checks). */
export const Commands = {
  showViews: 'marginalia.showViews',
  openSampleArticles: 'marginalia.openSampleArticles',
  reanalyse: 'marginalia.reanalyse',
  openLocation: 'marginalia.openLocation',
  nextRelatedQuotation: 'marginalia.nextRelatedQuotation',
  previousRelatedQuotation: 'marginalia.previousRelatedQuotation',
  showRelatedQuotations: 'marginalia.showRelatedQuotations',
  nextQuotation: 'marginalia.nextQuotation',
  previousQuotation: 'marginalia.previousQuotation',
  groupQuotationsBySpeaker: 'marginalia.groupQuotationsBySpeaker',
  groupQuotationsByStatement: 'marginalia.groupQuotationsByStatement',
  revealEntity: 'marginalia.revealEntity',
  revealQuotation: 'marginalia.revealQuotation',
  tagSelection: 'marginalia.tagSelection',
  removeTag: 'marginalia.removeTag',
  editNote: 'marginalia.editNote',
  showPassagesWithTag: 'marginalia.showPassagesWithTag',
  editTag: 'marginalia.editTag',
  openAnnotationsFile: 'marginalia.openAnnotationsFile',
  saveAnnotations: 'marginalia.saveAnnotations',
  reattachOrphan: 'marginalia.reattachOrphan',
  deleteOrphan: 'marginalia.deleteOrphan',
  confirmPlacement: 'marginalia.confirmPlacement',
  undoAnnotationChange: 'marginalia.undoAnnotationChange',
  attributeQuotation: 'marginalia.attributeQuotation',
  markNotQuotation: 'marginalia.markNotQuotation',
  mergeEntities: 'marginalia.mergeEntities',
  createSourcesFile: 'marginalia.createSourcesFile',
  compareSources: 'marginalia.compareSources',
  dismissFinding: 'marginalia.dismissFinding',
  showSpeakersByOutlet: 'marginalia.showSpeakersByOutlet',
  exportSpeakersByOutlet: 'marginalia.exportSpeakersByOutlet',
  exportAnnotations: 'marginalia.exportAnnotations',
  importAnnotations: 'marginalia.importAnnotations',
} as const;

/** Commands used by tree items and links only, not contributed to package.json. */
export const InternalCommands = {
  openPassage: 'marginalia.openPassage',
} as const;

export const Views = {
  container: 'marginalia',
  entities: 'marginalia.entities',
  topics: 'marginalia.topics',
  quotations: 'marginalia.quotations',
  tags: 'marginalia.tags',
  speakersByOutlet: 'marginalia.speakersByOutlet',
} as const;

/** Setting keys under the `marginalia` section. */
export const Settings = {
  section: 'marginalia',
  debounceMs: 'analysis.debounceMs',
  maxFileSizeKB: 'analysis.maxFileSizeKB',
  followCursor: 'views.followCursor',
  codeLens: 'codeLens.enabled',
  hover: 'hover.enabled',
  quotationDecorations: 'decorations.quotations',
  articlesInclude: 'articles.include',
  articlesExclude: 'articles.exclude',
  wrapArticles: 'editor.wrapArticles',
  findingsSeverity: 'findings.severity',
  maxDaysApart: 'links.maxDaysApart',
} as const;

/** Setting keys of the annotation features, under `marginalia.annotations`. */
export const AnnotationSettings = {
  section: 'marginalia.annotations',
  decorations: 'decorations.enabled',
  hover: 'hover.enabled',
  codeLens: 'codeLens.enabled',
} as const;

/** Context keys the extension sets for `when` clauses. */
export const ContextKeys = {
  hasDocuments: 'marginalia.hasDocuments',
  analysing: 'marginalia.analysing',
  isDocument: 'marginalia.isDocument',
  atQuotation: 'marginalia.atQuotation',
  atRelatedQuotation: 'marginalia.atRelatedQuotation',
  quotationGrouping: 'marginalia.quotationGrouping',
  isSourceDocument: 'marginalia.isSourceDocument',
  annotationAtCursor: 'marginalia.annotationAtCursor',
  hasSidecar: 'marginalia.hasSidecar',
  annotationUndoIsNext: 'marginalia.annotationUndoIsNext',
} as const;

/** Theme colours the extension contributes. */
export const Colors = {
  quotationBackground: 'marginalia.quotationBackground',
  quotationBorder: 'marginalia.quotationBorder',
} as const;

/** The URI scheme of the Markdown editors in which notes are written. */
export const NOTE_SCHEME = 'marginalia-note';
