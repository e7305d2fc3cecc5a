// The File menu's export and project commands: main forwards them, the matrix view carries them out.
import { useEffect, useRef } from 'react';
import { onEvent } from '../api/client.ts';
import type { MenuCommand } from '../../../shared/contract.ts';

export interface MatrixMenuHandlers {
  exportXlsx(): void;
  saveProject(): void;
  openProject(): void;
}

type MatrixCommand = Extract<MenuCommand, 'export' | 'project-save' | 'project-open'>;

// A command that arrived while another view was showing: the shell switches to the matrix and the
// view runs it once mounted, so no menu command is lost.
let queued: MatrixCommand | null = null;

export function queueMatrixCommand(command: MatrixCommand): void {
  queued = command;
}

function run(handlers: MatrixMenuHandlers, command: MenuCommand): void {
  if (command === 'export') handlers.exportXlsx();
  else if (command === 'project-save') handlers.saveProject();
  else if (command === 'project-open') handlers.openProject();
}

export function useMatrixMenu(handlers: MatrixMenuHandlers): void {
  // Subscribe once; a ref hands the subscription the latest handlers.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (queued) {
      const command = queued;
      queued = null;
      run(latest.current, command);
    }
    return onEvent('menu:command', ({ command }) => run(latest.current, command));
  }, []);
}
