/**
 * The `analyze` command as a bundle of its own (`dist/cliAnalyze.js`), which dist/cli.js loads only
 * when it runs, so it never compiles the sidecar, zip and XML code the other commands need.
 */
export { analyzeCommand as run, analyzeSpec as spec } from './node/analyzeCommand';
export { UsageError } from './node/commandLine';
