import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import { AppError } from '../errors.ts';

// The curated baseline in data/matrix/matrix.json. This schema is the source of truth;
// data/matrix/schema.json is generated from it (and a test keeps the two equal).
const nonEmpty = z.string().trim().min(1);
const bilingual = z.object({ zh: nonEmpty, en: nonEmpty }).strict();
const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);

export const quoteSchema = z
  .object({
    docId: slug,
    exact: nonEmpty.describe('The quote, verbatim from one paragraph as ingested'),
    prefix: z.string().describe('Text right before the quote in the same paragraph ("" at its start)'),
    suffix: z.string().describe('Text right after the quote in the same paragraph ("" at its end)'),
  })
  .strict();

const positionSchema = z
  .object({
    summary: bilingual,
    instruments: z.array(nonEmpty),
    evidence: z.array(quoteSchema).min(1),
  })
  .strict();

const domainSchema = z
  .object({
    id: slug,
    name: bilingual,
    sourceNote: bilingual.nullable(),
    alignment: z
      .object({
        value: z.enum(ALIGNMENT_VALUES as [string, ...string[]]),
        reason: bilingual,
        evidence: z.array(quoteSchema).min(1),
      })
      .strict(),
    positions: z.record(slug, positionSchema),
  })
  .strict();

// An item the claim check accepts although no quote backs it; shown as an exception with its reason.
const claimExceptionSchema = z
  .object({
    domainId: slug,
    actorId: slug.nullable().describe('null for the alignment reason'),
    lang: z.enum(['zh', 'en']),
    field: z.enum(['summary', 'reason']),
    item: nonEmpty.describe('The item exactly as the claim check names it'),
    reason: nonEmpty,
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    actors: z.array(z.object({ id: slug, name: bilingual }).strict()).min(1),
    domains: z.array(domainSchema).min(1),
    claimExceptions: z.array(claimExceptionSchema).optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    const actorIds = new Set(data.actors.map((a) => a.id));
    const seen = new Set<string>();
    for (const [i, domain] of data.domains.entries()) {
      if (seen.has(domain.id)) ctx.addIssue({ code: 'custom', path: ['domains', i, 'id'], message: `duplicate domain id ${domain.id}` });
      seen.add(domain.id);
      for (const actorId of Object.keys(domain.positions)) {
        if (!actorIds.has(actorId)) {
          ctx.addIssue({ code: 'custom', path: ['domains', i, 'positions', actorId], message: `unknown actor ${actorId}` });
        }
      }
    }
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetDomain = Dataset['domains'][number];

export function matrixDatasetPath(dataDir: string): string {
  return path.join(dataDir, 'matrix', 'matrix.json');
}

export function parseDataset(json: string, source: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new AppError('bad-file', `${source} is not valid JSON: ${(error as Error).message}`);
  }
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('bad-file', `${source} does not match the matrix schema`, details);
  }
  return result.data;
}

export function loadDataset(dataDir: string): Dataset {
  const file = matrixDatasetPath(dataDir);
  if (!fs.existsSync(file)) throw new AppError('not-found', `Matrix dataset not found: ${file}`);
  return parseDataset(fs.readFileSync(file, 'utf8'), file);
}

export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
