// Ingest throughput, search latency (trigram FTS vs a plain LIKE scan), annotation save latency,
// and opening a project with 10,000 annotations — on the real papers and on a ~50 MB synthetic corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentMeta, Paragraph } from '../src/shared/types.ts';
import { decodeCorpusText, ingestDocument } from '../src/main/core/corpus/ingest.ts';
import { putAnnotation } from '../src/main/core/annotations/repo.ts';
import { queryTerms, scanSearch, search } from '../src/main/core/corpus/search.ts';
import { expandedSearch } from '../src/main/core/terms/expanded-search.ts';
import type { ExpandedSearchContext } from '../src/main/core/terms/expanded-search.ts';
import { loadTermSources } from '../src/main/core/terms/load.ts';
import { buildTermIndex } from '../src/main/core/terms/term-index.ts';
import { syncCorpus } from '../src/main/core/corpus/store.ts';
import { rebuildGramIndex } from '../src/main/core/corpus/gram-index.ts';
import { writeTransaction } from '../src/main/core/db/write.ts';
import { openDatabase } from '../src/main/core/db/open.ts';
import { migrateInWorker } from '../src/main/core/db/migrate-in-worker.ts';
import Database from 'better-sqlite3';
import type { Db } from '../src/main/core/db/open.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { line, ms, summarize, time } from './stats.ts';

const DATA = repoDataDir();
const QUERIES = ['出口管制', '半导体', '供应链', '经济安全', '技术联盟', '日本政府', '外资审查', '数字贸易', 'Rapidus', 'economic security', '印太经济框架', '清洁网络'];

function readSources(): Array<{ meta: DocumentMeta; raw: string; bytes: number }> {
  const documents = JSON.parse(fs.readFileSync(path.join(DATA, 'corpus', 'documents.json'), 'utf8')) as DocumentMeta[];
  return documents.map((meta) => {
    const bytes = fs.readFileSync(path.join(DATA, 'corpus', meta.file));
    return { meta, raw: decodeCorpusText(bytes, meta.file), bytes: bytes.length };
  });
}

/** ~targetBytes of text made from the real papers, each copy a document of its own with its own IDs. */
export function syntheticCorpus(targetBytes: number): Array<{ meta: DocumentMeta; raw: string; bytes: number }> {
  const sources = readSources();
  const out: Array<{ meta: DocumentMeta; raw: string; bytes: number }> = [];
  let total = 0;
  for (let copy = 0; total < targetBytes; copy++) {
    for (const s of sources) {
      // A copy number in every paragraph keeps paragraphs distinct, as in a real, larger corpus.
      const raw = s.raw.replace(/。/g, `。〔${copy}〕`);
      const meta = { ...s.meta, id: `${s.meta.id}-${copy}` };
      const bytes = Buffer.byteLength(raw);
      out.push({ meta, raw, bytes });
      total += bytes;
    }
  }
  return out;
}

function benchIngest(label: string, docs: Array<{ meta: DocumentMeta; raw: string; bytes: number }>): Paragraph[] {
  const bytes = docs.reduce((a, d) => a + d.bytes, 0);
  const runs = bytes < 1e6 ? 20 : 1;
  let paragraphs: Paragraph[] = [];
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = time(() => docs.flatMap((d) => ingestDocument(d.meta, d.raw)));
    samples.push(t.ms);
    paragraphs = t.value;
  }
  const best = Math.min(...samples);
  line(`ingest ${label} (${(bytes / 1e6).toFixed(1)} MB, ${paragraphs.length} paragraphs)`, `${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s`, '≥ 10 MB/s');
  return paragraphs;
}

/**
 * The plain scan the index is measured against: the same question (every whitespace-separated term
 * somewhere in the paragraph, case-insensitive for ASCII) answered by LIKE over every paragraph.
 * Only the count, no ranking or snippets, so it is the scan's lower bound.
 */
export function likeSearch(db: Db, q: string): number {
  const terms = queryTerms(q);
  const where = terms.map(() => 'text LIKE ?').join(' AND ');
  return (db.prepare(`SELECT count(*) AS n FROM paragraphs WHERE ${where}`).get(...terms.map((t) => `%${t}%`)) as { n: number }).n;
}

const SHORT_QUERIES = ['芯片', '美', '日本', '管制', '供应', 'AI', '5G', '日'];

/** What the search box runs (main's corpus:search): the query under every name the glossary knows, and suggestions. */
function searchBoxContext(db: Db, paragraphs: Paragraph[]): ExpandedSearchContext {
  const body = paragraphs.filter((p) => p.kind === 'body');
  const chineseShare = body.length === 0 ? 0 : body.filter((p) => p.lang === 'zh').length / body.length;
  return { db, index: buildTermIndex(loadTermSources(DATA), paragraphs), chineseShare };
}

