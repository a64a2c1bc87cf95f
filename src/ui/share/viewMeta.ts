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

/** "1 Dec 2016 – 31 Jan 2017 (event dates)", or the span of the visible evidence when no range is set. */
export function dateRangeText(view: Pick<ViewState, 'timeRange' | 'clock'>, visible: ActorGraph): string {
  const clock = view.clock === 'published' ? 'publication dates' : 'event dates';
  if (view.timeRange) return `${day(view.timeRange[0])} – ${day(view.timeRange[1])} (${clock})`;
  const docs = new Map(visible.documents.map((d) => [d.id, d]));
  const dates = visible.relations
    .flatMap((r) =>
      r.evidence.map((e) => (view.clock === 'published' ? docs.get(e.doc)?.publishedAt : e.date?.start)),
    )
    .filter((d): d is string => !!d && /^\d{4}/.test(d))
    .map((d) => d.slice(0, 10))
    .sort();
  if (!dates.length) return 'All dates';
  const pad = (d: string) => (d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
  const [a, b] = [pad(dates[0]), pad(dates[dates.length - 1])];
  return a === b ? `${day(a)} (${clock})` : `${day(a)} – ${day(b)} (${clock})`;
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
