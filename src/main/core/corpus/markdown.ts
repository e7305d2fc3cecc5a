import { MARKER_CLASS } from './chars.ts';

// The line-per-paragraph source (001) is Markdown-flavoured. These repairs give back the printed
// text: the reader and the quotes must not show Markdown syntax.

const LINK_RE = /\[([^\]\n]+)\]\((\S+?)\)(?=[.,;:。，；：、]?(?:\s|$))/g;
const AUTOLINK_RE = /<(https?:\/\/[^\s<>]+)>/g;
const STRONG_RE = /\*\*([^*\n]+?)\*\*/g;
const EMPHASIS_RE = /(^|[^*\w])\*([^*\s](?:[^*\n]*?[^*\s])?)\*(?![*\w])/g;
const SUPERSCRIPT_MARKER_RE = new RegExp(`\\^(?=[${MARKER_CLASS}])`, 'gu');
const MARKER_SPACE_RE = new RegExp(
  `([${MARKER_CLASS}])[ \\u00a0]+(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef“‘])`,
  'gu',
);

export function cleanMarkdown(line: string): string {
  return (
    line
      // [text](url) → text (the journal prints the URL itself as the link text)
      .replace(LINK_RE, (_, label: string) => label.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'))
      .replace(AUTOLINK_RE, '$1')
      .replace(STRONG_RE, '$1')
      .replace(EMPHASIS_RE, '$1$2')
      // `^①` is a superscript marker; `① 因此` → `①因此` as the marker sits on the text in print.
      .replace(SUPERSCRIPT_MARKER_RE, '')
      .replace(MARKER_SPACE_RE, '$1')
  );
}
