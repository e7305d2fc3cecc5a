// Above the grid: the actions (edit, add, export, project) and the filters.
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.ts';
import { messages } from '../messages.ts';
import { Button } from '../../ui/Button.tsx';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo / Redo would do, in words ("撤销：出口管制 · 日本 的批注"); null when there is nothing. */
  undoText: string | null;
  redoText: string | null;
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

/** Re-rendered when what it shows changes (not on every edit): its callbacks and children are stable. */
export const MatrixToolbar = memo(function MatrixToolbar(p: Props) {
  const t = useT(messages);
  // The tooltip: what the button would do and its key ("撤销：出口管制 · 日本 的批注（Ctrl+Z）").
  const undoTip = p.undoText ? t('undoWhat', { what: p.undoText }) : t('undoHint');
  const redoTip = p.redoText ? t('redoWhat', { what: p.redoText }) : t('redoHint');
  return (
    <div className="pm-toolbar">
      <div className="pm-toolbar__row">
        <div className="pm-toolbar__group" role="group" aria-label={t('undo')}>
          <Button
            className="pm-tip"
            onClick={p.onUndo}
            disabled={!p.canUndo}
            data-tip={undoTip}
            aria-description={undoTip}
            aria-keyshortcuts="Control+Z"
            data-testid="undo"
          >
            ↶ {t('undo')}
          </Button>
          <Button
            className="pm-tip"
            onClick={p.onRedo}
            disabled={!p.canRedo}
            data-tip={redoTip}
            aria-description={redoTip}
            aria-keyshortcuts="Control+Shift+Z"
            data-testid="redo"
          >
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
        <label className="pm-search" data-region="search">
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
});
