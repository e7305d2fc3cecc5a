// Repair candidates for broken quotes: how long ranking takes on a 2-page fixture and on a
// 300-page PDF (about 7,500 paragraphs), for a quote with one character changed (found, first?) and
// for one whose passage is gone (the worst case: every paragraph searched, nothing found).
// Needs python3-reportlab for the 300-page file (built once into bench/.work, as the import bench does).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractSource, paragraphsOf } from '../src/main/core/corpus/import/extract.ts';
import { findCandidates } from '../src/main/core/matrix/repair/candidates.ts';
import { selectorFor } from '../src/main/core/matrix/anchor.ts';
import type { Paragraph } from '../src/shared/types.ts';
import { FIXTURES } from '../tests/unit/import/truth.ts';
import { line, ms, summarize, time } from './stats.ts';

const WORK = path.join(import.meta.dirname, '.work');
const LONG = path.join(WORK, 'long-300.pdf');

async function paragraphs(file: string): Promise<Paragraph[]> {
  return paragraphsOf('bench', await extractSource(fs.readFileSync(file), path.basename(file)), null);
}

/** A deterministic sample of (at most n) body paragraphs long enough to quote 40 characters from their middle. */
function sample(list: readonly Paragraph[], n: number): Paragraph[] {
  const body = list.filter((p) => p.kind === 'body' && p.text.length >= 50);
  const count = Math.min(n, body.length);
  return Array.from({ length: count }, (_, i) => body[Math.floor(((i + 0.5) * body.length) / count)]!);
}

function run(label: string, list: readonly Paragraph[], quotes: number): void {
  const picked = sample(list, quotes);
  const found: number[] = [];
  const missing: number[] = [];
  let first = 0;
  for (const p of picked) {
    const start = Math.floor(p.text.length / 2) - 20;
    const exact = p.text.slice(start, start + 40);
    // One character changed in the middle of the quote: the shape of a corrected typo.
    const edited = `${exact.slice(0, 20)}${exact[20] === '的' ? '之' : '的'}${exact.slice(21)}`;
    const selector = { ...selectorFor(p, start, exact), exact: edited };
    const t = time(() => findCandidates(selector, list));
    found.push(t.ms);
    if (t.value[0]?.paragraphId === p.id && t.value[0].start === start) first++;
    const gone = { docId: p.docId, exact: '这一段文字在文件中根本不存在而且也不会被找到的任何相近段落', prefix: '', suffix: '' };
    missing.push(time(() => findCandidates(gone, list)).ms);
  }
  const a = summarize(found);
  const b = summarize(missing);
  line(`${label}: one character changed, p50 / p95`, `${ms(a.p50)} / ${ms(a.p95)}`);
  line(`${label}: the edited passage ranked first`, `${first} of ${picked.length}`);
  line(`${label}: passage gone (no candidate), p50 / p95`, `${ms(b.p50)} / ${ms(b.p95)}`);
}

async function main(): Promise<void> {
  console.log('repair candidates');
  run('zh-paper.pdf (2 pages)', await paragraphs(path.join(FIXTURES, 'zh-paper.pdf')), 20);
  if (!fs.existsSync(LONG)) {
    fs.mkdirSync(WORK, { recursive: true });
    spawnSync('/usr/bin/python3', [path.join(FIXTURES, 'make-fixtures.py'), '--long', LONG, '300'], { stdio: 'inherit' });
  }
  if (!fs.existsSync(LONG)) return void console.log('  (no 300-page PDF: needs python3-reportlab)');
  const long = await paragraphs(LONG);
  run(`300-page PDF (${long.length} paragraphs)`, long, 20);
}

await main();
