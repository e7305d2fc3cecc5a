// "Columns": a small menu of checkboxes to hide or show columns (AG Grid's own chooser is Enterprise).
import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n.ts';
import { messages } from '../messages.ts';
import { Button } from '../../ui/Button.tsx';

interface Props {
  columns: Array<{ id: string; label: string }>;
  hidden: ReadonlySet<string>;
  onToggle: (id: string, visible: boolean) => void;
}

export const ColumnsMenu = memo(function ColumnsMenu({ columns, hidden, onToggle }: Props) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // Close on a click or focus anywhere outside, like a native menu.
    const away = (e: Event) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  return (
    <div className="pm-menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <Button
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={t('columnsMenu')}
        onClick={() => setOpen(!open)}
        data-testid="columns-menu"
      >
        ▦ {t('columns')}
        {hidden.size > 0 && <span className="pm-chip__count">−{hidden.size}</span>}
      </Button>
      {open && (
        <div className="pm-menu__popup" role="group" aria-label={t('columnsMenu')}>
          {columns.map((c) => (
            <label key={c.id} className="pm-menu__item">
              <input type="checkbox" checked={!hidden.has(c.id)} onChange={(e) => onToggle(c.id, e.target.checked)} data-col-id={c.id} />
              {c.label}
            </label>
          ))}
        </div>
      )}
    </div>
  );
});
