// A modal dialog on the native <dialog> element: focus stays inside, Escape closes it. Opening it
// focuses the control marked `data-autofocus` (React's autoFocus fires while the dialog is still
// closed, so showModal would otherwise take the first focusable element, whatever it is).
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ title, onClose, children, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="pm-dialog"
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        // Let React own the open state: the parent unmounts us.
        e.preventDefault();
        onClose();
      }}
    >
      <h2 className="pm-dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
