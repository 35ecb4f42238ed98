/**
 * Quotations: detection, speaker attribution and cross-document linking.
 * The entity pass imports only from this file.
 */
export type {
  Attribution,
  ClusterMember,
  LinkResult,
  QuoteCluster,
  QuoteLink,
  QuoteSpan,
  ResolvedMention,
  UnmarkedQuote,
} from './types';
export type { QuoteKind } from './quoteKind';
export { findQuotations } from './findQuotations';
export { attributeSpeakers } from './attributeSpeakers';
export { QuoteLinker } from './QuoteLinker';
export { SpeakerMemo, type SpeakerMemoEntries } from './SpeakerMemo';
export { localTokens, type LocalTokens } from './localTokens';
