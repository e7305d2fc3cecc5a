// What the app asks main for as soon as its code runs, in the order it needs the answers: the app
// info and preferences the shell waits on first, then (when the app opens on the matrix, its home
// view) the matrix. Main answers in order, so a large matrix no longer holds the shell back.
import type { Envelope } from '../../../shared/contract.ts';
import type { AppInfo, MatrixView } from '../../../shared/types.ts';
import type { Preferences } from '../../../shared/types.ts';
import { api, unwrap } from '../api/client.ts';
import { prefetchMatrix } from './store/matrix.ts';
import { parseHash } from './hash-route.ts';

/** What public/early-requests.js asked before this code loaded (Electron's preload only). */
interface EarlyRequests {
  appInfo: Promise<Envelope<AppInfo>>;
  prefs: Promise<Envelope<Preferences>>;
  /** The matrix's first page, when the app opens on the matrix's top. */
  matrix: Promise<Envelope<MatrixView>> | null;
}
declare global {
  interface Window {
    __pmEarlyRequests?: EarlyRequests;
  }
}

type Boot = Promise<[AppInfo, Preferences]>;

const ask = (): Boot => Promise.all([api.appInfo(), api.getPrefs()]);

const early = window.__pmEarlyRequests;
let pending: Boot | null = early ? Promise.all([unwrap(early.appInfo), unwrap(early.prefs)]) : ask();
// A failure is reported when App takes the promise; never as an unhandled rejection here.
pending.catch(() => undefined);

const route = parseHash(window.location.hash);
// A first page unless the app opens on a cell, which may lie beyond it.
if (early?.matrix) prefetchMatrix(true, unwrap(early.matrix));
else if (!route || route.view === 'matrix') prefetchMatrix(!route || route.cell === null);

/** App info and preferences: the ones requested at startup the first time, fresh ones after (Retry). */
export function loadBoot(): Boot {
  const taken = pending ?? ask();
  pending = null;
  return taken;
}
