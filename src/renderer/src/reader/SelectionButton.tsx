import { useT } from '../app/i18n.ts';
import { readerMessages } from './messages.ts';
import type { QuoteSelection } from './selection.ts';

interface Props {
  quote: QuoteSelection;
  /** The text pane's box, so the button stays inside it while the selection scrolls away. */
  bounds: DOMRect;
  onUse: () => void;
  /** Instead of "Use as evidence" (e.g. "Use to repair" while a quote is being repaired). */
  label?: string;
}

const WIDTH = 150;

/** A small button floating just below the end of the selection. */
export function SelectionButton({ quote, bounds, onUse, label }: Props) {
  const t = useT(readerMessages);
  const left = Math.max(bounds.left + 8, Math.min(quote.anchor.x - WIDTH / 2, bounds.right - WIDTH - 8));
  const top = Math.max(bounds.top + 8, Math.min(quote.anchor.y + 8, bounds.bottom - 44));
  return (
    <button
      type="button"
      className="selection-button"
      style={{ left, top }}
      // Pressing the button must not collapse the selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onUse}
    >
      {label ?? t('useAsEvidence')}
    </button>
  );
}
