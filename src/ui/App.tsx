/**
 * The explorer page: header with corpus title and toolbar, Filters (left), Actor
 * network (centre) with the Timeline below, Evidence (right), Article reader drawer.
 */
import { useDeferredValue } from 'react';
import { useQuery } from '@tanstack/react-query';
import { corpusGraphQuery } from '../data/graphQueries';
import type { ActorGraph } from '../extract/schema';
import { useViewStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { EvidencePanel } from './evidence/EvidencePanel';
import { FiltersPanel } from './filters/FiltersPanel';
import { ActorNetwork } from './graph/ActorNetwork';
import { ArticleReader } from './reader/ArticleReader';
import { Timeline } from './timeline/Timeline';
import { ViewToggle } from './ViewToggle';
import { Brand } from './Brand';
import { LinkNotice } from './share/LinkNotice';
import { ShareToolbar } from './share/ShareToolbar';
import { isUnknownCorpus, openBuiltInCorpus, useCorpusFallback } from './share/useCorpusFallback';
import { CorpusToolbar } from './corpus/CorpusToolbar';

/** Root component of the explorer. */
export function App() {
  const corpus = useViewStore((s) => s.corpus);
  const q = useQuery(corpusGraphQuery(corpus));
  // react-query delivers data as an urgent (unsliced) render; deferring it lets the whole
  // explorer render as a transition that React splits into short tasks.
  const data = useDeferredValue(q.data);
  useCorpusFallback(q.error);
  // An unknown stored corpus is not an error for the reader: the fallback is on its way.
  const failed = q.isError && !isUnknownCorpus(q.error);
  return (
    <div className="app">
      <header className="app-header">
        <Brand />
        <div className="corpus-title">
          <h1>{data?.corpus.title || (q.isPending || (q.data && !data) ? 'Loading corpus…' : 'Untitled corpus')}</h1>
          {data && <CorpusStats graph={data} />}
        </div>
        <div className="toolbar">
          <CorpusToolbar />
          {data && <ViewToggle />}
          {data && <ShareToolbar graph={data} />}
        </div>
      </header>
      <LinkNotice />
      {(q.isPending || (q.isError && !failed) || (q.data && !data)) && (
        <main className="status-page" aria-busy="true">
          <p>Loading the actor network…</p>
        </main>
      )}
      {failed && (
        <main className="status-page">
          <div className="error-box" role="alert">
            <h2>The corpus could not be loaded</h2>
            <p>{q.error.message}</p>
            <button type="button" className="btn" onClick={() => q.refetch()}>
              Try again
            </button>
            {corpus !== DEFAULT_VIEW.corpus && (
              <button type="button" className="btn" onClick={openBuiltInCorpus}>
                Open the built-in corpus
              </button>
            )}
          </div>
        </main>
      )}
      {data && <Workspace graph={data} />}
    </div>
  );
}

function CorpusStats({ graph }: { graph: ActorGraph }) {
  return (
    <p className="corpus-stats">
      {graph.documents.length} article{graph.documents.length === 1 ? '' : 's'} · {graph.actors.length} actors · {graph.relations.length} relations
    </p>
  );
}

function Workspace({ graph }: { graph: ActorGraph }) {
  // Always rendered inside a transition (the first render and new data are both deferred
  // in App), which React slices into short tasks; no second deferral needed here.
  return (
    <main className="workspace">
      <FiltersPanel graph={graph} />
      <div className="centre">
        <ActorNetwork graph={graph} />
        <Timeline graph={graph} />
        <ArticleReader graph={graph} />
      </div>
      <EvidencePanel graph={graph} />
    </main>
  );
}
