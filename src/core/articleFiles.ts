/**
 * Which files are articles: one rule for the command line's folder walk, `check` and the editor.
 * Paths are relative to a workspace folder (or the folder given to the CLI), with `/`.
 */
import { isSourceDocumentPath } from './documents';

/** Glob patterns saying which files are articles, relative to the folder they are in. */
export interface ArticleRule {
  /** A file is an article only when one of these matches it. */
  include: readonly string[];
  /** A file is never an article when one of these matches it or a folder above it. */
  exclude: readonly string[];
}

/** Every `.txt` and `.md` file outside hidden, package and build folders. */
export const DEFAULT_ARTICLE_RULE: ArticleRule = {
  include: ['**/*.txt', '**/*.md'],
  exclude: ['**/.*', '**/node_modules', '**/dist', '**/out', '**/build'],
};

const compiled = new Map<string, RegExp>();

/**
 * True when a glob matches a whole path, ignoring case (so `*.txt` takes `NOTES.TXT` too): `*` and `?`
 * stay within one path segment, `**` spans any number of them, `{a,b}` and `[abc]` as in VS Code.
 */
export function matchesGlob(glob: string, path: string): boolean {
  let re = compiled.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    compiled.set(glob, re);
  }
  return re.test(path);
}

function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" may match no folder at all; a trailing "**" matches anything below.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*(?:/|$))*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

/** True when an exclude pattern matches the path or one of the folders it is in. */
export function isExcludedPath(path: string, exclude: readonly string[]): boolean {
  const segments = path.split('/');
  for (let n = 1; n <= segments.length; n++) {
    const prefix = segments.slice(0, n).join('/');
    if (exclude.some((glob) => matchesGlob(glob, prefix))) return true;
  }
  return false;
}

/** True when a path is an article: a `.txt`/`.md` file (never a sidecar) that the rule includes and does not exclude. */
export function isArticlePath(path: string, rule: ArticleRule = DEFAULT_ARTICLE_RULE): boolean {
  return isSourceDocumentPath(path) && rule.include.some((glob) => matchesGlob(glob, path)) && !isExcludedPath(path, rule.exclude);
}

/** The rule with extra exclusions added, such as the editor's `files.exclude` patterns that are on. */
export function withExclusions(rule: ArticleRule, exclude: Iterable<string>): ArticleRule {
  return { include: rule.include, exclude: [...rule.exclude, ...exclude] };
}
