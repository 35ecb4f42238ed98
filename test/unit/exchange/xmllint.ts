import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The REFI-QDA project schema shipped in the shared folder. */
export const PROJECT_XSD = join(__dirname, '..', '..', '..', '..', 'shared', 'standards', 'refi-qda', 'Project-mrt2019.xsd');

/** Whether xmllint (Debian's libxml2-utils, installed by test/harness/install-tools.sh) is on the PATH. */
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** Validates XML against the REFI-QDA project schema with xmllint; returns xmllint's messages and whether it passed. */
export function validateProject(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-xmllint-'));
  try {
    const file = join(dir, 'project.qde');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', PROJECT_XSD, file], { encoding: 'utf8' });
    return { valid: run.status === 0, output: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A codebook (.qdc) checked against the same schema: its Codes are the project's CodeBook/Codes
 * (the standard gives both one structure), moved into a project in the project namespace.
 */
export function validateCodebook(qdc: string): { valid: boolean; output: string } {
  const codes = /<Codes>[\s\S]*<\/Codes>/.exec(qdc)?.[0] ?? '';
  return validateProject(`<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="codebook"><CodeBook>${codes}</CodeBook></Project>\n`);
}

/** Skips the calling test with a clear message when xmllint is missing (CI installs it). */
export function requireXmllint(context: Mocha.Context): void {
  if (!HAS_XMLLINT) {
    console.warn('    xmllint is not installed: schema validation skipped (run test/harness/install-tools.sh, which installs libxml2-utils)');
    context.skip();
  }
}
