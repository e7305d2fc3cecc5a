// An error next to the control it belongs to (what the analyst typed stays where it is). Announced
// to screen readers as an alert unless it is a standing state (a list that failed to load).
import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The id a field's aria-describedby points at (Field sets it). */
  id?: string;
  /** false for an error shown as a standing state rather than the answer to an action. */
  announce?: boolean;
}

export function InlineError({ children, id, announce = true }: Props) {
  return (
    <p className="pm-error" id={id} role={announce ? 'alert' : undefined}>
      {children}
    </p>
  );
}
