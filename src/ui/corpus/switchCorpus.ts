import { useViewStore } from '../../state/store';

/** Opens another corpus: ids of the old one (selection, sources, pins…) mean nothing there. */
export function switchCorpus(key: string): void {
  const s = useViewStore.getState();
  if (s.corpus === key) return;
  s.replaceState({ corpus: key, selection: null, focus: null, reader: null, sources: [], timeRange: null, search: '', pinned: {} });
}
