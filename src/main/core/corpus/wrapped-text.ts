/** Puts the text after a wrap onto the text before it; the result must end with `after` unchanged. */
export type Joiner = (before: string, after: string) => string;

/**
 * A paragraph being assembled from printed lines. Only the last line is ever re-read to decide
 * how to join the next one, so building a long paragraph stays linear (re-reading the whole text on
 * every line would make a huge paragraph quadratic).
 */
export class WrappedText {
  private readonly pieces: string[] = [];
  private readonly joiner: Joiner;

  constructor(joiner: Joiner, first = '') {
    this.joiner = joiner;
    this.add(first);
  }

  add(piece: string): void {
    if (piece === '') return;
    const n = this.pieces.length;
    if (n === 0) {
      this.pieces.push(piece);
      return;
    }
    const joined = this.joiner(this.pieces[n - 1]!, piece);
    this.pieces[n - 1] = joined.slice(0, joined.length - piece.length);
    this.pieces.push(piece);
  }

  toString(): string {
    return this.pieces.join('');
  }
}
