/**
 * Second stage of the page's start (see main.tsx): applies the link to the store, starts
 * fetching the corpus, paints a loading frame, then loads and renders the explorer.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startUrlSync } from './state/urlSync';
import { useViewStore } from './state/store';
import { corpusGraphQuery } from './data/graphQueries';
import { Brand } from './ui/Brand';

/** Starts the explorer in `container`. */
export function boot(container: HTMLElement): void {
  // The link decides the first view: apply it to the store before the first render.
  startUrlSync();
  const queryClient = new QueryClient();
  // Start fetching the corpus now, in parallel with loading the explorer's code.
  void queryClient.prefetchQuery(corpusGraphQuery(useViewStore.getState().corpus));

  const root = createRoot(container);
  // A static frame first, so the page paints while the explorer's code is evaluated.
  root.render(
    <div className="app">
      <header className="app-header">
        <Brand />
      </header>
      <main className="status-page" aria-busy="true">
        <p>Loading the actor network…</p>
      </main>
    </div>,
  );

  // The explorer (d3, panels) is its own chunk, evaluated in its own task; rendering it as a
  // transition lets React yield between components instead of rendering all in one go.
  // setTimeout: never evaluate it in this task, even when the chunk is already cached.
  setTimeout(() => {
    void import('./ui/App').then(({ App }) =>
      startTransition(() =>
        root.render(
          <StrictMode>
            <QueryClientProvider client={queryClient}>
              <App />
            </QueryClientProvider>
          </StrictMode>,
        ),
      ),
    );
  }, 0);
}
