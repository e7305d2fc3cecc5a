// The desktop app's start screen while an older project is migrated: one self-contained page (no
// network, no preload), both languages, a progress bar and Cancel. Main fills it in through
// `update(...)` with the texts of migrationScreenState; Cancel closes the window, which main takes
// as the cancel (the migration rolls back and the app quits, the project left as it was).
import type { MigrationPhase } from './migration-progress.ts';
import { migrationPercent, migrationStatus, migrationWord } from './migration-words.ts';

/** The page's own scripts and styles only; nothing is fetched. */
export const MIGRATION_PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface MigrationScreenState {
  zh: string;
  en: string;
  percent: number;
  cancelling: boolean;
}

export function migrationScreenState(p: MigrationPhase, cancelling = false): MigrationScreenState {
  if (cancelling) return { zh: migrationWord('zh', 'cancelling'), en: migrationWord('en', 'cancelling'), percent: migrationPercent(p), cancelling };
  return { zh: migrationStatus('zh', p), en: migrationStatus('en', p), percent: migrationPercent(p), cancelling };
}

/** The script main runs in the page to show a state (the state as JSON: no text is parsed as HTML). */
export function migrationUpdateScript(state: MigrationScreenState): string {
  return `update(${JSON.stringify(state)})`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function migrationPageHtml(): string {
  const first = migrationScreenState({ phase: 'backup' });
  const w = (key: Parameters<typeof migrationWord>[1]) => `<span lang="zh">${escape(migrationWord('zh', key))}</span> <span lang="en">${escape(migrationWord('en', key))}</span>`;
  return `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${MIGRATION_PAGE_CSP}">
<title>${escape(migrationWord('zh', 'title'))} · ${escape(migrationWord('en', 'title'))}</title>
<style>
  body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 24px; color: #1f2933; background: #fff; }
  h1 { font-size: 17px; margin: 0 0 8px; }
  p { margin: 4px 0; }
  .explain { color: #52606d; font-size: 13px; }
  progress { width: 100%; height: 14px; margin: 12px 0 6px; }
  button { font: inherit; padding: 6px 14px; margin-top: 12px; }
</style></head>
<body data-state="running">
  <h1>${w('title')}</h1>
  <p id="zh" lang="zh" aria-live="polite">${escape(first.zh)}</p>
  <p id="en" lang="en" aria-live="polite">${escape(first.en)}</p>
  <progress id="bar" max="100" value="0"></progress>
  <p class="explain" lang="zh">${escape(migrationWord('zh', 'explain'))}</p>
  <p class="explain" lang="en">${escape(migrationWord('en', 'explain'))}</p>
  <button id="cancel" type="button">${w('cancel')}</button>
<script>
  function update(s) {
    document.getElementById('zh').textContent = s.zh;
    document.getElementById('en').textContent = s.en;
    document.getElementById('bar').value = s.percent;
    if (s.cancelling) { document.body.dataset.state = 'cancelling'; document.getElementById('cancel').disabled = true; }
  }
  document.getElementById('cancel').addEventListener('click', function () { window.close(); });
</script>
</body></html>`;
}
