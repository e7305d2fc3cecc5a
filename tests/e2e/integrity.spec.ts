// What happens when the inputs change under the analyst: a quote that no longer matches its source,
// a new baseline meeting an edit, a source file that cannot be read. Each test starts on a modified
// copy of data/ (never on data/ itself) and checks what the analyst is shown, or what main refuses.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Evidence } from '../../src/shared/types.ts';
import { DATA_DIR, DB_FILE, expect, openWorkspace, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ShellPage } from './pages/shell-page.ts';

interface DocumentEntry {
  id: string;
  file: string;
}

interface Quote {
  docId: string;
  exact: string;
}

interface DatasetFile {
  domains: Array<{
    id: string;
    alignment: { evidence: Quote[] };
    positions: Record<string, { summary: { zh: string; en: string }; evidence: Quote[] }>;
  }>;
}

const dataset = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'matrix/matrix.json'), 'utf8')) as DatasetFile;
const documents = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'corpus/documents.json'), 'utf8')) as DocumentEntry[];

function shippedDomain(id: string) {
  const domain = dataset.domains.find((d) => d.id === id);
  if (!domain) throw new Error(`data/matrix/matrix.json has no domain ${id}`);
  return domain;
}

/** The corpus file of a document, inside a data folder. */
function corpusFile(dataDir: string, docId: string): string {
  const doc = documents.find((d) => d.id === docId);
  if (!doc) throw new Error(`data/corpus/documents.json has no document ${docId}`);
  return path.join(dataDir, 'corpus', doc.file);
}

