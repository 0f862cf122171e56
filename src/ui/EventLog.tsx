// The event log: readable sentences, filterable by node and message type, synced with the
// playhead (select a line to seek). Windowed: only the lines near the view are rendered, so a
// run of 100 000 events costs the same as a short one. A polite live region narrates.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { lastAtOrBefore } from '../store/run';
import { useAppStore } from './store-context';
import { matchesFilter, traceLine } from './trace-lines';
import { formatMs } from './format';
import { currentLanguage, t } from '../i18n/translate';
import { tp } from '../i18n/plural';
import { layoutRows, rowAt, type RowLayout } from './log-rows';

/** Average character width of the log's 12 px text, rounded up so that wrapped lines get room. */
const CHAR_WIDTH_PX = 7;
/** The time column and the paddings beside the text. */
const TEXT_INSET_PX = 78;
const OVERSCAN = 6;
/** Rows laid out past the playhead's while the future is hidden: a playing run extends the layout now and then. */
const LAYOUT_AHEAD = 2000;
const NARRATION_INTERVAL_MS = 2000;

export function EventLog() {
  const run = useAppStore((s) => s.run);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const filter = useAppStore((s) => s.logFilter);
  const setLogFilter = useAppStore((s) => s.setLogFilter);
  const time = useAppStore((s) => s.panelTime);
  const setTime = useAppStore((s) => s.setTime);
  const pause = useAppStore((s) => s.pause);
  const showWholeRun = useAppStore((s) => s.showWholeRun);
  const filtersReset = useFilterReset();
  const filtered = filter.node !== null || filter.type !== null;

  // Indices of the entries that pass the filter (null: all of them). A growing run (same
  // scenario: runs are deterministic, so its entries never change) extends the last list.
  const rowsSoFar = useRef<{ scenario: object; filter: object; scanned: number; rows: number[] } | null>(null);
  const rows = useMemo(() => {
    if (filter.node === null && filter.type === null) return null;
    const before = rowsSoFar.current;
    const grows = before !== null && before.scenario === run.scenario && before.filter === filter && before.scanned <= run.trace.count;
    const out = grows ? before.rows.slice() : [];
    for (let i = grows ? before.scanned : 0; i < run.trace.count; i++) if (matchesFilter(run, i, filter.node, filter.type)) out.push(i);
    rowsSoFar.current = { scenario: run.scenario, filter, scanned: run.trace.count, rows: out };
    return out;
  }, [run, filter]);
  const allRows = rows ? rows.length : run.trace.count;
  const entryAt = (row: number) => (rows ? rows[row] : row);

  // The current line: the last one at or before the playhead.
  const current = useMemo(() => {
    if (!rows) return lastAtOrBefore(run.trace.at, time, run.trace.count);
    let lo = 0;
    let hi = rows.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (run.trace.at[rows[mid]] <= time) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }, [rows, run, time]);

  // Hiding the future: the log ends at the playhead's line.
  const rowCount = showWholeRun ? allRows : current + 1;

  const scroller = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(300);
  const [width, setWidth] = useState(360);
  // The scroll position lives in a ref: following the playhead scrolls without a second render;
  // only the user's own scrolling re-renders (through `scrolled`).
  const scrollTopRef = useRef(0);
  const [, setScrolled] = useState(0);
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const focusRow = useRef<number | null>(null);
  // A moved playhead (or a new run) gives the Tab stop back to the current line.
  useEffect(() => setActiveRow(null), [current, run]);
  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${focusRow.current}"] button`)?.focus();
    focusRow.current = null;
  });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      setHeight(element.clientHeight || 300);
      setWidth(element.clientWidth || 360);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Lines wrap: each row's height is estimated from its text length (see log-rows.ts) to size the
  // scroll and find the lines in view; those drawn take their own height (styles.css .log-lines).
  const charsPerLine = Math.floor((width - TEXT_INSET_PX) / CHAR_WIDTH_PX);
  // Laid out as far as the log can show: every row with the whole run shown, else the rows up to
  // the playhead and a stretch ahead (hiding the future, a heavy run's first frame lays out a few
  // rows, not the hundreds of thousands the worker has already sent). A growing run or a moving
  // playhead lays out only the rows not laid out yet (see layoutRows); a new run, filter, width
  // or language lays out again from the first.
  const laidOut = useRef<{ scenario: object; filter: object; charsPerLine: number; language: string; layout: RowLayout } | null>(null);
  const language = currentLanguage();
  const before = laidOut.current;
  const same = before !== null && before.scenario === run.scenario && before.filter === filter && before.charsPerLine === charsPerLine && before.language === language;
  const needed = showWholeRun ? allRows : Math.min(allRows, rowCount + OVERSCAN + 1);
  let layout: RowLayout;
  if (same && (showWholeRun ? before.layout.count === allRows : before.layout.count >= needed)) layout = before.layout;
  else {
    layout = layoutRows(run, rows, showWholeRun ? allRows : Math.min(allRows, needed + LAYOUT_AHEAD), charsPerLine, same ? before.layout : null);
    laidOut.current = { scenario: run.scenario, filter, charsPerLine, language, layout };
  }
  const topOf = (row: number) => layout.tops[row];
  const heightOf = (row: number) => layout.tops[row + 1] - layout.tops[row];

  // Follow the playhead: when the current line moved out of view, centre it. (Only when it
  // moved, or when the rows were laid out anew, for another width or language: a reader
  // scrolling through the log while paused is not pulled back.) The position is kept within the
  // rows: one left past their end by a layout of other heights (the first render's width, before
  // the scroller is measured) would draw no row at all until the next scroll event.
  const followed = useRef(-1);
  if (!same) followed.current = -1;
  let scrollTop = Math.min(scrollTopRef.current, Math.max(0, topOf(rowCount) - height));
  if (current >= 0 && current !== followed.current) {
    followed.current = current;
    const top = topOf(Math.min(current, rowCount - 1));
    if (top < scrollTop || top + heightOf(Math.min(current, rowCount - 1)) > scrollTop + height) scrollTop = Math.max(0, top - height / 2);
  }
  scrollTopRef.current = scrollTop;
  // Where the scroller is, as its scroll events and our own writes left it: reading (or writing)
  // scrollTop lays the page out, and inside React's commit that makes one long task of the first
  // render and the first layout. So the scroller is written only when it must move.
  const scrolledTo = useRef(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && Math.abs(scrolledTo.current - scrollTop) >= 1) {
      element.scrollTop = scrollTop;
      scrolledTo.current = element.scrollTop;
    }
  });

  const first = Math.max(0, rowAt(layout, scrollTop) - OVERSCAN);
  // Drawn lines are no taller than estimated: half a view more below keeps the view filled.
  const last = Math.min(rowCount - 1, rowAt(layout, scrollTop + 1.5 * height) + OVERSCAN);
  // One Tab stop (roving tabindex): the active line, which follows the playhead until the
  // reader moves it with ↑/↓; kept inside the drawn window so that the stop always exists.
  const active = Math.min(last, Math.max(first, activeRow ?? (current >= 0 ? current : 0)));
  const moveActive = (row: number) => {
    const next = Math.min(rowCount - 1, Math.max(0, row));
    const top = topOf(next);
    const element = scroller.current;
    if (element && (top < element.scrollTop || top + heightOf(next) > element.scrollTop + height)) {
      scrollTopRef.current = Math.max(0, top - height / 2);
      element.scrollTop = scrollTopRef.current;
      scrolledTo.current = element.scrollTop;
    }
    focusRow.current = next;
    setActiveRow(next);
  };
  const lines = [];
  for (let row = first; row <= last; row++) {
    const index = entryAt(row);
    const line = traceLine(run, index);
    const isCurrent = row === current;
    const isFuture = line.at > time;
    lines.push(
      <li key={index} data-row={row} style={row === first ? { marginTop: topOf(row) } : undefined} className={`log-line kind-${line.kind}${isCurrent ? ' current' : ''}${isFuture ? ' future' : ''}`}>
        <button
          type="button"
          tabIndex={row === active ? 0 : -1}
          aria-current={isCurrent ? 'true' : undefined}
          onKeyDown={(event) => {
            const by = { ArrowDown: 1, ArrowUp: -1, PageDown: 0, PageUp: 0 }[event.key as string];
            if (by === undefined || by === 0) return;
            event.preventDefault();
            moveActive(row + by);
          }}
          onClick={() => {
            pause();
            setTime(line.at);
          }}
        >
          <span className="log-time">{line.at}</span>
          <span className="log-text">{line.text}</span>
        </button>
      </li>,
    );
  }

  return (
    <section className="panel event-log" aria-labelledby="event-log-title">
      <div className="panel-head">
        <h2 id="event-log-title">{t('controls.log.title')}</h2>
        {filtered && (
          <button type="button" className="small" onClick={() => setLogFilter({ node: null, type: null })}>
            {t('classroom.clearFilters')}
          </button>
        )}
        <label>
          <span className="visually-hidden">{t('controls.log.byNode')}</span>
          <select
            value={filter.node ?? ''}
            onChange={(event) => setLogFilter({ node: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <option value="">{t('controls.log.allNodes')}</option>
            {Array.from({ length: nodes }, (_, i) => (
              <option key={i} value={i + 1}>
                S{i + 1}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('controls.log.byType')}</span>
          <select
            value={filter.type === null ? '*' : filter.type}
            onChange={(event) => setLogFilter({ type: event.target.value === '*' ? null : event.target.value })}
          >
            <option value="*">{t('controls.log.allEvents')}</option>
            <option value="">{t('controls.log.noMessages')}</option>
            {run.messageTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className={filtersReset ? 'filters-reset' : 'visually-hidden'}>
        {filtersReset ? t('classroom.filtersReset') : ''}
      </p>
      <div
        className="log-scroller"
        ref={scroller}
        onScroll={(event) => {
          const top = event.currentTarget.scrollTop;
          scrolledTo.current = top;
          if (Math.abs(top - scrollTopRef.current) < 1) return; // our own scrolling
          scrollTopRef.current = top;
          setScrolled((n) => n + 1);
        }}
        tabIndex={-1}
      >
        <ol className="log-lines" style={{ height: layout.tops[rowCount] }} aria-label={tp('controls.log.events', rowCount)}>
          {lines}
        </ol>
        {rowCount === 0 && <p className="empty">{allRows > 0 && !showWholeRun ? t('eventLog.nothingYet') : t('controls.log.noMatch')}</p>}
      </div>
      <Narration text={current >= 0 ? `${formatMs(run.trace.at[entryAt(current)])}: ${traceLine(run, entryAt(current)).text}` : ''} />
    </section>
  );
}

const RESET_NOTICE_MS = 6000;

/**
 * A filter chosen for one scenario would silently empty the log of another: when a different
 * scenario is loaded (another protocol, size, seed or lesson, not an act on this one), clear the
 * filters and say so for a few seconds. Returns whether the notice shows.
 */
function useFilterReset(): boolean {
  const identity = useAppStore((s) => `${s.scenario.protocol}/${s.scenario.nodes}/${s.scenario.seed}/${s.lesson?.id ?? ''}`);
  const filter = useAppStore((s) => s.logFilter);
  const setLogFilter = useAppStore((s) => s.setLogFilter);
  const previous = useRef({ identity, active: false });
  const [shown, setShown] = useState(false);
  const active = filter.node !== null || filter.type !== null;
  useEffect(() => {
    const before = previous.current;
    previous.current = { identity, active };
    if (before.identity === identity || !before.active) return;
    // (Switching protocol clears the filter in the store already; the notice still shows.)
    if (active) setLogFilter({ node: null, type: null });
    setShown(true);
  }, [identity, active, setLogFilter]);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(false), RESET_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return shown;
}

/** A polite live region, updated at most every couple of seconds. */
function Narration({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  const latest = useRef(text);
  latest.current = text;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSpoken = useRef(0);
  useEffect(() => {
    if (timer.current !== null) return;
    const wait = Math.max(300, NARRATION_INTERVAL_MS - (Date.now() - lastSpoken.current));
    timer.current = setTimeout(() => {
      timer.current = null;
      lastSpoken.current = Date.now();
      setSpoken(latest.current);
    }, wait);
  }, [text]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narration">
      {spoken}
    </div>
  );
}
