// The behaviour of a menu button, as the WAI-ARIA Authoring Practices describe it: the button
// opens a menu of items; Enter, Space or ArrowDown open it on the first item and ArrowUp on the
// last; ArrowUp/ArrowDown move round the items, Home and End go to the ends; Escape closes it
// and focus goes back to the button; Tab, a pointer press outside or choosing an item close it.
import {
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

/** What the markup spreads on the button, the menu and each item. */
export interface MenuButton {
  open: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  button: {
    id: string;
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    'aria-controls': string | undefined;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  };
  menu: {
    id: string;
    role: 'menu';
    'aria-labelledby': string;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
  /** Props of item `index`: one tab stop for the menu, the active item's. */
  item: (index: number) => {
    role: 'menuitem';
    tabIndex: number;
    ref: (node: HTMLElement | null) => void;
    onClick: () => void;
    onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  };
}

/**
 * A menu button over `count` items; `onChoose(index)` runs when an item is chosen (click, Enter
 * or Space), after the menu has closed and focus is back on the button.
 */
export function useMenuButton(count: number, onChoose: (index: number) => void): MenuButton {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const id = useId();
  const menuId = `${id}menu`;
  const buttonId = `${id}button`;

  // Focus follows the active item while the menu is open.
  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  // A press anywhere outside the button and the menu closes it, focus staying where it went.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: globalThis.PointerEvent) => {
      const target = event.target as Node | null;
      const menu = items.current[0]?.parentElement;
      if (target && (buttonRef.current?.contains(target) || menu?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const show = (at: number) => {
    setActive(at);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (index: number) => {
    close();
    onChoose(index);
  };
  const last = Math.max(0, count - 1);

  return {
    open,
    buttonRef,
    button: {
      id: buttonId,
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => (open ? setOpen(false) : show(0)),
      onKeyDown: (event) => {
        // Enter and Space click the button, which opens the menu on its first item.
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          show(event.key === 'ArrowDown' ? 0 : last);
        }
      },
    },
    menu: {
      id: menuId,
      role: 'menu',
      'aria-labelledby': buttonId,
      onKeyDown: (event) => {
        const moves: Record<string, number> = {
          ArrowDown: active >= last ? 0 : active + 1,
          ArrowUp: active <= 0 ? last : active - 1,
          Home: 0,
          End: last,
        };
        const next = moves[event.key];
        if (next !== undefined) {
          event.preventDefault();
          setActive(next);
        } else if (event.key === 'Escape') {
          // The menu takes Escape: a board around it does not go up a level too.
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (event.key === 'Tab') {
          setOpen(false);
        } else if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose(active);
        }
      },
    },
    item: (index) => ({
      role: 'menuitem',
      tabIndex: index === active ? 0 : -1,
      ref: (node) => {
        items.current[index] = node;
      },
      onClick: () => choose(index),
      onPointerMove: () => {
        if (index !== active) setActive(index);
      },
    }),
  };
}
