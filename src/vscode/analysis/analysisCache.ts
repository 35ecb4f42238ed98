import * as vscode from 'vscode';

/** What the worker needs to look a text up in the cache: its hash, and the entry stored for it if any. */
export interface CacheLookup {
  hash: string;
  entry?: string;
}

/** SHA-256 of a text's UTF-8 bytes in hex, by Web Crypto (native and off the event loop, desktop and web alike). */
async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The persistent analysis cache of a workspace, in the extension's workspace storage: one entry per text hash
 * under `facts/<2 hex>/`, read and written through `workspace.fs`. The host only moves entries; the worker
 * decides whether one is trusted (same engine version, same text, intact) and makes new ones. Writes are never
 * awaited by the analysis, and a failed one is logged once: the cache only ever saves time.
 */
export class AnalysisCache {
  private failed = false;

  constructor(
    private readonly root: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private uri(hash: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, 'facts', hash.slice(0, 2), `${hash}.facts`);
  }

  /** The text's hash and its stored entry, if one is there. */
  async lookup(text: string): Promise<CacheLookup> {
    const hash = await sha256(text);
    try {
      return { hash, entry: new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri(hash))) };
    } catch {
      return { hash };
    }
  }

  /** Stores an entry the worker made, replacing any older one for the same text. */
  store(hash: string, entry: string): void {
    vscode.workspace.fs.writeFile(this.uri(hash), new TextEncoder().encode(entry)).then(undefined, (err: unknown) => {
      if (this.failed) return;
      this.failed = true;
      this.log.warn(`Could not write the analysis cache in ${this.root.toString(true)}: ${err instanceof Error ? err.message : String(err)}. Analysis works without it; reopening the workspace analyses every article again.`);
    });
  }
}
