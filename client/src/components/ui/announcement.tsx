import type { ReactNode, Ref } from 'react';
import type { TAnnouncement } from '@/hooks/use-announcement';
import { Alert } from './alert';

/**
 * A polite live region, present from the start so every new message is read out; `useLiveMessage`
 * moves focus here when a message comes.
 */
export function LiveRegion({ ref, children }: { ref: Ref<HTMLDivElement>; children?: ReactNode }) {
  return (
    <div role="status" ref={ref} tabIndex={-1} className="kp-announcement">
      {children}
    </div>
  );
}

/** A live region with a plain message (`useAnnouncement`). */
export function Announcement({ message, ref }: { message: TAnnouncement | null; ref: Ref<HTMLDivElement> }) {
  return (
    <LiveRegion ref={ref}>
      {message && (
        <Alert type={message.kind}>
          <p className="utrecht-paragraph">{message.text}</p>
        </Alert>
      )}
    </LiveRegion>
  );
}
