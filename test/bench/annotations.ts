// Prints how long the annotation store takes with a sidecar of 10,000 annotations: loading it,
// saving it, and re-anchoring after an edit (targets: under 100 ms each). Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import { AnnotationStore, FileSystem, TextChange } from '../../src/core/annotations';

const COUNT = 10_000;
const DOC = 'bench/article.txt';

/** A deterministic text of COUNT sentences, each with one distinctive phrase to annotate. */
function makeText(): { text: string; phrases: string[] } {
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'no', 'dri', 'pe', 'zu', 'hal'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const phrases: string[] = [];
  const sentences: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const phrase = `${word()} ${word()} ${word()} ${i}`;
    phrases.push(phrase);
    sentences.push(`${word()} ${word()} said ${phrase} ${word()} ${word()}.${i % 7 === 0 ? '\n' : ' '}`);
  }
  return { text: sentences.join(''), phrases };
}

class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, string>();
  async read(path: string) {
    return this.files.get(path);
  }
  async writeAtomic(path: string, text: string) {
    this.files.set(path, text);
  }
  async delete(path: string) {
    this.files.delete(path);
  }
}

async function time<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms${ms > 100 ? '  (over the 100 ms target)' : ''}`);
  return result;
}

async function main(): Promise<void> {
  const { text, phrases } = makeText();
  const fs = new MemoryFileSystem();
  const seedStore = new AnnotationStore({ fs });
  await seedStore.load(DOC, text);
  let from = 0;
  for (const [i, phrase] of phrases.entries()) {
    const start = text.indexOf(phrase, from);
    from = start + phrase.length;
    seedStore.add(DOC, { start, end: from, tags: [`topic/t${i % 20}`], note: i % 10 === 0 ? 'A note\nover two lines' : undefined });
  }
  await seedStore.save(DOC);
  const sidecar = fs.files.get(`${DOC}.annotations.yaml`)!;
  console.log(`annotations: ${COUNT} in a ${(text.length / 1024).toFixed(0)} KiB text; sidecar ${(sidecar.length / 1024 / 1024).toFixed(1)} MiB`);

  const store = new AnnotationStore({ fs });
  await time('load (parse, validate, anchor) 10,000 annotations', () => store.load(DOC, text));
  const first = store.anchored(DOC)[0].annotation;
  store.update(DOC, first.id, { note: 'changed' });
  await time('save after one change (serialise in place, write)', () => store.save(DOC));
  const fresh = new AnnotationStore({ fs: new MemoryFileSystem() });
  await fresh.load(DOC, '');
  await time('serialise a new sidecar from scratch (first save)', async () => {
    const bare = new AnnotationStore({ fs: new MemoryFileSystem() });
    await bare.load(DOC, text);
    for (const a of store.anchored(DOC)) bare.add(DOC, { start: a.start, end: a.end, tags: a.annotation.tags });
    return bare.save(DOC);
  });

  const edited = 'An inserted opening paragraph.\n' + text.slice(0, 5000) + text.slice(5200);
  await time('re-anchor all after an edit on disk (insert + delete)', () => store.reanchor(DOC, edited));
  console.log(`  placed ${store.anchored(DOC).length}, orphaned ${store.orphans(DOC).length}`);
  const reloaded = new AnnotationStore({ fs });
  await time('load the saved sidecar against the edited text', () => reloaded.load(DOC, edited));
  const keystroke: TextChange = { start: 100, end: 100, text: 'x' };
  await time('one live keystroke near the top (moves every annotation)', () => store.applyTextChanges(DOC, [keystroke]));
  const fuzzyText = text.replace(phrases[5000], phrases[5000].replace(/a/g, 'o'));
  await time('re-anchor after an edit inside one annotated phrase (fuzzy)', () => store.reanchor(DOC, fuzzyText));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
