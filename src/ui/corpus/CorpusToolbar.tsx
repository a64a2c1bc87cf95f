import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { corporaListQuery } from '../../data/corpusQueries';
import { localKey, parseCorpusKey } from '../../data/corpora/keys';
import { useViewStore } from '../../state/store';
import { AddArticlesDialog } from './AddArticlesDialog';
import { CorpusManager } from './CorpusManager';
import { ExtractionProgress } from './ExtractionProgress';
import { countLabel, plain } from './safe';
import { switchCorpus } from './switchCorpus';
import './corpus.css';

/**
 * The corpus controls for the explorer's header: a corpus switcher (built-in seed, corpora
 * stored in this browser with document counts, a linked manifest), "Add articles",
 * "Manage corpus" and a compact extraction progress with Cancel.
 */
export function CorpusToolbar() {
  const corpus = useViewStore((s) => s.corpus);
  const list = useQuery(corporaListQuery());
  const [dialog, setDialog] = useState<'add' | 'manage' | null>(null);
  const ref = parseCorpusKey(corpus);
  const stored = list.data ?? [];
  const current = ref?.kind === 'local' ? stored.find((c) => c.id === ref.id) : undefined;
  return (
    <div className="corpus-toolbar" role="group" aria-label="Corpus">
      <label>
        <span className="corpus-visually-hidden">Corpus</span>
        <select aria-label="Corpus" value={corpus} onChange={(e) => switchCorpus(e.target.value)}>
          <option value="seed">Built-in: Astana talks</option>
          {ref?.kind === 'url' && <option value={corpus}>Linked: {plain(corpus, 60)}</option>}
          {ref?.kind === 'local' && !current && <option value={corpus}>{list.isPending ? 'Loading…' : 'Missing corpus'}</option>}
          {stored.map((c) => (
            <option key={c.id} value={localKey(c.id)}>
              {plain(c.name, 60)} ({countLabel(c.documentCount, 'document')})
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setDialog('add')}>
        Add articles
      </button>
      {current && (
        <button type="button" onClick={() => setDialog('manage')}>
          Manage corpus
        </button>
      )}
      {dialog !== 'add' && <ExtractionProgress corpusKey={corpus} compact />}
      {dialog === 'add' && <AddArticlesDialog currentCorpus={corpus} onClose={() => setDialog(null)} />}
      {dialog === 'manage' && current && <CorpusManager corpus={current} onClose={() => setDialog(null)} />}
    </div>
  );
}
