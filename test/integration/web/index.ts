// The test entry the web worker extension host loads (the `extensionTestsPath` module) when the
// extension runs as a web extension: the integration suite's core checks, with mocha's browser
// build, since the web host has no Node and loads only one self-contained module.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

interface BrowserMocha {
  setup(options: { ui: string; reporter: string; color: boolean; timeout: number; grep?: string; invert?: boolean }): void;
  run(done: (failures: number) => void): void;
}
declare const mocha: BrowserMocha & { constructor: unknown };
declare const Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };

/** util.format's %s and %d, which mocha's reporters use, for a host without Node's util. */
function format([first, ...rest]: unknown[]): string {
  if (first === undefined) return '';
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  const text = first.replace(/%[sdj]/g, () => String(rest.shift()));
  return [text, ...rest.map(String)].join(' ');
}

/** Runs the suite; mocha's report is also written beside the workspace folder for the harness to print. */
export function run(): Promise<void> {
  const lines: string[] = [];
  const base = Mocha.reporters.Base;
  const log = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    lines.push(format(args));
    log(...args);
  };
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
  // Required inside run(), after setup, so that their suites register with this mocha.
  require('./webHost');
  require('../comparison.test');
  require('../analysis.test');
  require('../trees.test');
  require('../editor.test');
  require('../tags.test');
  const report = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', 'web-integration-report.txt');
  return new Promise((resolve, reject) => {
    mocha.run(async (failures) => {
      await vscode.workspace.fs.writeFile(report, new TextEncoder().encode(lines.join('\n') + '\n'));
      if (failures > 0) reject(new Error(`${failures} web integration tests failed.`));
      else resolve();
    });
  });
}
