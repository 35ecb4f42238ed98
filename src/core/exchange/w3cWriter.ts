import { guidFor, passageGuid } from './guid';
import { ExchangeDocument, ExchangePassage, ExchangeWorkspace } from './model';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A document's path as a relative IRI reference: each segment percent-encoded, slashes kept. */
export function sourceIri(documentPath: string): string {
  return documentPath.split('/').map(encodeURIComponent).join('/');
}

/**
 * The tagged passages as a W3C Web Annotation `AnnotationCollection` (JSON-LD), all in its first
 * page: each annotation targets its document with a `TextQuoteSelector` and a
 * `TextPositionSelector` (code points), its tags as `TextualBody` with purpose `tagging`, its note
 * with purpose `commenting`. Ids are `urn:uuid:` name-based UUIDs, stable across exports.
 */
export function writeW3cCollection(workspace: ExchangeWorkspace): string {
  const items = workspace.documents.flatMap((d) => d.passages.map((p) => annotation(d, p)));
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${guidFor(`collection:${workspace.name}`)}`,
    type: 'AnnotationCollection',
    label: `Marginalia annotations of ${workspace.name}`,
    total: items.length,
    first: { id: `urn:uuid:${guidFor(`page:${workspace.name}:0`)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function annotation(document: ExchangeDocument, passage: ExchangePassage): Record<string, unknown> {
  const body: Record<string, unknown>[] = passage.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  if (passage.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: passage.note, format: 'text/markdown' });
  return {
    id: `urn:uuid:${passageGuid(document.path, passage.id)}`,
    type: 'Annotation',
    motivation: passage.note ? 'commenting' : 'tagging',
    created: passage.created,
    modified: passage.modified,
    body,
    target: {
      source: sourceIri(document.path),
      selector: [
        { type: 'TextQuoteSelector', exact: passage.text, prefix: passage.prefix, suffix: passage.suffix },
        { type: 'TextPositionSelector', start: passage.start, end: passage.end },
      ],
    },
  };
}
