/** A workspace document an import can place passages in. */
export interface WorkspaceText {
  path: string;
  text: string;
}

/**
 * The workspace document a file's source names: the same path, a path or IRI that ends with it, the
 * same file name when only one document has it, or else the one document with exactly the text the
 * file carries. Undefined when none (or more than one) fits.
 */
export function matchSource(source: string, sourceText: string | undefined, documents: readonly WorkspaceText[]): WorkspaceText | undefined {
  const name = source.replace(/^file:\/\/[^/]*/, '').replace(/^internal:\/\//, '').replace(/\\/g, '/').replace(/^\.\//, '');
  const exact = documents.find((d) => d.path === name);
  if (exact) return exact;
  const bySuffix = documents.filter((d) => name.endsWith(`/${d.path}`));
  if (bySuffix.length === 1) return bySuffix[0];
  const base = name.slice(name.lastIndexOf('/') + 1);
  const byName = documents.filter((d) => d.path.slice(d.path.lastIndexOf('/') + 1) === base);
  if (byName.length === 1) return byName[0];
  if (sourceText === undefined) return undefined;
  const byText = documents.filter((d) => d.text === sourceText);
  return byText.length === 1 ? byText[0] : undefined;
}
