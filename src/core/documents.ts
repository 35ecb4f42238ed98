/** The file-name suffix of an annotation sidecar, appended to its source document's name. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** True for a path Marginalia treats as a source document: a `.txt` or `.md` file that is not a sidecar. */
export function isSourceDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.endsWith(SIDECAR_SUFFIX);
}

/** The sidecar path that belongs to a source document path. */
export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}

/** Why a file's bytes cannot be read as a text document, or undefined when they can. */
export function unreadableReason(bytes: Uint8Array, maxBytes: number): string | undefined {
  if (bytes.length > maxBytes) {
    return `it is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a source document`;
  }
  // A NUL byte in the first 8 KiB is the same test git and grep use to call a file binary.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'it looks like a binary file (it contains NUL bytes)';
  return undefined;
}

/** Decodes UTF-8 bytes, dropping a leading byte-order mark so offsets start at the first character. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
