import type { Ref } from 'react';
import { Alert } from '@/components/ui/alert';

interface AnnouncementProps {
  message: { kind: 'ok' | 'error'; text: string } | null;
  ref: Ref<HTMLDivElement>;
}

/** A polite live region, present from the start so every new message is read out. */
export function Announcement({ message, ref }: AnnouncementProps) {
  return (
    <div role="status" ref={ref} tabIndex={-1} className="kp-announcement">
      {message && (
        <Alert type={message.kind}>
          <p className="utrecht-paragraph">{message.text}</p>
        </Alert>
      )}
    </div>
  );
}
