/**
 * The same filtered relations as the graph, as an accessible table — the screen-reader
 * path through the data. Activating a row selects the relation.
 */
import type { ActorGraph } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import { evidenceInterval, formatDayRange } from '../../graph/time';
import { useViewStore } from '../../state/store';
import { useExplorer } from '../useExplorer';
import { relationPhrase } from '../../graph/phrase';

/** Relations table with caption "Relations". */
export function RelationTable({ graph }: { graph: ActorGraph }) {
  const { filtered, index } = useExplorer(graph);
  const clock = useViewStore((s) => s.clock);
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  const name = (id: string) => index.actorById.get(id)?.name ?? id;

  const dates = (evidence: (typeof filtered.relations)[number]['evidence']) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const ev of evidence) {
      const iv = evidenceInterval(ev, index.docById.get(ev.doc), clock);
      if (!iv) continue;
      lo = Math.min(lo, iv.start);
      hi = Math.max(hi, iv.end);
    }
    return Number.isFinite(lo) ? formatDayRange(lo, hi) : '—';
  };

  return (
    <div className="table-wrap">
      <table className="relations-table">
        <caption>Relations</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Relation</th>
            <th scope="col">Target</th>
            <th scope="col" className="num">
              Evidence
            </th>
            <th scope="col">{clock === 'event' ? 'When it happened' : 'When reported'}</th>
          </tr>
        </thead>
        <tbody>
          {filtered.relations.map((vr) => {
            const r = vr.relation;
            const selected = selection?.type === 'relation' && selection.id === vr.id;
            return (
              <tr key={vr.id} className={selected ? 'is-selected' : ''} aria-selected={selected}>
                <td>{name(r.source)}</td>
                <td className="rel-cell">
                  <button type="button" className="link-btn" onClick={() => select({ type: 'relation', id: vr.id })}>
                    <span className="fam-dot" style={{ background: FAMILY_ENCODING[r.family].color }} aria-hidden="true" />
                    {relationPhrase(r.type, r.negated)}
                  </button>
                  <span className="muted"> · {FAMILY_ENCODING[r.family].label}</span>
                </td>
                <td>{name(r.target)}</td>
                <td className="num">{vr.evidence.length}</td>
                <td className="date-cell">{dates(vr.evidence)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {filtered.relations.length === 0 && <p className="muted pad">No relations match the current filters.</p>}
    </div>
  );
}
