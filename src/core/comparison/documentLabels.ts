import type { DocumentEntry } from '../analysis/model';
import { type DocumentSource, SOURCE_FIELDS } from './documentSource';
import { frontMatterSource } from './frontMatter';
import { isGlob, matchesGlob } from './globKey';
import { datelineOf, fileNameDate } from './dateline';
import { headlineOf } from './headline';
import type { SourceEntry } from './sourcesFile';
import { truncate } from '../views/text';

// A headline longer than this is shortened in labels; the full title stays in `title`.
const MAX_TITLE_LABEL = 60;

/**
 * What is known about one document, field by field: the sources file's exact entry first, then its
 * glob entries (the first that matches), then the article's own front matter.
 */
export function sourceOf(path: string, text: string | undefined, entries: readonly SourceEntry[]): DocumentSource {
  const exact = entries.find((e) => !isGlob(e.key) && e.key === path)?.source ?? {};
  const globbed = entries.filter((e) => isGlob(e.key) && matchesGlob(e.key, path)).map((e) => e.source);
  const front = text !== undefined && path.toLowerCase().endsWith('.md') ? frontMatterSource(text).source : {};
  const merged: DocumentSource = {};
  for (const field of SOURCE_FIELDS) {
    const value = exact[field] ?? globbed.find((s) => s[field] !== undefined)?.[field] ?? front[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** What `describeDocuments` remembers between calls, so an unchanged document is not read again. */
export interface DescriptionMemo {
  entries?: readonly SourceEntry[];
  byPath: Map<string, { text: string | undefined; fields: Omit<DocumentEntry, 'path' | 'length'> }>;
}

/**
 * The label a reader knows a document by: "Outlet, date" when an outlet is known, else its title,
 * else its headline (the first line when it reads as one), else its file path.
 */
export function labelOf(path: string, source: DocumentSource, headline: string | undefined): string {
  if (source.outlet) return source.date ? `${source.outlet}, ${source.date}` : source.outlet;
  const title = source.title ?? headline;
  return title === undefined ? path : truncate(title, MAX_TITLE_LABEL);
}

/**
 * The analysis's documents with their outlet, date, url, title and label filled in (the date from the
 * article's own dateline or its file name when nothing else gives one). Labels two
 * documents would share get the file's name after them, so every label names one document.
 */
export function describeDocuments(
  documents: readonly DocumentEntry[],
  textOf: (path: string) => string | undefined,
  entries: readonly SourceEntry[],
  memo?: DescriptionMemo,
): DescribedDocument[] {
  return distinctLabels(documents.map(describer(textOf, entries, memo)));
}

/** A document with its label. */
export type DescribedDocument = DocumentEntry & { label: string };

/**
 * `describeDocuments` one document at a time, for a caller that spreads thousands over several
 * turns of its event loop: each document described, then `distinctLabels` over all of them.
 */
export function describer(
  textOf: (path: string) => string | undefined,
  entries: readonly SourceEntry[],
  memo?: DescriptionMemo,
): (document: DocumentEntry) => DescribedDocument {
  if (memo && memo.entries !== entries) {
    memo.entries = entries;
    memo.byPath.clear();
  }
  return (d) => {
    const text = textOf(d.path);
    const known = memo?.byPath.get(d.path);
    // A document whose text is the very same string as last time is described as last time.
    if (known && known.text === text) return { ...d, ...known.fields, label: known.fields.label! };
    const source = sourceOf(d.path, text, entries);
    const headline = text === undefined ? undefined : headlineOf(text);
    // A date the article gives at its top, else one in its file name, stands in for one no sources
    // file or front matter gives.
    source.date ??= (text === undefined ? undefined : datelineOf(text)) ?? fileNameDate(d.path);
    if (source.date === undefined) delete source.date;
    const title = source.title ?? headline;
    const fields = { ...source, ...(title !== undefined ? { title } : {}), label: labelOf(d.path, source, headline) };
    memo?.byPath.set(d.path, { text, fields });
    return { ...d, ...fields };
  };
}

/** Gives each label two described documents share the file's name after it (in place), so every label names one document. */
export function distinctLabels(described: DescribedDocument[]): DescribedDocument[] {
  const count = new Map<string, number>();
  for (const d of described) count.set(d.label, (count.get(d.label) ?? 0) + 1);
  const shared = described.filter((d) => d.label !== d.path && count.get(d.label)! > 1);
  // The same file name in two folders (two workspace folders, say) is told apart by its whole path.
  const keys = shared.map((d) => `${d.label}\n${d.path.slice(d.path.lastIndexOf('/') + 1)}`);
  const names = new Map<string, number>();
  for (const key of keys) names.set(key, (names.get(key) ?? 0) + 1);
  shared.forEach((d, i) => {
    d.label = `${d.label} (${names.get(keys[i])! > 1 ? d.path : keys[i].slice(d.label.length + 1)})`;
  });
  return described;
}
