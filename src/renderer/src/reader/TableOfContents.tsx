import type { Paragraph } from '../../../shared/types.ts';
import { useT } from '../app/i18n.ts';
import { readerMessages } from './messages.ts';

interface Props {
  headings: readonly Paragraph[];
  currentId: string | null;
  onSelect(paragraphId: string): void;
}

export function TableOfContents({ headings, currentId, onSelect }: Props) {
  const t = useT(readerMessages);
  if (headings.length === 0) return <p className="muted panel-note">{t('noHeadings')}</p>;
  return (
    <ol className="toc">
      {headings.map((h) => (
        <li key={h.id} data-level={h.level ?? 1}>
          <button type="button" className="toc-link" aria-current={h.id === currentId ? 'location' : undefined} onClick={() => onSelect(h.id)}>
            {h.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
