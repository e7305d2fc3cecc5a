import { test, expect } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('smoke', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await app.screenshot('matrix');
  await m.selectCell('export-control', 'JP');
  await app.screenshot('matrix-evidence-panel');
});
