import type { ParagraphKind, TextLang } from '../../../shared/types.ts';
import type { SourceBlock } from './import/blocks.ts';

/** What a layout parser of the shipped text extractions calls as it reads the text top to bottom. */
export interface BlockSink {
  heading(level: number, label: string, title: string, text: string, separator: string): void;
  begin(kind: ParagraphKind, lang: TextLang, frontMatter?: boolean): void;
  append(piece: string): void;
  footnote(marker: string, text: string): void;
  caption(text: string): void;
}

/**
 * Turns the calls of a layout parser into blocks of the common model, so the shipped papers go
 * through the same assembler as every imported source. Replaying the blocks gives exactly what the
 * parser's calls gave the paragraph builder directly: a paragraph interrupted by a footnote or a
 * caption continues in a block marked `continues`, in the order the parser saw it.
 */
export class BlockRecorder implements BlockSink {
  readonly blocks: SourceBlock[] = [];
  private open: SourceBlock | null = null;
  private chapterLabel = '';

  heading(level: number, label: string, title: string, text: string, separator: string): void {
    let section: string;
    if (level <= 1) {
      this.chapterLabel = label;
      section = label;
    } else {
      section = `${this.chapterLabel}${separator}${label}`;
    }
    // A piece appended right after a heading belongs to it, as it would in the paragraph builder.
    this.open = { kind: 'heading', pieces: [text], lang: 'zh', level, section, title };
    this.blocks.push(this.open);
  }

  begin(kind: ParagraphKind, lang: TextLang, frontMatter = false): void {
    this.open = { kind, pieces: [], lang, frontMatter };
    this.blocks.push(this.open);
  }

  append(piece: string): void {
    if (!this.open) throw new Error('append() before begin()');
    const last = this.blocks[this.blocks.length - 1];
    if (last !== this.open) {
      // Something was printed in between (a footnote at the page bottom): continue after it.
      this.open = { kind: this.open.kind, pieces: [], lang: this.open.lang, frontMatter: this.open.frontMatter ?? false, continues: true };
      this.blocks.push(this.open);
    }
    this.open.pieces.push(piece);
  }

  footnote(marker: string, text: string): void {
    this.blocks.push({ kind: 'footnote', pieces: [text], lang: 'zh', marker });
  }

  caption(text: string): void {
    this.blocks.push({ kind: 'caption', pieces: [text], lang: 'zh' });
  }
}
