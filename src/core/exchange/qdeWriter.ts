import { codeElements, speakerCodeGuid } from './codesXml';
import { codeGuid, guidFor, passageGuid, sourceGuid } from './guid';
import { ExchangeDocument, ExchangePassage, ExchangeQuote, ExchangeWorkspace } from './model';
import { writeXml, XmlElement } from './xmlText';

/** The REFI-QDA project namespace. */
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

const USER_GUID = guidFor('user:marginalia');
const OUTLET_VARIABLE = guidFor('variable:outlet');
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Where a source's plain text sits inside the `.qdpx` (the standard's `internal://` names the `sources/` folder). */
export function sourceFileName(documentPath: string): string {
  return `${sourceGuid(documentPath)}.txt`;
}

/** The GUID of a quotation's selection. */
export function quoteGuid(documentPath: string, quote: ExchangeQuote): string {
  return guidFor(`quote:${documentPath}:${quote.start}-${quote.end}`);
}

/**
 * The `project.qde` of a REFI-QDA project (schema Project-mrt2019.xsd): a user, the codebook, one
 * `TextSource` per document (by `plainTextPath`), each tagged passage a `PlainTextSelection` with a
 * `Coding` per tag and its note as a `Note`; with analysis, quotations coded by speaker, speakers as
 * `Cases`, and each cross-outlet statement's versions joined by `Link`s. GUIDs derive from ids.
 */
export function writeProjectQde(workspace: ExchangeWorkspace): string {
  const passages = workspace.documents.flatMap((d) => d.passages);
  const notes = workspace.documents.flatMap((d) => d.passages.filter((p) => p.note).map((p) => noteElement(d, p)));
  const children: XmlElement[] = [
    { name: 'Users', children: [{ name: 'User', attributes: { guid: USER_GUID, name: 'Marginalia' } }] },
  ];
  const codes = codeElements(workspace);
  if (codes.length > 0) children.push({ name: 'CodeBook', children: [{ name: 'Codes', children: codes }] });
  if (workspace.documents.some((d) => d.outlet)) {
    children.push({ name: 'Variables', children: [{ name: 'Variable', attributes: { guid: OUTLET_VARIABLE, name: 'Outlet', typeOfVariable: 'Text' } }] });
  }
  const cases = caseElements(workspace);
  if (cases.length > 0) children.push({ name: 'Cases', children: cases });
  if (workspace.documents.length > 0) children.push({ name: 'Sources', children: workspace.documents.map(sourceElement) });
  if (notes.length > 0) children.push({ name: 'Notes', children: notes });
  const links = linkElements(workspace);
  if (links.length > 0) children.push({ name: 'Links', children: links });
  const root: XmlElement = {
    name: 'Project',
    attributes: {
      name: workspace.name,
      origin: 'Marginalia',
      creatingUserGUID: USER_GUID,
      creationDateTime: extreme(passages.map((p) => p.created), -1),
      modifiedDateTime: extreme(passages.map((p) => p.modified), 1),
    },
    children,
  };
  return writeXml(root, PROJECT_NAMESPACE);
}

function sourceElement(document: ExchangeDocument): XmlElement {
  const selections = [...document.passages.map((p) => passageSelection(document, p)), ...document.quotes.map((q) => quoteSelection(document, q))];
  selections.sort((a, b) => Number(a.attributes!.startPosition) - Number(b.attributes!.startPosition));
  const children = [...selections];
  if (document.outlet) {
    children.push({ name: 'VariableValue', children: [{ name: 'VariableRef', attributes: { targetGUID: OUTLET_VARIABLE } }, { name: 'TextValue', text: document.outlet }] });
  }
  return {
    name: 'TextSource',
    attributes: { guid: sourceGuid(document.path), name: document.path, plainTextPath: `internal://${sourceFileName(document.path)}` },
    children,
  };
}

