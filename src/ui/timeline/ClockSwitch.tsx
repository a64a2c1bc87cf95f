/** Segmented switch between the two clocks: when it happened / when it was reported. */
import { useViewStore } from '../../state/store';
import type { Clock } from '../../state/viewState';

const OPTIONS: { value: Clock; label: string }[] = [
  { value: 'event', label: 'When it happened' },
  { value: 'published', label: 'When it was reported' },
];

/** Radio group bound to the store's clock. */
export function ClockSwitch({ disabled = false }: { disabled?: boolean }) {
  const clock = useViewStore((s) => s.clock);
  const setClock = useViewStore((s) => s.setClock);
  return (
    <div className="segmented" role="radiogroup" aria-label="Clock">
      {OPTIONS.map((o) => (
        <label key={o.value} className={clock === o.value ? 'is-on' : ''}>
          <input type="radio" name="clock" value={o.value} checked={clock === o.value} disabled={disabled} onChange={() => setClock(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}
