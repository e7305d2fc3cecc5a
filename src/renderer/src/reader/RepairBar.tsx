// The reader while a broken quote is being repaired: a bar that says which quote, and the selection
// that repairs it (through matrix:repairQuote, one undoable step) instead of adding a new quote.
import './repair.css';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../app/i18n.ts';
import { useNav } from '../app/nav.ts';
import type { RepairRequest } from '../app/nav.ts';
import { useStatus } from '../app/status.ts';
import { applyEdit } from '../app/store/changes.ts';
import { readerRepairMessages } from './repair-messages.ts';
import type { QuoteSelection } from './selection.ts';
import { Button } from '../ui/Button.tsx';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function RepairBar({ request, onStop }: { request: RepairRequest; onStop: () => void }) {
  const t = useT(readerRepairMessages);
  return (
    <div className="repair-bar" role="status" data-testid="repair-bar">
      <p>{t('readerBanner', { quote: short(request.exact) })}</p>
      <Button size="small" onClick={onStop}>
        {t('stopRepair')}
      </Button>
    </div>
  );
}

/** What the selection button does during a repair: repair the quote, then go back to its cell. */
export function useRepairSelection(request: RepairRequest | null, onDone: () => void): { label: string; use: (quote: QuoteSelection) => Promise<void> } {
  const t = useT(readerRepairMessages);
  const nav = useNav();
  const status = useStatus();
  const [busy, setBusy] = useState(false);
  return {
    label: t('useToRepair'),
    use: async (quote) => {
      if (!request || busy) return;
      setBusy(true);
      try {
        const { evidenceId, domainId, actorId } = request;
        applyEdit(await api.repairQuote({ domainId, actorId, evidenceId, to: { paragraphId: quote.paragraphId, start: quote.start, exact: quote.exact } }));
        status.show(t('repaired', { quote: short(quote.exact) }), 'success');
        onDone();
        nav.showCell({ domainId, actorId });
      } catch (e) {
        status.showError(e);
      } finally {
        setBusy(false);
      }
    },
  };
}
