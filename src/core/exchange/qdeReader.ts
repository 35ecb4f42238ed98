import { CodesRead, readCodes } from './codesReader';
import { ImportFileError, ImportInput, ImportItem } from './importModel';
import { ExchangeIssue } from './model';
import { CODEBOOK_NAMESPACE } from './qdcWriter';
import { PROJECT_NAMESPACE } from './qdeWriter';
import { expectRoot, guidAttribute, integerAttribute } from './qdaSchema';
import { childrenNamed, parseXml, XmlError, XmlNode } from './xmlTree';

/** Reads a `sources/` file of the archive by the name after `internal://`; undefined when it is not there. */
export type SourceReader = (name: string) => string | undefined;

/**
 * Reads a REFI-QDA `project.qde`: codes as tags, each text source's selections with their codings
 * and notes. A file that does not parse or breaks the schema throws ImportFileError with its line;
 * what is valid but cannot be used (a picture source, a coding of an unknown code) is an issue.
 */
export function readProjectQde(xml: string, readSource: SourceReader): ImportInput {
  const root = parse(xml);
  expectRoot(root, 'Project', PROJECT_NAMESPACE);
  const issues: ExchangeIssue[] = [];
  const codes = readCodes(childrenNamed(childrenNamed(root, 'CodeBook')[0] ?? root, 'Codes')[0], issues);
  const noteTexts = readNotes(root);
  const items: ImportItem[] = [];
  const notes: string[] = [];
  let derivedSkipped = 0;
  for (const source of childrenNamed(root, 'Sources')[0]?.children ?? []) {
    if (source.name !== 'TextSource') {
      issues.push({ item: `${source.name} "${source.attributes.name ?? ''}"`, line: source.line, message: 'skipped: Marginalia annotates plain text only' });
      continue;
    }
    guidAttribute(source, 'guid');
    const name = source.attributes.name ?? source.attributes.plainTextPath ?? '';
    const sourceText = sourceTextOf(source, readSource, notes);
    for (const selection of childrenNamed(source, 'PlainTextSelection')) {
      const item = readSelection(selection, name, sourceText, codes, noteTexts, issues);
      if (item === 'derived') derivedSkipped++;
      else if (item) items.push(item);
    }
  }
  if (derivedSkipped > 0) notes.push(`${derivedSkipped} quotation selection(s) left out: quotations are derived analysis that Marginalia finds again itself`);
  return { codes: codes.codes, items, issues, notes };
}

/** Reads a REFI-QDA codebook (`.qdc`): its codes as tags with colours and descriptions. */
export function readCodebookQdc(xml: string): ImportInput {
  const root = parse(xml);
  expectRoot(root, 'CodeBook', CODEBOOK_NAMESPACE);
  const issues: ExchangeIssue[] = [];
  const codesElement = childrenNamed(root, 'Codes')[0];
  if (!codesElement) throw new ImportFileError('<CodeBook> lacks its <Codes> element', root.line);
  return { codes: readCodes(codesElement, issues).codes, items: [], issues };
}

function parse(xml: string): XmlNode {
  try {
    return parseXml(xml);
  } catch (err) {
    if (err instanceof XmlError) throw new ImportFileError(`not well-formed XML: ${err.message}`, err.line);
    throw err;
  }
}

function readNotes(root: XmlNode): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of childrenNamed(childrenNamed(root, 'Notes')[0] ?? root, 'Note')) {
    const guid = guidAttribute(note, 'guid')!;
    const content = childrenNamed(note, 'PlainTextContent')[0]?.text;
    if (content !== undefined) notes.set(guid, content);
  }
  return notes;
}

function sourceTextOf(source: XmlNode, readSource: SourceReader, notes: string[]): string | undefined {
  const content = childrenNamed(source, 'PlainTextContent')[0];
  if (content) return content.text;
  const path = source.attributes.plainTextPath;
  if (path?.startsWith('internal://')) {
    const text = readSource(path.slice('internal://'.length));
    if (text === undefined) notes.push(`source "${source.attributes.name ?? path}" (line ${source.line}): its text ${path} is not in what was imported (import the whole .qdpx to check positions against it)`);
    return text;
  }
  return undefined;
}

function readSelection(
  selection: XmlNode,
  source: string,
  sourceText: string | undefined,
  codes: CodesRead,
  notes: Map<string, string>,
  issues: ExchangeIssue[],
): ImportItem | 'derived' | undefined {
  const guid = guidAttribute(selection, 'guid')!;
  const start = integerAttribute(selection, 'startPosition');
  const end = integerAttribute(selection, 'endPosition');
  const tags: string[] = [];
  let derived = false;
  for (const coding of childrenNamed(selection, 'Coding')) {
    guidAttribute(coding, 'guid');
    const ref = childrenNamed(coding, 'CodeRef')[0];
    if (!ref) throw new ImportFileError('<Coding> lacks its <CodeRef>', coding.line);
    const target = guidAttribute(ref, 'targetGUID')!;
    const tag = codes.tagsByGuid.get(target);
    if (tag) tags.push(tag);
    else if (codes.derived.has(target)) derived = true;
    else issues.push({ item: `selection ${guid}`, line: coding.line, message: `is coded with ${target}, a code the codebook does not define; that coding was skipped` });
  }
  if (derived && tags.length === 0) return 'derived';
  const noteTexts = childrenNamed(selection, 'NoteRef')
    .map((ref) => notes.get(guidAttribute(ref, 'targetGUID')!))
    .filter((n): n is string => n !== undefined && n.trim() !== '');
  const note = noteTexts.length > 0 ? noteTexts.join('\n\n') : undefined;
  if (tags.length === 0 && !note) {
    issues.push({ item: `selection ${guid}`, line: selection.line, message: 'has neither a code nor a note, so there is nothing to import' });
    return undefined;
  }
  const created = selection.attributes.creationDateTime;
  const modified = selection.attributes.modifiedDateTime ?? created;
  return { guid, source, sourceText, start, end, tags, note, created, modified, line: selection.line };
}
