/**
 * Which articles of the corpus report a relation, and which do not. The evidence panel
 * states coverage plainly ("Reported in 1 of 2 articles") instead of letting a reader
 * assume every article carries the claim: a missing sentence is information too.
 */
import type { GraphDocument, Relation } from '../extract/schema';
import type { GraphIndex } from './model';

export interface ArticleEvidence {
  doc: GraphDocument;
  /** Indexes into `relation.evidence` of this article's sentences, in evidence order. */
  evidence: number[];
}

export interface RelationCoverage {
  /** Articles with at least one supporting sentence, in order of their first evidence. */
  reporting: ArticleEvidence[];
  /** Articles that carry the claim only by corroboration (no sentence of their own cited). */
  corroborating: GraphDocument[];
  /** Articles of the corpus that do not report the relation at all, in corpus order. */
  silent: GraphDocument[];
  /** Number of articles in the corpus. */
  total: number;
}

/** Groups a relation's evidence by article and lists the corpus articles that do not report it. */
export function relationCoverage(index: GraphIndex, relation: Relation): RelationCoverage {
  const byDoc = new Map<string, number[]>();
  const corroborated = new Set<string>();
  relation.evidence.forEach((ev, i) => {
    if (!byDoc.has(ev.doc)) byDoc.set(ev.doc, []);
    byDoc.get(ev.doc)!.push(i);
    for (const d of ev.corroboratedBy ?? []) corroborated.add(d);
  });
  const reporting: ArticleEvidence[] = [];
  for (const [id, evidence] of byDoc) {
    const doc = index.docById.get(id);
    if (doc) reporting.push({ doc, evidence });
  }
  const docs = index.graph.documents;
  return {
    reporting,
    corroborating: docs.filter((d) => corroborated.has(d.id) && !byDoc.has(d.id)),
    silent: docs.filter((d) => !byDoc.has(d.id) && !corroborated.has(d.id)),
    total: docs.length,
  };
}

/** "Reported in 1 of 2 articles" / "Reported in both articles" / "Reported in all 3 articles". */
export function coverageLabel(c: RelationCoverage): string {
  const n = c.reporting.length + c.corroborating.length;
  const noun = (k: number) => `article${k === 1 ? '' : 's'}`;
  if (c.total === 1) return n === 1 ? 'Reported in the only article' : 'Not reported in the article';
  if (n === c.total) return c.total === 2 ? 'Reported in both articles' : `Reported in all ${c.total} articles`;
  return `Reported in ${n} of ${c.total} ${noun(c.total)}`;
}

/** A document's name for lists: its title, else its outlet, else its id. */
export function documentName(doc: GraphDocument): string {
  return doc.title?.trim() || doc.source?.trim() || doc.id;
}
