import { useEffect, useRef } from 'react';
import { onEvent } from '../../api/client.ts';
import type { MenuCommand } from '../../../../shared/contract.ts';

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>;

/**
 * Runs the shell's share of the application menu. Commands without a handler here (export, project
 * files) are left to the features that listen for them.
 */
export function useMenuCommands(handlers: MenuHandlers): void {
  // A ref, so the subscription is made once and still calls the latest handlers.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => onEvent('menu:command', ({ command }) => latest.current[command]?.()), []);
}
