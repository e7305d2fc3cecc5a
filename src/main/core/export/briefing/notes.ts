// The footnotes. Each cited sentence gets one footnote listing the quotes that support it. The first
// time a quote is cited its note gives the full reference — short citation, section, paragraph
// number, page for paged sources (the number the author printed on it, from the PDF's page labels,
// where there is one, else the page of the file), and the exact quote in its original language; every later
// citation of the same quote (another sentence, the other language's text, another cell) gives the
// short citation and "see note N", where N is a NOTEREF field to the first note's bookmark, so Word
// keeps the number right if the analyst adds notes of their own. A broken quote is footnoted as
// broken, with the reason, never left out.
import type { DocumentMeta, Evidence, Paragraph, SourceInfo } from '../../../../shared/types.ts';
import { pagesOf, printedPagesOf, sectionLabel, shortCitation } from '../citation.ts';
import type { ClaimFlag, One } from './input.ts';
import { NOTE } from './labels.ts';
import { esc, field, runs } from './xml.ts';

const BROKEN_COLOUR = 'B42318';

function fill(words: string, n: number | string): string {
  return words.replace('{n}', String(n));
}

export interface NoteStats {
  notes: number;
  /** Distinct quotes cited in full. */
  quotes: number;
  broken: number;
}

/** A cited quote: in full (first citation) or in short form pointing at the note that has it in full. */
type Entry = { kind: 'full'; xml: string } | { kind: 'short'; label: string; citation: string; note: number };

/** Notes are turned into bytes this many at a time, so the text of 50,000 quotes never sits in one string. */
const NOTES_PER_CHUNK = 200;

export class Footnotes {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private nextId = 1;
  /** Quote → the note that gives it in full. */
  private readonly fullIn = new Map<string, number>();
  private readonly docs: ReadonlyMap<string, DocumentMeta & { source?: SourceInfo | null }>;
  private readonly paragraphs: ReadonlyMap<string, Paragraph>;
  private readonly citations = new Map<string, string>();
  private readonly bookmarks: { next: number };
  readonly citedDocuments = new Set<string>();
  private brokenCount = 0;

  constructor(documents: ReadonlyArray<DocumentMeta & { source?: SourceInfo | null }>, paragraphs: ReadonlyMap<string, Paragraph>, bookmarks: { next: number }) {
    this.docs = new Map(documents.map((d) => [d.id, d]));
    this.paragraphs = paragraphs;
    this.bookmarks = bookmarks;
  }

  stats(): NoteStats {
    return { notes: this.nextId - 1, quotes: this.fullIn.size, broken: this.brokenCount };
  }

  /** The footnotes part's content: every note, in reference order, as UTF-8. */
  xml(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
  }

  private citation(docId: string, lang: One): string {
    const key = `${lang}|${docId}`;
    let c = this.citations.get(key);
    if (c === undefined) this.citations.set(key, (c = shortCitation(this.docs.get(docId), docId, lang)));
    return c;
  }

  /** `二（一） 出口管制的扩张，第 12 段，第 5 页` / `二（一） 出口管制的扩张, ¶ 12, p. 5`. */
  private locator(e: Evidence, lang: One): string {
    const sep = lang === 'zh' ? '，' : ', ';
    const p = e.paragraphId ? this.paragraphs.get(e.paragraphId) : undefined;
    const file = pagesOf(p);
    const pages = printedPagesOf(file, this.docs.get(e.docId)?.source?.pageLabels) || file;
    return [
      sectionLabel(e.section, e.sectionTitle),
      e.paragraphOrdinal === null ? NOTE.noParagraph[lang] : fill(NOTE.paragraph[lang], e.paragraphOrdinal),
      pages === '' ? '' : fill(pages.includes('–') ? NOTE.pages[lang] : NOTE.page[lang], pages),
    ]
      .filter(Boolean)
      .join(sep);
  }

