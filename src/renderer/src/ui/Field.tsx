// A labelled form control: label, the control, an optional hint and an optional error. The control
// gets its id, aria-describedby (hint and error) and aria-invalid from here, so no form wires them
// by hand:
//   <Field label={t('name')} error={error}>{(control) => <input {...control} value={…} />}</Field>
import { useId } from 'react';
import type { ReactNode } from 'react';
import { InlineError } from './InlineError.tsx';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface Props {
  label: ReactNode;
  /** A standing explanation under the control. */
  hint?: ReactNode;
  /** An error about this control's value; marks the control invalid. */
  error?: ReactNode;
  /** The label's look: the small muted label of forms (default) or the bold one of a dialog's single input. */
  labelStyle?: 'field' | 'prominent';
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, hint, error, labelStyle = 'field', className, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  const control: FieldControlProps = { id, 'aria-describedby': describedBy, 'aria-invalid': hasError ? true : undefined };
  return (
    <div className={className ? `pm-field ${className}` : 'pm-field'}>
      <label htmlFor={id} className={labelStyle === 'field' ? 'pm-field__label' : 'pm-label'}>
        {label}
      </label>
      {children(control)}
      {hint && (
        <span id={hintId} className="pm-field__hint">
          {hint}
        </span>
      )}
      {hasError && <InlineError id={errorId}>{error}</InlineError>}
    </div>
  );
}
