import type { ReactNode, Ref } from 'react';

interface AlertProps {
  type: 'error' | 'info' | 'ok' | 'warning';
  children: ReactNode;
  /** `status` for polite confirmations, `alert` only for messages that must interrupt. */
  role?: 'status' | 'alert';
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
  labelledBy?: string;
}

export function Alert({ type, children, role, ref, tabIndex, labelledBy }: AlertProps) {
  return (
    <div
      ref={ref}
      className={`utrecht-alert utrecht-alert--${type}`}
      role={role}
      tabIndex={tabIndex}
      aria-labelledby={labelledBy}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
