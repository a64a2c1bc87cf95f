/**
 * Stale corpus links never blank the page: when the linked corpus is not stored in this
 * browser, switch to the built-in corpus and say so in the link notice.
 */
import { useEffect } from 'react';
import { UnknownCorpusError } from '../../data/corpora/unknownCorpus';
import { useLinkNotice } from '../../state/linkNotice';
import { useViewStore } from '../../state/store';
import { activeUrlSync } from '../../state/urlSync';
import { DEFAULT_VIEW } from '../../state/viewState';

const SEED_KEY = DEFAULT_VIEW.corpus;

/** True when a corpus query failed only because the link named an unknown stored corpus. */
export const isUnknownCorpus = (error: unknown): error is UnknownCorpusError => error instanceof UnknownCorpusError;

/** Falls back to the built-in corpus when `error` is an unknown stored corpus. */
export function useCorpusFallback(error: unknown): void {
  useEffect(() => {
    if (!isUnknownCorpus(error)) return;
    const sync = activeUrlSync();
    if (sync) sync.correct({ corpus: SEED_KEY }, [error.message]);
    else {
      useLinkNotice.getState().report([error.message]);
      useViewStore.getState().replaceState({ corpus: SEED_KEY });
    }
  }, [error]);
}

/** Opens the built-in corpus (a normal view change, so Back returns to the failed link). */
export const openBuiltInCorpus = (): void => useViewStore.getState().replaceState({ corpus: SEED_KEY });
