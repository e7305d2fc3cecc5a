// The matrix tab: toolbar, the grid of domains × actors, the evidence panel for the selected cell,
// the side-by-side comparison and the dialogs. The matrix comes from the store, kept current by what
// each write returns and by main's matrix:changed.
import './grid/grid-setup.ts';
import './matrix.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { canRevealFiles } from '../api/client.ts';
import { useLang, useT } from '../app/i18n.ts';
import { describeError } from '../app/status.ts';
import { undoRedoWords } from '../app/step-text.ts';
import { useNav } from '../app/nav.ts';
import type { CellRef } from '../app/nav.ts';
import { AddEntityDialog } from './dialogs/AddEntityDialog.tsx';
import { AlignmentChips, useAlignmentCounts } from './toolbar/AlignmentChips.tsx';
import { ColumnsMenu } from './toolbar/ColumnsMenu.tsx';
import { buildColumns, hideableColumns } from './grid/column-defs.ts';
import { DomainCompare } from './compare/DomainCompare.tsx';
import { EvidencePanel } from './panel/EvidencePanel.tsx';
import { PanelSplitter, usePanelWidth } from './panel/PanelSplitter.tsx';
import { ExportDialog } from './dialogs/ExportDialog.tsx';
import { describeFilters } from './toolbar/filter-description.ts';
import { GridCellState } from './grid/grid-context.ts';
import type { GridContextValue, MatrixRow } from './grid/grid-context.ts';
import { MatrixFooter } from './integrity/MatrixFooter.tsx';
import { MatrixGrid } from './grid/MatrixGrid.tsx';
import { MatrixToolbar } from './toolbar/MatrixToolbar.tsx';
import { messages } from './messages.ts';
import { MergeConflictList } from './integrity/MergeConflictList.tsx';
import { NoticeBar } from './integrity/NoticeBar.tsx';
import { revealCell, useFocusFromNav } from './grid/use-focus-from-nav.ts';
import { sameCell } from './grid/cell-key.ts';
import { useRegionEntry } from '../app/regions.ts';
import { useDocuments } from '../app/store/documents.ts';
import { prefetchCell } from '../app/store/cells.ts';
import { useMatrixCommands } from './state/use-matrix-commands.ts';
import { cachedMatrix, completeMatrix, isPartial, useMatrix } from '../app/store/matrix.ts';
import { useQuickFilterMatches } from './grid/use-quick-filter.ts';
import { useNotice } from './state/use-notice.ts';
import { useUndoKeys } from './state/use-undo-keys.ts';
import { useMatrixFilters } from './toolbar/use-matrix-filters.ts';
import { useMatrixMenu } from '../app/use-matrix-menu.ts';
import './claims/claims.css';
import { useClaims } from './claims/use-claims.ts';
import { Button } from '../ui/Button.tsx';
import type { BaselineConflict } from '../../../shared/types.ts';
import type { ClaimFlag, ModalityHint } from '../../../shared/claims.ts';

type DialogKind = 'domain' | 'actor' | 'export';

const NO_ROWS: MatrixRow[] = [];
const NO_CONFLICTS: BaselineConflict[] = [];
const NO_FLAGS: ClaimFlag[] = [];
const NO_HINTS: ModalityHint[] = [];

