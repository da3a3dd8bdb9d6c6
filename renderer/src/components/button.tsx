import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  icon?: ReactNode;
  /** For icon-only buttons: the accessible name (also shown as the tooltip). */
  label?: string;
}

/** The one button. Icon-only buttons must pass `label`, which becomes their accessible name. */
export function Button({ variant = 'secondary', size = 'md', icon, label, children, className, type = 'button', ...rest }: ButtonProps): React.JSX.Element {
  const iconOnly = children === undefined || children === null;
  const classes = ['btn', `btn-${variant}`, `btn-${size}`, iconOnly ? 'btn-icon' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} aria-label={iconOnly ? label : undefined} title={rest.title ?? label} {...rest}>
      {icon}
      {!iconOnly && <span>{children}</span>}
    </button>
  );
}
