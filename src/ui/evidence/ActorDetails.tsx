/**
 * A selected actor: name, kind, roles, aliases, affiliation, and its visible relations
 * grouped by family, each a button that selects the relation.
 */
import type { Actor, Family } from '../../extract/schema';
import { FAMILIES } from '../../extract/schema';
import { FAMILY_ENCODING, KIND_ENCODING, ROLE_ENCODING, kindWords, shapePath } from '../../graph/encodings';
import type { FilteredGraph } from '../../graph/filter';
import type { GraphIndex } from '../../graph/model';
import { useViewStore } from '../../state/store';
import { ActorChip } from './ActorChip';
import { relationPhrase } from '../../graph/phrase';

/** Details of one actor. */
export function ActorDetails({ index, actor: a, filtered, editable }: { index: GraphIndex; actor: Actor; filtered: FilteredGraph; editable: boolean }) {
  const select = useViewStore((s) => s.select);
  const focus = useViewStore((s) => s.focus);
  const setFocus = useViewStore((s) => s.setFocus);
  const enc = KIND_ENCODING[a.kind];
  const rels = filtered.relations.filter((r) => r.relation.source === a.id || r.relation.target === a.id);
  const byFamily = new Map<Family, typeof rels>();
  for (const r of rels) {
    if (!byFamily.has(r.relation.family)) byFamily.set(r.relation.family, []);
    byFamily.get(r.relation.family)!.push(r);
  }
  // Surface forms differ in case and number ("rebels", "Rebels"); list each spelling once.
  const seen = new Set([a.name.toLowerCase()]);
  const aliases = a.aliases.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const focused = focus?.actor === a.id;
  const docs = new Set(a.mentions.map((m) => m.doc)).size;
  return (
    <div className="details">
      <p className="eyebrow">Actor</p>
      <h2 className="actor-title">
        <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
          <path d={shapePath(enc.shape, 7.5)} fill={enc.color} stroke="#1f2937" strokeWidth="1" />
        </svg>
        {a.name}
      </h2>
      <p className="chips">
        <span className="chip chip-plain">{kindWords(a.kind)}</span>
        {a.roles.map((r) => (
          <span key={r} className={`chip chip-role role-${r}`}>
            {ROLE_ENCODING[r].label}
          </span>
        ))}
      </p>
      <dl className="facts">
        {aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{aliases.join(' · ')}</dd>
          </>
        )}
        {a.affiliation && (
          <>
            <dt>Affiliation</dt>
            <dd>
              <ActorChip index={index} id={a.affiliation} />
            </dd>
          </>
        )}
        <dt>Mentions</dt>
        <dd>
          {a.mentions.length} in {docs} document{docs === 1 ? '' : 's'}
        </dd>
      </dl>
      {editable && (
        <div className="button-row">
          {focused ? (
            <button type="button" className="btn btn-small" onClick={() => setFocus(null)}>
              Show whole network
            </button>
          ) : (
            <button type="button" className="btn btn-small" onClick={() => setFocus({ actor: a.id, depth: 1 })}>
              Focus on neighbours
            </button>
          )}
          {focused && (
            <label className="inline-field">
              Steps
              <input
                type="number"
                min={1}
                max={5}
                value={focus!.depth}
                onChange={(e) => setFocus({ actor: a.id, depth: Math.min(5, Math.max(1, Number(e.target.value) || 1)) })}
              />
            </label>
          )}
        </div>
      )}
      <h3 className="section-title">
        Relations <span className="count">{rels.length}</span>
      </h3>
      {rels.length === 0 && <p className="muted">No visible relations under the current filters.</p>}
      {FAMILIES.filter((f) => byFamily.has(f)).map((f) => (
        <div key={f} className="rel-group">
          <h4 className="rel-group-title">
            <span className="fam-dot" style={{ background: FAMILY_ENCODING[f].color }} aria-hidden="true" />
            {FAMILY_ENCODING[f].label}
          </h4>
          <ul className="rel-list">
            {byFamily.get(f)!.map((vr) => {
              const r = vr.relation;
              const out = r.source === a.id;
              const other = index.actorById.get(out ? r.target : r.source)?.name ?? '?';
              const verb = relationPhrase(r.type, r.negated);
              const text = out ? `${a.name} ${verb} ${other}` : `${other} ${verb} ${a.name}`;
              return (
                <li key={vr.id}>
                  <button type="button" className="rel-btn" onClick={() => select({ type: 'relation', id: vr.id })}>
                    <span className={r.negated ? 'is-negated' : ''}>{text}</span>
                    <span className="count">{vr.evidence.length}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
