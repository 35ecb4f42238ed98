import { Corpus, type CorpusOptions } from '../../../src/core/analysis/corpus';

/** A corpus holding the given documents (path -> text), as the tests build it again and again. */
export function corpusOf(docs: Record<string, string>, options?: CorpusOptions): Corpus {
  const corpus = new Corpus(options);
  for (const [path, text] of Object.entries(docs)) corpus.setDocument(path, text);
  return corpus;
}
