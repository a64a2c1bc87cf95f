/**
 * A checkbox list for a multi-choice filter where "none chosen" means "all shown": every
 * box starts ticked; unticking one narrows to the rest; the last ticked box cannot be unticked.
 */
import type { ReactNode } from 'react';

export interface Option<T extends string> {
  value: T;
  label: string;
  swatch?: ReactNode;
  count: number;
}

export interface OptionListProps<T extends string> {
  legend: string;
  options: Option<T>[];
  chosen: T[];
  onChange(next: T[]): void;
}

/** Fieldset of checkboxes with counts; normalises "all ticked" back to the empty list. */
export function OptionList<T extends string>({ legend, options, chosen, onChange }: OptionListProps<T>) {
  if (options.length === 0) return null;
  const all = options.map((o) => o.value);
  const effective = chosen.length ? chosen : all;
  const toggle = (v: T) => {
    const next = effective.includes(v) ? effective.filter((x) => x !== v) : [...effective, v];
    onChange(all.every((x) => next.includes(x)) ? [] : all.filter((x) => next.includes(x)));
  };
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {chosen.length > 0 && (
          <button type="button" className="link-btn small" onClick={() => onChange([])}>
            all
          </button>
        )}
      </legend>
      {options.map((o) => {
        const on = effective.includes(o.value);
        return (
          <label key={o.value} className={`option${o.count === 0 ? ' is-zero' : ''}`}>
            <input type="checkbox" checked={on} disabled={on && effective.length === 1} onChange={() => toggle(o.value)} />
            {o.swatch}
            <span className="option-label" title={o.label}>
              {o.label}
            </span>
            <span className="count">{o.count}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
