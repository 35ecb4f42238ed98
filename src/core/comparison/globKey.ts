import { matchesGlob as matchesArticleGlob } from '../articleFiles';

/** True when a sources-file key is a glob (`*`, `?`, `**` or a `{a,b}` choice) rather than one path. */
export function isGlob(key: string): boolean {
  return /[*?{]/.test(key);
}

/**
 * Whether a workspace-relative path matches a glob key, with the same glob rules as the article
 * settings (`*` and `?` within one folder, `**` across folders, `{a,b}` a choice); a key ending in
 * `/` covers everything under that folder.
 */
export function matchesGlob(key: string, path: string): boolean {
  return matchesArticleGlob(key.endsWith('/') ? `${key}**` : key, path);
}
