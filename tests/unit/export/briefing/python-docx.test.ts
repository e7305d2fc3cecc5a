// The briefing read by python-docx (check_docx.py): an independent reader that many analysts' scripts
// use. Needs /usr/bin/python3 with python3-docx (installed by scripts/install-system-packages.sh);
// skipped with a message otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBriefing } from '../../../../src/main/core/export/briefing/index.ts';
import { tempDir } from '../../tmp.ts';
import { BROKEN_QUOTE, DOMAINS, fixtureInput } from '../fixture.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'check_docx.py');
const probe = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' });
const hasPythonDocx = probe.status === 0;
if (!hasPythonDocx) {
  console.warn(`python-docx briefing test skipped: \`${PYTHON} -c "import docx"\` failed (${probe.error?.message ?? probe.stderr.trim()}); install python3-docx to run it`);
}

interface Facts {
  paragraphs: Array<{ style: string; text: string; notes: number[] }>;
  notes: Record<string, string>;
  tables: string[][][];
  page: { width: number; height: number; left: number; top: number };
  header: string[];
  styles: Record<string, Record<string, string> | null>;
  defaults: Record<string, string> | null;
  core: { title: string; author: string };
}

describe('briefing read back with python-docx', () => {
  it.skipIf(!hasPythonDocx)('has Heading styles, footnoted claims, the overview table, A4 and per-script fonts', async () => {
    const file = path.join(tempDir('pm-python-docx-'), 'briefing.docx');
    await writeBriefing(fixtureInput('zh'), file);
    const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const facts = JSON.parse(run.stdout) as Facts;

    const h1 = facts.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(h1).toEqual(['概览', ...DOMAINS.map((d, i) => `${i + 1}\u3000${d.name.zh}`), '参考文献']);
    const claims = facts.paragraphs.filter((p) => p.style === 'Claim' && p.text.trim() && !/^\s*(部分一致|一致|分歧|未涉及)\s*$/.test(p.text));
    expect(claims).toHaveLength(10);
    for (const p of claims) expect(p.notes.length, p.text).toBeGreaterThan(0);

    // Every referenced note exists and names a source and a paragraph (or says why it cannot).
    const referenced = facts.paragraphs.flatMap((p) => p.notes);
    expect(referenced.sort((a, b) => a - b)).toEqual(Object.keys(facts.notes).map(Number).sort((a, b) => a - b));
    for (const [id, raw] of Object.entries(facts.notes)) {
      const text = raw.trim();
      if (text.startsWith('【无出处】')) continue;
      expect(text, `note ${id}`).toMatch(/(桂永涛 2023|李伟等 2024)，/);
      expect(text, `note ${id}`).toMatch(/第 \d+ 段|段落不明/);
    }
    expect(Object.values(facts.notes).some((t) => t.includes(`【失效引文】李伟等 2024，段落不明：“${BROKEN_QUOTE}”`))).toBe(true);

    const overview = facts.tables[0]!;
    expect(overview[0]).toEqual(['领域', '美国', '日本', '欧盟', '一致性']);
    expect(overview.slice(1).map((r) => r[0])).toEqual(DOMAINS.map((d) => d.name.zh));
    expect(overview.slice(1).map((r) => r.at(-1))).toEqual(['部分一致', '一致', '分歧', '未涉及']);

    // EMU: A4 is 210 × 297 mm; 1 mm = 36,000 EMU.
    expect(Math.round(facts.page.width / 36000)).toBe(210);
    expect(Math.round(facts.page.height / 36000)).toBe(297);
    expect(facts.header.join('')).toContain('政策对比简报');
    expect(facts.defaults).toMatchObject({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' });
    expect(facts.styles['Heading 1']).toMatchObject({ ascii: 'Arial', eastAsia: 'SimHei' });
    expect(facts.core.title).toBe('政策对比简报：美国 · 日本 · 欧盟');
  });
});
