// A two-step button for an action that cannot be taken back by a click ("Delete", "Remove"): the
// first press arms it (the same button now reads "Confirm delete", a Cancel appears beside it), the
// second takes the action. It is never left armed: a pointer press or a key anywhere else, focus
// leaving it, the window losing focus, Escape or Cancel all disarm it. Both changes are announced
// through a polite live region.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../app/i18n.ts';
import { Button } from './Button.tsx';
import type { ButtonVariant } from './Button.tsx';
import { uiMessages } from './messages.ts';

interface Props {
  /** The first step's text ("Delete"). */
  label: ReactNode;
  /** The first step's accessible name when the text alone is ambiguous ("Delete annotation"). */
  'aria-label'?: string;
  /** The armed button's text ("Confirm delete"), also its accessible name. */
  confirmLabel: string;
  cancelLabel?: string;
  /** Runs on the second press; the button stays disabled until it settles. Errors are the caller's to show. */
  onConfirm: () => unknown;
  variant?: ButtonVariant;
  disabled?: boolean;
  testId?: string;
}

export function ConfirmButton({ label, 'aria-label': ariaLabel, confirmLabel, cancelLabel, onConfirm, variant = 'link', disabled, testId }: Props) {
  const t = useT(uiMessages);
  const [armed, setArmed] = useState(false);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const group = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const cancel = useCallback(
    (refocus: boolean) => {
      setArmed(false);
      setAnnouncement(t('confirmCancelled', { confirm: confirmLabel }));
      if (refocus) button.current?.focus();
    },
    [t, confirmLabel],
  );

  // While armed, anything the analyst does outside this control disarms it.
  useEffect(() => {
    if (!armed || running) return;
    const inside = (node: EventTarget | null) => node instanceof Node && (group.current?.contains(node) ?? false);
    const onPointerDown = (e: PointerEvent) => {
      if (!inside(e.target)) cancel(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Escape belongs to this control while it is armed: it must not also close a dialog or panel.
        e.preventDefault();
        e.stopPropagation();
        cancel(inside(document.activeElement));
      } else if (!inside(e.target)) {
        cancel(false);
      }
    };
    const onWindowBlur = () => cancel(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('blur', onWindowBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('blur', onWindowBlur);
    };
  }, [armed, running, cancel]);

  async function press(e: MouseEvent<HTMLButtonElement>) {
    if (!armed) {
      setArmed(true);
      setAnnouncement(t('confirmArmed', { confirm: confirmLabel }));
      return;
    }
    // The second click of a double-click is not a confirmation.
    if (e.detail > 1) return;
    setRunning(true);
    try {
      await onConfirm();
    } finally {
      if (mounted.current) {
        setRunning(false);
        setArmed(false);
        setAnnouncement('');
      }
    }
  }

  return (
    <span
      ref={group}
      className="pm-confirm"
      data-armed={armed || undefined}
      data-testid={testId}
      onBlur={(e) => {
        if (armed && !running && !(e.relatedTarget instanceof Node && group.current?.contains(e.relatedTarget))) cancel(false);
      }}
    >
      <Button
        ref={button}
        variant={armed ? 'danger' : variant}
        disabled={disabled || running}
        aria-label={armed ? undefined : ariaLabel}
        onClick={(e) => void press(e)}
      >
        {armed ? confirmLabel : label}
      </Button>
      {armed && (
        <Button variant="link" disabled={running} onClick={() => cancel(true)}>
          {cancelLabel ?? t('cancel')}
        </Button>
      )}
      <span className="pm-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </span>
  );
}
