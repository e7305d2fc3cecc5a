// Optional: the briefing laid out by LibreOffice Writer (headless), where it is installed. Checks what
// a reader without Word sees: the Chinese text drawn with a CJK font (not boxes), each footnote on
// the same page as its mark, the page header and numbers. Skipped, saying so, where soffice or
// poppler-utils are missing (CI installs neither; scripts/render-document.sh renders pages to look at).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBriefing } from '../../../../src/main/core/export/briefing/index.ts';
import { tempDir } from '../../tmp.ts';
import { fixtureInput } from '../fixture.ts';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdffonts');
if (!available) console.warn('LibreOffice briefing test skipped: needs soffice (libreoffice-writer-nogui), pdftotext and pdffonts (poppler-utils)');

describe('briefing laid out by LibreOffice', () => {
  it.skipIf(!available)('draws Chinese with a CJK font and puts each footnote on its mark’s page', { timeout: 120_000 }, async () => {
    const dir = tempDir('pm-lo-');
    const file = path.join(dir, 'briefing.docx');
    await writeBriefing(fixtureInput('zh'), file);
    const profile = tempDir('pm-lo-profile-');
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 110_000 });
    const pdf = path.join(dir, 'briefing.pdf');
    expect(fs.existsSync(pdf), run.stderr).toBe(true);

    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/CJK|SimSun|Song|Hei|Ming/i);
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    // Header on every page, page numbers in the footer.
    pages.forEach((p, i) => {
      expect(p).toContain('政策对比简报');
      expect(p).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    // The first domain's US paragraph and its note (a quote from GUI ¶12) share a page.
    const withClaim = pages.findIndex((p) => p.includes('全面限制对华技术出口，并推动盟友协调。'));
    expect(withClaim).toBeGreaterThanOrEqual(0);
    expect(pages[withClaim]).toContain('将更多中国科技企业列入实体清单');
    expect(pages.join('')).toContain('【失效引文】');
  });
});
