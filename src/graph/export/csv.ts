/**
 * CSV of relations with one row per evidence sentence (`date` is when it
 * happened, `published` when the outlet reported it), for spreadsheets and fact-checkers.
 * RFC 4180 (CRLF, quoted fields) and safe to open in Excel/Sheets: any cell that a
 * spreadsheet would read as a formula is prefixed with an apostrophe.
 */
import type { ActorGraph } from '../../extract/schema';

export const CSV_COLUMNS = [
  'relation',
  'source',
  'type',
  'family',
  'target',
  'negated',
  'doc',
  'outlet',
  'date',
  'published',
  'sentence',
] as const;

/** Neutralises spreadsheet formulas (=, +, -, @, and tab/CR which some apps also trigger on). */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? "'" + cell : cell;
}

/** Quotes one field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(cell: string): string {
  const s = defuse(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Serialises the relations' evidence as CSV text (header row included, CRLF line ends). */
export function toCsv(g: ActorGraph): string {
  const actors = new Map(g.actors.map((a) => [a.id, a.name]));
  const docs = new Map(g.documents.map((d) => [d.id, d]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of g.relations) {
    for (const e of r.evidence) {
      const doc = docs.get(e.doc);
      const date = e.date
        ? e.date.start === e.date.end
          ? e.date.start
          : `${e.date.start}..${e.date.end}`
        : '';
      // Collapse the sentence's internal line breaks: one evidence row reads as one line.
      const sentence = doc ? doc.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim() : '';
      rows.push([
        r.id,
        actors.get(r.source) ?? r.source,
        r.type,
        r.family,
        actors.get(r.target) ?? r.target,
        String(r.negated),
        e.doc,
        doc?.source ?? '',
        date,
        doc?.publishedAt ?? '',
        sentence,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
