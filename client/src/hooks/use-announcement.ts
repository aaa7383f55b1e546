import { useRef, useState } from 'react';

/**
 * A message after an action whose button may then disappear (a shortlisted proposal leaves the list,
 * a card moves to another column): the message takes focus, so keyboard and screen-reader users are
 * not dropped at the top of the page. Show it in a `LiveRegion` with this `ref`.
 */
export function useLiveMessage<Message>() {
  const [message, setMessage] = useState<Message | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = (next: Message) => {
    setMessage(next);
    requestAnimationFrame(() => ref.current?.focus());
  };
  return { message, ref, show, clear: () => setMessage(null) };
}

export interface TAnnouncement {
  kind: 'ok' | 'error';
  text: string;
}

/** A live message in plain words, for `Announcement`. */
export function useAnnouncement() {
  const { message, ref, show, clear } = useLiveMessage<TAnnouncement>();
  const announce = (kind: TAnnouncement['kind'], text: string) => show({ kind, text });
  return { message, ref, announce, clear };
}
