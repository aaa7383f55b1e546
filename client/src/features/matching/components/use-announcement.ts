import { useRef, useState } from 'react';

/**
 * A message after an action whose button then disappears (a shortlisted proposal leaves the list):
 * the message takes focus, so keyboard and screen-reader users are not dropped at the top of the page.
 */
export function useAnnouncement() {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const announce = (kind: 'ok' | 'error', text: string) => {
    setMessage({ kind, text });
    requestAnimationFrame(() => ref.current?.focus());
  };
  return { message, ref, announce, clear: () => setMessage(null) };
}
