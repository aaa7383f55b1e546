import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary-action' | 'secondary-action' | 'subtle';
  busy?: boolean;
}

export function Button({
  appearance = 'secondary-action',
  busy,
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = [
    'utrecht-button',
    `utrecht-button--${appearance}`,
    type === 'submit' && 'utrecht-button--submit',
    busy && 'utrecht-button--busy',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button {...props} type={type} className={classes} aria-busy={busy || undefined} />;
}
