// Above the grid: the actions (edit, add, export, project) and the filters.
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.ts';
import { messages } from '../messages.ts';
import { Button } from '../../ui/Button.tsx';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onAddDomain: () => void;
  onAddActor: () => void;
  onExport: () => void;
  onSaveProject: () => void;
  onOpenProject: () => void;
  onMergeProject: () => void;
  quickFilter: string;
  onQuickFilter: (text: string) => void;
  filtersActive: boolean;
  onClearFilters: () => void;
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
          <Button onClick={p.onUndo} disabled={!p.canUndo} title={t('undoHint')} data-testid="undo">
            ↶ {t('undo')}
          </Button>
          <Button onClick={p.onRedo} disabled={!p.canRedo} title={t('redoHint')} data-testid="redo">
            ↷ {t('redo')}
          </Button>
        </div>
        <div className="pm-toolbar__group">
          <Button onClick={p.onAddDomain}>
            ＋ {t('addDomain')}
          </Button>
          <Button onClick={p.onAddActor}>
            ＋ {t('addActor')}
          </Button>
        </div>
        <span className="pm-toolbar__spacer" />
        <div className="pm-toolbar__group">
          <Button variant="primary" onClick={p.onExport} data-testid="export">
            ⤓ {t('exportXlsx')}
          </Button>
          <Button onClick={p.onSaveProject} data-testid="project-save">
            {t('saveProject')}
          </Button>
          <Button onClick={p.onOpenProject} data-testid="project-open">
            {t('openProject')}
          </Button>
          <Button onClick={p.onMergeProject} data-testid="project-merge">
            {t('mergeProject')}
          </Button>
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
          <Button variant="link" onClick={p.onClearFilters}>
            {t('clearFilters')}
          </Button>
        )}
        <span className="pm-toolbar__spacer" />
        <span className="pm-muted" data-testid="rows-shown">
          {p.shownText}
        </span>
      </div>
    </div>
  );
}
