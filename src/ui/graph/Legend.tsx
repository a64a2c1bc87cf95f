/**
 * Legend generated from the encodings in use: kind shapes/colours, relation families,
 * role badges, negated (dashed) and node size.
 */
import type { LegendEntries } from '../../graph/legend';
import { FAMILY_ENCODING, KIND_ENCODING, ROLE_ENCODING, shapePath } from '../../graph/encodings';

/** The legend for the visible graph. */
export function Legend({ entries }: { entries: LegendEntries }) {
  if (!entries.kinds.length && !entries.families.length) return null;
  return (
    <div className="legend" aria-label="Legend" role="group">
      {entries.kinds.length > 0 && (
        <ul className="legend-row">
          {entries.kinds.map((k) => (
            <li key={k}>
              <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                <path d={shapePath(KIND_ENCODING[k].shape, 5.5)} fill={KIND_ENCODING[k].color} className="legend-shape" />
              </svg>
              {KIND_ENCODING[k].label}
            </li>
          ))}
        </ul>
      )}
      {entries.families.length > 0 && (
        <ul className="legend-row">
          {entries.families.map((f) => (
            <li key={f}>
              <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">
                <line x1="1" y1="5" x2="15" y2="5" stroke={FAMILY_ENCODING[f].color} strokeWidth="2" />
                <path d="M14,1.5L21,5L14,8.5Z" fill={FAMILY_ENCODING[f].color} />
              </svg>
              {FAMILY_ENCODING[f].label}
            </li>
          ))}
          {entries.negated && (
            <li>
              <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">
                <line x1="1" y1="5" x2="21" y2="5" stroke="#4b5563" strokeWidth="2" strokeDasharray="4 3" />
              </svg>
              Negated (“did not…”)
            </li>
          )}
        </ul>
      )}
      {(entries.roles.length > 0 || entries.multiEdges) && (
        <ul className="legend-row">
          {entries.roles.map((r) => (
            <li key={r}>
              <span className={`legend-badge role-${r}`} aria-hidden="true">
                {ROLE_ENCODING[r].badge}
              </span>
              {ROLE_ENCODING[r].label}
            </li>
          ))}
          <li className="legend-note">Size = evidence</li>
        </ul>
      )}
    </div>
  );
}
