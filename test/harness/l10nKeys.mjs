// The messages src/ passes to vscode.l10n.t, read from the sources: what l10n/bundle.l10n.json must
// hold. `npm run l10n` rewrites the bundle from them; a unit test checks the two agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// A string literal as the first argument: '...', "..." or a template without substitutions.
const CALL = /\bl10n\.t\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;

/** Every message key under `src`, with the files using it. */
export function l10nKeys(src) {
  const keys = new Map();
  for (const file of sources(src)) {
    for (const [, literal] of readFileSync(file, 'utf8').matchAll(CALL)) {
      // The literal is TypeScript's own string syntax, which JavaScript reads the same way.
      const key = Function(`"use strict"; return (${literal});`)();
      keys.set(key, [...(keys.get(key) ?? []), file]);
    }
  }
  return keys;
}

/** Calls of l10n.t whose message is not a plain literal (so no bundle entry can be checked). */
export function dynamicCalls(src) {
  return sources(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bl10n\.t\(\s*([^'"`\s])/g)].map(() => file),
  );
}
