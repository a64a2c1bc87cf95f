/**
 * The "Filters" region: search, relation families, actor kinds, roles, sources, negated
 * show/hide/only and minimum evidence, each option with its facet count.
 */
import { ACTOR_KINDS, FAMILIES, ROLES, type ActorGraph } from '../../extract/schema';
import { FAMILY_ENCODING, KIND_ENCODING, ROLE_ENCODING, shapePath } from '../../graph/encodings';
import { filterInputOf, selectCounts } from '../../state/selectors';
import { useViewStore } from '../../state/store';
import type { NegatedFilter } from '../../state/viewState';
import { useExplorer } from '../useExplorer';
import { OptionList } from './OptionList';
import { SearchBox } from './SearchBox';

const NEGATED: { value: NegatedFilter; label: string }[] = [
  { value: 'show', label: 'Show' },
  { value: 'hide', label: 'Hide' },
  { value: 'only', label: 'Only' },
];

/** Filter panel bound to the store. */
export function FiltersPanel({ graph }: { graph: ActorGraph }) {
  const { filterInput } = useExplorer(graph);
  const counts = selectCounts(graph, filterInputOf(filterInput));
  const s = useViewStore();
  const families = FAMILIES.filter((f) => graph.relations.some((r) => r.family === f));
  const kinds = ACTOR_KINDS.filter((k) => graph.actors.some((a) => a.kind === k));
  const roles = ROLES.filter((r) => graph.actors.some((a) => a.roles.includes(r)));
  const maxEvidence = Math.max(1, ...graph.relations.map((r) => r.evidence.length));
  const anyFilter =
    s.families.length || s.kinds.length || s.roles.length || s.sources.length || s.negated !== 'show' || s.minEvidence > 1 || s.search || s.timeRange || s.focus;

  return (
    <section className="panel filters" aria-label="Filters">
      <div className="filters-head">
        <h2 className="panel-title">Filters</h2>
        {anyFilter ? (
          <button type="button" className="link-btn small" onClick={s.resetFilters}>
            Reset all
          </button>
        ) : null}
      </div>
      <SearchBox graph={graph} />
      {s.focus && (
        <p className="notice">
          Showing {graph.actors.find((a) => a.id === s.focus!.actor)?.name ?? s.focus.actor} and neighbours {s.focus.depth} step
          {s.focus.depth === 1 ? '' : 's'} out.{' '}
          <button type="button" className="link-btn" onClick={() => s.setFocus(null)}>
            Show all
          </button>
        </p>
      )}
      <OptionList
        legend="Relation families"
        chosen={s.families}
        onChange={s.setFamilies}
        options={families.map((f) => ({
          value: f,
          label: FAMILY_ENCODING[f].label,
          count: counts.families[f] ?? 0,
          swatch: <span className="fam-dot" style={{ background: FAMILY_ENCODING[f].color }} aria-hidden="true" />,
        }))}
      />
      <OptionList
        legend="Actor kinds"
        chosen={s.kinds}
        onChange={s.setKinds}
        options={kinds.map((k) => ({
          value: k,
          label: KIND_ENCODING[k].label,
          count: counts.kinds[k] ?? 0,
          swatch: (
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d={shapePath(KIND_ENCODING[k].shape, 4.6)} fill={KIND_ENCODING[k].color} stroke="#1f2937" strokeWidth="0.8" />
            </svg>
          ),
        }))}
      />
      <OptionList
        legend="Roles"
        chosen={s.roles}
        onChange={s.setRoles}
        options={roles.map((r) => ({
          value: r,
          label: ROLE_ENCODING[r].label,
          count: counts.roles[r] ?? 0,
          swatch: (
            <span className={`legend-badge role-${r}`} aria-hidden="true">
              {ROLE_ENCODING[r].badge}
            </span>
          ),
        }))}
      />
      <OptionList
        legend="Sources"
        chosen={s.sources}
        onChange={s.setSources}
        options={graph.documents.map((d) => ({
          value: d.id,
          label: `${d.source || d.title || d.id}${d.publishedAt ? ` (${d.publishedAt})` : ''}${d.duplicateOf ? ' · copy' : ''}`,
          count: counts.sources[d.id] ?? 0,
        }))}
      />
      <fieldset className="filter-group">
        <legend>Negated relations</legend>
        <div className="segmented" role="radiogroup" aria-label="Negated relations">
          {NEGATED.map((o) => (
            <label key={o.value} className={s.negated === o.value ? 'is-on' : ''}>
              <input type="radio" name="negated" value={o.value} checked={s.negated === o.value} onChange={() => s.setNegated(o.value)} />
              {o.label}
              {o.value === 'only' ? ` (${counts.negated.negated})` : o.value === 'hide' ? ` (${counts.negated.affirmed})` : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Minimum evidence</legend>
        <label className="range-field">
          <input
            type="range"
            min={1}
            max={Math.max(2, maxEvidence)}
            value={s.minEvidence}
            onChange={(e) => s.setMinEvidence(Number(e.target.value))}
            aria-label="Minimum evidence sentences per relation"
          />
          <span className="count">
            ≥ {s.minEvidence} sentence{s.minEvidence === 1 ? '' : 's'}
          </span>
        </label>
      </fieldset>
    </section>
  );
}
