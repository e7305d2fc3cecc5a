// The one button of the interface: the `pm-button` family of controls.css as a component, so a
// feature picks a variant instead of spelling class names (and never forgets `type="button"`).
import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'default' | 'primary' | 'link' | 'danger' | 'icon';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** default and primary are framed buttons; link and danger are text buttons; icon is a bare glyph. */
  variant?: ButtonVariant;
  /** The compact framed button (rows of actions inside a panel or list). */
  size?: 'small';
  ref?: Ref<HTMLButtonElement>;
}

const VARIANT_CLASS: Record<ButtonVariant, string> = {
  default: 'pm-button',
  primary: 'pm-button pm-button--primary',
  link: 'pm-link-button',
  danger: 'pm-link-button pm-link-button--danger',
  icon: 'pm-icon-button',
};

export function buttonClass(variant: ButtonVariant = 'default', size?: 'small', extra?: string): string {
  const classes = [VARIANT_CLASS[variant]];
  if (size === 'small' && (variant === 'default' || variant === 'primary')) classes.push('pm-button--small');
  if (extra) classes.push(extra);
  return classes.join(' ');
}

export function Button({ variant = 'default', size, className, type = 'button', ref, ...rest }: ButtonProps) {
  return <button ref={ref} type={type} className={buttonClass(variant, size, className)} {...rest} />;
}