function benchSearch(label: string, db: Db, paragraphs: Paragraph[]): void {
  const fts: number[] = [];
  const like: number[] = [];
  const short: number[] = [];
  const scan: number[] = [];
  const box: number[] = [];
  const ctx = searchBoxContext(db, paragraphs);
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      fts.push(time(() => search(db, q, { limit: 50 })).ms);
      like.push(time(() => likeSearch(db, q)).ms);
    }
    for (const q of SHORT_QUERIES) {
      short.push(time(() => search(db, q, { limit: 50 })).ms);
      // What every 1–2 character query cost before the short-term index: the scan, same limit.
      scan.push(time(() => scanSearch(db, q, [q], 50)).ms);
    }
  }
  // Apart, so the figures above are measured as before; each after a scan, as every search above is.
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      likeSearch(db, q);
      box.push(time(() => expandedSearch(ctx, q, { limit: 50 })).ms);
    }
  }
  const f = summarize(fts);
  const l = summarize(like);
  const s = summarize(short);
  const c = summarize(scan);
  const b = summarize(box);
  const big = label.includes('50');
  line(`search ${label}: FTS (gram / trigram index) p50 / p95`, `${ms(f.p50)} / ${ms(f.p95)}`, big ? 'p95 ≤ 10 ms' : undefined);
  line(`search ${label}: plain LIKE scan p50 / p95`, `${ms(l.p50)} / ${ms(l.p95)}`);
  line(`search ${label}: FTS vs LIKE, same run (p50 / p95)`, `${(l.p50 / f.p50).toFixed(1)}× / ${(l.p95 / f.p95).toFixed(1)}×`, big ? '≥ 20×' : undefined);
  line(`search ${label}: 1–2 characters, short-term index p50 / p95`, `${ms(s.p50)} / ${ms(s.p95)}`, big ? 'p95 ≤ 50 ms' : undefined);
  line(`search ${label}: 1–2 characters, before: scan p50 / p95`, `${ms(c.p50)} / ${ms(c.p95)}`);
  line(`search ${label}: the search box (all names, suggestions) p50 / p95`, `${ms(b.p50)} / ${ms(b.p95)}`);
}

/**
 * Migrations 7 and 8 on the 50 MB corpus: a schema-6 copy of the database (the gram index and the page-label queue dropped) opened
 * as the desktop app opens it, in the migration worker with its backup first. Also how long the
 * main thread's event loop was ever held up meanwhile (a 10 ms timer's largest lateness).
 */
async function benchMigrate(db: Db, dir: string): Promise<void> {
  const file = path.join(dir, 'v6.db');
  db.prepare('VACUUM INTO ?').run(file);
  const old = new Database(file);
  // Everything after schema 6 goes: the gram index (7) and the page-label queue (8).
  old.exec('DROP TABLE paragraphs_grams; DROP TABLE page_label_reads; PRAGMA user_version = 6; VACUUM;');
  old.close();
  const before = fs.statSync(file).size;
  let backupDone = 0;
  let lastIndex = 0;
  let worstLag = 0;
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - expected);
    expected = now + 10;
  }, 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    await migrateInWorker(file, {
      backupDir: path.join(dir, 'backups'),
      onProgress: (p) => {
        if (p.phase === 'index' && backupDone === 0) backupDone = performance.now() - start;
        if (p.phase === 'index') lastIndex = performance.now() - start;
      },
    });
  } finally {
    clearInterval(timer);
  }
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const after = new Database(file, { readonly: true });
  const grams = (after.prepare("SELECT sum(pgsize) AS b FROM dbstat WHERE name LIKE 'paragraphs\\_grams%' ESCAPE '\\'").get() as { b: number }).b;
  after.close();
  line('migrate the 50 MB database, schema 6 → 8 (worker), wall', `${(wall / 1000).toFixed(1)} s`);
  line('  of it: backup / index / commit', `${(backupDone / 1000).toFixed(1)} / ${((lastIndex - backupDone) / 1000).toFixed(1)} / ${((wall - lastIndex) / 1000).toFixed(1)} s`);
  line('  CPU time of the process (worker included)', `${((used.user + used.system) / 1e6).toFixed(1)} s`);
  line('  main thread: longest event-loop delay meanwhile', ms(worstLag));
  line('  file before / after; of it the gram index', `${(before / 1e6).toFixed(0)} / ${(fs.statSync(file).size / 1e6).toFixed(0)} MB; ${(grams / 1e6).toFixed(1)} MB`);
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-'));
}

