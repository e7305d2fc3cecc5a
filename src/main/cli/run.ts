import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimFlag } from '../../shared/claims.ts';
import { categoryName, categoryNames } from '../../shared/categories.ts';
import type { Annotation, AnnotationCategory, Lang, Matrix } from '../../shared/types.ts';
import { AppError, asAppError } from '../core/errors.ts';
import { runExport } from '../core/export-job.ts';
import type { ExportScope } from '../../shared/contract.ts';
import { defaultDbPath, repoDataDir } from '../core/paths.ts';
import { labelOf } from '../../shared/page-labels.ts';
import { Workspace } from '../core/workspace.ts';
import { describeExpansion } from './search-notes.ts';
import { migrateFirst } from './migrate-first.ts';
import type { MigrateFirstIo } from './migrate-first.ts';
import { MigrationCancelled } from '../core/db/migration-progress.ts';

export interface CliIo extends MigrateFirstIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  corpus list                          documents with their metadata (JSON)
  corpus paragraphs <docId>            a document's paragraphs in reading order (JSON)
  search <query> [--limit N] [--exact] ranked full-text search (JSON); a known term is also searched
                                       under its other names (Entity List → 实体清单), noted on stderr;
                                       --exact searches only what was typed
  matrix [--lang zh|en]                the US–Japan matrix with its evidence (JSON)
  matrix check [--hints]               figures, dates and titles no cited quote backs (JSON array of
                                       {domainId, actorId, lang, field, item, sentence, …}); with
                                       --hints, the sentences that drop a hedge their quote has
  annotations list [--lang zh|en]      all annotations (JSON), each with its category's name
  annotations add --target <domainId>[/<actorId>] --category <category> --text <text> [--author NAME]
  categories list                      annotation categories: shipped and this project's own (JSON)
  categories add --zh NAME --en NAME   define a category (its ID comes from the name); undoable
  categories rename <id> --zh NAME --en NAME
  categories remove <id>               refused while an annotation uses it
  export --out FILE.xlsx|FILE.docx [--format xlsx|docx] [--lang zh|en|both] [--domains id,id,…]
                                       Excel workbook, or Word briefing with footnoted sources
  project save --out FILE.pmproj       save the project as one file (a snapshot; JSON result)
  project open FILE                    replace the open project by a colleague's file, read as untrusted
                                       input; the current one is backed up first (JSON result)
  project merge FILE                   merge a colleague's project into this one, one undoable step;
                                       prints {annotationsAdded, editsTaken, identical, conflicts,
                                       sourcesAdded, ignored, warnings}
  sources import FILE [--title T] [--lang zh|ja|en] [--encoding E]
                                       import a PDF, DOCX, HTML, TXT or Markdown file (JSON summary)
  sources list                         imported sources with their metadata (JSON)
  sources replace <docId> FILE         a new version; reports each quote: exact, moved or broken
  sources remove <docId> [--yes]       remove (refused while quotes cite it, unless --yes)

