import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { expressEntryGroup } from '@/lib/history/category-groups';
import type { HistoryRow } from '@/lib/history/digest';
import type { HistoryFilters, SortKey } from '@/lib/history/filters';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { isOfficialUrl } from '@/lib/sources/host-permissions';
import { invitationsCell, roundLabel, scoreCell } from '../DrawCells';
import { useUi } from '../ui-context';

export interface VerdictNote {
  text: string;
  tone: string;
}

interface Props {
  draws: readonly HistoryRow[];
  /** How many rows are shown (the rest come with "Show more"). */
  limit: number;
  filters: HistoryFilters;
  onSort: (key: SortKey) => void;
  opened: ReadonlySet<string>;
  onToggle: (id: string) => void;
  verdict: (draw: HistoryRow) => VerdictNote | null;
  details: (draw: HistoryRow) => ComponentChildren;
  /** A draw to bring into view (chosen on a chart). */
  focusId: string | null;
}

const COLUMNS: {
  sort: SortKey;
  key: 'historyColumnDraw' | 'columnDate' | 'historyColumnCategory' | 'columnInvitations' | 'columnMinimum';
  numeric: boolean;
}[] = [
  { sort: 'number', key: 'historyColumnDraw', numeric: false },
  { sort: 'date', key: 'columnDate', numeric: false },
  { sort: 'category', key: 'historyColumnCategory', numeric: false },
  { sort: 'invitations', key: 'columnInvitations', numeric: true },
  { sort: 'score', key: 'columnMinimum', numeric: true },
];

/** Every draw the filters let through (a page of them at a time), sortable by each column. */
export function HistoryTable({
  draws,
  limit,
  filters,
  onSort,
  opened,
  onToggle,
  verdict,
  details,
  focusId,
}: Props) {
  const ui = useUi();
  const { t, format, language } = ui;
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (focusId === null) return;
    const toggle = body.current?.querySelector<HTMLElement>(
      `tr[data-draw-id="${CSS.escape(focusId)}"] .row-toggle`,
    );
    toggle?.scrollIntoView({ block: 'center' });
    toggle?.focus();
  }, [focusId]);
  // The rows are keyed by place: after new draws come in above it, the focused row's button would name
  // another draw. Focus follows its draw (or leaves the table when the draw is no longer shown).
  const focusedDraw = useRef<{ id: string; selector: string } | null>(null);
  useLayoutEffect(() => {
    const tbody = body.current;
    const active = document.activeElement;
    const was = focusedDraw.current;
    if (!tbody || !was || !(active instanceof HTMLElement) || !tbody.contains(active)) return;
    const row = active.closest('tr[data-draw-id]');
    if (!row || row.getAttribute('data-draw-id') === was.id) return;
    const again = tbody.querySelector<HTMLElement>(
      `tr[data-draw-id="${CSS.escape(was.id)}"] ${was.selector}`,
    );
    if (again) again.focus();
    else active.blur();
  });
  const noteFocus = (event: FocusEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const id = target?.closest('tr[data-draw-id]')?.getAttribute('data-draw-id');
    focusedDraw.current =
      target && id ? { id, selector: target.matches('.row-toggle') ? '.row-toggle' : 'th a' } : null;
  };
  const current = COLUMNS.find((column) => column.sort === filters.sort) ?? COLUMNS[1];
  const direction = filters.direction === 'asc' ? t('historyAscending') : t('historyDescending');
  return (
    <table class="draws history-table">
      <caption>
        {t('historyTableCaption', {
          sort: t('historySortedBy', { column: t(current?.key ?? 'columnDate'), direction }),
        })}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const sorted = filters.sort === column.sort;
            return (
              <th
                key={column.sort}
                scope="col"
                class={column.numeric ? 'number' : undefined}
                aria-sort={sorted ? (filters.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" class="sort" onClick={() => onSort(column.sort)}>
                  {t(column.key)}
                  <span aria-hidden="true" class="sort-mark">
                    {sorted ? (filters.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
          <th scope="col">{t('historyColumnVerdict')}</th>
        </tr>
      </thead>
      <tbody ref={body} onFocusIn={noteFocus}>
        {draws.slice(0, limit).flatMap((draw, position) => {
          const open = opened.has(draw.id);
          const detailsId = `details-${draw.id.replace(/[^\w-]/g, '-')}`;
          const note = verdict(draw);
          const official = officialDrawName(draw, language);
          const label =
            draw.system === 'express-entry' ? t(CATEGORY_LABEL_KEYS[expressEntryGroup(draw)]) : official;
          const row = (
            // Keyed by place, not by draw: a filter change rewrites the rows' text in place rather than
            // removing fifty rows and building fifty more (focus, the one state a row holds, follows
            // its draw: above).
            <tr key={position} data-draw-id={draw.id}>
              <th scope="row">
                <a href={isOfficialUrl(draw.url) ? draw.url : undefined} target="_blank" rel="noreferrer">
                  {roundLabel(draw, t)}
                </a>
              </th>
              <td>
                <time dateTime={draw.date}>
                  {draw.dateEnd
                    ? `${format.day(draw.date)} – ${format.day(draw.dateEnd)}`
                    : format.day(draw.date)}
                </time>
              </td>
              <td>
                <button
                  type="button"
                  class="row-toggle"
                  aria-expanded={open}
                  aria-controls={open ? detailsId : undefined}
                  onClick={() => onToggle(draw.id)}
                >
                  {label}
                </button>
                {label !== official ? <span class="official-name">{official}</span> : null}
              </td>
              {invitationsCell(draw.invitations, ui)}
              {scoreCell({ minScore: draw.minScore, scoreScale: draw.scoreScale, nameCrs: true }, ui)}
              <td>{note ? <span class={`score-note ${note.tone}`}>{note.text}</span> : null}</td>
            </tr>
          );
          if (!open) return [row];
          return [
            row,
            <tr key={`${draw.id}-details`} id={detailsId} class="details-row">
              <td colSpan={6}>{details(draw)}</td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
