import type { HighlightSegment } from './engine';

/**
 * The highlighted fields in which a word matched. A field without a match would repeat its whole
 * text as one unmarked segment, written and sent for nothing (the client shows the field's own text
 * when it has no highlight).
 */
export function matchedHighlights(
  highlights: Record<string, HighlightSegment[]>,
): Record<string, HighlightSegment[]> {
  const matched: Record<string, HighlightSegment[]> = {};
  for (const field in highlights) {
    const segments = highlights[field]!;
    if (segments.some((s) => s.match)) matched[field] = segments;
  }
  return matched;
}
