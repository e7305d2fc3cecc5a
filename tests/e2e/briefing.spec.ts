// The Word briefing from the app: filter the grid, open Export, choose Word and both languages, save
// through the (test) native dialog, and check the file main wrote: the filtered domains only, each
// claim footnoted.
import fs from 'node:fs';
import path from 'node:path';
import { entryData, readZip } from '../../src/main/core/export/zip.ts';
import { expect, test } from './harness.ts';
import { ExportDialog } from './pages/export-dialog.ts';
import { MatrixPage } from './pages/matrix-page.ts';

function parts(file: string): Map<string, string> {
  return new Map(readZip(fs.readFileSync(file)).map((e) => [e.name, entryData(e).toString('utf8')]));
}

test('export the filtered rows as a Word briefing', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.chip('divergent').click();
  const shown = await m.shownDomainIds();
  expect(shown.length).toBeGreaterThan(0);

  const out = path.join(app.dir, 'briefing.docx');
  app.dialogAnswers.push(out);
  const dialog = new ExportDialog(app.page);
  await dialog.openFromMenu(app);
  await expect(dialog.scope('filtered')).toBeChecked();
  await expect(dialog.format('xlsx')).toBeChecked();
  await dialog.format('docx').check();
  await dialog.lang('both').check();
  await app.screenshot('export-dialog-word');
  await dialog.submit();
  await expect(dialog.result).toContainText(await app.shownPath(out));
  await expect(dialog.result).toContainText('条脚注');
  // "Show in folder": offered by the desktop app, not in a browser (the file is a download there).
  await expect(dialog.result.getByRole('button')).toHaveCount(app.transport === 'http' ? 0 : 1);

  const docx = parts(out);
  const document = docx.get('word/document.xml')!;
  const headings = [...document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>.*?<\/w:p>/gs)].map((h) =>
    [...h[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const names = shown.map((id) => app.workspace.matrix().domains.find((d) => d.id === id)!);
  expect(headings).toEqual(['概览 / Overview', ...names.map((d, i) => `${i + 1}\u3000${d.name.zh} / ${d.name.en}`), '参考文献 / Bibliography']);
  const claims = [...document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Claim"\/>.*?<\/w:p>/gs)].map((p) => p[0]).filter((p) => !p.includes('w:shd'));
  expect(claims.length).toBeGreaterThan(names.length * 2);
  for (const c of claims) expect(c).toContain('<w:footnoteReference');
  expect(docx.get('word/footnotes.xml')!.match(/<w:footnote w:id="\d+"/g)!.length).toBeGreaterThan(claims.length - 1);
});
