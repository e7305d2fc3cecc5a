// A database file as schema 6 left it, with enough paragraphs that migration 7 rebuilds its gram
// index in several batches: the corpus stored and indexed (trigram and short terms).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentMeta, Paragraph } from '../../../src/shared/types.ts';
import { rebuildShortTermIndex } from '../../../src/main/core/corpus/short-terms.ts';
import { insertParagraphStatement, paragraphParams } from '../../../src/main/core/corpus/store.ts';
import { APPLICATION_ID } from '../../../src/main/core/db/open.ts';
import { MIGRATIONS } from '../../../src/main/core/db/migrations.ts';

const PHRASES = ['经济安全保障推进法', '供应链的强韧化', 'semiconductor export controls', '出口管制与实体清单', 'Rapidus 与 IBM 合作', '半导体补贴政策'];

export function schema6File(dir: string, paragraphs: number): string {
  const file = path.join(dir, 'policy-matrix.db');
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  old.transaction(() => {
    for (const m of MIGRATIONS.filter((x) => x.version <= 6)) m.up(old);
    old.pragma('user_version = 6');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    const meta: DocumentMeta = { id: 'big', file: 'big.txt', title: { zh: 'big', en: null }, authors: [], venue: null, year: null, issue: null, pages: null, doi: null, note: null };
    old.prepare('INSERT INTO documents(id, position, meta, origin) VALUES (?, ?, ?, ?)').run(meta.id, 0, JSON.stringify(meta), 'imported');
    const insert = insertParagraphStatement(old);
    for (let i = 0; i < paragraphs; i++) {
      const text = `第${i}段：${PHRASES[i % PHRASES.length]}，以及${PHRASES[(i * 7) % PHRASES.length]}（${i}）。`;
      const p: Paragraph = { id: `big.${String(i).padStart(10, '0')}`, docId: 'big', ordinal: i, kind: 'body', section: '', sectionTitle: '', level: null, lang: 'zh', text, marker: null, noteOf: null, page: null };
      insert.run(paragraphParams(p));
    }
    old.exec("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')");
    rebuildShortTermIndex(old);
  })();
  old.close();
  return file;
}

/** The bytes of a database file (and whether a WAL with content is beside it). */
export function fileState(file: string): { sha256: string; wal: number } {
  const wal = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  return { sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'), wal };
}

/** What a schema-6 file holds, read without writing: its version, tables and every paragraph. */
export function contentOf(file: string): { version: number; tables: string[]; paragraphs: number; integrity: unknown } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      tables: (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter((n) => !n.startsWith('sqlite_')),
      paragraphs: (db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}
