// The gram index (schema 7) answers terms of four or more characters. It must find exactly what a
// substring scan finds (inside words and CJK runs, any case of ASCII letters), keep following
// imported sources, and come into an older database through its migration.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Paragraph } from '../../../src/shared/types.ts';
import { gramMatch, gramTokens, isGramTerm } from '../../../src/main/core/corpus/gram-index.ts';
import { countMatches, search } from '../../../src/main/core/corpus/search.ts';
import { rebuildShortTermIndex } from '../../../src/main/core/corpus/short-terms.ts';
import { insertParagraphStatement, paragraphParams, syncCorpus } from '../../../src/main/core/corpus/store.ts';
import { APPLICATION_ID, openDatabase } from '../../../src/main/core/db/open.ts';
import type { Db } from '../../../src/main/core/db/open.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

function doc(id: string): DocumentMeta {
  return { id, file: `${id}.txt`, title: { zh: id, en: null }, authors: [], venue: null, year: null, issue: null, pages: null, doi: null, note: null };
}

function paragraph(docId: string, ordinal: number, text: string): Paragraph {
  return { id: `${docId}.${String(ordinal).padStart(10, '0')}`, docId, ordinal, kind: 'body', section: '', sectionTitle: '', level: null, lang: 'zh', text, marker: null, noteOf: null, page: null };
}

const TEXTS = [
  '经济安全保障推进法要求对特定重要物资的供应链进行调查。',
  '日本の経済安全保障推進法は、サプライチェーンの強靱化を定める。半導体とレアアース。',
  'カタカナのサプライチェーン、ひらがなのさぷらいちぇーん、漢字の供給網。',
  'The Socioeconomic Effects of Economic Security: U.S.-Japan co-operation (2023).',
  'ECONOMIC SECURITY is not economics; Economically speaking, securities differ.',
  'Rapidus 与 IBM 合作开发 2nm 工艺，目标 2027 年量产。',
  'The CHIPS and Science Act, §9902; see also "Entity List" entries (EAR 744.11).',
  'wxyz xyzq: two words that chain as grams but never as text.',
  'zero\u200bwidth joiner and soft\u00adhyphen inside words',
  '美国商务部工业与安全局（BIS）将其列入实体清单。出口管制、出口管制、出口管制。',
  'Nation-state strategies: internationalisation, nationalism, and the nation.',
  '𠀀𠀁𠀂𠀃 are characters beyond the BMP, next to 经济安全.',
];

function corpus(): { docs: DocumentMeta[]; paragraphs: Paragraph[] } {
  const docs = [doc('a'), doc('b')];
  const paragraphs = TEXTS.map((t, i) => paragraph(i % 2 ? 'b' : 'a', i + 1, t));
  return { docs, paragraphs };
}

/** What a plain scan finds: every term somewhere in the text, ASCII case-insensitive (LIKE's rule), in reading order. */
function scanIds(db: Db, query: string, docId?: string): string[] {
  const terms = query.split(/\s+/u).filter(Boolean);
  const esc = (t: string) => t.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = [...terms.map(() => "text LIKE ? ESCAPE '\\'"), ...(docId ? ['doc_id = ?'] : [])].join(' AND ');
  const args = [...terms.map((t) => `%${esc(t)}%`), ...(docId ? [docId] : [])];
  return (db.prepare(`SELECT id FROM paragraphs WHERE ${where} ORDER BY rowid`).pluck().all(...args) as string[]).sort();
}

const sortedHits = (db: Db, q: string, docId?: string) => search(db, q, { limit: 1000, ...(docId ? { docId } : {}) }).hits.map((h) => h.paragraphId).sort();

