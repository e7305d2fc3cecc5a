// The handle between the grid and the evidence panel: drag it, or focus it and use ← → (Home/End for
// the limits), to set the panel's width. The width is remembered for the next session.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../app/i18n.ts';
import { panelMessages } from './panel-messages.ts';

const KEY = 'pm.panelWidth';
const MIN = 300;
const STEP = 24;
const max = () => Math.max(MIN, Math.min(760, Math.round(window.innerWidth * 0.6)));
const clamp = (w: number) => Math.round(Math.min(max(), Math.max(MIN, w)));

function stored(): number | null {
  const n = Number(window.localStorage.getItem(KEY));
  return Number.isFinite(n) && n >= MIN ? n : null;
}

/**
 * The chosen width (null = the responsive default from the stylesheet) and its CSS variable. Read
 * when the panel is first `open`: the session's first localStorage access opens the store, 13–23 ms
 * measured on the startup path under load, and the matrix's first frame has no panel to size.
 */
export function usePanelWidth(open: boolean) {
  const [width, setWidthState] = useState<number | null>(() => (open ? stored() : null));
  const [read, setRead] = useState(open);
  if (open && !read) {
    setRead(true);
    setWidthState(stored());
  }
  const setWidth = useCallback((w: number) => {
    const next = clamp(w);
    setWidthState(next);
    window.localStorage.setItem(KEY, String(next));
  }, []);
  const style = (width === null ? {} : { '--pm-panel-width': `${width}px` }) as CSSProperties;
  return { width, setWidth, style };
}

export function PanelSplitter({ width, setWidth }: { width: number | null; setWidth: (w: number) => void }) {
  const t = useT(panelMessages);
  const [dragging, setDragging] = useState(false);
  const handle = useRef<HTMLDivElement>(null);
  const panelWidth = (el: HTMLElement | null) => Math.round((el?.nextElementSibling as HTMLElement | null)?.getBoundingClientRect().width ?? 400);
  // A focusable separator must say its current value (ARIA): the chosen width, or the one the
  // stylesheet gave the panel.
  const [measured, setMeasured] = useState(400);
  useLayoutEffect(() => setMeasured(panelWidth(handle.current)), [width]);

  useEffect(() => {
    document.body.classList.toggle('pm-resizing', dragging);
  }, [dragging]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragging(true);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging) return;
    const panel = e.currentTarget.nextElementSibling as HTMLElement | null;
    if (panel) setWidth(panel.getBoundingClientRect().right - e.clientX);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = width ?? panelWidth(e.currentTarget);
    const next = { ArrowLeft: current + STEP, ArrowRight: current - STEP, Home: max(), End: MIN }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setWidth(next);
  };
  return (
    <div
      ref={handle}
      className="pm-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('panelWidth')}
      aria-valuemin={MIN}
      aria-valuemax={max()}
      aria-valuenow={width ?? measured}
      tabIndex={0}
      data-testid="panel-splitter"
      data-dragging={dragging || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => setDragging(false)}
      onPointerCancel={() => setDragging(false)}
      onKeyDown={onKeyDown}
    />
  );
}
