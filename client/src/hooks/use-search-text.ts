import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withFilterParams } from '@/lib/search-params';
import { useDebouncedValue } from './use-debounced-value';

/**
 * Search words kept in the address (`?zoek=…`) while the user types: the box answers every key, the
 * address (and so the query) follows once typing pauses. Typing replaces the history entry instead of
 * adding one per pause. A change from elsewhere (back button, "clear filters") is copied into the box.
 */
export function useSearchText(param: string, delayMs = 200) {
  const [searchParams, setSearchParams] = useSearchParams();
  const inAddress = searchParams.get(param) ?? '';
  const [text, setText] = useState(inAddress);
  const settled = useDebouncedValue(text, delayMs);
  const written = useRef(inAddress);

  useEffect(() => {
    if (inAddress === written.current) return;
    written.current = inAddress;
    setText(inAddress);
  }, [inAddress]);

  // Only a pause in typing writes: the effect also runs when setSearchParams changes (every address
  // change), and must not then write back words that a "clear" has just removed.
  const lastSettled = useRef(settled);
  useEffect(() => {
    if (settled === lastSettled.current) return;
    lastSettled.current = settled;
    const wanted = settled.trim();
    if (wanted === written.current) return;
    written.current = wanted;
    setSearchParams((current) => withFilterParams(current, { [param]: wanted }), { replace: true });
  }, [settled, param, setSearchParams]);

  /** Searches these words at once (a suggestion chosen), without waiting for a pause in typing. */
  const searchNow = useCallback(
    (words: string) => {
      const wanted = words.trim();
      setText(wanted);
      written.current = wanted;
      setSearchParams((current) => withFilterParams(current, { [param]: wanted }), { replace: true });
    },
    [param, setSearchParams],
  );

  return [text, setText, searchNow] as const;
}
