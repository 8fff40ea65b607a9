import { type ReactNode, useState } from 'react';

/** Props of `DataDisclosure`. */
interface DataDisclosureProps {
  /** The wrapper's class: the widget places the button and the table. */
  className: string;
  /** The table's id, for the button's `aria-controls`. */
  id: string;
  /** The button's text while the table is hidden, and while it is shown. */
  show: string;
  hide: string;
  caption: string;
  /** The header row's cells. */
  head: ReactNode;
  /** The body's rows; called only while the table is shown. */
  rows: () => ReactNode;
}

/**
 * A chart's data as a table, one button away for everyone: a "Show data" toggle renders it on
 * request, so neither a mount nor a server render pays for it.
 */
export function DataDisclosure({
  className,
  id,
  show,
  hide,
  caption,
  head,
  rows,
}: DataDisclosureProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <div className={className}>
      <button
        type="button"
        className="okr-data__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? hide : show}
      </button>
      {open && (
        <table id={id} className="okr-data__table">
          <caption>{caption}</caption>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{rows()}</tbody>
        </table>
      )}
    </div>
  );
}
