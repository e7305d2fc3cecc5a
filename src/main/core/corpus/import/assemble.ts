import type { Paragraph, TextLang } from '../../../../shared/types.ts';
import { ParagraphBuilder } from '../builder.ts';
import type { PieceLocation } from '../builder.ts';
import type { Joiner } from '../wrapped-text.ts';
import { WrappedText } from '../wrapped-text.ts';
import { detectLang } from './lang.ts';
import type { SourceBlock } from './blocks.ts';

export interface AssembleOptions {
  /** Puts two printed lines of one paragraph together. */
  joiner: Joiner;
  /** The document's language, used where a block's script does not decide (Han text: zh or ja). */
  lang?: TextLang | null;
}

/**
 * Blocks → paragraphs, the same way for every format: IDs from kind and text (occurrence index for
 * repeats), sections from headings, footnotes linked to the paragraph carrying their marker,
 * captions attached to the paragraph they interrupt.
 */
export function assembleParagraphs(docId: string, blocks: readonly SourceBlock[], options: AssembleOptions): Paragraph[] {
  const builder = new ParagraphBuilder(docId, options.joiner);
  const numbers = new SectionNumbers();
  const langOf = (b: SourceBlock, text: string): TextLang => b.lang ?? detectLang(text, options.lang ?? null);
  let previous: SourceBlock | null = null;
  for (const b of blocks) {
    const at = b.location;
    switch (b.kind) {
      case 'heading': {
        const text = joinPieces(b.pieces, options.joiner);
        const level = Math.max(1, b.level ?? 1);
        const section = b.section ?? numbers.next(level);
        builder.headingAt(level, section, b.title ?? text, text, langOf(b, text), at);
        previous = b;
        break;
      }
      case 'footnote': {
        const text = joinPieces(b.pieces, options.joiner);
        if (text !== '') builder.footnote(b.marker ?? '', text, langOf(b, text), at);
        break;
      }
      case 'caption': {
        const text = joinPieces(b.pieces, options.joiner);
        if (text !== '') builder.caption(text, langOf(b, text), at);
        break;
      }
      default: {
        const text = b.pieces.join(' ');
        const continues = b.continues === true && previous !== null && previous.kind === b.kind && builder.current >= 0;
        if (!continues) builder.begin(b.kind, langOf(b, text), b.frontMatter ?? false);
        b.pieces.forEach((piece, i) => {
          const markers = b.noteRefs === undefined ? undefined : i === 0 ? b.noteRefs : [];
          builder.append(piece, markers, i === 0 ? at : undefined);
        });
        previous = b;
      }
    }
  }
  return builder.build();
}

function joinPieces(pieces: readonly string[], joiner: Joiner): string {
  const text = new WrappedText(joiner);
  for (const piece of pieces) text.add(piece.trim());
  return text.toString().trim();
}

/** `1`, `1.1`, `1.2`, `2` … for documents whose headings carry no numbers of their own. */
class SectionNumbers {
  private readonly counters: number[] = [];

  next(level: number): string {
    this.counters.length = Math.min(this.counters.length, level);
    while (this.counters.length < level) this.counters.push(0);
    this.counters[level - 1]! += 1;
    return this.counters.join('.');
  }
}

export type { PieceLocation };
