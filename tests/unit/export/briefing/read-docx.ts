// Reading our own Word briefing back for assertions, straight from the package XML: the parts a
// reader (Word, WPS, LibreOffice) interprets — paragraphs with their styles, runs with their
// properties, footnote references, footnotes, fields and bookmarks.
import fs from 'node:fs';
import { entryData, readZip } from '../../../../src/main/core/export/zip.ts';

export interface Run {
  text: string;
  rPr: string;
}

export interface Para {
  style: string | null;
  text: string;
  runs: Run[];
  /** Footnote IDs referenced, in order. */
  notes: number[];
  xml: string;
}

export interface Note {
  id: number;
  text: string;
  /** NOTEREF targets (bookmark names) inside this note. */
  noteRefs: string[];
  xml: string;
}

export interface Docx {
  parts: Map<string, string>;
  body: Para[];
  notes: Map<number, Note>;
  styles: string;
  /** Bookmark name → footnote IDs referenced inside it. */
  bookmarks: Map<string, number[]>;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => {
    const inner = m[1]!;
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : unescape(t[1]!))).join('');
    return { text, rPr };
  });
}

export function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>|<w:p\/>/gs)].map((m) => {
    const p = m[1] ?? '';
    const runs = runsOf(p);
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
      text: runs.map((r) => r.text).join(''),
      runs,
      notes: [...p.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((n) => Number(n[1])),
      xml: p,
    };
  });
}

export function readDocx(file: string): Docx {
  const parts = new Map(readZip(fs.readFileSync(file)).map((e) => [e.name, entryData(e).toString('utf8')]));
  const document = parts.get('word/document.xml') ?? '';
  const footnotes = parts.get('word/footnotes.xml') ?? '';
  const notes = new Map<number, Note>();
  for (const m of footnotes.matchAll(/<w:footnote w:id="(-?\d+)"[^>]*>(.*?)<\/w:footnote>/gs)) {
    const id = Number(m[1]);
    if (id <= 0) continue; // separators
    const xml = m[2]!;
    notes.set(id, {
      id,
      text: paragraphsOf(xml).map((p) => p.text).join('\n').trim(),
      noteRefs: [...xml.matchAll(/NOTEREF (\S+)/g)].map((r) => r[1]!),
      xml,
    });
  }
  const bookmarks = new Map<string, number[]>();
  for (const m of document.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"\/>(.*?)<w:bookmarkEnd w:id="\1"\/>/gs)) {
    bookmarks.set(m[2]!, [...m[3]!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((n) => Number(n[1])));
  }
  return { parts, body: paragraphsOf(/<w:body>(.*)<\/w:body>/s.exec(document)?.[1] ?? ''), notes, styles: parts.get('word/styles.xml') ?? '', bookmarks };
}

/** The style element with this ID in styles.xml. */
export function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 's').exec(styles)?.[1] ?? '';
}
