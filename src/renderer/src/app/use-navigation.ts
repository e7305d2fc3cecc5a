// Navigation state for the shell: the Nav every feature sees, kept in step with the location hash.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CellRef, Nav, ReaderTarget, View } from './nav.ts';
import { formatRoute, parseHash } from './hash-route.ts';
import type { ReaderPlace, Route } from './hash-route.ts';

/** A request to show a whole document (from `#/reader/doc/<id>`); seq makes a repeat request new. */
export interface DocRequest {
  docId: string;
  seq: number;
}

interface NavState {
  view: View;
  readerTarget: ReaderTarget | null;
  matrixFocus: CellRef | null;
  readerPlace: ReaderPlace | null;
  docRequest: DocRequest | null;
}

export interface Navigation {
  nav: Nav;
  docRequest: DocRequest | null;
  /** The reader reports where the analyst is (e.g. a document picked from the list) so the hash follows. */
  setReaderPlace: (place: ReaderPlace) => void;
}

const DEFAULT_VIEW: View = 'matrix';

function applyRoute(state: NavState, route: Route | null): NavState {
  if (!route) return { ...state, view: DEFAULT_VIEW };
  switch (route.view) {
    case 'matrix':
      return { ...state, view: 'matrix', matrixFocus: route.cell ?? state.matrixFocus };
    case 'annotations':
      return { ...state, view: 'annotations' };
    case 'reader': {
      const place = route.place;
      if (!place) return { ...state, view: 'reader' };
      if (place.kind === 'document') {
        return { ...state, view: 'reader', readerPlace: place, docRequest: { docId: place.docId, seq: (state.docRequest?.seq ?? 0) + 1 } };
      }
      // A deep link (or a reload) brings back the marked quote and the way back to the matrix too.
      const target: ReaderTarget = {
        paragraphId: place.paragraphId,
        ...(place.quote ? { highlight: place.quote } : {}),
        ...(place.from ? { returnTo: place.from } : {}),
        ...(place.onPage ? { onPage: true } : {}),
      };
      return { ...state, view: 'reader', readerPlace: place, readerTarget: target };
    }
  }
}

function routeOf(state: NavState): Route {
  switch (state.view) {
    case 'matrix':
      return { view: 'matrix', cell: state.matrixFocus };
    case 'annotations':
      return { view: 'annotations' };
    case 'reader':
      return { view: 'reader', place: state.readerPlace };
  }
}

/** Where the hash says the reader is: the paragraph, with the quote mark and the way back it was opened with. */
function placeOf(target: ReaderTarget): ReaderPlace {
  return {
    kind: 'paragraph',
    paragraphId: target.paragraphId,
    ...(target.highlight ? { quote: target.highlight } : {}),
    ...(target.returnTo ? { from: target.returnTo } : {}),
    ...(target.onPage ? { onPage: true } : {}),
  };
}

const EMPTY: NavState = { view: DEFAULT_VIEW, readerTarget: null, matrixFocus: null, readerPlace: null, docRequest: null };

/** How long a navigation stays before the location is written (a reload within it reopens the one before). */
const LOCATION_SETTLE_MS = 300;

export function useNavigation(): Navigation {
  const [state, setState] = useState<NavState>(() => applyRoute(EMPTY, parseHash(window.location.hash)));

  // Hash edits from outside (a pasted deep link, a test navigating) become navigation.
  useEffect(() => {
    const onHashChange = () => setState((s) => applyRoute(s, parseHash(window.location.hash)));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // …and navigation inside the app is written back, so a reload keeps the place. replaceState fires no
  // hashchange, so this cannot loop; there is no browser history UI to push entries for.
  // Written once the navigation has rested a moment: replaceState is a round trip to the browser (5–8
  // ms of the renderer's main thread in a trace) that, written in the frame after a click, landed just
  // when the selected cell's quotes arrived and held up their paint; going from cell to cell with the
  // keys writes the location once, for the cell the analyst stopped on.
  const hash = formatRoute(routeOf(state));
  useEffect(() => {
    const seen = window.location.hash;
    const timer = window.setTimeout(() => {
      // The hash changed from outside meanwhile (its hashchange event may still be on its way): that
      // is navigation to take, not a place to write over — writing here lost a deep link opened
      // within 300 ms of a click.
      if (window.location.hash !== seen) return;
      if (seen !== hash) window.history.replaceState(null, '', hash);
    }, LOCATION_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [hash]);

  const setView = useCallback((view: View) => setState((s) => ({ ...s, view })), []);
  const openReader = useCallback(
    (target: ReaderTarget) =>
      setState((s) => ({ ...s, view: 'reader', readerTarget: target, readerPlace: placeOf(target) })),
    [],
  );
  const showCell = useCallback((cell: CellRef) => setState((s) => ({ ...s, view: 'matrix', matrixFocus: cell })), []);
  const setReaderPlace = useCallback((place: ReaderPlace) => setState((s) => ({ ...s, readerPlace: place })), []);

  const nav = useMemo<Nav>(
    () => ({ view: state.view, readerTarget: state.readerTarget, matrixFocus: state.matrixFocus, setView, openReader, showCell }),
    [state.view, state.readerTarget, state.matrixFocus, setView, openReader, showCell],
  );
  return { nav, docRequest: state.docRequest, setReaderPlace };
}
