/**
 * Paths across the folders of a workspace. With one folder a document's path is relative to it
 * (`article.txt`); with several, it starts with its folder's key (`site-a/article.txt`), so two
 * folders holding the same file name never share a path, a sidecar or a codebook.
 */

/** A key per folder name for qualified paths: the name itself, with `/` replaced and a number added to repeats. */
export function folderKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = name.replace(/[\\/]/g, '-') || 'folder';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The prefix a folder's paths carry: empty in a one-folder workspace, else the folder's key and a slash. */
export function folderPrefix(key: string | undefined): string {
  return key === undefined ? '' : `${key}/`;
}

/** The key of the folder a qualified path starts with, among `keys`; undefined when it names none. */
export function folderKeyOf(path: string, keys: readonly string[]): string | undefined {
  const slash = path.indexOf('/');
  if (slash < 0) return undefined;
  const head = path.slice(0, slash);
  return keys.includes(head) ? head : undefined;
}

/** A folder's own file (codebook, topic list, sources file) as a path of the same kind as its documents'. */
export function folderFilePath(documentPath: string, keys: readonly string[] | undefined, fileName: string): string {
  if (!keys) return fileName;
  return folderPrefix(folderKeyOf(documentPath, keys) ?? keys[0]) + fileName;
}
