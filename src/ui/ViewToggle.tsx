/** Graph / Table switch for the centre view. */
import { useViewStore } from '../state/store';

/** Two toggle buttons bound to the store's view mode. */
export function ViewToggle() {
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="segmented seg-buttons" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'graph'} className={view === 'graph' ? 'is-on' : ''} onClick={() => setView('graph')}>
        Graph
      </button>
      <button type="button" aria-pressed={view === 'table'} className={view === 'table' ? 'is-on' : ''} onClick={() => setView('table')}>
        Table
      </button>
    </div>
  );
}
