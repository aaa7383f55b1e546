import { useId, type ReactNode } from 'react';

/** One titled part of a long form; the headings let screen-reader users jump between parts. */
export function FormSection({
  title,
  intro,
  children,
  className,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = useId();
  return (
    <section className={`kp-candidate-section ${className ?? ''}`} aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {title}
      </h2>
      {intro}
      {children}
    </section>
  );
}
