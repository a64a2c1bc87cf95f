/**
 * Checks a decoded view against the graph it will be shown on. A link can outlive its data
 * (the corpus was re-extracted, an actor merged away) or be hand-edited; whatever no longer
 * exists is dropped and reported, the rest still applies.
 */
import { ACTOR_KINDS, FAMILIES, ROLES, type ActorGraph } from '../extract/schema';
import type { ViewState } from './viewState';

export interface ValidateResult {
  state: ViewState;
  /** One human-readable reason per choice that was dropped. */
  dropped: string[];
}

const q = (s: string) => `"${s.length > 40 ? s.slice(0, 40) + '…' : s}"`;

/** Returns the view with every reference to a missing actor, relation, document or sentence removed. */
export function validateView(view: ViewState, graph: ActorGraph): ValidateResult {
  const dropped: string[] = [];
  const actors = new Set(graph.actors.map((a) => a.id));
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const relations = new Map(graph.relations.map((r) => [r.id, r]));
  const s: ViewState = { ...view };

  const keepKnown = <T extends string>(xs: T[], allowed: readonly string[], what: string): T[] =>
    xs.filter((x) => allowed.includes(x) || (dropped.push(`unknown ${what} ${q(x)}`), false));
  s.families = keepKnown(view.families, FAMILIES, 'relation family');
  s.kinds = keepKnown(view.kinds, ACTOR_KINDS, 'actor kind');
  s.roles = keepKnown(view.roles, ROLES, 'role');
  s.sources = view.sources.filter(
    (d) => docs.has(d) || (dropped.push(`source document ${q(d)} is not in this corpus`), false),
  );

  const sel = view.selection;
  if (sel?.type === 'actor' && !actors.has(sel.id)) {
    dropped.push(`selected actor ${q(sel.id)} is not in this corpus`);
    s.selection = null;
  } else if (sel?.type === 'relation') {
    const rel = relations.get(sel.id);
    if (!rel) {
      dropped.push(`selected relation ${q(sel.id)} is not in this corpus`);
      s.selection = null;
    } else if (sel.evidence !== undefined && sel.evidence >= rel.evidence.length) {
      dropped.push(
        `evidence sentence ${sel.evidence + 1} does not exist (that relation has ${rel.evidence.length})`,
      );
      s.selection = { type: 'relation', id: sel.id };
    }
  }

  if (view.focus && !actors.has(view.focus.actor)) {
    dropped.push(`focus actor ${q(view.focus.actor)} is not in this corpus`);
    s.focus = null;
  }

  if (view.reader) {
    const doc = docs.get(view.reader.doc);
    if (!doc) {
      dropped.push(`article ${q(view.reader.doc)} is not in this corpus`);
      s.reader = null;
    } else if (
      view.reader.sentence !== undefined &&
      !doc.sentences.some((x) => x.id === view.reader!.sentence)
    ) {
      dropped.push(`sentence ${q(view.reader.sentence)} is not in article ${q(doc.id)}`);
      s.reader = { doc: doc.id };
    }
  }

  const pins = Object.entries(view.pinned);
  const kept = pins.filter(([id]) => actors.has(id));
  if (kept.length < pins.length) {
    const gone = pins.filter(([id]) => !actors.has(id)).map(([id]) => q(id));
    dropped.push(
      `pinned positions for unknown actors ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? '…' : ''}`,
    );
  }
  s.pinned = Object.fromEntries(kept);
  return { state: s, dropped };
}