function passageSelection(document: ExchangeDocument, passage: ExchangePassage): XmlElement {
  const guid = passageGuid(document.path, passage.id);
  const created = dateTime(passage.created);
  const codings: XmlElement[] = passage.tags.map((tag) => ({
    name: 'Coding',
    attributes: { guid: guidFor(`coding:${guid}:${tag}`), creatingUser: USER_GUID, creationDateTime: created },
    children: [{ name: 'CodeRef', attributes: { targetGUID: codeGuid(tag) } }],
  }));
  const noteRefs: XmlElement[] = passage.note ? [{ name: 'NoteRef', attributes: { targetGUID: noteGuid(guid) } }] : [];
  return {
    name: 'PlainTextSelection',
    attributes: {
      guid,
      name: preview(passage.text),
      startPosition: passage.start,
      endPosition: passage.end,
      creatingUser: USER_GUID,
      creationDateTime: created,
      modifyingUser: USER_GUID,
      modifiedDateTime: dateTime(passage.modified),
    },
    children: [...codings, ...noteRefs],
  };
}

function quoteSelection(document: ExchangeDocument, quote: ExchangeQuote): XmlElement {
  const guid = quoteGuid(document.path, quote);
  return {
    name: 'PlainTextSelection',
    attributes: { guid, name: preview(quote.text), startPosition: quote.start, endPosition: quote.end },
    children: [{ name: 'Coding', attributes: { guid: guidFor(`coding:${guid}`) }, children: [{ name: 'CodeRef', attributes: { targetGUID: speakerCodeGuid(quote.speaker) } }] }],
  };
}

function noteElement(document: ExchangeDocument, passage: ExchangePassage): XmlElement {
  const guid = passageGuid(document.path, passage.id);
  return {
    name: 'Note',
    attributes: { guid: noteGuid(guid), name: `Note on ${preview(passage.text)}`, creatingUser: USER_GUID, creationDateTime: dateTime(passage.created), modifiedDateTime: dateTime(passage.modified) },
    children: [{ name: 'PlainTextContent', text: passage.note! }],
  };
}

function caseElements(workspace: ExchangeWorkspace): XmlElement[] {
  const bySpeaker = new Map<string, string[]>();
  for (const d of workspace.documents) {
    for (const q of d.quotes) {
      if (!q.speaker) continue;
      const refs = bySpeaker.get(q.speaker) ?? [];
      refs.push(quoteGuid(d.path, q));
      bySpeaker.set(q.speaker, refs);
    }
  }
  return [...bySpeaker.keys()].sort().map((speaker) => ({
    name: 'Case',
    attributes: { guid: guidFor(`case:${speaker}`), name: speaker },
    children: bySpeaker.get(speaker)!.map((targetGUID) => ({ name: 'SelectionRef', attributes: { targetGUID } })),
  }));
}

/** Each cross-outlet statement as links from its first version to each other version. */
function linkElements(workspace: ExchangeWorkspace): XmlElement[] {
  const byCluster = new Map<string, string[]>();
  for (const d of workspace.documents) {
    for (const q of d.quotes) {
      if (!q.cluster) continue;
      byCluster.set(q.cluster, [...(byCluster.get(q.cluster) ?? []), quoteGuid(d.path, q)]);
    }
  }
  return [...byCluster.entries()].flatMap(([cluster, [first, ...others]]) =>
    others.map((targetGUID) => ({
      name: 'Link',
      attributes: { guid: guidFor(`link:${cluster}:${targetGUID}`), name: 'same statement', direction: 'Associative', originGUID: first, targetGUID },
    })),
  );
}

/** The GUID of the note attached to a selection. */
export function noteGuid(selectionGuid: string): string {
  return guidFor(`note:${selectionGuid}`);
}

function dateTime(value: string): string | undefined {
  return DATE_TIME.test(value) ? value : undefined;
}

function extreme(values: string[], sign: 1 | -1): string | undefined {
  const valid = values.filter((v) => DATE_TIME.test(v)).sort();
  return sign < 0 ? valid[0] : valid[valid.length - 1];
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
