// The build (esbuild.mjs) defines this as a hash of the engine's sources and its tagger's version.
declare const MARGINALIA_ENGINE_VERSION: string | undefined;

/**
 * The version of the analysis engine that cached results must match: a hash of its sources in a
 * bundle; "unbundled" when run from the sources (tests), whose callers pass their own version.
 */
export const ENGINE_VERSION: string = typeof MARGINALIA_ENGINE_VERSION === 'string' ? MARGINALIA_ENGINE_VERSION : 'unbundled';
