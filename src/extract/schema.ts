/**
 * The ActorGraph JSON contract (`parley/actor-graph@1`), as a zod schema and the
 * TypeScript types inferred from it. Other tools read this format: extend it only with
 * optional fields, and document every extension in docs/contracts.md.
 */
import { z } from 'zod';

export const SCHEMA_ID = 'parley/actor-graph@1' as const;

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'armed_group',
  'opposition',
  'igo',
  'organization',
  'person',
  'media',
  'event',
] as const;
export const ROLES = ['party', 'mediator', 'host', 'sponsor', 'observer', 'excluded', 'source'] as const;
export const FAMILIES = [
  'support',
  'conflict',
  'mediate',
  'negotiate',
  'participate',
  'invite',
  'exclude',
  'affiliation',
  'statement',
] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;

export const ActorKind = z.enum(ACTOR_KINDS);
export const Role = z.enum(ROLES);
export const Family = z.enum(FAMILIES);
export const Precision = z.enum(PRECISIONS);

const offset = z.number().int().nonnegative();

export const SentenceDate = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD; absent when it could not be resolved. */
  value: z.string().optional(),
  precision: Precision.optional(),
});

export const Sentence = z.object({
  id: z.string(),
  start: offset,
  end: offset,
  dates: z.array(SentenceDate),
});

export const Document = z.object({
  id: z.string(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  author: z.string().nullish(),
  publishedAt: z.string().nullish(),
  text: z.string(),
  sentences: z.array(Sentence),
  duplicateOf: z.string().nullish(),
  /** Extension: non-fatal problems found while ingesting (e.g. "no publication date"). */
  warnings: z.array(z.string()).optional(),
});

export const Mention = z.object({
  doc: z.string(),
  sentence: z.string(),
  start: offset,
  end: offset,
});

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  affiliation: z.string().nullable(),
  roles: z.array(Role),
  mentions: z.array(Mention),
});

export const EvidenceDate = z.object({
  start: z.string(),
  end: z.string(),
  text: z.string(),
  precision: Precision,
});

export const Evidence = z.object({
  doc: z.string(),
  sentence: z.string(),
  start: offset,
  end: offset,
  trigger: z.object({ start: offset, end: offset }).optional(),
  date: EvidenceDate.nullish(),
  corroboratedBy: z.array(z.string()).optional(),
});

export const Relation = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  family: Family,
  negated: z.boolean(),
  evidence: z.array(Evidence).min(1),
});

export const ActorGraph = z.object({
  schema: z.literal(SCHEMA_ID),
  corpus: z.object({ id: z.string(), title: z.string().nullish() }),
  documents: z.array(Document),
  actors: z.array(Actor),
  relations: z.array(Relation),
});

export type ActorKind = z.infer<typeof ActorKind>;
export type Role = z.infer<typeof Role>;
export type Family = z.infer<typeof Family>;
export type Precision = z.infer<typeof Precision>;
export type SentenceDate = z.infer<typeof SentenceDate>;
export type Sentence = z.infer<typeof Sentence>;
export type GraphDocument = z.infer<typeof Document>;
export type Mention = z.infer<typeof Mention>;
export type Actor = z.infer<typeof Actor>;
export type EvidenceDate = z.infer<typeof EvidenceDate>;
export type Evidence = z.infer<typeof Evidence>;
export type Relation = z.infer<typeof Relation>;
export type ActorGraph = z.infer<typeof ActorGraph>;

/** One input document, as read from a .txt/.html/.json file or a manifest entry. */
export interface InputDocument {
  id?: string;
  /** File name or URL it came from, for messages. */
  origin?: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  /** Exactly one of text/html is used; html wins when both are present. */
  text?: string;
  html?: string;
}
