import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DocumentFacts } from '../core/analysis/documentFacts';
import type { CorpusAnalysis } from '../core/analysis/model';
import { corpusEntryParts, readCorpusEntry } from '../core/cache/corpusEntry';
import { readFactsEntry, writeFactsEntry } from '../core/cache/factsEntry';
import { readSpeakerMemo, writeSpeakerMemo } from '../core/cache/speakerMemoEntry';
import type { SpeakerMemoEntries } from '../core/quotes';

/** The key of a text in the cache: SHA-256 of its UTF-8 bytes, in hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Per-document analysis results on disk, one file per text hash under `<dir>/<2 hex>/`. An entry
 * that cannot be read or trusted counts as missing; entries are written to a temporary name and
 * renamed, so a run cut short never leaves a half-written entry under a real name.
 */
export class DiskFactsCache {
  constructor(
    private readonly dir: string,
    private readonly engine: string,
  ) {}

  private file(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.facts`);
  }

  /** The cached facts of a text with this hash, or undefined when absent or untrustworthy. */
  async read(hash: string): Promise<DocumentFacts | undefined> {
    let content: string;
    try {
      content = await readFile(this.file(hash), 'utf8');
    } catch {
      return undefined;
    }
    return readFactsEntry(content, this.engine, hash);
  }

  /** Stores a text's facts, replacing whatever entry was there. */
  async write(hash: string, facts: DocumentFacts): Promise<void> {
    await mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
    await replaceFile(this.file(hash), writeFactsEntry(facts, this.engine, hash));
  }

  // Speaker attributions depend on the whole corpus (its entities), so they are kept per corpus folder.
  private speakersFile(folder: string): string {
    return join(this.dir, 'speakers', `${textHash(resolve(folder))}.json`);
  }

  /** The speaker attributions the last run over `folder` stored, or none when absent or untrustworthy. */
  async readSpeakers(folder: string): Promise<SpeakerMemoEntries> {
    const content = await readFile(this.speakersFile(folder), 'utf8').catch(() => '');
    return readSpeakerMemo(content, this.engine) ?? {};
  }

  /** Stores a run's speaker attributions for `folder`, replacing the last run's. */
  async writeSpeakers(folder: string, entries: SpeakerMemoEntries): Promise<void> {
    await mkdir(join(this.dir, 'speakers'), { recursive: true });
    await replaceFile(this.speakersFile(folder), writeSpeakerMemo(entries, this.engine));
  }

  // The analysis of the whole corpus is kept once per folder: a run over changed inputs replaces it.
  private corpusFile(folder: string): string {
    return join(this.dir, 'corpus', `${textHash(resolve(folder))}.json`);
  }

  /** The analysis the last run over `folder` stored, when it was made from inputs with this digest. */
  async readCorpus(folder: string, inputs: string): Promise<CorpusAnalysis | undefined> {
    const content = await readFile(this.corpusFile(folder), 'utf8').catch(() => '');
    return readCorpusEntry(content, this.engine, inputs);
  }

  /** Stores the analysis of `folder` made from inputs with this digest, replacing the last run's. */
  async writeCorpus(folder: string, inputs: string, analysis: CorpusAnalysis): Promise<void> {
    await mkdir(join(this.dir, 'corpus'), { recursive: true });
    await replaceFile(this.corpusFile(folder), ...corpusEntryParts(analysis, this.engine, inputs));
  }
}

/** Writes `parts` one after the other under a temporary name and renames, so a reader never sees half a file. */
async function replaceFile(file: string, ...parts: string[]): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    for (const part of parts) await handle.writeFile(part);
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
