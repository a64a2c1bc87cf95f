/**
 * The embeddable view: just the graph, the timeline and the evidence of the view encoded in
 * the page's query, read-only (no filters, no pinning, no brushing), sized to whatever
 * iframe holds it, crediting the outlets it shows and linking back to the full explorer.
 * Everything it loads comes from its own origin.
 */
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { corpusGraphQuery } from '../../data/graphQueries';
import type { ActorGraph } from '../../extract/schema';
import { useViewStore, viewStateOf } from '../../state/store';
import { encodeView } from '../../state/urlCodec';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { ActorNetwork } from '../graph/ActorNetwork';
import { Timeline } from '../timeline/Timeline';
import { LinkNotice } from './LinkNotice';
import { useLinkValidation, useVisibleGraph } from './ShareToolbar';
import { isUnknownCorpus, useCorpusFallback } from './useCorpusFallback';
import { dateRangeText, sourceCredits, viewTitle } from './viewMeta';

function EmbedView({ graph }: { graph: ActorGraph }) {
  useLinkValidation(graph);
  const view = useViewStore(useShallow(viewStateOf));
  const { visible } = useVisibleGraph(graph);
  const query = encodeView(view);
  const full = new URL('index.html' + (query ? '?' + query : ''), window.location.href).href;
  const sources = sourceCredits(visible);
  return (
    <div className="embed-root">
      <header className="embed-header">
        <h1>{viewTitle(graph, view)}</h1>
        <span className="embed-dates">{dateRangeText(view, visible)}</span>
        <a className="embed-open" href={full} target="_blank" rel="noopener">
          Open in Parley
        </a>
      </header>
      <LinkNotice />
      <main className="embed-main">
        <div className="embed-graph">
          <ActorNetwork graph={graph} editable={false} />
        </div>
        <div className="embed-evidence">
          <EvidencePanel graph={graph} editable={false} />
        </div>
        <div className="embed-timeline">
          <Timeline graph={graph} editable={false} />
        </div>
      </main>
      <footer className="embed-credits" aria-label="Sources">
        Sources: {sources.length ? sources.join(', ') : 'none shown'} · Made with Parley
      </footer>
    </div>
  );
}

/** Loads the corpus named in the link, then shows it read-only. */
export function EmbedApp() {
  const corpus = useViewStore((s) => s.corpus);
  const q = useQuery(corpusGraphQuery(corpus));
  useCorpusFallback(q.error);
  if (q.isPending || isUnknownCorpus(q.error))
    return (
      <p className="embed-status" role="status">
        Loading the actor network…
      </p>
    );
  if (q.isError)
    return (
      <div className="embed-status" role="alert">
        <p>This embedded view could not be loaded: {q.error.message}</p>
        <a href={new URL('index.html', window.location.href).href} target="_blank" rel="noopener">
          Open Parley
        </a>
      </div>
    );
  return <EmbedView graph={q.data} />;
}
