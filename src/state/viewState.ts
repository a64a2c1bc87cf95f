/**
 * The raw choices a reader makes while exploring — the only state the store keeps and
 * the URL encodes. Everything else (filtered graph, counts, layout) is derived.
 */
import type { ActorKind, Family, Role } from '../extract/schema';

export type Clock = 'event' | 'published';
export type NegatedFilter = 'show' | 'hide' | 'only';
export type ViewMode = 'graph' | 'table';

export type Selection =
  | { type: 'actor'; id: string }
  /** `evidence` is the index of the cited sentence within the relation's evidence list. */
  | { type: 'relation'; id: string; evidence?: number };

export interface ViewState {
  /** Corpus key: 'seed' (built-in), a stored corpus id, or a manifest URL. */
  corpus: string;
  /** Families shown; empty = all. */
  families: Family[];
  /** Actor kinds shown; empty = all. */
  kinds: ActorKind[];
  /** Roles shown (an actor passes if it has any); empty = all. */
  roles: Role[];
  /** Document ids whose evidence counts; empty = all. */
  sources: string[];
  negated: NegatedFilter;
  minEvidence: number;
  search: string;
  /** Inclusive ISO date range [from, to] (YYYY-MM-DD) on the chosen clock, or null for all time. */
  timeRange: [string, string] | null;
  clock: Clock;
  selection: Selection | null;
  /** Show only this actor and its neighbourhood `depth` steps out. */
  focus: { actor: string; depth: number } | null;
  view: ViewMode;
  /** Article reader: document and sentence id shown, or null when closed. */
  reader: { doc: string; sentence?: string } | null;
  /** Node positions pinned by the reader (graph coordinates). */
  pinned: Record<string, [number, number]>;
}

export const DEFAULT_VIEW: ViewState = {
  corpus: 'seed',
  families: [],
  kinds: [],
  roles: [],
  sources: [],
  negated: 'show',
  minEvidence: 1,
  search: '',
  timeRange: null,
  clock: 'event',
  selection: null,
  focus: null,
  view: 'graph',
  reader: null,
  pinned: {},
};
