// The matrix tab: toolbar, the grid of domains × actors, the evidence panel for the selected cell,
// the side-by-side comparison and the dialogs. State comes from main; every edit returns the new one.
import './grid/grid-setup.ts';
import '../ui/controls.css';
import './matrix.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useLang, useT } from '../app/i18n.ts';
import { useNav } from '../app/nav.ts';
import type { CellRef } from '../app/nav.ts';
import { AddEntityDialog } from './dialogs/AddEntityDialog.tsx';
import { AlignmentChips } from './toolbar/AlignmentChips.tsx';
import { ColumnsMenu } from './toolbar/ColumnsMenu.tsx';
import { buildColumns, hideableColumns } from './grid/column-defs.ts';
import { DomainCompare } from './compare/DomainCompare.tsx';
import { EvidencePanel } from './panel/EvidencePanel.tsx';
import { ExportDialog } from './dialogs/ExportDialog.tsx';
import { describeFilters } from './toolbar/filter-description.ts';
import { matrixRow } from './grid/grid-context.ts';
import type { GridContextValue, MatrixRow } from './grid/grid-context.ts';
import { announceMatrix } from '../app/store/matrix-events.ts';
import { MatrixFooter } from './integrity/MatrixFooter.tsx';
import { MatrixGrid } from './grid/MatrixGrid.tsx';
import { MatrixToolbar } from './toolbar/MatrixToolbar.tsx';
import { messages } from './messages.ts';
import { NoticeBar } from './integrity/NoticeBar.tsx';
import { revealCell, useFocusFromNav } from './grid/use-focus-from-nav.ts';
import { useDocuments } from '../app/store/use-documents.ts';
import { useEditedCells } from './state/use-edited-cells.ts';
import { useMatrixCommands } from './state/use-matrix-commands.ts';
import { useMatrixState } from '../app/store/use-matrix-state.ts';
import { useNotice } from './state/use-notice.ts';
import { useUndoKeys } from './state/use-undo-keys.ts';
import { useMatrixFilters } from './toolbar/use-matrix-filters.ts';
import { useMatrixMenu } from '../app/use-matrix-menu.ts';

type DialogKind = 'domain' | 'actor' | 'export';

