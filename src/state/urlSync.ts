/**
 * Keeps the address bar and the view store in step, with the URL as the source of truth:
 * the page starts from the link, every meaningful change becomes a history entry (so Back
 * and Forward walk the exploration), and continuous gestures — brushing a time range,
 * dragging a pin, typing a search — update the current entry instead of flooding history.
 */
import type { ActorGraph } from '../extract/schema';
import { useLinkNotice } from './linkNotice';
import { useViewStore, viewStateOf, type ViewStore } from './store';
import { decodeView, encodeView } from './urlCodec';
import { validateView } from './validateView';
import type { ViewState } from './viewState';

/** Keys whose changes arrive as a stream while the reader drags or types. */
const CONTINUOUS: ReadonlySet<keyof ViewState> = new Set(['timeRange', 'pinned', 'search']);

type StoreApi = Pick<typeof useViewStore, 'getState' | 'subscribe'>;
type Win = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export interface UrlSyncOptions {
  store?: StoreApi;
  win?: Win;
  /** Changes to the same continuous key within this many ms replace the entry instead of pushing. */
  coalesceMs?: number;
  now?: () => number;
  /**
   * 'replace' never adds history entries: an embed lives in an iframe, whose entries
   * would hijack the host page's Back button.
   */
  history?: 'push' | 'replace';
  /** Told what a link could not apply (decode problems, then stale references). */
  onIgnored?: (messages: string[]) => void;
}

export interface UrlSync {
  /** Checks the current view against a freshly loaded graph; drops and reports stale references. */
  validateAgainst(graph: ActorGraph): void;
  /**
   * Replaces part of the linked view the page cannot honour (e.g. an unknown corpus), in
   * place — no new history entry, so Back does not lead to the broken view — and reports why.
   */
  correct(patch: Partial<ViewState>, messages: string[]): void;
  stop(): void;
}

let active: UrlSync | null = null;

/** The running sync, if the page started one (the embed and the app each start one). */
export function activeUrlSync(): UrlSync | null {
  return active;
}

function changedKeys(a: ViewState, b: ViewState): Array<keyof ViewState> {
  return (Object.keys(b) as Array<keyof ViewState>).filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

/** The page URL for a view, keeping path and hash. */
export function urlFor(view: ViewState, loc: Pick<Location, 'pathname' | 'hash'>): string {
  const q = encodeView(view);
  return loc.pathname + (q ? '?' + q : '') + loc.hash;
}

/**
 * Starts syncing: applies the current URL to the store now (synchronously, so the first
 * render already shows the linked view), then mirrors store changes into history and
 * history navigation (popstate) back into the store.
 */
export function startUrlSync(opts: UrlSyncOptions = {}): UrlSync {
  const store = opts.store ?? useViewStore;
  const win = opts.win ?? window;
  const coalesceMs = opts.coalesceMs ?? 400;
  const now = opts.now ?? (() => Date.now());
  const report = opts.onIgnored ?? ((m: string[]) => useLinkNotice.getState().report(m));
  let graph: ActorGraph | null = null;
  /** Set while we write the store ourselves, so the subscriber does not echo it into history. */
  let applying = false;
  let last: { keys: string; at: number } | null = null;

  const apply = (view: ViewState) => {
    applying = true;
    try {
      (store.getState() as ViewStore).replaceState(view);
    } finally {
      applying = false;
    }
  };

  const readLocation = (): ViewState => {
    const { state, ignored } = decodeView(win.location.search);
    let view = state;
    const problems = [...ignored];
    if (graph) {
      const v = validateView(view, graph);
      view = v.state;
      problems.push(...v.dropped);
    }
    if (problems.length) report(problems);
    return view;
  };

  const initial = readLocation();
  apply(initial);
  win.history.replaceState(win.history.state, '', urlFor(initial, win.location));

  /** The view before the first store change of the current batch (null when none is pending). */
  let batchStart: ViewState | null = null;
  // One user action may set several fields in a row ("Show in article" selects the sentence
  // and opens the reader): changes made in the same task become one history entry.
  const flush = () => {
    const a = batchStart;
    batchStart = null;
    if (!a) return;
    const b = viewStateOf(store.getState() as ViewStore);
    const keys = changedKeys(a, b);
    if (!keys.length) return;
    const url = urlFor(b, win.location);
    if (url === win.location.pathname + win.location.search + win.location.hash) return;
    const sig = keys.slice().sort().join(',');
    const t = now();
    const continuous = keys.every((k) => CONTINUOUS.has(k));
    if (opts.history === 'replace') win.history.replaceState(null, '', url);
    else if (continuous && last && last.keys === sig && t - last.at < coalesceMs)
      win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    last = { keys: sig, at: t };
  };

  const unsubscribe = store.subscribe((_next, prev) => {
    if (applying || batchStart) return;
    batchStart = viewStateOf(prev as ViewStore);
    queueMicrotask(flush);
  });

  const onPop = () => {
    last = null;
    batchStart = null;
    apply(readLocation());
  };
  win.addEventListener('popstate', onPop);

  const sync: UrlSync = {
    validateAgainst(g) {
      if (g === graph) return;
      graph = g;
      const current = viewStateOf(store.getState() as ViewStore);
      const { state, dropped } = validateView(current, g);
      if (!dropped.length) return;
      report(dropped);
      apply(state);
      win.history.replaceState(win.history.state, '', urlFor(state, win.location));
    },
    correct(patch, messages) {
      report(messages);
      const state = { ...viewStateOf(store.getState() as ViewStore), ...patch };
      apply(state);
      win.history.replaceState(win.history.state, '', urlFor(state, win.location));
    },
    stop() {
      unsubscribe();
      win.removeEventListener('popstate', onPop);
      if (active === sync) active = null;
    },
  };
  active = sync;
  return sync;
}
