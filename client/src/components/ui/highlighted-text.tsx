import type { THighlightSegment } from '@kansplek/api/contract';
import { Fragment } from 'react';

interface HighlightedTextProps {
  /** The search engine's pieces of the field; matched words are marked. */
  segments: THighlightSegment[] | undefined;
  /** The plain field, shown when the engine sent no pieces for it. */
  text: string;
}

/**
 * A search hit's field with the matched words in `<mark>`. The text is rendered as text, never as
 * HTML, so whatever a user typed into a record cannot end up as markup.
 */
export function HighlightedText({ segments, text }: HighlightedTextProps) {
  if (!segments?.length) return <>{text}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark className="utrecht-mark" key={index}>
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** True when any word of the field matched, e.g. to show a field only when it explains the hit. */
export function hasMatch(segments: THighlightSegment[] | undefined): boolean {
  return !!segments?.some((segment) => segment.match);
}
