import type { BlockKind } from './blocks.ts';

// Tagged PDF: the structure tree a generator wrote (LibreOffice, Word, Chromium, InDesign) says
// what each piece of text is — heading and its level, paragraph, footnote, list item, caption — and
// marks running heads and page numbers as artifacts. pdf.js gives the tree per page
// (`page.getStructTree()`) and, in the text content with `includeMarkedContent`, which marked
// content each text item sits in. This module turns the two into a role hint per text item; the
// structure step uses the hints where they are present and sensible and the geometry elsewhere.

/** What the tags say about one text item. */
export type GlyphTag =
  | { artifact: true }
  | {
      artifact: false;
      kind: BlockKind;
      /** Headings: 1–6 from H1–H6; undefined for H and Title. */
      level?: number;
      /** The structure element (paragraph, heading, note, list item) the text belongs to, unique in the document. */
      element: number;
      /** Title: the document's title element. */
      title?: boolean;
    };

export type ContentTags = Map<string, GlyphTag & { artifact: false }>;

/** The serialised tree pdf.js returns (`StructTreeNode`, `StructTreeContent`). */
export interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

const HEADING_RE = /^H([1-6])?$/;
/** Elements whose whole subtree is one block of the given kind. */
const CONTAINERS: Record<string, BlockKind> = { Note: 'footnote', FENote: 'footnote', Footnote: 'footnote', Endnote: 'footnote', LI: 'list', Caption: 'caption', TOCI: 'body' };
/** Paragraph-like elements. */
const PARAGRAPHS = new Set(['P', 'BlockQuote', 'Quote', 'Index', 'Bibliography', 'BibEntry']);
/** Their text is not running prose: left to the geometry. */
const OPAQUE = new Set(['Table', 'Figure', 'Formula', 'Form']);
const MAX_DEPTH = 64;

/**
 * Content IDs (`p12R_mc3`) of one page → what the tags say. `nextElement` numbers elements across
 * the document; a paragraph that runs onto the next page is a new element there (pdf.js gives no
 * identity across pages), so the structure step decides that join by geometry.
 */
export function contentTags(tree: TreeNode | null, nextElement: () => number): ContentTags {
  const out: ContentTags = new Map();
  if (!tree) return out;
  const walk = (node: TreeNode, ctx: (GlyphTag & { artifact: false }) | null | 'opaque', depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'content') {
      if (ctx && ctx !== 'opaque' && node.id) out.set(node.id, ctx);
      return;
    }
    if (node.type !== undefined) return; // annotations and objects carry no text
    const role = node.role ?? '';
    let next = ctx;
    if (ctx === null) {
      const heading = HEADING_RE.exec(role);
      if (OPAQUE.has(role)) next = 'opaque';
      else if (heading) next = { artifact: false, kind: 'heading', element: nextElement(), ...(heading[1] ? { level: Number(heading[1]) } : {}) };
      else if (role === 'Title') next = { artifact: false, kind: 'heading', element: nextElement(), level: 1, title: true };
      else if (CONTAINERS[role]) next = { artifact: false, kind: CONTAINERS[role], element: nextElement() };
      else if (PARAGRAPHS.has(role)) next = { artifact: false, kind: 'body', element: nextElement() };
    }
    for (const child of node.children ?? []) walk(child, next, depth + 1);
  };
  walk(tree, null, 0);
  return out;
}

/** One item of `getTextContent({ includeMarkedContent: true })`. */
export interface MarkedItem {
  type?: string;
  tag?: string;
  id?: string;
  str?: string;
}

/**
 * Per text item (in the order of the items that carry `str`), its tag: inside an Artifact, an
 * artifact; inside marked content the tree names, that element's role; otherwise none.
 */
export function itemTags(items: readonly MarkedItem[], tags: ContentTags): Array<GlyphTag | null> {
  const out: Array<GlyphTag | null> = [];
  const stack: Array<{ id: string | null; artifact: boolean }> = [];
  for (const it of items) {
    if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') {
      stack.push({ id: it.id ?? null, artifact: it.tag === 'Artifact' });
      continue;
    }
    if (it.type === 'endMarkedContent') {
      stack.pop();
      continue;
    }
    if (typeof it.str !== 'string') continue;
    let tag: GlyphTag | null = null;
    for (let i = stack.length - 1; i >= 0; i--) {
      const m = stack[i]!;
      if (m.artifact) {
        tag = { artifact: true };
        break;
      }
      const t = m.id === null ? undefined : tags.get(m.id);
      if (t && tag === null) tag = t;
    }
    out.push(tag);
  }
  return out;
}

/** What a document's tags are worth, judged on its lines (text length and tag of each). */
export interface TagVerdict {
  /** Use the roles and element boundaries. */
  structure: boolean;
  /** Use Artifact marks as furniture. */
  artifacts: boolean;
}

export function judgeTags(lines: ReadonlyArray<{ chars: number; tag: GlyphTag | null }>): TagVerdict {
  let all = 0;
  let tagged = 0;
  let artifact = 0;
  let headingLines = 0;
  let contentLines = 0;
  const bodyLines = new Map<number, number>();
  for (const l of lines) {
    all += l.chars;
    if (!l.tag) continue;
    if (l.tag.artifact) {
      artifact += l.chars;
      continue;
    }
    tagged += l.chars;
    contentLines++;
    if (l.tag.kind === 'heading') headingLines++;
    if (l.tag.kind === 'body') bodyLines.set(l.tag.element, (bodyLines.get(l.tag.element) ?? 0) + 1);
  }
  const body = [...bodyLines.values()].reduce((a, b) => a + b, 0);
  // Nonsense seen in the wild: every line its own paragraph, the whole text one paragraph, every
  // line a heading, most of the text an artifact.
  const perLine = body >= 12 && bodyLines.size >= body * 0.9;
  const oneBlock = body >= 30 && Math.max(0, ...bodyLines.values()) > body * 0.6;
  const allHeadings = contentLines >= 10 && headingLines > contentLines * 0.4;
  const artifacts = all > 0 && artifact < all * 0.5;
  const structure = tagged > 0 && tagged >= (all - artifact) * 0.5 && !perLine && !oneBlock && !allHeadings;
  return { structure, artifacts };
}
