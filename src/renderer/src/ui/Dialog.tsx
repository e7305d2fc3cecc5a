// A modal dialog on the native <dialog> element: focus stays inside, Escape closes it.
import './controls.css';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ title, onClose, children, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
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
