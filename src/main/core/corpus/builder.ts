import type { PageBox, Paragraph, ParagraphKind, TextLang } from '../../../shared/types.ts';
import { joinWrapped, markersIn, tidySpaces } from './chars.ts';
import { WrappedText } from './wrapped-text.ts';
import type { Joiner } from './wrapped-text.ts';
import { createIdAllocator } from './ids.ts';

/** Where a piece of text was printed; pieces without one (the shipped text extractions) have none. */
export interface PieceLocation {
  page: number | null;
  boxes: readonly PageBox[];
}

interface Draft {
  kind: ParagraphKind;
  lang: TextLang;
  level: number | null;
  section: string;
  sectionTitle: string;
  text: WrappedText;
  marker: string | null;
  /** For footnotes: index of the flow paragraph carrying the marker, or -1 if none was found. */
  noteOf: number;
  page: number | null;
  boxes: PageBox[];
}

interface Attachments {
  footnotes: Draft[];
  captions: Draft[];
}

/**
 * Collects a document's paragraphs as a layout parser reads the source from top to bottom.
 *
 * Flow paragraphs (headings, body, abstracts) keep their order. Footnotes and captions are printed
 * wherever the page ended, so they are attached to a flow paragraph instead: a footnote to the one
 * carrying its marker, a caption to the one open when it appeared. The reader then shows them right
 * after that paragraph.
 */
export class ParagraphBuilder {
  private readonly docId: string;
  private readonly joiner: Joiner;
  private readonly flow: Draft[] = [];
  private readonly attached: Array<Attachments | undefined> = [];
  private readonly beforeFlow: Attachments = { footnotes: [], captions: [] };
  /**
   * Per marker, the flow paragraphs holding an occurrence no footnote has claimed yet, latest last.
   * Footnote numbering restarts on every page, so a footnote belongs to the nearest unclaimed
   * occurrence before it; a paragraph that runs over a page break can carry ① twice.
   */
  private readonly unclaimed = new Map<string, number[]>();
  private readonly lastWithMarker = new Map<string, number>();
  private section = '';
  private sectionTitle = '';
  private chapter = { label: '', title: '' };

  /** `join` puts two pieces of one paragraph together (the layouts differ on spacing). */
  constructor(docId: string, joiner: Joiner = joinWrapped) {
    this.docId = docId;
    this.joiner = joiner;
  }

  /** Index of the flow paragraph being written, or -1 before the first. */
  get current(): number {
    return this.flow.length - 1;
  }

  heading(level: number, label: string, title: string, text: string, separator: string): void {
    if (level <= 1) {
      this.chapter = { label, title };
      this.section = label;
    } else {
      this.section = `${this.chapter.label}${separator}${label}`;
    }
    this.sectionTitle = title;
    this.flow.push(this.draft('heading', 'zh', text, level));
  }

  /** A heading whose section path the caller has worked out (imported documents). */
  headingAt(level: number, section: string, title: string, text: string, lang: TextLang, at?: PieceLocation): void {
    this.section = section;
    this.sectionTitle = title;
    const draft = this.draft('heading', lang, text, level);
    locate(draft, at);
    this.flow.push(draft);
  }

  /** Starts a paragraph; front matter (abstracts) stands outside the numbered sections. */
  begin(kind: ParagraphKind, lang: TextLang, frontMatter = false): void {
    const draft = this.draft(kind, lang, '', null);
    if (frontMatter) {
      draft.section = '';
      draft.sectionTitle = '';
    }
    this.flow.push(draft);
  }

  /**
   * Adds the next piece of the current paragraph (a printed line, or a part after a page break).
   * `markers` are the footnote labels the piece carries (by default: the circled numbers in it).
   */
  append(piece: string, markers: readonly string[] = markersIn(piece), at?: PieceLocation): void {
    const index = this.current;
    const draft = this.flow[index];
    if (!draft) throw new Error('append() before begin()');
    draft.text.add(piece);
    locate(draft, at);
    for (const marker of markers) {
      let stack = this.unclaimed.get(marker);
      if (!stack) this.unclaimed.set(marker, (stack = []));
      stack.push(index);
      this.lastWithMarker.set(marker, index);
    }
  }

  footnote(marker: string, text: string, lang: TextLang = 'zh', at?: PieceLocation): void {
    const host = this.unclaimed.get(marker)?.pop() ?? this.lastWithMarker.get(marker) ?? -1;
    const draft = this.draft('footnote', lang, text, null);
    locate(draft, at);
    draft.marker = marker === '' ? null : marker;
    draft.noteOf = host;
    this.attachments(host >= 0 ? host : this.current).footnotes.push(draft);
  }

  caption(text: string, lang: TextLang = 'zh', at?: PieceLocation): void {
    const draft = this.draft('caption', lang, text, null);
    locate(draft, at);
    this.attachments(this.current).captions.push(draft);
  }

  build(): Paragraph[] {
    // `self` is the flow index of a flow paragraph, `host` the flow index an attachment follows.
    const ordered: Array<{ draft: Draft; self: number; host: number }> = [];
    const pushAttachments = (a: Attachments | undefined, host: number): void => {
      if (!a) return;
      for (const draft of a.footnotes) ordered.push({ draft, self: -1, host });
      for (const draft of a.captions) ordered.push({ draft, self: -1, host });
    };
    pushAttachments(this.beforeFlow, -1);
    this.flow.forEach((draft, i) => {
      ordered.push({ draft, self: i, host: -1 });
      pushAttachments(this.attached[i], i);
    });

    const allocate = createIdAllocator(this.docId);
    const flowIds = new Map<number, string>();
    const links: Array<{ paragraph: Paragraph; host: number }> = [];
    const out: Paragraph[] = [];
    for (const { draft, self, host } of ordered) {
      const text = tidySpaces(draft.text.toString());
      if (text === '') continue;
      const hostDraft = host >= 0 ? this.flow[host] : undefined;
      const paragraph: Paragraph = {
        id: allocate(draft.kind, text),
        docId: this.docId,
        ordinal: out.length + 1,
        kind: draft.kind,
        section: hostDraft ? hostDraft.section : draft.section,
        sectionTitle: hostDraft ? hostDraft.sectionTitle : draft.sectionTitle,
        level: draft.level,
        lang: draft.lang,
        text,
        marker: draft.marker,
        noteOf: null,
        page: draft.page,
        boxes: draft.boxes.length > 0 ? draft.boxes : null,
      };
      if (self >= 0) flowIds.set(self, paragraph.id);
      if (draft.kind === 'footnote' && draft.noteOf >= 0) links.push({ paragraph, host: draft.noteOf });
      out.push(paragraph);
    }
    for (const { paragraph, host } of links) paragraph.noteOf = flowIds.get(host) ?? null;
    return out;
  }

  private attachments(host: number): Attachments {
    if (host < 0) return this.beforeFlow;
    let a = this.attached[host];
    if (!a) this.attached[host] = a = { footnotes: [], captions: [] };
    return a;
  }

  private draft(kind: ParagraphKind, lang: TextLang, text: string, level: number | null): Draft {
    return {
      kind,
      lang,
      level,
      section: this.section,
      sectionTitle: this.sectionTitle,
      text: new WrappedText(this.joiner, text),
      marker: null,
      noteOf: -1,
      page: null,
      boxes: [],
    };
  }
}

function locate(draft: Draft, at: PieceLocation | undefined): void {
  if (!at) return;
  if (draft.page === null) draft.page = at.page;
  for (const box of at.boxes) draft.boxes.push(box);
}
