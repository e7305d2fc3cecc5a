// Progress reporting and cooperative yielding. Export runs in Electron's main process, so it hands
// the event loop back every few hundred rows: IPC (including these progress events) keeps flowing
// and the zip stream gets to drain while a large workbook is being written.
import type { ExportProgress } from '../../../shared/types.ts';

const REPORT_EVERY = 250;

export class Progress {
  private done = 0;
  private lastReported = -1;
  private phase = '';
  private readonly total: number;
  private readonly onProgress: ((p: ExportProgress) => void) | undefined;

  /** `total` counts rows across all sheets plus one unit per finishing step. */
  constructor(total: number, onProgress?: (p: ExportProgress) => void) {
    this.total = total;
    this.onProgress = onProgress;
  }

  begin(phase: string): void {
    this.phase = phase;
    this.report();
  }

  /** Counts one unit of work; yields to the event loop when a report is due. */
  async step(units = 1): Promise<void> {
    this.done += units;
    if (this.done - this.lastReported >= REPORT_EVERY) {
      this.report();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  finish(): void {
    this.done = this.total;
    this.phase = 'done';
    this.report();
  }

  private report(): void {
    this.lastReported = this.done;
    this.onProgress?.({ phase: this.phase, done: Math.min(this.done, this.total), total: this.total });
  }
}