export function MatrixView() {
  const t = useT(messages);
  const { lang } = useLang();
  const matrix = useMatrix();
  const state = matrix.data;
  const docs = useDocuments();
  const { notice, show, clear } = useNotice();
  const commands = useMatrixCommands(show);
  const matrixClaims = useClaims(state);
  const claims = matrixClaims?.check ?? null;
  const claimsByCell = matrixClaims?.byCell;
  const claimsFooter = matrixClaims?.open;

  const [selected, setSelected] = useState<CellRef | null>(null);
  const panelWidth = usePanelWidth(selected !== null);
  const [compare, setCompare] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<MatrixRow> | null>(null);
  const [displayed, setDisplayed] = useState<number | null>(null);
  const [columnFiltered, setColumnFiltered] = useState(false);
  const [modelVersion, setModelVersion] = useState(0);
  const [exportFilter, setExportFilter] = useState<{ domainIds: string[]; description: string } | null>(null);
  const { quick, setQuick, alignments, toggleAlignment, hidden, showColumn, clearFilters } = useMatrixFilters(gridApi);

  const titles = useMemo(() => ({ domain: t('colDomain'), alignment: t('colAlignment'), reason: t('colReason') }), [t]);
  const actors = state?.actors;
  const columns = useMemo(() => (actors ? buildColumns(actors, lang, hidden, titles) : []), [actors, lang, hidden, titles]);
  // Rows as the store holds them: an edit replaces only its own row objects, so the grid redraws those.
  const rows: MatrixRow[] = state?.rows ?? NO_ROWS;
  const quickMatches = useQuickFilterMatches(quick);

  // A cell whose domain disappeared (undo of "add domain", another project opened) is deselected.
  useEffect(() => {
    if (selected && state && !state.rows.some((d) => d.id === selected.domainId)) setSelected(null);
    if (compare && state && !state.rows.some((d) => d.id === compare)) setCompare(null);
  }, [state, selected, compare]);

  const { showCell } = useNav();
  // The selection goes into the location too, so a reload (or a deep link) opens the same cell.
  // Opened with Enter: the panel takes the focus (the cell it belongs to is remembered for Escape).
  const [panelFocus, setPanelFocus] = useState<CellRef | null>(null);
  // The domain whose source note the panel should show first (its ⓘ marker was clicked).
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const select = useCallback(
    (cell: CellRef, byKeyboard = false) => {
      prefetchCell(cell);
      setSelected(cell);
      setPanelFocus(byKeyboard ? cell : null);
      setNoteFor(null);
      showCell(cell);
    },
    [showCell],
  );
  const openSourceNote = useCallback(
    (domainId: string) => {
      select({ domainId, actorId: null });
      setNoteFor(domainId);
    },
    [select],
  );
  // The panel never shows another domain than the comparison beside it: it follows to the same
  // actor's cell (or the alignment) of the domain being compared.
  useEffect(() => {
    if (compare && selected && selected.domainId !== compare) select({ domainId: compare, actorId: selected.actorId });
  }, [compare, selected, select]);
  // F6 into the grid, and Escape out of the panel, land on the selected cell (else the first one).
  const focusGrid = useCallback((): boolean => {
    if (!gridApi) return false;
    const first = rows[0];
    const cell = selected ?? (first ? { domainId: first.id, actorId: state?.actors[0]?.id ?? null } : null);
    return cell !== null && revealCell(gridApi, cell);
  }, [gridApi, rows, selected, state?.actors]);
  useRegionEntry('grid', focusGrid);
  useFocusFromNav({ gridApi, ready: rows.length > 0, modelVersion, selected, select: setSelected, clearFilters });

  // The panel gets its own row and its cell's parts of the conflicts and the claim check, so a write
  // to another row, or a check of other rows, leaves it alone.
  const panelRow = useMemo(() => (selected ? state?.rows.find((d) => d.id === selected.domainId) : undefined), [state?.rows, selected]);
  const panelActor = useMemo(() => (selected?.actorId ? (state?.actors.find((a) => a.id === selected.actorId) ?? null) : null), [state?.actors, selected]);
  const panelConflicts = useMemo(() => {
    const list = state?.conflicts.filter((c) => selected && c.target.domainId === selected.domainId && c.target.actorId === selected.actorId) ?? [];
    return list.length > 0 ? list : NO_CONFLICTS;
  }, [state?.conflicts, selected]);
  const panelClaims = useMemo(() => {
    if (!selected || !claims) return { flags: NO_FLAGS, hints: NO_HINTS };
    const flags = claims.unsupported.filter((f) => f.domainId === selected.domainId && f.actorId === selected.actorId);
    const hints = claims.hints.filter((h) => h.domainId === selected.domainId && h.actorId === selected.actorId);
    return { flags: flags.length > 0 ? flags : NO_FLAGS, hints: hints.length > 0 ? hints : NO_HINTS };
  }, [claims, selected]);
  const closePanel = useCallback(() => setSelected(null), []);
  const returnToGrid = useCallback(() => void focusGrid(), [focusGrid]);

  // The toolbar's callbacks and filters keep their identity, so it re-renders only when what it shows changes.
  const { undo, redo, saveProject, openProject, mergeProject } = commands;
  const onUndo = useCallback(() => void undo(), [undo]);
  const onRedo = useCallback(() => void redo(), [redo]);
  const onSaveProject = useCallback(() => void saveProject(), [saveProject]);
  const onOpenProject = useCallback(() => void openProject(), [openProject]);
  const onMergeProject = useCallback(() => void mergeProject(), [mergeProject]);
  const addDomain = useCallback(() => setDialog('domain'), []);
  const addActor = useCallback(() => setDialog('actor'), []);
  const chipCounts = useAlignmentCounts(rows, state !== undefined && !isPartial(state));
  const columnChoices = useMemo(() => (actors ? hideableColumns(actors, lang, titles) : []), [actors, lang, titles]);
  const toolbarFilters = useMemo(
    () => (
      <>
        <AlignmentChips counts={chipCounts} active={alignments} onToggle={toggleAlignment} />
        <ColumnsMenu columns={columnChoices} hidden={hidden} onToggle={showColumn} />
      </>
    ),
    [chipCounts, alignments, toggleAlignment, columnChoices, hidden, showColumn],
  );

  const canUndo = state?.undo.canUndo ?? false;
  const canRedo = state?.undo.canRedo ?? false;
  useUndoKeys(
    () => canUndo && void commands.undo(),
    () => canRedo && void commands.redo(),
  );

  // The selection and the claim flags reach the cells through a store, not the context's identity:
  // selecting a cell re-renders the two cells it concerns, not the grid.
  const [gridCells] = useState(() => new GridCellState());
  useLayoutEffect(() => gridCells.setSelected(selected), [gridCells, selected]);
  useLayoutEffect(() => gridCells.setClaims(claimsByCell), [gridCells, claimsByCell]);
  const context = useMemo<GridContextValue>(() => ({ actors: actors ?? [], cells: gridCells, openCompare: setCompare, openSourceNote }), [actors, gridCells, openSourceNote]);

  const filteredRows = useCallback((): { domainIds: string[]; description: string } => {
    const domainIds: string[] = [];
    gridApi?.forEachNodeAfterFilterAndSort((node) => node.data && domainIds.push(node.data.id));
    const columnNames: Record<string, string> = {};
    for (const c of columns) if (c.colId) columnNames[c.colId] = c.headerName ?? c.colId;
    const description = describeFilters({ quick, alignments, columns: gridApi?.getFilterModel() ?? {}, columnNames }, lang);
    return { domainIds, description };
  }, [gridApi, columns, quick, alignments, lang]);

  // The "filtered rows" scope is what the grid shows at the moment the dialog opens. Asked for while
  // only a first page is loaded, the dialog opens once the grid holds every row.
  const [exportAsked, setExportAsked] = useState(false);
  const openExport = useCallback(() => {
    // The matrix as it is now (read at the click, so the toolbar's callback outlives edits).
    const now = cachedMatrix();
    if (now && isPartial(now)) {
      completeMatrix();
      setExportAsked(true);
      return;
    }
    setExportFilter(filteredRows());
    setDialog('export');
  }, [filteredRows]);
  useEffect(() => {
    const last = state?.rows.at(-1);
    if (!exportAsked || !state || isPartial(state) || !gridApi || (last && !gridApi.getRowNode(last.id))) return;
    setExportAsked(false);
    openExport();
  }, [exportAsked, state, gridApi, modelVersion, openExport]);

  const onDisplayed = useCallback((count: number, filtered: boolean) => {
    setDisplayed(count);
    setColumnFiltered(filtered);
    setModelVersion((v) => v + 1);
  }, []);

  useMatrixMenu({
    exportXlsx: openExport,
    saveProject: () => void commands.saveProject(),
    openProject: () => void commands.openProject(),
    mergeProject: () => void commands.mergeProject(),
  });

  if (!state) {
    return (
      <div className="pm-matrix" data-testid="matrix-view" data-state={matrix.error ? 'error' : 'loading'}>
        {matrix.error ? (
          <div className="pm-placeholder" role="alert">
            <p>{t('loadFailed', { message: describeError(matrix.error) })}</p>
            <Button onClick={() => void matrix.refetch()}>
              {t('retry')}
            </Button>
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
  const partial = isPartial(state);
  const total = state.totalRows ?? state.rows.length;
  return (
    <div className="pm-matrix" data-testid="matrix-view" data-state="ready">
      <MatrixToolbar
        canUndo={canUndo}
        canRedo={canRedo}
        undoText={state.undo.undoLabel ? undoRedoWords('undo', state.undo.undoLabel, lang, state) : null}
        redoText={state.undo.redoLabel ? undoRedoWords('redo', state.undo.redoLabel, lang, state) : null}
        onUndo={onUndo}
        onRedo={onRedo}
        onAddDomain={addDomain}
        onAddActor={addActor}
        onExport={openExport}
        onSaveProject={onSaveProject}
        onOpenProject={onOpenProject}
        onMergeProject={onMergeProject}
        quickFilter={quick}
        onQuickFilter={setQuick}
        filtersActive={filtersActive}
        onClearFilters={clearFilters}
        shownText={t('rowsShown', { shown: displayed ?? total, total })}
      >
        {toolbarFilters}
      </MatrixToolbar>
      <NoticeBar notice={notice} onDismiss={clear} view={state} />
      <MergeConflictList view={state} />
      <div className="pm-matrix__body" style={panelWidth.style}>
        <div className="pm-matrix__main">
          {partial && matrix.error && (
            <div className="pm-placeholder" role="alert" data-testid="matrix-rest-failed">
              <p>{t('loadFailed', { message: describeError(matrix.error) })}</p>
              <Button
                onClick={() => {
                  // An export asked for before the failure is not opened by this retry unasked.
                  setExportAsked(false);
                  completeMatrix();
                }}
              >
                {t('retry')}
              </Button>
            </div>
          )}
          <MatrixGrid
            rows={rows}
            totalRows={total}
            onFirstPaint={completeMatrix}
            columns={columns}
            context={context}
            quickMatches={quickMatches}
            alignments={alignments}
            onSelect={select}
            onOpenCompare={setCompare}
            onPressCell={prefetchCell}
            onReady={setGridApi}
            onDisplayed={onDisplayed}
          />
          {displayed === 0 && (
            <div className="pm-empty" role="status" data-testid="matrix-empty">
              <p>{t('empty')}</p>
              <Button variant="primary" onClick={clearFilters}>
                {t('clearFilters')}
              </Button>
            </div>
          )}
          {compare && (
            <DomainCompare
              view={state}
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
        {selected && <PanelSplitter width={panelWidth.width} setWidth={panelWidth.setWidth} />}
        {selected && panelRow && (
          <EvidencePanel
            key={`${selected.domainId}/${selected.actorId ?? '_'}`}
            domain={panelRow}
            actor={panelActor}
            cell={selected}
            conflicts={panelConflicts}
            docs={docs}
            onClose={closePanel}
            onCompare={setCompare}
            flags={panelClaims.flags}
            hints={panelClaims.hints}
            autoFocus={panelFocus !== null && sameCell(panelFocus, selected)}
            revealNote={noteFor === selected.domainId && selected.actorId === null}
            onReturnToGrid={returnToGrid}
          />
        )}
      </div>
      <MatrixFooter view={state} {...(claimsFooter ? { claims: claimsFooter } : {})} />
      {(dialog === 'domain' || dialog === 'actor') && (
        <AddEntityDialog
          kind={dialog}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            setDialog(null);
            show({ kind: 'success', text: dialog === 'domain' ? t('addedDomainDone', { id }) : t('addedActorDone', { id }) });
          }}
        />
      )}
      {dialog === 'export' && exportFilter && (
        <ExportDialog
          rows={state.rows}
          filtered={exportFilter}
          onClose={() => setDialog(null)}
          onExported={(result) =>
            show({ kind: 'success', text: t('exported', { path: result.path }), ...(canRevealFiles ? { action: { label: t('showInFolder'), run: () => void commands.reveal(result.path) } } : {}) })
          }
        />
      )}
    </div>
  );
}
