import { anchorTarget, AnchorTier } from './anchorTarget';
import { AnchoredAnnotation, Annotation } from './model';
import { OffsetMap } from './offsetMap';

/** Every annotation of a document placed in its current text, and those that could not be placed. */
export interface AnchoringResult {
  anchored: AnchoredAnnotation[];
  orphans: Annotation[];
  /** How each placed annotation was found, by id; anything but 'position' means it moved or changed. */
  tiers: Map<string, AnchorTier>;
}

/**
 * Re-anchors annotations against a text. They are visited in stored order so the displacement found
 * for one (an edit above it shifts everything after) is tried first for the next, which keeps the
 * common case of an insertion or deletion elsewhere linear.
 */
export function anchorAnnotations(map: OffsetMap, annotations: readonly Annotation[]): AnchoringResult {
  const ordered = [...annotations].sort((a, b) => a.target.start - b.target.start);
  const result: AnchoringResult = { anchored: [], orphans: [], tiers: new Map() };
  let shift = 0;
  for (const annotation of ordered) {
    const found = anchorTarget(map, annotation.target, shift);
    if (!found) {
      result.orphans.push(annotation);
      continue;
    }
    // An unsure placement says nothing reliable about how the text around the next one moved.
    if (!found.review && !annotation.target.loose) shift = found.start - map.toUtf16(annotation.target.start);
    result.tiers.set(annotation.id, found.tier);
    result.anchored.push(found.review ? { annotation, start: found.start, end: found.end, review: true } : { annotation, start: found.start, end: found.end });
  }
  result.anchored.sort((a, b) => a.start - b.start || a.end - b.end);
  return result;
}
