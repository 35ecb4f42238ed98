/** Command, setting and context-key identifiers of the annotation features; they match package.json. */
export const AnnotationCommands = {
  tagSelection: 'marginalia.tagSelection',
  removeTag: 'marginalia.removeTag',
  editNote: 'marginalia.editNote',
  showPassagesWithTag: 'marginalia.showPassagesWithTag',
  editTag: 'marginalia.editTag',
  openAnnotationsFile: 'marginalia.openAnnotationsFile',
  saveAnnotations: 'marginalia.saveAnnotations',
  openPassage: 'marginalia.openPassage',
  reattachOrphan: 'marginalia.reattachOrphan',
  deleteOrphan: 'marginalia.deleteOrphan',
  attributeQuotation: 'marginalia.attributeQuotation',
  markNotQuotation: 'marginalia.markNotQuotation',
  mergeEntities: 'marginalia.mergeEntities',
} as const;

export const AnnotationSettings = {
  section: 'marginalia.annotations',
  decorations: 'decorations.enabled',
  hover: 'hover.enabled',
  codeLens: 'codeLens.enabled',
} as const;

export const AnnotationContext = {
  isSourceDocument: 'marginalia.isSourceDocument',
  annotationAtCursor: 'marginalia.annotationAtCursor',
  hasSidecar: 'marginalia.hasSidecar',
} as const;

/** The URI scheme of the Markdown editors in which notes are written. */
export const NOTE_SCHEME = 'marginalia-note';
