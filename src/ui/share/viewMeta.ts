/**
 * Words describing a view for exports and embeds: a title, the date range on its clock and
 * the outlets its visible evidence comes from (so every image and embed credits its sources).
 */
import type { ActorGraph } from '../../extract/schema';
import type { ViewState } from '../../state/viewState';

const fmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = (iso: string) => fmt.format(new Date(iso + 'T00:00:00Z'));

const monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO prefix at its own precision: "2016", "Dec 2016" or "1 Dec 2016". */
function partial(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFmt.format(new Date(iso + '-01T00:00:00Z'));
  return day(iso.slice(0, 10));
}

/** "1 Dec 2016 – 31 Jan 2017 (event dates)", or the span of the visible evidence when no range is set. */
export function dateRangeText(view: Pick<ViewState, 'timeRange' | 'clock'>, visible: ActorGraph): string {
  const clock = view.clock === 'published' ? 'publication dates' : 'event dates';
  if (view.timeRange) return `${day(view.timeRange[0])} – ${day(view.timeRange[1])} (${clock})`;
  const docs = new Map(visible.documents.map((d) => [d.id, d]));
  // ISO prefixes order chronologically as strings, so the earliest start and latest end bound
  // the view: one pass, no sorting (a big corpus has tens of thousands of pieces of evidence).
  let first: string | null = null;
  let last: string | null = null;
  const YEAR = /^\d{4}/;
  for (const r of visible.relations)
    for (const e of r.evidence) {
      let a: string | undefined;
      let b: string | undefined;
      if (view.clock === 'published') a = b = docs.get(e.doc)?.publishedAt?.slice(0, 10);
      else if (e.date) [a, b] = [e.date.start, e.date.end];
      if (!a || !b || !YEAR.test(a) || !YEAR.test(b)) continue;
      if (first === null || a < first) first = a;
      if (last === null || b > last) last = b;
    }
  if (first === null || last === null) return 'All dates';
  return first === last ? `${partial(first)} (${clock})` : `${partial(first)} – ${partial(last)} (${clock})`;
}

/** Distinct outlets (or document titles when the outlet is unknown) behind the visible evidence. */
export function sourceCredits(visible: ActorGraph): string[] {
  const names = visible.documents.map((d) => d.source?.trim() || d.title?.trim() || d.id);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/** Title for an export: the corpus title plus what the view narrows to. */
export function viewTitle(graph: ActorGraph, view: ViewState): string {
  const base = graph.corpus.title?.trim() || 'Actor network';
  const name = (id: string) => graph.actors.find((a) => a.id === id)?.name ?? id;
  if (view.focus) return `${base}: around ${name(view.focus.actor)}`;
  if (view.selection?.type === 'actor') return `${base}: ${name(view.selection.id)}`;
  return base;
}