/** A copy of data/ at `dir`, changed by `edit`. */
function copyData(dir: string, edit: (dataDir: string) => void): string {
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Replace text that must occur exactly once, so an edit can never land somewhere unintended. */
function replaceOnce(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" exactly once in ${file}, found it ${count} times`);
  fs.writeFileSync(file, text.replace(from, to), 'utf8');
}

/** Names and contents of every file under a folder, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

/** Quotes the shipped matrix has: what the app must count whatever their state. */
function quotesOf(d: DatasetFile): number {
  return d.domains.reduce((n, domain) => n + domain.alignment.evidence.length + Object.values(domain.positions).reduce((m, p) => m + p.evidence.length, 0), 0);
}

// Japan's export control list grew "from 68 to 85" Chinese entities; in the source the sentence is
// wrapped across a blank line ("…增加\n\n到 85 家。［38］"), so the edit touches only the second line,
// which no other quote uses. The suffix "。" is kept, so only `exact` stops matching.
const BROKEN = { domainId: 'export-control', actorId: 'JP', exact: '被列入的中国法人从 68 家增加到 85 家' };

test.describe('a quote that no longer occurs in its source', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    dataDir: async ({}, use, testInfo) => {
      const quote = shippedDomain(BROKEN.domainId).positions[BROKEN.actorId]!.evidence.find((q) => q.exact === BROKEN.exact);
      if (!quote) throw new Error(`the shipped data no longer quotes "${BROKEN.exact}"`);
      await use(copyData(testInfo.outputPath('data'), (dir) => replaceOnce(corpusFile(dir, quote.docId), '到 85 家。［38］', '到 86 家。［38］')));
    },
  });

  test('is shown as broken with the reason, never dropped', async ({ app }) => {
    // Main's view first: one quote broken, the same number of quotes as shipped.
    const total = quotesOf(dataset);
    const matrix = app.workspace.matrix();
    expect(matrix.stats).toEqual({ quotes: total, anchored: total - 1, broken: 1 });
    const evidence = matrix.domains.find((d) => d.id === BROKEN.domainId)!.positions[BROKEN.actorId]!.evidence;
    const broken = evidence.find((e) => e.exact === BROKEN.exact) as Evidence;
    expect(broken).toMatchObject({ status: 'broken', paragraphId: null, start: null });
    expect(broken.problem).toBeTruthy();
    expect(evidence.filter((e) => e.status === 'broken')).toHaveLength(1);

    await app.load();
    const m = new MatrixPage(app.page);
    await m.open();

    // The footer counts every quote, broken ones included, and says how many are broken; there is
    // no baseline conflict to count.
    const stats = m.view.getByTestId('quote-stats');
    await expect(stats).toContainText(`${total} 条引文`);
    await expect(m.footerCount('broken')).toHaveText('⚠ 1 条失效');
    await expect(m.footerCount('conflict')).toHaveCount(0);
    await expect(m.conflictNotice()).toBeEmpty();

    // Exactly one cell carries the broken marker: the one with the broken quote.
    const cell = m.cell(BROKEN.domainId, BROKEN.actorId);
    await expect(cell.locator('[data-marker="broken"]')).toContainText('1 条失效');
    await expect(m.grid.locator('[data-marker="broken"]')).toHaveCount(1);
    await expect(cell.locator('[data-marker="quotes"]')).toContainText(String(evidence.length));

    // The footer count leads to that cell: it is selected and its panel opens.
    await m.footerCount('broken').click();
    await m.expectPanelFor(BROKEN.domainId, BROKEN.actorId);

    // The panel lists it with the others, marked broken, with the problem and no way to a paragraph.
    await expect(m.quotes()).toHaveCount(evidence.length);
    const shown = m.quote(broken.id);
    await expect(shown).toHaveAttribute('data-status', 'broken');
    await expect(shown.getByTestId('quote-exact')).toHaveText(BROKEN.exact);
    await expect(shown.getByTestId('open-source')).toBeDisabled();
    await expect(m.panel.locator('[data-testid="quote"][data-status="anchored"]')).toHaveCount(evidence.length - 1);

    // The problem is worded in the interface language (Chinese here), from its code; main's English
    // text is the tooltip and, on request, the technical detail.
    const problem = shown.getByTestId('quote-problem');
    await expect(problem).toHaveAttribute('data-problem-code', 'not-verbatim');
    const reason = problem.locator('p');
    await expect(reason).toHaveText('无法在原文中定位：原文中已找不到与引文逐字相同的文字');
    await expect(reason).toHaveAttribute('title', broken.problem!);
    const detail = problem.getByText(broken.problem!);
    await expect(detail).toBeHidden();
    await problem.getByText('技术说明').click();
    await expect(detail).toBeVisible();
    await problem.getByText('技术说明').click();

    // In English the same reason, in English.
    await new ShellPage(app.page).setLanguage('en');
    await expect(reason).toHaveText('Cannot be found in the source: the quoted words no longer occur verbatim in the paper');
    await new ShellPage(app.page).setLanguage('zh');
    await expect(reason).toContainText('无法在原文中定位');

    await shown.scrollIntoViewIfNeeded();
    await app.screenshot('broken-quote');
  });
});

