import { type ReactNode, useEffect, useRef } from 'react';

/** Props of `CauseGroup`. */
export interface CauseGroupProps {
  /** The legend, which names the group and its checkbox ("Leader, 1 of 4 ticked"). */
  label: string;
  /** The ids of the group's entries, which its checkbox ticks and unticks together. */
  ids: string[];
  checked: ReadonlySet<string>;
  onCheckAll: (ids: readonly string[], checked: boolean) => void;
  /** The entries, as `CauseItem`s. */
  children: ReactNode;
}

/** One group of entries: a fieldset whose legend holds the tri-state checkbox for all of them. */
export function CauseGroup({ label, ids, checked, onCheckAll, children }: CauseGroupProps) {
  const input = useRef<HTMLInputElement>(null);
  const count = ids.filter((id) => checked.has(id)).length;
  const all = count === ids.length;
  const mixed = count > 0 && !all;
  // A native checkbox has no mixed attribute: `indeterminate` is a DOM property only, and it is
  // what gives assistive technology aria-checked="mixed".
  useEffect(() => {
    if (input.current) input.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <fieldset
      className="okr-checklist__area"
      data-state={all ? 'checked' : mixed ? 'mixed' : 'unchecked'}
    >
      <legend className="okr-checklist__legend">
        <label className="okr-checklist__group">
          <input
            ref={input}
            type="checkbox"
            className="okr-checklist__checkbox"
            checked={all}
            onChange={(event) => {
              // A click clears `indeterminate`; if the host keeps the value, nothing re-renders
              // to set it again.
              event.currentTarget.indeterminate = mixed;
              onCheckAll(ids, !all);
            }}
          />
          <span>{label}</span>
        </label>
      </legend>
      <ul className="okr-checklist__items">{children}</ul>
    </fieldset>
  );
}
