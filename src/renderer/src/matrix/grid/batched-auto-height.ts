// AG Grid's row auto-height, measuring the cells of a render together instead of one by one.
//
// AG Grid measures each auto-height cell as the cell is created: it reads the cell's computed style
// and offsetHeight while the next cells are still being added, so every cell forces a style and layout
// pass of the whole page. On the first frame that was most of the time to the first row (measured: 0.5
// of 2.1 s in `_getElementSize` for 20 rows × 12 columns of the synthetic matrix). Here the grid's own
// service does the same measuring, but for the cells created in one task together, in a microtask at
// its end: one layout for all of them, before the frame is painted (microtasks run before rendering).
// The rows then take their measured heights at once too: AG Grid applies them a timer later (a
// debounce), and the first frame was painted with the rows at its estimate, cut off (seen under load:
// every row 36 px in the frame the benchmark counted). Rows the new heights bring into view are built
// and measured the same way, still before that frame. Resizes afterwards are AG Grid's own (its
// ResizeObserver, set up by the same call).
//
// The service is AG Grid's internal class (not exported), taken from its module and subclassed: only
// `setupCellAutoHeight` is deferred, with AG Grid's own checks, and the flush calls its own
// `calculateRowHeights` (what its debounce calls; a private method in the types). Both are pinned by
// ag-grid-community 36 (`rowAutoHeightService.d.ts`); the matrix e2e specs check wrapped rows.
import { RowAutoHeightModule } from 'ag-grid-community';
import type { Module } from 'ag-grid-community';

interface AliveBean {
  isAlive: () => boolean;
}
interface CellCtrlLike extends AliveBean {
  column: { isAutoHeight: () => boolean };
}
type Setup = (cellCtrl: CellCtrlLike, eCellWrapper: HTMLElement | undefined, compBean: AliveBean) => boolean;
interface AutoHeightServiceLike {
  // The service's method, as declared in rowAutoHeightService.d.ts.
  // eslint-disable-next-line @typescript-eslint/method-signature-style
  setupCellAutoHeight(...args: Parameters<Setup>): boolean;
  /** Private in the types: every displayed row's height from its measured cells, then a re-layout. */
  // eslint-disable-next-line @typescript-eslint/method-signature-style
  calculateRowHeights(): void;
}
type AutoHeightService = new (...args: never[]) => AutoHeightServiceLike;

const Base = RowAutoHeightModule.beans?.[0] as unknown as AutoHeightService | undefined;
const prototype = Base?.prototype as Partial<AutoHeightServiceLike> | undefined;
if (!Base || typeof prototype?.setupCellAutoHeight !== 'function' || typeof prototype.calculateRowHeights !== 'function') {
  throw new Error('AG Grid changed its RowAutoHeight service: see matrix/grid/batched-auto-height.ts');
}

class BatchedRowAutoHeightService extends Base {
  #queue: Array<() => void> = [];

  override setupCellAutoHeight(...[cellCtrl, eCellWrapper, compBean]: Parameters<Setup>): boolean {
    if (!cellCtrl.column.isAutoHeight() || !eCellWrapper) return false;
    if (this.#queue.length === 0) queueMicrotask(() => this.#flush());
    this.#queue.push(() => {
      // A cell destroyed before the task ended (scrolled past, its row replaced) is not measured.
      if (cellCtrl.isAlive() && compBean.isAlive()) super.setupCellAutoHeight(cellCtrl, eCellWrapper, compBean);
    });
    return true;
  }

  #flush(): void {
    const queue = this.#queue;
    this.#queue = [];
    for (const setup of queue) setup();
    this.calculateRowHeights();
  }
}

/** RowAutoHeightModule with the batched service: register it instead of AG Grid's. */
export const BatchedRowAutoHeightModule: Module = { ...RowAutoHeightModule, beans: [BatchedRowAutoHeightService as never] };