async function benchAnnotations(): Promise<void> {
  const dir = tmp();
  const ws = Workspace.open({ dbPath: path.join(dir, 'a.db'), dataDir: DATA, appVersion: 'bench' });
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    samples.push(time(() => ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', `note ${i}: 事前审查与事后审查的差异`)).ms);
  }
  const s = summarize(samples);
  line('save one annotation (committed, synchronous=FULL) p50 / p95', `${ms(s.p50)} / ${ms(s.p95)}`, 'p95 ≤ 5 ms');

  // A project with 10,000 annotations: the bulk written in one transaction on a second connection
  // (what matters here is opening the file, not how it was filled), then saved and opened.
  const bulk = openDatabase(path.join(dir, 'a.db'));
  bulk.transaction(() => {
    const at = new Date().toISOString();
    for (let i = 0; i < 9_500; i++) {
      const target = { domainId: i % 2 ? 'export-control' : 'semiconductors', actorId: i % 3 ? 'US' : 'JP', evidenceId: null };
      putAnnotation(bulk, `bulk-${i}`, { id: `bulk-${i}`, target, category: 'other', text: `bulk ${i}`, author: 'bench', createdAt: at, updatedAt: at });
    }
  })();
  bulk.close();
  const file = path.join(dir, 'big.pmproj');
  await ws.saveProject(file);
  const other = Workspace.open({ dbPath: path.join(dir, 'b.db'), dataDir: DATA, appVersion: 'bench' });
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await other.openProject(file, path.join(dir, 'backups'));
    const view = other.matrixView();
    const list = other.listAnnotations();
    if (list.length < 10_000 || view.rows.length === 0) throw new Error('project did not open fully');
    opens.push(performance.now() - start);
  }
  const o = summarize(opens);
  line('open a project with 10,000 annotations (validate, back up, swap, load) p50', ms(o.p50), '≤ 500 ms');
  ws.close();
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** What the grid's round trips cost in main on the real matrix: payload sizes and edit/evidence latency. */
function benchMatrixRoundTrips(): void {
  const dir = tmp();
  const ws = Workspace.open({ dbPath: path.join(dir, 'm.db'), dataDir: DATA, appVersion: 'bench' });
  const viewBytes = JSON.stringify(ws.matrixView()).length;
  const fullBytes = JSON.stringify(ws.matrix()).length;
  line('matrix:get payload, real data (the full matrix with quotes)', `${(viewBytes / 1024).toFixed(1)} KB (${(fullBytes / 1024).toFixed(1)} KB)`);
  const edits: number[] = [];
  const evidence: number[] = [];
  let resultBytes = 0;
  for (let i = 0; i < 200; i++) {
    const t = time(() => ws.setSummary('export-control', 'JP', 'en', `bench ${i}`));
    edits.push(t.ms);
    resultBytes = JSON.stringify(t.value).length;
    evidence.push(time(() => ws.evidence([{ domainId: 'export-control', actorId: 'JP' }])).ms);
  }
  const e = summarize(edits);
  const v = summarize(evidence);
  line('save a summary in main (commit + changed row) p50 / p95', `${ms(e.p50)} / ${ms(e.p95)}`);
  line('  its result (was the whole matrix state)', `${(resultBytes / 1024).toFixed(1)} KB`);
  line('matrix:evidence for one cell p50 / p95', `${ms(v.p50)} / ${ms(v.p95)}`);
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function runCoreBench(): Promise<void> {
  console.log('\nCorpus ingest');
  const real = readSources();
  const realParagraphs = benchIngest('the two papers', real);
  const synthetic = syntheticCorpus(50 * 1024 * 1024);
  const syntheticParagraphs = benchIngest('synthetic corpus', synthetic);

  console.log('\nSearch');
  const dir = tmp();
  const small = openDatabase(path.join(dir, 'small.db'));
  syncCorpus(small, real.map((d) => d.meta), realParagraphs);
  benchSearch('two papers', small, realParagraphs);
  small.close();
  const big = openDatabase(path.join(dir, 'big.db'));
  const build = time(() => syncCorpus(big, synthetic.map((d) => d.meta), syntheticParagraphs));
  line(`store + index synthetic corpus (${syntheticParagraphs.length} paragraphs)`, ms(build.ms));
  // The gram index alone (what migration 7 costs on this corpus), and what each index takes on disk.
  const grams = time(() => writeTransaction(big, () => rebuildGramIndex(big)));
  line('  of it: (re)building the gram index alone', ms(grams.ms));
  const sizes = big.prepare("SELECT CASE WHEN name LIKE 'paragraphs\\_%' ESCAPE '\\' THEN substr(name, 1, instr(substr(name, 12), '_') + 10) ELSE name END AS t, sum(pgsize) AS b FROM dbstat GROUP BY t").all() as Array<{ t: string; b: number }>;
  const mb = (t: string) => ((sizes.find((x) => x.t === t)?.b ?? 0) / 1e6).toFixed(1);
  const total = sizes.reduce((a, x) => a + x.b, 0) / 1e6;
  line('  database size; trigram / gram / short-term indexes', `${total.toFixed(0)} MB; ${mb('paragraphs_fts')} / ${mb('paragraphs_grams')} / ${(Number(mb('paragraphs_uni')) + Number(mb('paragraphs_bi'))).toFixed(1)} MB`);
  benchSearch('50 MB synthetic', big, syntheticParagraphs);
  await benchMigrate(big, dir);
  big.close();
  fs.rmSync(dir, { recursive: true, force: true });

  if (process.env['BENCH_ONLY'] === 'search') return;
  console.log('\nMatrix round trips');
  benchMatrixRoundTrips();
  console.log('\nAnnotations and project files');
  await benchAnnotations();
}

if (import.meta.url === `file://${process.argv[1]}`) await runCoreBench();
