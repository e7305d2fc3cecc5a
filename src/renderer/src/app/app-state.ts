// `#root[data-app-state]` is the signal tests and tools wait on: loading → ready, or error.
export type AppState = 'loading' | 'ready' | 'error';

export function setAppState(state: AppState): void {
  document.getElementById('root')?.setAttribute('data-app-state', state);
}
