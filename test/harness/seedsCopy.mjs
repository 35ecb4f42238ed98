import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';

/** A throw-away copy of the sample articles, so tests never dirty seeds/. */
export function copySeeds() {
  const workspace = join(mkdtempSync(join(tmpdir(), 'marginalia-ws-')), 'seeds');
  cpSync(join(PROJECT, 'seeds'), workspace, { recursive: true });
  return workspace;
}
