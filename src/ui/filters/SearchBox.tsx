/**
 * Actor search: typing filters the graph to actors matching any alias (and their
 * relations); the suggestion list selects one actor and clears the search.
 */
import { useId, useMemo, useState } from 'react';
import type { ActorGraph } from '../../extract/schema';
import { actorMatches, normalizeForSearch } from '../../graph/model';
import { useViewStore } from '../../state/store';

/** Search field with an accessible suggestion list. */
export function SearchBox({ graph }: { graph: ActorGraph }) {
  const search = useViewStore((s) => s.search);
  const setSearch = useViewStore((s) => s.setSearch);
  const select = useViewStore((s) => s.select);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    if (!search.trim()) return [];
    const q = normalizeForSearch(search);
    return graph.actors
      .filter((a) => actorMatches(a, search))
      .map((a) => ({ a, alias: [a.name, ...a.aliases].find((n) => normalizeForSearch(n).includes(q)) ?? a.name }))
      .slice(0, 8);
  }, [graph, search]);
  const choose = (id: string) => {
    select({ type: 'actor', id });
    setSearch('');
    requestAnimationFrame(() => document.querySelector<SVGGElement>(`g.node[data-actor-id="${CSS.escape(id)}"]`)?.focus());
  };
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="filter-title">
        Find actor
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        placeholder="Name or alias…"
        value={search}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        onChange={(e) => {
          setSearch(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(matches.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && matches[active]) choose(matches[active].a.id);
          else if (e.key === 'Escape') setSearch('');
          else return;
          e.preventDefault();
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Matching actors">
          {matches.map(({ a, alias }, i) => (
            <li
              key={a.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(a.id);
              }}
            >
              <span>{a.name}</span>
              {alias !== a.name && <span className="muted"> “{alias}”</span>}
            </li>
          ))}
        </ul>
      )}
      {search.trim() && matches.length === 0 && <p className="muted small">No actor matches “{search}”.</p>}
    </div>
  );
}