export function MatrixView() {
  const t = useT(messages);
  const { lang } = useLang();
  const store = useMatrixState();
  const { state } = store;
  const edited = useEditedCells(state);
  const docs = useDocuments();
  const { notice, show, clear } = useNotice();
  const commands = useMatrixCommands(store, show);

  const [selected, setSelected] = useState<CellRef | null>(null);
  const [compare, setCompare] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<MatrixRow> | null>(null);
  const [displayed, setDisplayed] = useState<number | null>(null);
  const [columnFiltered, setColumnFiltered] = useState(false);
  const [modelVersion, setModelVersion] = useState(0);
  const [exportFilter, setExportFilter] = useState<{ domainIds: string[]; description: string } | null>(null);
  const { quick, setQuick, alignments, toggleAlignment, hidden, showColumn, clearFilters } = useMatrixFilters(gridApi);

  const titles = useMemo(() => ({ domain: t('colDomain'), alignment: t('colAlignment'), reason: t('colReason') }), [t]);
  const actors = state?.matrix.actors;
  const columns = useMemo(() => (actors ? buildColumns(actors, lang, hidden, titles) : []), [actors, lang, hidden, titles]);
  const rows = useMemo<MatrixRow[]>(
    () => (state ? state.matrix.domains.map((domain) => matrixRow(domain, state.matrix.actors)) : []),
    [state],
  );

  // A cell whose domain disappeared (undo of "add domain", another project opened) is deselected.
  useEffect(() => {
    if (selected && state && !state.matrix.domains.some((d) => d.id === selected.domainId)) setSelected(null);
    if (compare && state && !state.matrix.domains.some((d) => d.id === compare)) setCompare(null);
  }, [state, selected, compare]);

  const { showCell } = useNav();
  // The selection goes into the location too, so a reload (or a deep link) opens the same cell.
  const select = useCallback(
    (cell: CellRef) => {
      setSelected(cell);
      showCell(cell);
    },
    [showCell],
  );
  useFocusFromNav({ gridApi, ready: rows.length > 0, modelVersion, selected, select: setSelected, clearFilters });

  const canUndo = state?.canUndo ?? false;
  const canRedo = state?.canRedo ?? false;
  useUndoKeys(
    () => canUndo && void commands.undo(),
    () => canRedo && void commands.redo(),
  );

  const context = useMemo<GridContextValue>(
    () => ({
      actors: state?.matrix.actors ?? [],
      annotationCounts: state?.annotationCounts ?? {},
      conflicts: state?.conflicts ?? [],
      edited,
      selected,
      openCompare: setCompare,
    }),
    [state, edited, selected],
  );

  const filteredRows = useCallback((): { domainIds: string[]; description: string } => {
    const domainIds: string[] = [];
    gridApi?.forEachNodeAfterFilterAndSort((node) => node.data && domainIds.push(node.data.domain.id));
    const columnNames: Record<string, string> = {};
    for (const c of columns) if (c.colId) columnNames[c.colId] = c.headerName ?? c.colId;
    const description = describeFilters({ quick, alignments, columns: gridApi?.getFilterModel() ?? {}, columnNames }, lang);
    return { domainIds, description };
  }, [gridApi, columns, quick, alignments, lang]);

  // The "filtered rows" scope is what the grid shows at the moment the dialog opens.
  const openExport = useCallback(() => {
    setExportFilter(filteredRows());
    setDialog('export');
  }, [filteredRows]);

  const onDisplayed = useCallback((count: number, filtered: boolean) => {
    setDisplayed(count);
    setColumnFiltered(filtered);
    setModelVersion((v) => v + 1);
  }, []);

  const refreshAfterAnnotation = useCallback(async () => {
    const next = await store.reload();
    if (next) announceMatrix(next);
  }, [store]);

  useMatrixMenu({ exportXlsx: openExport, saveProject: () => void commands.saveProject(), openProject: () => void commands.openProject() });

  if (!state) {
    return (
      <div className="pm-matrix" data-testid="matrix-view" data-state={store.loadError ? 'error' : 'loading'}>
        {store.loadError ? (
          <div className="pm-placeholder" role="alert">
            <p>{t('loadFailed', { message: store.loadError })}</p>
            <button type="button" className="pm-button" onClick={() => void store.reload()}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <div className="pm-placeholder" role="status">
            <span className="pm-spinner" aria-hidden="true" /> {t('loading')}
          </div>
        )}
      </div>
    );
  }

  const filtersActive = quick.trim() !== '' || alignments.size > 0 || columnFiltered;
  const total = state.matrix.domains.length;
  return (
    <div className="pm-matrix" data-testid="matrix-view" data-state="ready">
      <MatrixToolbar
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => void commands.undo()}
        onRedo={() => void commands.redo()}
        onAddDomain={() => setDialog('domain')}
        onAddActor={() => setDialog('actor')}
        onExport={openExport}
        onSaveProject={() => void commands.saveProject()}
        onOpenProject={() => void commands.openProject()}
        quickFilter={quick}
        onQuickFilter={setQuick}
        filtersActive={filtersActive}
        onClearFilters={clearFilters}
        shownText={t('rowsShown', { shown: displayed ?? total, total })}
      >
        <AlignmentChips domains={state.matrix.domains} active={alignments} onToggle={toggleAlignment} />
        <ColumnsMenu
          columns={hideableColumns(state.matrix.actors, lang, titles)}
          hidden={hidden}
          onToggle={showColumn}
        />
      </MatrixToolbar>
      <NoticeBar notice={notice} onDismiss={clear} state={state} />
      <div className="pm-matrix__body">
        <div className="pm-matrix__main">
          <MatrixGrid
            rows={rows}
            columns={columns}
            context={context}
            quickFilter={quick}
            alignments={alignments}
            onSelect={select}
            onOpenCompare={setCompare}
            onReady={setGridApi}
            onDisplayed={onDisplayed}
          />
          {displayed === 0 && (
            <div className="pm-empty" role="status" data-testid="matrix-empty">
              <p>{t('empty')}</p>
              <button type="button" className="pm-button pm-button--primary" onClick={clearFilters}>
                {t('clearFilters')}
              </button>
            </div>
          )}
          {compare && (
            <DomainCompare
              state={state}
              domainId={compare}
              docs={docs}
              onDomainChange={setCompare}
              onClose={() => {
                setCompare(null);
                if (gridApi && selected) revealCell(gridApi, selected);
              }}
            />
          )}
        </div>
        {selected && (
          <EvidencePanel
            key={`${selected.domainId}/${selected.actorId ?? '_'}`}
            state={state}
            cell={selected}
            docs={docs}
            onApply={store.apply}
            onAnnotationsChanged={() => void refreshAfterAnnotation()}
            onClose={() => setSelected(null)}
            onCompare={setCompare}
          />
        )}
      </div>
      <MatrixFooter stats={state.matrix.stats} state={state} />
      {(dialog === 'domain' || dialog === 'actor') && (
        <AddEntityDialog
          kind={dialog}
          onClose={() => setDialog(null)}
          onDone={(next, id) => {
            store.apply(next);
            setDialog(null);
            show({ kind: 'success', text: dialog === 'domain' ? t('addedDomainDone', { id }) : t('addedActorDone', { id }) });
          }}
        />
      )}
      {dialog === 'export' && exportFilter && (
        <ExportDialog
          domains={state.matrix.domains}
          filtered={exportFilter}
          onClose={() => setDialog(null)}
          onExported={(result) =>
            show({ kind: 'success', text: t('exported', { path: result.path }), action: { label: t('showInFolder'), run: () => void commands.reveal(result.path) } })
          }
        />
      )}
    </div>
  );
}
