import { createHash } from 'node:crypto';

/** Marginalia's namespace for name-based UUIDs (RFC 9562, version 5). */
const NAMESPACE = 'b6f1c0a2-4d3e-5f60-8a1b-2c3d4e5f6a7b';

/**
 * A name-based UUID (version 5, SHA-1) for a name in Marginalia's namespace: the same name always
 * gives the same GUID, so exports of the same workspace keep their GUIDs and diff cleanly.
 */
export function guidFor(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID of a tagged passage, from its document path and annotation id. */
export function passageGuid(documentPath: string, annotationId: string): string {
  return guidFor(`passage:${documentPath}#${annotationId}`);
}

/** The GUID of a code, from its full tag path. */
export function codeGuid(tagPath: string): string {
  return guidFor(`code:${tagPath}`);
}

/** The GUID of a source document, from its path. */
export function sourceGuid(documentPath: string): string {
  return guidFor(`source:${documentPath}`);
}

/** The root code under which quotations are coded; an import recognises it and skips derived analysis. */
export const QUOTATIONS_CODE = 'Quotations';

/** The GUID of the root code of quotations. */
export const QUOTATIONS_GUID = codeGuid(`analysis:${QUOTATIONS_CODE}`);

/**
 * The annotation id an imported item gets from its GUID, so a second import finds it again. It is
 * hashed from the whole GUID: some tools number their GUIDs, which then share long prefixes.
 */
export function annotationIdFor(guid: string): string {
  return guidFor(`import:${guid.toLowerCase()}`).replace(/-/g, '').slice(0, 12);
}

/** True for a GUID as REFI-QDA writes them, with or without braces. */
export function isGuid(value: string): boolean {
  return /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/.test(value);
}
