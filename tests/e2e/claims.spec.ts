// The claim check end to end: an analyst adds a year no quote has, is told before saving, sees the
// marker, the highlighted sentence and the footer count after saving, follows the count to the cell,
// fixes the text, and sees it all go.
import { test, expect } from './harness.ts';
import { ClaimCheckModel } from './pages/claim-check.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('a year no quote has is flagged before and after Save, and the flag goes once fixed', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const claims = new ClaimCheckModel(m);
  await m.open();
  await expect(claims.footerCount()).toHaveAttribute('data-count', '0');
  await expect(claims.marker('semiconductors', 'US')).toHaveCount(0);

  const original = app.workspace.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['US']!.summary.zh;
  const added = '台积电亚利桑那工厂于 2031 年全面投产。';
  await m.selectCell('semiconductors', 'US');
  await m.panel.getByTestId('edit-summary').click();
  await expect(claims.draftCheck()).toHaveAttribute('data-state', 'clean');
  await m.panel.getByTestId('summary-editor').fill(`${original}${added}`);

  // Told while editing, without being stopped from saving.
  await expect(claims.draftFlag('2031 年')).toBeVisible();
  await expect(claims.draftFlag('2031 年').getByTestId('claim-item')).toHaveText('2031 年');
  const save = m.panel.getByRole('button', { name: '保存' });
  await expect(save).toBeEnabled();
  await app.screenshot('claims-draft-check');
  await save.click();
  await expect(m.panel.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  // After saving: the grid marker, the panel note with the sentence and the item marked, the count.
  await expect(claims.marker('semiconductors', 'US')).toBeVisible();
  await expect(claims.marker('semiconductors', 'US')).toHaveAttribute('data-items', '2031 年');
  await expect(claims.panelFlag('2031 年')).toBeVisible();
  await expect(claims.panelFlag('2031 年').getByTestId('claim-sentence')).toHaveText(added);
  await expect(claims.panelFlag('2031 年').getByTestId('claim-item')).toHaveText('2031 年');
  await expect(claims.footerCount()).toHaveAttribute('data-count', '1');
  await claims.marker('semiconductors', 'US').scrollIntoViewIfNeeded();
  await app.screenshot('claims-flagged');
  expect(app.workspace.claimCheck().unsupported.map((f) => [f.domainId, f.actorId, f.item])).toEqual([['semiconductors', 'US', '2031 年']]);

  // The footer count takes the analyst to the cell from anywhere.
  await m.selectCell('export-control', 'JP');
  await claims.footerCount().click();
  await m.expectPanelFor('semiconductors', 'US');

  // Fixed: the year goes, and so do the marker, the note and the count.
  await m.panel.getByTestId('edit-summary').click();
  await m.panel.getByTestId('summary-editor').fill(original);
  await expect(claims.draftCheck()).toHaveAttribute('data-state', 'clean');
  await m.panel.getByRole('button', { name: '保存' }).click();
  await expect(claims.marker('semiconductors', 'US')).toHaveCount(0);
  await expect(claims.panelFlags()).toHaveCount(0);
  await expect(claims.footerCount()).toHaveAttribute('data-count', '0');
});

test('the English interface names the item in the alignment reason too', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const claims = new ClaimCheckModel(m);
  await m.open();
  await app.page.getByRole('button', { name: 'English', exact: true }).click();
  const reason = app.workspace.matrix().domains.find((d) => d.id === 'trade-policy')!.alignment.reason.en;
  await m.selectCell('trade-policy', null);
  await m.panel.getByTestId('edit-alignment').click();
  await claims.reasonEditor('trade-policy').fill(`${reason} Tariffs rose by 25% in March 2025.`);
  await expect(claims.draftFlag('25%')).toBeVisible();
  await expect(claims.draftFlag('March 2025')).toBeVisible();
  await m.panel.getByRole('button', { name: 'Save' }).click();
  await expect(claims.marker('trade-policy', null)).toHaveAttribute('data-items', '25%|March 2025');
  await expect(claims.panelFlag('March 2025').getByTestId('claim-item')).toHaveText('March 2025');
  await expect(claims.footerCount()).toHaveAttribute('data-count', '2');
  await app.screenshot('claims-reason-en');
});