Options:
  --db PATH     database file (created and filled from data/ if new); default: the desktop app's
  --data DIR    folder with corpus/ and matrix/ (default: the repository's data/)

Categories: the shipped ones (purpose, legal-instrument, timing, scope, naming-targets, participation,
other) and those defined in the project ("categories list")
`;

class UsageError extends Error {}

const COMMANDS: ReadonlySet<string> = new Set(['corpus', 'search', 'matrix', 'annotations', 'categories', 'export', 'project', 'sources']);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        data: { type: 'string' },
        limit: { type: 'string' },
        lang: { type: 'string' },
        target: { type: 'string' },
        category: { type: 'string' },
        zh: { type: 'string' },
        en: { type: 'string' },
        text: { type: 'string' },
        author: { type: 'string' },
        out: { type: 'string' },
        domains: { type: 'string' },
        format: { type: 'string' },
        title: { type: 'string' },
        encoding: { type: 'string' },
        yes: { type: 'boolean' },
        exact: { type: 'boolean' },
        hints: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    if (values.help) io.stdout(USAGE);
    else io.stderr(USAGE);
    return values.help ? 0 : 2;
  }

  let ws: Workspace | undefined;
  const dbPath = path.resolve(values.db ?? defaultDbPath());
  const dataDir = path.resolve(values.data ?? repoDataDir());
  // One workspace per run (it holds the writer lock), however many parts of a command ask for it.
  const open = () => {
    if (ws) return ws;
    ws = Workspace.open({ dbPath, dataDir, appVersion: appVersion(), writerKind: 'command line' });
    return ws;
  };
  const print = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  // PDFs imported before page labels were kept get them from their originals first (migration 8).
  const openWithLabels = async () => {
    const w = open();
    await w.sources.readPendingPageLabels();
    return w;
  };
  try {
    const [command, sub, ...rest] = positionals;
    // Every command opens the database: an older one is migrated first, with progress (Ctrl+C cancels).
    if (command !== undefined && COMMANDS.has(command)) await migrateFirst(dbPath, io, { writerKind: 'command line', checkInputs: () => Workspace.checkInputs({ dataDir }) });
    switch (command) {
      case 'corpus':
        if (sub === 'list' && rest.length === 0) {
          print((await openWithLabels()).listDocuments().map((d) => ({ ...d, title: d.title.zh ?? d.title.en, titles: d.title })));
        } else if (sub === 'paragraphs' && rest.length === 1) {
          print(paragraphsJson(await openWithLabels(), rest[0]!));
        } else throw new UsageError('corpus takes "list" or "paragraphs <docId>"');
        break;
      case 'search': {
        const query = [sub, ...rest].filter((s) => s !== undefined).join(' ').trim();
        if (!query) throw new UsageError('search needs a query');
        const limit = values.limit === undefined ? 20 : parsePositiveInt(values.limit, '--limit');
        const result = values.exact ? open().search(query, { limit }) : open().searchExpanded(query, { limit });
        print(result.hits.map((h) => ({ ...h, snippet: plainSnippet(h.snippet) })));
        for (const line of describeExpansion(query, result)) io.stderr(`${line}\n`);
        break;
      }
      case 'matrix': {
        if (sub === 'check' && rest.length === 0) {
          const check = open().claimCheck();
          print(values.hints ? check.hints : check.unsupported.map(claimFlagJson));
          break;
        }
        if (sub !== undefined) throw new UsageError('matrix takes no arguments, or "check"');
        const lang = values.lang === undefined ? undefined : parseLang(values.lang);
        print(matrixJson(open().matrix(), lang));
        break;
      }
      case 'annotations':
        if (sub === 'list' && rest.length === 0) {
          const w = open();
          print(annotationsJson(w.listAnnotations(), w.listCategories(), values.lang === undefined ? undefined : parseLang(values.lang)));
        }
        else if (sub === 'add' && rest.length === 0) print(addAnnotation(open(), values));
        else throw new UsageError('annotations takes "list" or "add"');
        break;
      case 'categories':
        print(categoriesCommand(open, sub, rest, values));
        break;
      case 'export': {
        if (sub !== undefined) throw new UsageError('export takes options only');
        const format = exportFormat(values.format, values.out);
        if (!values.out) throw new UsageError(`export needs --out FILE.${format}`);
        if (!values.out.toLowerCase().endsWith(`.${format}`)) throw new UsageError(`--out must name ${format === 'xlsx' ? 'an' : 'a'} .${format} file`);
        const lang = values.lang === undefined ? 'both' : parseExportLang(values.lang);
        const ids = values.domains?.split(',').map((s) => s.trim()).filter(Boolean);
        if (values.domains !== undefined && (!ids || ids.length === 0)) throw new UsageError('--domains needs at least one domain ID');
        const scope: ExportScope = ids ? { kind: 'domains', domainIds: ids } : { kind: 'all' };
        const result = await runExport(open(), { out: path.resolve(values.out), lang, scope, appVersion: appVersion(), format, locale: Intl.DateTimeFormat().resolvedOptions().locale }, (p) =>
          io.stderr(`${p.phase}: ${p.done}/${p.total}\n`),
        );
        print(result);
        break;
      }
      case 'project':
        await projectCommand(open, sub, rest, values, print, (p) => io.stderr(`${p.fileName}: page ${p.done}/${p.total}\n`));
        break;
      case 'sources':
        if (sub === 'list') await openWithLabels();
        print(await runSources(open, sub, rest, values, io));
        break;
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`policy-matrix: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof MigrationCancelled) {
      io.stderr(`policy-matrix: ${error.message}\n`);
      return 130; // as a shell reports a command stopped by Ctrl+C
    }
    const known = asAppError(error);
    if (known) {
      io.stderr(`policy-matrix: ${known.message}\n${(known.details ?? []).map((d) => `  ${d}\n`).join('')}`);
      return known.code === 'busy' ? 75 : 1; // 75: EX_TEMPFAIL, try again later
    }
    io.stderr(`policy-matrix: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    ws?.close();
  }
}

async function projectCommand(
  open: () => Workspace,
  sub: string | undefined,
  rest: string[],
  values: { out?: string | undefined },
  print: (value: unknown) => void,
  importProgress: (p: { fileName: string; done: number; total: number }) => void,
): Promise<void> {
  if (sub === 'save') {
    if (rest.length !== 0) throw new UsageError('project save takes --out FILE only');
    if (!values.out) throw new UsageError('project save needs --out FILE.pmproj');
    print(await open().saveProject(path.resolve(values.out)));
  } else if (sub === 'open' || sub === 'merge') {
    if (rest.length !== 1) throw new UsageError(`project ${sub} needs one FILE`);
    const file = path.resolve(rest[0]!);
    const ws = open();
    if (sub === 'open') print(await ws.openProject(file, path.join(path.dirname(ws.dbPath), 'backups'), { onProgress: importProgress }));
    else print((await ws.mergeProject(file, { onProgress: importProgress })).report);
  } else throw new UsageError('project takes "save --out FILE", "open FILE" or "merge FILE"');
}

/** A PDF's paragraphs also give the page number printed on their first page (`pageLabel`, null where there is none). */
function paragraphsJson(ws: Workspace, docId: string): unknown[] {
  const paragraphs = ws.listParagraphs(docId);
  const source = ws.sources.find(docId);
  if (source?.info.format !== 'pdf') return paragraphs;
  const labels = source.info.pageLabels ?? null;
  return paragraphs.map((p) => ({ ...p, pageLabel: p.page ? labelOf(labels, p.page) : null }));
}

async function runSources(
  open: () => Workspace,
  sub: string | undefined,
  rest: string[],
  values: { title?: string | undefined; lang?: string | undefined; encoding?: string | undefined; yes?: boolean | undefined },
  io: CliIo,
): Promise<unknown> {
  const lang = values.lang === undefined ? undefined : parseTextLang(values.lang);
  const progress = (p: { done: number; total: number }) => io.stderr(`page ${p.done}/${p.total}\n`);
  if (sub === 'import' && rest.length === 1) {
    const s = await open().sources.import(path.resolve(rest[0]!), { title: values.title, language: lang, encoding: values.encoding ?? null, onProgress: progress });
    return { id: s.id, title: s.title, format: s.format, pages: s.pages, counts: s.counts, footnotesLinked: s.footnotesLinked, pagesWithoutText: s.pagesWithoutText, warnings: s.warnings };
  }
  if (sub === 'list' && rest.length === 0) return open().sources.list();
  if (sub === 'replace' && rest.length === 2) {
    const { summary, quotes } = await open().sources.replace(rest[0]!, path.resolve(rest[1]!), { title: values.title, language: lang, encoding: values.encoding ?? null, onProgress: progress });
    return { id: summary.id, title: summary.title, format: summary.format, pages: summary.pages, counts: summary.counts, warnings: summary.warnings, quotes };
  }
  if (sub === 'remove' && rest.length === 1) {
    const ws = open();
    const impact = ws.sources.removalImpact(rest[0]!);
    if (impact.length > 0 && !values.yes) {
      throw new AppError(
        'conflict',
        `${impact.length} quote${impact.length === 1 ? '' : 's'} in the matrix cite${impact.length === 1 ? 's' : ''} this source and would break. Run again with --yes to remove it anyway (it can be undone in the app).`,
        impact.map((q) => `${q.domainId}/${q.actorId ?? 'alignment'}: “${q.exact.slice(0, 60)}”`),
      );
    }
    return ws.sources.remove(rest[0]!);
  }
  throw new UsageError('sources takes "import FILE", "list", "replace <docId> FILE" or "remove <docId>"');
}

function parseTextLang(value: string): 'zh' | 'ja' | 'en' {
  if (value !== 'zh' && value !== 'ja' && value !== 'en') throw new UsageError('--lang must be zh, ja or en');
  return value;
}

function addAnnotation(ws: Workspace, values: { target?: string | undefined; category?: string | undefined; text?: string | undefined; author?: string | undefined }) {
  if (!values.target) throw new UsageError('annotations add needs --target <domainId>[/<actorId>]');
  if (!values.category) throw new UsageError('annotations add needs --category');
  if (values.text === undefined || !values.text.trim()) throw new UsageError('annotations add needs --text');
  const known = ws.listCategories().map((c) => c.id);
  if (!known.includes(values.category)) throw new UsageError(`unknown category "${values.category}"; use one of ${known.join(', ')} (or define it: categories add)`);
  const parts = values.target.split('/');
  if (parts.length > 3 || parts.some((p) => !p)) throw new UsageError('--target is <domainId>, <domainId>/<actorId> or <domainId>/<actorId>/<evidenceId>');
  if (values.author !== undefined && !values.author.trim()) throw new UsageError('--author cannot be empty');
  const [domainId, actorId, evidenceId] = parts;
  const { annotation } = ws.addAnnotation(
    { domainId: domainId!, actorId: actorId === undefined || actorId === '_' ? null : actorId, evidenceId: evidenceId ?? null },
    values.category,
    values.text,
    values.author,
  );
  // Remembered (for the desktop app too) only once the annotation is stored: a refused add changes nothing.
  if (values.author !== undefined) ws.setPrefs({ author: values.author });
  return annotation;
}

/** Annotations with their category's name: both languages, or with --lang the one asked for. */
function annotationsJson(list: Annotation[], categories: AnnotationCategory[], lang?: Lang) {
  return list.map((a) => ({ ...a, categoryName: lang ? categoryName(a.category, lang, categories) : categoryNames(a.category, categories) }));
}

function categoriesCommand(
  open: () => Workspace,
  sub: string | undefined,
  rest: string[],
  values: { zh?: string | undefined; en?: string | undefined },
) {
  const name = () => {
    if (values.zh === undefined || values.en === undefined) throw new UsageError(`categories ${sub} needs --zh NAME and --en NAME`);
    return { zh: values.zh, en: values.en };
  };
  if (sub === 'list' && rest.length === 0) return open().listCategories();
  if (sub === 'add' && rest.length === 0) return open().addCategory(name()).category;
  if (sub === 'rename' && rest.length === 1) return open().renameCategory(rest[0]!, name()).category;
  if (sub === 'remove' && rest.length === 1) return { removed: open().removeCategory(rest[0]!).id };
  throw new UsageError('categories takes "list", "add --zh NAME --en NAME", "rename <id> --zh NAME --en NAME" or "remove <id>"');
}

/** The documented JSON shape of `matrix`; with --lang, each bilingual field also gets a `label`. */
export function matrixJson(matrix: Matrix, lang?: Lang) {
  const evidence = (list: Matrix['domains'][number]['alignment']['evidence']) =>
    list.map((e) => ({
      paragraphId: e.paragraphId,
      quote: e.exact,
      docId: e.docId,
      prefix: e.prefix,
      suffix: e.suffix,
      status: e.status,
      section: e.section,
      paragraphOrdinal: e.paragraphOrdinal,
      evidenceId: e.id,
      ...(e.problem ? { problem: e.problem } : {}),
    }));
  const label = (b: { zh: string; en: string }) => (lang ? { label: b[lang] || b[lang === 'zh' ? 'en' : 'zh'] } : {});
  return {
    ...(lang ? { lang } : {}),
    actors: matrix.actors.map((a) => ({ id: a.id, name: lang ? a.name[lang] : a.name.en, names: a.name })),
    domains: matrix.domains.map((d) => ({
      id: d.id,
      name: { ...d.name, ...label(d.name) },
      sourceNote: d.sourceNote,
      alignment: { value: d.alignment.value, reason: { ...d.alignment.reason, ...label(d.alignment.reason) }, evidence: evidence(d.alignment.evidence) },
      positions: Object.fromEntries(
        Object.entries(d.positions).map(([actorId, p]) => [
          actorId,
          { summary: { ...p.summary, ...label(p.summary) }, instruments: p.instruments, evidence: evidence(p.evidence) },
        ]),
      ),
    })),
    stats: matrix.stats,
  };
}

/** One unsupported item, the documented fields first. */
function claimFlagJson(f: ClaimFlag) {
  const { domainId, actorId, lang, field, item, sentence, kind, start, end, exception } = f;
  return { domainId, actorId, lang, field, item, sentence, kind, start, end, ...(exception ? { exception } : {}) };
}

function plainSnippet(s: string): string {
  return s.replace(/\uE000/g, '[').replace(/\uE001/g, ']');
}

function parsePositiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new UsageError(`${name} must be a whole number from 1 to 500`);
  return n;
}

function parseLang(value: string): Lang {
  if (value !== 'zh' && value !== 'en') throw new UsageError('--lang must be zh or en');
  return value;
}

function parseExportLang(value: string): 'zh' | 'en' | 'both' {
  if (value !== 'zh' && value !== 'en' && value !== 'both') throw new UsageError('--lang must be zh, en or both');
  return value;
}

/** `--format`, or the extension of `--out` when it is not given (an Excel workbook by default). */
function exportFormat(value: string | undefined, out: string | undefined): 'xlsx' | 'docx' {
  if (value === undefined) return out?.toLowerCase().endsWith('.docx') ? 'docx' : 'xlsx';
  if (value !== 'xlsx' && value !== 'docx') throw new UsageError('--format must be xlsx or docx');
  return value;
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoDataDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
