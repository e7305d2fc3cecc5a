// Entry point of the Word export: works out the body and footnotes as WordprocessingML, puts them in
// the package the docx library makes (skeleton.ts, package.ts), and writes the file atomically.
// Plain Node: the IPC handler and the CLI call it with data already loaded and scoped.
import type { Annotation } from '../../../../shared/types.ts';
import type { ExportProgress, ExportResult } from '../../../../shared/types.ts';
import { checkTarget, writeFileAtomic } from '../atomic-write.ts';
import { WORD } from '../labels.ts';
import { Progress } from '../progress.ts';
import { bibliography } from './bibliography.ts';
import type { BriefContext } from './context.ts';
import { domainSection } from './domain-section.ts';
import type { BriefingInput, CheckFinding, ClaimFlag, ClaimFlagSource } from './input.ts';
import { BRIEF, FLAG_KIND, NOTE } from './labels.ts';
import { langsOf, word } from './lang.ts';
import { Footnotes } from './notes.ts';
import { overview } from './overview.ts';
import { assemble } from './package.ts';
import { skeleton } from './skeleton.ts';
import { titleBlock, titleText } from './title-block.ts';

/** The claim check's findings, as the export input may carry them, as a lookup per cell and language. */
export function flagsFrom(findings: readonly CheckFinding[] | undefined): ClaimFlagSource | undefined {
  if (!findings || findings.length === 0) return undefined;
  const byCell = new Map<string, ClaimFlag[]>();
  for (const f of findings) {
    const key = `${f.domainId}/${f.actorId ?? ''}/${f.lang}`;
    const kind = FLAG_KIND[f.kind]?.[f.lang] ?? f.kind;
    const detail = f.exception ? `${NOTE.accepted[f.lang]}${f.exception}` : kind;
    const list = byCell.get(key) ?? [];
    list.push({ text: f.item, detail, sentence: f.sentence ?? null });
    byCell.set(key, list);
  }
  return (domainId, actorId, lang) => byCell.get(`${domainId}/${actorId ?? ''}/${lang}`) ?? [];
}

export async function writeBriefing(input: BriefingInput, outPath: string, onProgress?: (p: ExportProgress) => void): Promise<ExportResult> {
  const started = performance.now();
  await checkTarget(outPath);
  const { lang, matrix } = input;
  // One unit per domain and per quote, so a large export hands the event loop back every few domains.
  const weight = (d: (typeof matrix.domains)[number]): number => 1 + d.alignment.evidence.length + Object.values(d.positions).reduce((n, p) => n + p.evidence.length, 0);
  const progress = new Progress(matrix.domains.reduce((n, d) => n + weight(d), 0) + 3, onProgress);

  const bookmarks = { next: 100 };
  // Where the input carries the claim check's findings (`claims`, as the workbook gets them), list them.
  const claimFlags = input.claimFlags ?? flagsFrom((input as { claims?: readonly CheckFinding[] }).claims);
  const ctx: BriefContext = { input: { ...input, ...(claimFlags ? { claimFlags } : {}) }, lang, notes: new Footnotes(input.documents, input.paragraphs, bookmarks), bookmarks, headings: [] };

  const byDomain = new Map<string, Annotation[]>();
  for (const a of input.annotations) {
    const list = byDomain.get(a.target.domainId);
    if (list) list.push(a);
    else byDomain.set(a.target.domainId, [a]);
  }

  progress.begin('overview');
  // Each part becomes bytes as soon as it is written: a large briefing is never one huge string.
  const body: Buffer[] = [Buffer.from(overview(ctx), 'utf8')];
  progress.begin('domains');
  for (const [i, domain] of matrix.domains.entries()) {
    body.push(Buffer.from(domainSection(ctx, domain, i, byDomain.get(domain.id) ?? []), 'utf8'));
    await progress.step(weight(domain));
  }
  progress.begin('bibliography');
  body.push(Buffer.from(bibliography(ctx), 'utf8'));
  await progress.step();

  const stats = ctx.notes.stats();
  const quoteCount = matrix.stats.quotes;
  const title = titleBlock(ctx, { quotes: quoteCount, broken: matrix.stats.broken, annotations: input.annotations.length });

  progress.begin('package');
  const first = langsOf(lang)[0] ?? 'en';
  const frame = await skeleton({
    title: titleText(ctx, first),
    description: input.scopeDescription,
    tocTitle: word(BRIEF.contents, lang),
    pageWords: lang === 'both' ? '{p} / {n}' : BRIEF.pageOf[lang],
    headings: ctx.headings,
    creator: `${WORD.appName.en} ${input.appVersion}`,
  });
  const docx = await assemble(frame, { title, body, footnotes: ctx.notes.xml() });
  await progress.step();

  progress.begin('write');
  const bytes = await writeFileAtomic(outPath, docx);
  progress.finish();
  return {
    path: outPath,
    bytes,
    ms: Math.round(performance.now() - started),
    rows: { matrix: matrix.domains.length, evidence: quoteCount, annotations: input.annotations.length },
    footnotes: stats.notes,
  };
}
