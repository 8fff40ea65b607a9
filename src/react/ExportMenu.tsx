import { type ComponentPropsWithoutRef, forwardRef, useContext, useRef, useState } from 'react';
import {
  DATA_MESSAGES,
  EXPORT_MENU_MESSAGES,
  type FormatOptions,
  type Issue,
  type Report,
} from '../core';
import type { ExportTheme } from '../export';
import {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportBaseName,
  makeExportFile,
  saveFile,
} from './exportMenu/exportFiles';
import { useMenuButton } from './exportMenu/useMenuButton';
import { cx } from './internal/cx';
import { useCheckedReport } from './internal/useCheckedReport';
import { useLayoutEffectOnClient } from './internal/useLayoutEffectOnClient';
import { useTexts } from './internal/useTexts';
import { FormatContext } from './OkrBalanceProvider';

export type { ExportFile, ExportFormat } from './exportMenu/exportFiles';

/** The English texts this widget shows. */
const TEXTS = [DATA_MESSAGES, EXPORT_MENU_MESSAGES];

/** Props of `ExportMenu`. */
export interface ExportMenuProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'>,
    FormatOptions {
  /** The report to export: `analyzeOkrs`' (or a level of an organisation's, `unitReport`). */
  report: Report;
  /** The last review's report: the agenda then says what changed since. */
  since?: Report;
  /** The slide's title. @default "OKR balance" and the cycle's label */
  title?: string;
  /** The formats offered, in this order. @default ['svg', 'png', 'csv', 'markdown'] */
  formats?: readonly ExportFormat[];
  /** File name without extension. @default from the cycle's label, e.g. `okr-balance-q1-2026` */
  fileName?: string;
  /** The slide's colours. @default the theme the menu is shown in (`data-okr-theme`) */
  theme?: ExportTheme;
  /** The slide's size in pixels. @default 1920 × 1080 */
  width?: number;
  height?: number;
  /** The PNG's pixels per slide pixel. @default 2 */
  pixelRatio?: number;
  /**
   * Called with each file made. Return `false` to keep the browser from saving it (to upload it
   * instead, say).
   */
  onExport?: (file: ExportFile) => boolean | undefined;
  /** Called when the report cannot be exported, with the problems found in it. */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * A menu button that saves the report as a 1920 × 1080 slide (SVG or PNG), its objectives as
 * CSV for a spreadsheet, or the review's agenda as Markdown. Keyboard: Enter, Space or the
 * arrow keys open it; the arrows, Home and End move; Escape closes it. The PNG is drawn in the
 * browser from the SVG: under a Content Security Policy it needs `img-src blob:`.
 */
export const ExportMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, ExportMenuProps>(
  function ExportMenu(
    {
      report,
      since,
      title,
      formats = EXPORT_FORMATS,
      fileName,
      theme,
      width = 1920,
      height = 1080,
      pixelRatio = 2,
      onExport,
      onIssues,
      locale,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    // The files speak the language the menu does: its own props, else its provider's.
    const context = useContext(FormatContext);
    const texts = messages ?? context.messages;
    const { report: checked, issues } = useCheckedReport(report, onIssues, 'ExportMenu');
    const root = useRef<HTMLDivElement | null>(null);
    // What the last export came to; `count` makes a repeated sentence a new one to hear.
    const [status, setStatus] = useState<{ text: string; failed: boolean; count: number } | null>(
      null,
    );
    const say = (text: string, failed: boolean) =>
      setStatus((last) => ({ text, failed, count: (last?.count ?? 0) + 1 }));
    // One export at a time: a PNG takes a moment, and a second Enter must not make it twice.
    const [busy, setBusy] = useState(false);
    const running = useRef(false);
    // Plain JavaScript may pass junk: the known formats alone, each once.
    const offered = EXPORT_FORMATS.filter((f) => Array.isArray(formats) && formats.includes(f));
    const run = async (chosen: ExportFormat) => {
      if (!checked || running.current) return;
      running.current = true;
      setBusy(true);
      const item = format.format(`export.${chosen}`);
      try {
        const file = await makeExportFile(
          chosen,
          {
            report: checked as Report,
            since,
            title,
            theme: theme ?? pageTheme(root.current),
            width,
            height,
            pixelRatio,
            locale: format.locale,
            messages: texts,
          },
          fileName || exportBaseName(checked as Report),
        );
        // Returned false, the file is the host's to save, and to say so.
        if (onExport?.(file) === false) setStatus(null);
        else {
          saveFile(file);
          say(format.format('export.done', { file: file.fileName }), false);
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        say(format.format('export.failed', { item, reason }), true);
      } finally {
        running.current = false;
        setBusy(false);
      }
    };
    const menu = useMenuButton(offered.length, (index) => {
      const chosen = offered[index];
      if (chosen) void run(chosen);
    });
    // The menu opens below the button, towards the end of the line; where that runs past the
    // window's edge (a button at the end of a header), it opens towards the start instead.
    const [alignEnd, setAlignEnd] = useState(false);
    useLayoutEffectOnClient(() => {
      if (!menu.open) return setAlignEnd(false);
      const list = root.current?.querySelector('[role="menu"]');
      if (!list) return;
      const { left, right } = list.getBoundingClientRect();
      const rtl = getComputedStyle(list).direction === 'rtl';
      setAlignEnd(rtl ? left < 0 : right > document.documentElement.clientWidth);
    }, [menu.open]);
    const setRoot = (node: HTMLDivElement | null) => {
      root.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    };
    // Nothing to offer: no button that opens an empty menu.
    if (checked && offered.length === 0) return null;
    if (!checked) {
      return (
        <div ref={setRoot} className={cx('okr-export', className)} data-state="invalid" {...rest}>
          <p className="okr-export__status" role="status">
            {format.format('data.invalid', { count: issues.length })}
          </p>
        </div>
      );
    }
    return (
      <div
        ref={setRoot}
        className={cx('okr-export', className)}
        aria-busy={busy || undefined}
        {...rest}
      >
        <button type="button" className="okr-export__button" ref={menu.buttonRef} {...menu.button}>
          {format.format('export.button')}
          <svg viewBox="0 0 10 6" width="10" height="6" aria-hidden="true" focusable="false">
            <path d="M1 1l4 4 4-4" />
          </svg>
        </button>
        {menu.open && (
          <ul className="okr-export__menu" data-align={alignEnd ? 'end' : undefined} {...menu.menu}>
            {offered.map((chosen, index) => (
              <li key={chosen} className="okr-export__item" {...menu.item(index)}>
                {format.format(`export.${chosen}`)}
              </li>
            ))}
          </ul>
        )}
        <p
          className="okr-export__status"
          role="status"
          data-state={status?.failed ? 'failed' : undefined}
        >
          {status && <span key={status.count}>{status.text}</span>}
        </p>
      </div>
    );
  },
);

/** The theme a node is shown in: its nearest `data-okr-theme`, `auto` read from the system. */
function pageTheme(node: Element | null): ExportTheme {
  const set = node?.closest('[data-okr-theme]')?.getAttribute('data-okr-theme');
  if (set === 'dark' || set === 'light') return set;
  if (set === 'auto' && typeof matchMedia === 'function') {
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  return 'light';
}
