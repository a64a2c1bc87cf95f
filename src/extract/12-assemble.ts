/**
 * Step 12 — assembly: one document's mentions and relations become a serialisable
 * DocAnalysis (cacheable by content hash, computed in a Web Worker); several analyses
 * become one ActorGraph with merged actors, corroborated relations, roles and stable ids.
 */
import { detectMentions } from './06-mentions';
import { resolveActors } from './07-coreference';
import { resolveEvents } from './08-events';
import { extractRelations } from './09-relations';
import {
  findDuplicates,
  fnv1a,
  mergeActors,
  mergeRelations,
  type ActorRecord,
  type RelationRecord,
} from './10-merge';
import { deriveRoles } from './11-roles';
import { SCHEMA_ID, type ActorGraph, type GraphDocument, type Relation } from './schema';
import type { PreparedDocument } from './types';

/** Everything the semantic layer found in one document; plain JSON. */
export interface DocAnalysis {
  version: 1;
  /** hashText of the cleaned text. */
  hash: string;
  document: GraphDocument;
  actors: ActorRecord[];
  relations: RelationRecord[];
}

/** Small stable content hash (FNV-1a, 32-bit, as 8 hex digits). */
export function hashText(s: string): string {
  return fnv1a(s).toString(16).padStart(8, '0');
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Runs steps 06–09 over one prepared document. */
export function analyse(doc: PreparedDocument): DocAnalysis {
  const dm = detectMentions(doc);
  const res = resolveActors(dm);
  resolveEvents(doc, dm, res);
  let relations: RelationRecord[] = extractRelations(doc, dm, res.actors);
  const byId = new Map<string, ActorRecord>();
  for (const v of dm.sentences)
    for (const m of v.mentions) {
      if (!m.actor || m.ref.t === 'pronoun' || m.i >= m.j) continue;
      const draft = res.actors.get(m.actor);
      if (!draft) continue;
      const start = v.toks[m.i].start;
      const end = v.toks[m.j - 1].end;
      let a = byId.get(m.actor);
      if (!a)
        byId.set(
          m.actor,
          (a = {
            id: draft.id,
            name: draft.name,
            kind: draft.kind,
            affiliation: draft.affiliation,
            aliases: [draft.name],
            mentions: [],
          }),
        );
      const surface = doc.text.slice(start, end).replace(/\s+/g, ' ');
      if (!a.aliases.includes(surface)) a.aliases.push(surface);
      a.mentions.push({ doc: doc.id, sentence: v.id, start, end });
    }
  // the page's own outlet is not an actor of its story
  const own = ` ${squash(`${doc.source ?? ''} | ${doc.title ?? ''}`)} `;
  for (const a of byId.values())
    if (
      (a.kind === 'media' || a.kind === 'organization') &&
      a.aliases.some((x) => squash(x).length > 2 && own.includes(` ${squash(x)} `))
    )
      byId.delete(a.id);
  // affiliations must point at actors of this document (units whose parent is only implied stay unaffiliated)
  for (const a of byId.values()) {
    if (a.affiliation && !byId.has(a.affiliation)) {
      const d = res.actors.get(a.affiliation);
      if (d && d.kind === 'state')
        byId.set(d.id, {
          id: d.id,
          name: d.name,
          kind: d.kind,
          affiliation: null,
          aliases: [d.name],
          mentions: [],
        });
      else a.affiliation = null;
    }
  }
  relations = relations.filter((r) => byId.has(r.source) && byId.has(r.target));
  return {
    version: 1,
    hash: hashText(doc.text),
    document: {
      id: doc.id,
      title: doc.title,
      source: doc.source,
      url: doc.url,
      author: doc.author,
      publishedAt: doc.publishedAt,
      text: doc.text,
      sentences: doc.sentences,
      warnings: doc.warnings,
    },
    actors: [...byId.values()],
    relations,
  };
}

export interface AssembleOptions {
  title?: string | null;
}

/** Merges per-document analyses into one ActorGraph (steps 10–11). */
export function assembleGraph(analyses: DocAnalysis[], opts: AssembleOptions = {}): ActorGraph {
  const dups = findDuplicates(analyses.map((a) => ({ id: a.document.id, text: a.document.text })));
  const documents: GraphDocument[] = analyses.map((a, i) =>
    dups[i] ? { ...a.document, duplicateOf: dups[i] } : { ...a.document },
  );
  const actors = mergeActors(analyses.map((a) => a.actors)).filter(
    (a) => a.mentions.length > 0 || analyses.some((x) => x.actors.some((y) => y.affiliation === a.id)),
  );
  const ids = new Set(actors.map((a) => a.id));
  for (const a of actors) if (a.affiliation && !ids.has(a.affiliation)) a.affiliation = null;
  const merged = mergeRelations(analyses.map((a) => a.relations)).filter(
    (r) => ids.has(r.source) && ids.has(r.target),
  );
  const roles = deriveRoles(actors, merged);
  const used = new Map<string, number>();
  const relations: Relation[] = merged.map((r) => {
    const base = `${r.source}--${r.negated ? 'not-' : ''}${r.type}--${r.target}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return {
      id: n ? `${base}-${n + 1}` : base,
      source: r.source,
      target: r.target,
      type: r.type,
      family: r.family,
      negated: r.negated,
      evidence: r.evidence,
    };
  });
  return {
    schema: SCHEMA_ID,
    corpus: { id: hashText(analyses.map((a) => a.hash).join(' ')), title: opts.title ?? null },
    documents,
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      affiliation: a.affiliation,
      roles: roles.get(a.id) ?? [],
      mentions: a.mentions,
    })),
    relations,
  };
}
