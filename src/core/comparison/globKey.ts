/** True when a sources-file key is a glob (`*`, `?`, `**` or a `{a,b}` choice) rather than one path. */
export function isGlob(key: string): boolean {
  return /[*?{]/.test(key);
}

/**
 * Whether a workspace-relative path matches a glob key: `*` and `?` stay within one folder, `**`
 * crosses folders, `{a,b}` is a choice; a key ending in `/` covers everything under that folder.
 */
export function matchesGlob(key: string, path: string): boolean {
  const pattern = key.endsWith('/') ? `${key}**` : key;
  return toRegExp(pattern).test(path);
}

const cache = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches no folder as well as any number of them.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i)) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  re = new RegExp(`^${out}$`);
  cache.set(glob, re);
  return re;
}