const QUERIES = [
  // four or more characters: the gram index
  '经济安全', '经济安全保障', '供应链进行调查', 'サプライチェーン', 'さぷらいちぇーん', '経済安全保障推進法', '半導体とレアアース',
  'economic', 'ECONOMIC', 'EcOnOmIc security', 'socioeconomic', 'conomi', 'securit', 'curities', 'ecur', 'Rapidus', 'rapi', 'IBM 2nm', '2027',
  'U.S.-Japan', 'co-operation', '(2023).', '§9902', 'EAR 744.11', '744.', 'Entity List', 'wxyzq', 'xyzq:', 'nation', 'nationalis', 'internationalisation',
  '𠀀𠀁𠀂𠀃', '𠀁𠀂𠀃 are', '出口管制', '出口管制、出口管制', '（BIS）', 'soft\u00adhyphen', 'nothing-like-this',
  // three, two and one characters: the trigram and short-term indexes, and mixed
  '供应链', 'BIS', 'IBM', '日本', '美', 'AI', 'ar', '2nm', '美国 出口管制', 'Rapidus 合作', 'nation 美',
];

describe('the gram index finds exactly what a substring scan finds', () => {
  it('on varied queries: kana and kanji, mixed case, punctuation, word pieces, 1–2 characters, beyond the BMP', () => {
    const db = openDatabase(path.join(tempDir(), 'grams.db'));
    const { docs, paragraphs } = corpus();
    syncCorpus(db, docs, paragraphs);
    // These go through the gram index (the rest through the trigram and short-term indexes).
    expect(['经济安全', 'economic', 'U.S.-Japan', '𠀀𠀁𠀂𠀃', 'ecur'].every(isGramTerm)).toBe(true);
    expect(['供应链', 'BIS', 'zero\u200bwidth'].some(isGramTerm)).toBe(false);
    for (const q of QUERIES) {
      const expected = scanIds(db, q);
      expect(sortedHits(db, q), q).toEqual(expected);
      expect(countMatches(db, q), q).toBe(expected.length);
      expect(search(db, q).total, q).toBe(expected.length);
      expect(sortedHits(db, q, 'b'), `${q} in b`).toEqual(scanIds(db, q, 'b'));
    }
    // Every substring of every paragraph (up to 9 characters, no whitespace), as typed and upper-cased.
    let checked = 0;
    for (const text of TEXTS) {
      const chars = [...text];
      for (let i = 0; i < chars.length; i += 3) {
        for (const n of [4, 5, 7, 9]) {
          const term = chars.slice(i, i + n).join('');
          if ([...term].length < n || /\s|["\u201c\u201d]/u.test(term)) continue;
          for (const q of [term, term.toUpperCase()]) {
            expect(sortedHits(db, q), q).toEqual(scanIds(db, q));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    db.close();
  });

  it('never matches across a space, and writes a gap for a gram the tokenizer would split', () => {
    // "wxyz xyzq" holds the grams wxyz and xyzq side by side; "wxyzq" must still not match.
    expect(gramTokens('wxyz xyzq').split(' ')).toEqual(['wxyz', '|', 'xyzq', '|']);
    expect(gramTokens('ab\u200bcd').split(' ')).toEqual(['|', '|', '|']); // two grams, both holding the zero-width space, and the run's end
    // Latin words of five or more characters add their suffixes, so a piece is one prefix token.
    expect(gramTokens('Rapidus').split(' ')).toEqual(['rapi', 'apid', 'pidu', 'idus', '|', 'rapidus', 'apidus', 'pidus', '|']);
    expect(gramMatch(['Economic', '经济安全保障', 'U.S.'])).toBe('"economic"* AND "经济安全 济安全保 安全保障" AND "u.s."');
  });

  it('ranks the paragraph about a term first (bm25: occurrences against length)', () => {
    const db = openDatabase(path.join(tempDir(), 'rank.db'));
    const filler = 'The report reviews trade, investment and industrial policy, and mentions the economic side only once before turning to fiscal matters.';
    const paragraphs = Array.from({ length: 40 }, (_, i) => paragraph('a', i + 1, `${filler} (${i})`));
    paragraphs.push(paragraph('a', 41, 'Economic security: economic statecraft, economic coercion and socioeconomic resilience.'));
    paragraphs.push(paragraph('a', 42, '出口管制：出口管制清单的扩大与出口管制执法。'));
    paragraphs.push(...Array.from({ length: 40 }, (_, i) => paragraph('a', 43 + i, `报告回顾了贸易往来，并顺带提到出口管制的影响，随后转向财政议题（${i}）。`)));
    syncCorpus(db, [doc('a')], paragraphs);
    expect(search(db, 'economic', { limit: 5 }).hits[0]!.paragraphId).toBe('a.0000000041');
    expect(search(db, '出口管制', { limit: 5 }).hits[0]!.paragraphId).toBe('a.0000000042');
    db.close();
  });
});

/** A database file as schema 6 left it: the corpus stored and indexed (trigram and short terms), one imported source. */
function schema6File(dir: string): string {
  const file = path.join(dir, 'policy-matrix.db');
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  const { docs, paragraphs } = corpus();
  old.transaction(() => {
    for (const m of MIGRATIONS.filter((x) => x.version <= 6)) m.up(old);
    old.pragma('user_version = 6');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    const insertDoc = old.prepare('INSERT INTO documents(id, position, meta, origin) VALUES (?, ?, ?, ?)');
    docs.forEach((d, i) => insertDoc.run(d.id, i, JSON.stringify(d), 'shipped'));
    insertDoc.run('imported-1', 0, JSON.stringify(doc('imported-1')), 'imported');
    const insert = insertParagraphStatement(old);
    for (const p of paragraphs) insert.run(paragraphParams(p));
    insert.run(paragraphParams(paragraph('imported-1', 1, '导入的报告讨论了经济安全与 semiconductor export controls。')));
    old.exec("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')");
    rebuildShortTermIndex(old);
  })();
  old.close();
  return file;
}

describe('migration 7 (the gram index)', () => {
  it('migrates a schema-6 database file (backed up first) and finds what the scan finds, imported source included', () => {
    const dir = tempDir();
    const file = schema6File(dir);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => /\.v6\..*\.bak$/.test(n))).toBe(true);
    for (const q of ['经济安全', 'semiconductor', 'conductor', 'export controls', 'サプライチェーン', 'economic', '出口管制', 'Rapidus 合作', '导入的报告']) {
      expect(sortedHits(db, q), q).toEqual(scanIds(db, q));
    }
    expect(search(db, '导入的报告').hits.map((h) => h.docId)).toEqual(['imported-1']);
    db.close();
  });
});

describe('imported sources keep the gram index right', () => {
  it('an import is found; after replacing it only its new text is, after removing nothing, after undo again', async () => {
    const ws = openWorkspace();
    const dir = tempDir();
    const v1 = path.join(dir, 'note-v1.md');
    const v2 = path.join(dir, 'note-v2.md');
    fs.writeFileSync(v1, ['# 政策备忘录', '', '旧版本提到量子密钥分发与 Quantumleap 计划。', '', '这一段两版相同：稀土永磁材料。'].join('\n'));
    fs.writeFileSync(v2, ['# 政策备忘录', '', '新版本改谈海底光缆与 Cablewatch 倡议。', '', '这一段两版相同：稀土永磁材料。'].join('\n'));
    const found = (q: string) => ws.search(q).hits.filter((h) => h.docId === id).length;
    const { id } = await ws.sources.import(v1, { worker: false });
    expect([found('量子密钥分发'), found('quantumleap'), found('umlea'), found('稀土永磁材料')]).toEqual([1, 1, 1, 1]);
    expect([found('海底光缆'), found('Cablewatch')]).toEqual([0, 0]);

    await ws.sources.replace(id, v2, { worker: false });
    expect([found('量子密钥分发'), found('quantumleap'), found('umlea')]).toEqual([0, 0, 0]);
    expect([found('海底光缆'), found('Cablewatch'), found('ablewatc'), found('稀土永磁材料')]).toEqual([1, 1, 1, 1]);

    ws.sources.remove(id);
    expect([found('海底光缆'), found('Cablewatch'), found('稀土永磁材料')]).toEqual([0, 0, 0]);
    ws.undo();
    expect([found('海底光缆'), found('Cablewatch'), found('稀土永磁材料')]).toEqual([1, 1, 1]);
  });
});
