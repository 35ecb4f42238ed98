import type { NameCandidate } from './candidates';
import type { Resolution } from './resolveSingles';
import { nameKey } from './tokenTests';
import { COMPANY_TAILS } from './aliases';

const PREFIX = 'organization:';

/**
 * "the Supreme Court" after "the Italian Supreme Court of Cassation", "Scientology" after "the
 * Church of Scientology", "Freedom" after "Freedom Magazine": an organisation's name, or a single
 * word left out as a common word, that is part of exactly one longer organisation name the document
 * wrote before it is that organisation; so are its initials ("the U.N. headquarters" after "the United Nations"). Names are taken in text order, so a short form joined once
 * ("the Supreme Court") counts as its organisation for the shorter ones after it ("the Court").
 */
export function joinShortForms(candidates: NameCandidate[], resolved: Resolution[]): Resolution[] {
  if (!resolved.some((r) => r?.type === 'organization')) return resolved;
  const before: { words: string[]; key: string }[] = [];
  return resolved.map((r, i) => {
    const c = candidates[i];
    const initialism = c.words.length === 1 && /^(?:[A-Z]\.?){2,6}$/.test(c.words[0]) ? c.words[0].replace(/\./g, '').toLowerCase() : undefined;
    const dropped = !r && c.words.length === 1 && (c.dictionary === true || initialism !== undefined) && !c.initial;
    if (r?.type !== 'organization' && !dropped) return r;
    const words = r ? r.key.slice(PREFIX.length).split(' ') : [nameKey(c.words[0])];
    let found: string | undefined;
    for (const longer of before) {
      // An acronym opening a longer name is what that name is built on ("HP Way", "BBC News"), not a short form of
      // it: an acronym joins the name it is the initials of, its own name with a company's tail ("WMC Resources"),
      // or a name it ends ("Sony PSP", "Nintendo DS").
      const fits =
        initialism === undefined
          ? containsRun(longer.words, words)
          : initials(longer.words) === initialism || withTail(longer.words, words[0]) || longer.words[longer.words.length - 1] === words[0];
      if (longer.words.length <= words.length || longer.key === found || !fits) continue;
      if (found) return r;
      found = longer.key;
    }
    const out: Resolution = found ? { key: found, type: 'organization' } : r;
    if (out) before.push({ words: out.key === r?.key ? words : out.key.slice(PREFIX.length).split(' '), key: out.key });
    return out;
  });
}

// Words left out of an organisation's initials ("United Nations" is the UN, "Bank of England" the BoE).
const UNCOUNTED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', '&']);

function initials(words: string[]): string {
  return words.filter((w) => !UNCOUNTED.has(w)).map((w) => w[0]).join('');
}

/** True when a name is the word and generic company tails ("wmc resources", "bt group"). */
function withTail(longer: string[], word: string): boolean {
  return longer.length > 1 && longer[0] === word && longer.slice(1).every((w) => COMPANY_TAILS.has(w));
}

function containsRun(longer: string[], words: string[]): boolean {
  for (let k = 0; k + words.length <= longer.length; k++) if (words.every((w, j) => longer[k + j] === w)) return true;
  return false;
}
