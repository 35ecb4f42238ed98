/**
 * The Compare Sources and Who Quotes Whom pages as a bundle of their own (`dist/comparisonPages.js`),
 * which the editor loads the first time one of those panels opens, so activation never pays for them.
 */
export { compareHtml } from './core/comparison/compareHtml';
export { heatMapHtml } from './core/comparison/heatMapHtml';