  private entry(e: Evidence, lang: One): Entry {
    const key = `${e.docId}\u0000${e.paragraphId ?? ''}\u0000${e.start ?? ''}\u0000${e.exact}`;
    const sep = lang === 'zh' ? '，' : ', ';
    const broken = e.status === 'broken';
    this.citedDocuments.add(e.docId);
    const label = broken ? runs(NOTE.broken[lang], { bold: true, color: BROKEN_COLOUR }) : '';
    const first = this.fullIn.get(key);
    if (first !== undefined) {
      const citation = [this.citation(e.docId, lang), e.paragraphOrdinal === null ? '' : fill(NOTE.paragraph[lang], e.paragraphOrdinal)].filter(Boolean).join(sep);
      return { kind: 'short', label, citation, note: first };
    }
    this.fullIn.set(key, this.nextId);
    if (broken) this.brokenCount++;
    const colon = lang === 'zh' ? '：' : ': ';
    const head = `${this.citation(e.docId, lang)}${sep}${this.locator(e, lang)}${colon}`;
    const quote = runs(`“${e.exact}”`, broken ? { color: BROKEN_COLOUR } : {});
    const why = broken ? runs(`${lang === 'zh' ? '——' : ' — '}${problemWords(e, lang)}`, { color: BROKEN_COLOUR }) : '';
    return { kind: 'full', xml: `${label}${runs(head)}${quote}${why}` };
  }

  /**
   * A new footnote citing `evidence` (and listing claim-check `flags`), with `lang` framing words;
   * returns the reference mark for the body text, bookmarked so later notes can point back to it.
   * `unsupported` is the note text for a claim no quote supports.
   */
  cite(evidence: readonly Evidence[], lang: One, flags: readonly ClaimFlag[] = [], unsupported?: string): string {
    const id = this.nextId;
    const sep = lang === 'zh' ? '；' : '; ';
    const entries = evidence.map((e) => this.entry(e, lang));
    // Short citations pointing at the same note are listed together, then "see note N" once:
    // in a bilingual briefing the English sentence's note is then one line, not one per quote.
    const pieces: string[] = [];
    const grouped = new Set<number>();
    for (const entry of entries) {
      if (entry.kind === 'full') {
        pieces.push(entry.xml);
        continue;
      }
      if (grouped.has(entry.note)) continue;
      grouped.add(entry.note);
      const same = entries.filter((x): x is Extract<Entry, { kind: 'short' }> => x.kind === 'short' && x.note === entry.note);
      // Two quotes from one paragraph have the same short citation: name it once.
      const cites = [...new Set(same.map((x) => `${x.label}${runs(x.citation)}`))].join(runs(sep));
      pieces.push(`${cites}${runs(`${lang === 'zh' ? '，' : ', '}${NOTE.seeNote[lang]} `)}${field(`NOTEREF ${noteBookmark(entry.note)} \\h`, String(entry.note))}`);
    }
    if (flags.length > 0) {
      const listed = flags.map((f) => `“${f.text}”${f.detail ? (lang === 'zh' ? `（${f.detail}）` : ` (${f.detail})`) : ''}`).join(sep);
      pieces.push(runs(NOTE.claimCheck[lang], { bold: true, color: BROKEN_COLOUR }) + runs(listed));
    }
    if (pieces.length === 0 && unsupported) pieces.push(runs(unsupported, { bold: true, color: BROKEN_COLOUR }));
    if (pieces.length === 0) return '';
    this.nextId++;
    const end = runs(lang === 'zh' ? '。' : '.');
    this.pending.push(
      `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:widowControl/></w:pPr>` +
        `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>` +
        `${pieces.join(runs(sep))}${end}</w:p></w:footnote>`,
    );
    if (this.pending.length >= NOTES_PER_CHUNK) this.flush();
    const b = this.bookmarks.next++;
    return (
      `<w:bookmarkStart w:id="${b}" w:name="${esc(noteBookmark(id))}"/>` +
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>` +
      `<w:bookmarkEnd w:id="${b}"/>`
    );
  }
}

/** Word's own cross-references use hidden `_Ref…` bookmarks around the note mark. */
export function noteBookmark(id: number): string {
  return `_RefNote${id}`;
}

function problemWords(e: Evidence, lang: One): string {
  if (e.problemCode === 'document-missing') return NOTE.documentMissing[lang];
  if (e.problemCode === 'not-verbatim') return NOTE.notVerbatim[lang];
  return e.problem ?? NOTE.notVerbatim[lang];
}
