// Source import: PDF throughput (pages/s) on the fixtures and a 300-page PDF with pdftotext on the
// same files in the same run, peak memory on the 300-page file, paragraph accuracy of our importer
// vs pdftotext's blank-line paragraphs on the fixtures, and search latency with 100 imported
// documents. Needs poppler-utils (pdftotext) and, for the 300-page file, python3-reportlab.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractSource, paragraphsOf } from '../src/main/core/corpus/import/extract.ts';
import { makeJoiner } from '../src/main/core/corpus/import/join.ts';
import { insertSource } from '../src/main/core/corpus/import/sources-repo.ts';
import { documentMetaFor, prepareFromExtraction } from '../src/main/core/corpus/import/service.ts';
import { search } from '../src/main/core/corpus/search.ts';
import { openDatabase } from '../src/main/core/db/open.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { exactMatches, fixtureBytes, FIXTURES, truths } from '../tests/unit/import/truth.ts';
import { line, ms, summarize } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench', '.work');
const LONG = path.join(WORK, 'long-300.pdf');

function pdftotext(file: string): { ms: number; text: string } | null {
  const start = performance.now();
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) return null;
  return { ms: performance.now() - start, text: r.stdout };
}

/** pdftotext's paragraphs: blocks separated by blank lines or page breaks, lines joined as we join them. */
function pdftotextParagraphs(text: string): string[] {
  const join = makeJoiner(new Set());
  return text
    .split(/\n\s*\n|\f/)
    .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).reduce((acc, l) => (acc === '' ? l : join(acc, l)), ''))
    .filter((p) => p !== '');
}

function pagesOf(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? NaN);
}

async function ours(file: string): Promise<{ ms: number; paragraphs: string[] }> {
  const bytes = fs.readFileSync(file);
  const start = performance.now();
  const extracted = await extractSource(bytes, path.basename(file));
  const paragraphs = paragraphsOf('bench', extracted, null).map((p) => p.text);
  return { ms: performance.now() - start, paragraphs };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--peak') {
    await ours(process.argv[3]!);
    console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  console.log('import');
  const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
  if (!hasPdftotext) console.log('  (pdftotext not found: install poppler-utils for the reference figures)');

  // Warm up pdf.js once so the first fixture does not carry its load time.
  await ours(path.join(FIXTURES, 'en-report.pdf'));

  const pdfTruths = truths().filter((t) => t.format === 'pdf');
  let oursExact = 0;
  let refExact = 0;
  let total = 0;
  console.log(`  ${'fixture'.padEnd(24)} ${'pages'.padStart(5)} ${'ours p/s'.padStart(9)} ${'pdftotext p/s'.padStart(14)} ${'ours exact'.padStart(11)} ${'pdftotext exact'.padStart(16)}`);
  for (const t of pdfTruths) {
    const file = path.join(FIXTURES, t.file);
    const pages = pagesOf(file);
    const a = await ours(file);
    const b = hasPdftotext ? pdftotext(file) : null;
    const mine = exactMatches(t.paragraphs, a.paragraphs);
    const ref = b ? exactMatches(t.paragraphs, pdftotextParagraphs(b.text)) : NaN;
    oursExact += mine;
    refExact += ref;
    total += t.paragraphs.length;
    const pps = (n: number, msec: number) => (n / (msec / 1000)).toFixed(0);
    console.log(
      `  ${t.file.padEnd(24)} ${String(pages).padStart(5)} ${pps(pages, a.ms).padStart(9)} ${(b ? pps(pages, b.ms) : '–').padStart(14)} ${`${mine}/${t.paragraphs.length}`.padStart(11)} ${`${b ? ref : '–'}/${t.paragraphs.length}`.padStart(16)}`,
    );
  }
  line('paragraph accuracy, PDF fixtures: ours / pdftotext', `${((100 * oursExact) / total).toFixed(1)} % / ${((100 * refExact) / total).toFixed(1)} %`);

  if (!fs.existsSync(LONG)) {
    fs.mkdirSync(WORK, { recursive: true });
    const r = spawnSync('/usr/bin/python3', [path.join(FIXTURES, 'make-fixtures.py'), '--long', LONG, '300'], { stdio: 'inherit' });
    if (r.status !== 0) console.log('  (could not build the 300-page PDF: needs python3-reportlab)');
  }
  if (fs.existsSync(LONG)) {
    const pages = pagesOf(LONG);
    const a = await ours(LONG);
    line(`${pages}-page PDF (${(fs.statSync(LONG).size / 1e6).toFixed(1)} MB, ${a.paragraphs.length} paragraphs), ours`, `${(pages / (a.ms / 1000)).toFixed(1)} pages/s`);
    const b = hasPdftotext ? pdftotext(LONG) : null;
    if (b) line(`${pages}-page PDF, pdftotext`, `${(pages / (b.ms / 1000)).toFixed(1)} pages/s`);
    const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', import.meta.filename, '--peak', LONG], { encoding: 'utf8' });
    const peak = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { maxRssMb?: number };
    line(`${pages}-page PDF, peak RSS of the importing process`, `${peak.maxRssMb?.toFixed(0) ?? '?'} MB`, '≤ 600 MB');
  }

  // Search with 100 imported documents beside the shipped papers.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-import-bench-'));
  try {
    const ws = Workspace.open({ dbPath: path.join(dir, 'bench.db'), dataDir: repoDataDir(), appVersion: 'bench' });
    // The workspace's connection is private: the benchmark stores and searches on a second one.
    const db = openDatabase(ws.dbPath);
    const sourcesFiles = ['zh-paper.pdf', 'en-report.pdf', 'ja-paper.pdf', 'zh-browser.pdf'];
    const extracted = await Promise.all(sourcesFiles.map((f) => extractSource(fixtureBytes(f), f)));
    const start = performance.now();
    for (let i = 0; i < 100; i++) {
      const x = extracted[i % extracted.length]!;
      // Distinct text per copy, as different documents would have.
      const copy = { ...x, blocks: x.blocks.map((b) => ({ ...b, pieces: b.pieces.map((p) => `${p}〔${i}〕`) })) };
      const sha = i.toString(16).padStart(64, '0');
      const prepared = prepareFromExtraction(`src-bench${i}`, sourcesFiles[i % 4]!, new Uint8Array(), sha, copy, {}, new Date().toISOString());
      insertSource(db, documentMetaFor(prepared.docId, prepared.info), prepared.info, prepared.paragraphs);
    }
    const paragraphs = (db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
    line(`store 100 imported documents (${paragraphs} paragraphs in all)`, ms(performance.now() - start));
    const queries = ['出口管制', '供应链', '経済安全保障', 'export controls', '事前届出', 'supply chains', '半导体'];
    const samples: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < 30; round++) {
      for (const q of queries) {
        const t = performance.now();
        search(db, q, { limit: 50 });
        const took = performance.now() - t;
        samples.push(took);
        perQuery.set(q, [...(perQuery.get(q) ?? []), took]);
      }
    }
    const s = summarize(samples);
    const slowest = [...perQuery.entries()].map(([q, v]) => [q, summarize(v).p50] as const).sort((x, y) => y[1] - x[1])[0]!;
    line(`  slowest query p50 (“${slowest[0]}”)`, ms(slowest[1]));
    line('search with 100 imported documents, p50 / p95', `${ms(s.p50)} / ${ms(s.p95)}`, 'p95 ≤ 10 ms');
    db.close();
    ws.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
