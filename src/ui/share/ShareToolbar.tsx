/**
 * The share controls for the explorer's header: Copy link, Embed and Export, plus the
 * link notice. Mounting it also checks the linked view against the graph once it loads.
 */
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActorGraph } from '../../extract/schema';
// The subgraph cut alone: the exporters (graphology & co.) load only when Export is used.
import { viewSubgraph } from '../../graph/export/subgraph';
import { useViewStore, viewStateOf } from '../../state/store';
import { encodeView } from '../../state/urlCodec';
import { activeUrlSync } from '../../state/urlSync';
import { useExplorer } from '../useExplorer';
import { CopyLinkButton } from './CopyLinkButton';
import { EmbedDialog } from './EmbedDialog';
import { ExportMenu, type ExportInputs } from './ExportMenu';
import { fileStem } from './download';
import { dateRangeText, sourceCredits, viewTitle } from './viewMeta';

/** Applies link validation once per loaded graph (used by the app and the embed page). */
export function useLinkValidation(graph: ActorGraph | undefined): void {
  useEffect(() => {
    if (graph) activeUrlSync()?.validateAgainst(graph);
  }, [graph]);
}

/** The visible part of the graph as a schema-valid ActorGraph. */
export function useVisibleGraph(graph: ActorGraph): {
  visible: ActorGraph;
  legend: ReturnType<typeof useExplorer>['legend'];
} {
  const { filtered, legend } = useExplorer(graph);
  const visible = useMemo(() => visibleSubgraph(graph, filtered), [graph, filtered]);
  return { visible, legend };
}

/** The visible part of `graph` under the filtered view, as a schema-valid ActorGraph. */
function visibleSubgraph(graph: ActorGraph, filtered: ReturnType<typeof useExplorer>['filtered']): ActorGraph {
  return viewSubgraph(graph, {
    relations: filtered.relations.map((v) => ({ ...v.relation, evidence: v.evidence })),
    actors: filtered.actors.map((a) => a.id),
  });
}

export function ShareToolbar({ graph }: { graph: ActorGraph }) {
  useLinkValidation(graph);
  const view = useViewStore(useShallow(viewStateOf));
  const { filtered, legend } = useExplorer(graph);
  const query = encodeView(view);
  const here = new URL(window.location.href);
  const link = new URL((query ? '?' + query : '') || here.pathname, here).href;
  const embedUrl = new URL('embed.html' + (query ? '?' + query : ''), here).href;
  const title = viewTitle(graph, view);
  // Built when an export runs, not on every render: a 1,000-article corpus makes this long.
  const prepare = (): ExportInputs => {
    const visible = visibleSubgraph(graph, filtered);
    return { visible, dateRange: dateRangeText(view, visible), sources: sourceCredits(visible) };
  };

  return (
    <div className="share-toolbar" role="group" aria-label="Share">
      <CopyLinkButton url={link} />
      <EmbedDialog embedUrl={embedUrl} title={title} />
      <ExportMenu
        prepare={prepare}
        pinned={view.pinned}
        title={title}
        legend={legend}
        stem={fileStem(graph.corpus.title)}
      />
    </div>
  );
}
