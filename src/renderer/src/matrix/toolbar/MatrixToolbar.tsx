// Above the grid: the actions (edit, add, export, project) and the filters.
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.ts';
import { messages } from '../messages.ts';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onAddDomain(): void;
  onAddActor(): void;
  onExport(): void;
  onSaveProject(): void;
  onOpenProject(): void;
  quickFilter: string;
  onQuickFilter(text: string): void;
  filtersActive: boolean;
  onClearFilters(): void;
  /** Alignment chips and the Columns menu. */
  children: ReactNode;
  shownText: string;
}

export function MatrixToolbar(p: Props) {
  const t = useT(messages);
  return (
    <div className="pm-toolbar">
      <div className="pm-toolbar__row">
        <div className="pm-toolbar__group" role="group" aria-label={t('undo')}>
          <button type="button" className="pm-button" onClick={p.onUndo} disabled={!p.canUndo} title={t('undoHint')} data-testid="undo">
            ↶ {t('undo')}
          </button>
          <button type="button" className="pm-button" onClick={p.onRedo} disabled={!p.canRedo} title={t('redoHint')} data-testid="redo">
            ↷ {t('redo')}
          </button>
        </div>
        <div className="pm-toolbar__group">
          <button type="button" className="pm-button" onClick={p.onAddDomain}>
            ＋ {t('addDomain')}
          </button>
          <button type="button" className="pm-button" onClick={p.onAddActor}>
            ＋ {t('addActor')}
          </button>
        </div>
        <span className="pm-toolbar__spacer" />
        <div className="pm-toolbar__group">
          <button type="button" className="pm-button pm-button--primary" onClick={p.onExport} data-testid="export">
            ⤓ {t('exportXlsx')}
          </button>
          <button type="button" className="pm-button" onClick={p.onSaveProject} data-testid="project-save">
            {t('saveProject')}
          </button>
          <button type="button" className="pm-button" onClick={p.onOpenProject} data-testid="project-open">
            {t('openProject')}
          </button>
        </div>
      </div>
      <div className="pm-toolbar__row">
        <label className="pm-search">
          <span className="pm-search__icon" aria-hidden="true">
            ⌕
          </span>
          <input
            type="search"
            value={p.quickFilter}
            onChange={(e) => p.onQuickFilter(e.target.value)}
            placeholder={t('quickFilter')}
            aria-label={t('quickFilterLabel')}
            data-testid="quick-filter"
          />
        </label>
        {p.children}
        {p.filtersActive && (
          <button type="button" className="pm-link-button" onClick={p.onClearFilters}>
            {t('clearFilters')}
          </button>
        )}
        <span className="pm-toolbar__spacer" />
        <span className="pm-muted" data-testid="rows-shown">
          {p.shownText}
        </span>
      </div>
    </div>
  );
}
