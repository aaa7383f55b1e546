import { Link, type LinkProps } from 'react-router';

interface ButtonLinkProps extends LinkProps {
  appearance?: 'primary-action' | 'secondary-action' | 'subtle';
}

/** A navigation that looks like a button (it goes somewhere, so it stays a link for assistive tech). */
export function ButtonLink({ appearance = 'secondary-action', className, ...props }: ButtonLinkProps) {
  return (
    <Link
      {...props}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance} ${className ?? ''}`}
    />
  );
}
