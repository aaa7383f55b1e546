import { useState } from 'react';

/**
 * A control's value that follows its source (the address) but shows a new choice at once. A filter
 * writes its choice into the address, and the router applies that a moment later; a controlled radio
 * button or select would meanwhile flip back to the old value, which assistive tech may announce.
 */
export function useShownValue(value: string) {
  const [shown, setShown] = useState(value);
  const [source, setSource] = useState(value);
  if (value !== source) {
    setSource(value);
    setShown(value);
  }
  return [shown, setShown] as const;
}