test('a baseline change under an analyst edit keeps the edit and shows the conflict', async ({ app }) => {
  const cell = { domainId: 'export-control', actorId: 'US' };
  const shipped = shippedDomain(cell.domainId).positions[cell.actorId]!.summary;
  const edited = 'The analyst’s reading: US export controls since 2018 aim first at China’s military rise (edited).';
  // The newer baseline corrects the text near its start, where the conflict notice shows it.
  const newer = shipped.en.replace('Export Control Reform Act passed', 'Export Control Reform Act (ECRA) passed');
  expect(newer).not.toBe(shipped.en);

  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await new ShellPage(app.page).setLanguage('en');
  await m.selectCell(cell.domainId, cell.actorId);
  await m.panel.getByTestId('edit-summary').click();
  await m.panel.getByTestId('summary-editor').fill(edited);
  await m.panel.getByRole('button', { name: 'Save' }).click();
  await expect(m.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(m.cell(cell.domainId, cell.actorId).getByTestId('summary')).toHaveText(edited);
  await expect(m.grid.locator('[data-marker="conflict"]')).toHaveCount(0);

  // A newer version of the app ships a matrix.json with that summary changed.
  const nextData = copyData(test.info().outputPath('data-next'), (dir) =>
    replaceOnce(path.join(dir, 'matrix/matrix.json'), JSON.stringify(shipped.en), JSON.stringify(newer)),
  );
  await app.restart({ dataDir: nextData });
  const conflicts = app.workspace.matrixView().conflicts;
  expect(conflicts).toEqual([
    { key: `position/${cell.domainId}/${cell.actorId}/summary/en`, target: { ...cell, evidenceId: null }, kind: 'summary', lang: 'en', baselineNow: newer, userValue: edited },
  ]);

  // The analyst's text wins in the grid, and the cell (only that one) says its baseline moved.
  await m.open();
  const shownCell = m.cell(cell.domainId, cell.actorId);
  await expect(shownCell.getByTestId('summary')).toHaveText(edited);
  await expect(shownCell.locator('[data-marker="conflict"]')).toBeVisible();
  await expect(shownCell.locator('[data-marker="edited"]')).toBeVisible();
  await expect(m.grid.locator('[data-marker="conflict"]')).toHaveCount(1);

  // On opening, a notice says how many edits the new baseline changed, and the footer counts them.
  await expect(m.conflictNotice()).toContainText('A newer baseline changed 1 place you had edited.');
  await expect(m.footerCount('conflict')).toHaveText('⇄ 1 baseline conflict');
  await expect(m.footerCount('broken')).toHaveCount(0);

  // The notice's button selects the cell; so does the footer count, from anywhere else.
  await m.conflictNotice().getByRole('button', { name: 'Show the first' }).click();
  await m.expectPanelFor(cell.domainId, cell.actorId);
  await m.selectCell(cell.domainId, 'JP');
  await m.footerCount('conflict').click();
  await m.expectPanelFor(cell.domainId, cell.actorId);

  // The panel names the cell and the field in words, and shows both versions.
  await expect(m.panel).toContainText('Export controls');
  await expect(m.panel).toContainText('United States');
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(edited);
  const key = `position/${cell.domainId}/${cell.actorId}/summary/en`;
  const conflict = m.conflict(key);
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Summary (English)');
  await expect(conflict).not.toContainText(key);
  await expect(conflict.getByTestId('conflict-mine')).toHaveText(edited);
  // The new baseline is long: it shows its beginning, with the correction, and says it goes on…
  const baselineSide = conflict.getByTestId('conflict-baseline');
  await expect(baselineSide).toContainText('Export Control Reform Act (ECRA) passed');
  await expect(baselineSide).toContainText(`${newer.slice(0, 240)}…`);
  await m.panel.getByTestId('conflicts').scrollIntoViewIfNeeded();
  await app.screenshot('baseline-conflict');
  // …and shows all of it on request.
  await conflict.getByTestId('conflict-expand').click();
  await expect(baselineSide).toHaveText(newer);
  await expect(conflict.getByTestId('conflict-expand')).toHaveAttribute('aria-expanded', 'true');

  // "Keep mine": the conflict is gone everywhere, the analyst's text stays, still marked as edited.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(m.panel.getByTestId('conflict-status')).toContainText('Kept your edit: Summary (English)');
  await expect(conflict).toHaveCount(0);
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(edited);
  await expect(shownCell.getByTestId('summary')).toHaveText(edited);
  await expect(shownCell.locator('[data-marker="edited"]')).toBeVisible();
  await expect(m.grid.locator('[data-marker="conflict"]')).toHaveCount(0);
  await expect(m.footerCount('conflict')).toHaveCount(0);
  await expect(m.conflictNotice()).toBeEmpty();
  expect(app.workspace.matrixView().conflicts).toEqual([]);

  // Undo brings the conflict back, as it was.
  await app.page.getByTestId('undo').click();
  await expect(conflict).toBeVisible();
  await expect(shownCell.locator('[data-marker="conflict"]')).toBeVisible();
  await expect(m.footerCount('conflict')).toHaveText('⇄ 1 baseline conflict');
  expect(app.workspace.matrixView().conflicts).toEqual(conflicts);

  // In Chinese the conflict and its choices are worded in Chinese.
  await new ShellPage(app.page).setLanguage('zh');
  await expect(conflict).toContainText('概述（英文）');
  await expect(conflict.getByRole('button', { name: '保留我的修改' })).toBeVisible();
  await expect(m.conflictNotice()).toContainText('新版本的基准数据改动了你修改过的 1 处内容');
  await expect(m.footerCount('conflict')).toHaveText('⇄ 1 处基准冲突');
  await new ShellPage(app.page).setLanguage('en');

  // "Take new baseline": the edit is dropped, the new baseline's text is shown, nothing is marked.
  await conflict.getByRole('button', { name: 'Take new baseline' }).click();
  await expect(m.panel.getByTestId('conflict-status')).toContainText('Took the new baseline: Summary (English)');
  await expect(conflict).toHaveCount(0);
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(newer);
  await expect(shownCell.getByTestId('summary')).toHaveText(newer);
  await expect(shownCell.locator('[data-marker="edited"]')).toHaveCount(0);
  await expect(shownCell.locator('[data-marker="conflict"]')).toHaveCount(0);
  await expect(m.footerCount('conflict')).toHaveCount(0);
  const after = app.workspace.matrixView();
  expect(after.conflicts).toEqual([]);
  const afterRow = after.rows.find((r) => r.id === cell.domainId)!;
  expect(afterRow.positions.find((p) => p.actorId === cell.actorId)!.edited).toBe(false);

  // The Chinese summary was not edited, so it simply is the baseline's, without a conflict.
  await new ShellPage(app.page).setLanguage('zh');
  await expect(shownCell.getByTestId('summary')).toHaveText(shipped.zh);
});

test.describe('a source file that is not UTF-8', () => {
  // Bytes that cannot start a UTF-8 sequence, written after a line end so the offset is exact.
  const INVALID = Buffer.from([0xff, 0xfe, 0xc3, 0x28]);

  function badData(dir: string): { dataDir: string; file: string; offset: number } {
    let file = '';
    let offset = -1;
    const dataDir = copyData(dir, (d) => {
      file = corpusFile(d, 'wu-cong');
      const bytes = fs.readFileSync(file);
      offset = bytes.indexOf(0x0a, Math.floor(bytes.length / 2)) + 1;
      fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, offset), INVALID, bytes.subarray(offset)]));
    });
    return { dataDir, file: path.basename(file), offset };
  }

  test('is refused with the file named, before a database is created', () => {
    const { dataDir, file, offset } = badData(test.info().outputPath('data-bad'));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-bad-'));
    try {
      expect(() => openWorkspace(profile, dataDir)).toThrow(`${file} is not UTF-8 text (invalid byte at offset ${offset})`);
      expect(fs.readdirSync(profile)).toEqual([]);
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test('is refused on restart without touching the existing database', async ({ app }) => {
    app.workspace.setSummary('export-control', 'JP', 'zh', '分析人员的修改。');
    app.workspace.close();
    const before = snapshot(app.dir);
    expect(Object.keys(before)).toContain(DB_FILE);

    const { dataDir, file } = badData(test.info().outputPath('data-bad'));
    await expect(app.restart({ dataDir })).rejects.toThrow(new RegExp(`${file.replace(/\./g, '\\.')} is not UTF-8 text`));
    expect(snapshot(app.dir)).toEqual(before);

    // With readable data again, the app starts on the same database and the edit is still there.
    await app.restart({ dataDir: DATA_DIR });
    expect(app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.zh).toBe('分析人员的修改。');
  });
});
