import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FilterBar, type FilterChoices } from '@/components/history/FilterBar';
import { HistoryTable, type VerdictNote } from '@/components/history/HistoryTable';
import { StoredRoundDetails } from '@/components/history/StoredRoundDetails';
import { TrendCharts } from '@/components/history/TrendCharts';
import { type ProfileStore, useProfile } from '@/components/profile/use-profile';
import { whenIdle } from '@/components/schedule';
import { useUi } from '@/components/ui-context';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { drawsByIds } from '@/lib/db/queries';
import type { ProvinceCode } from '@/lib/draws/draw';
import { expressEntryGroup } from '@/lib/history/category-groups';
import { forgetDigest, type HistoryRead, type HistoryRow, historyRowOf } from '@/lib/history/digest';
import { drawsToCsv, drawsToJson, exportFileName } from '@/lib/history/export';
import {
  applyFilters,
  consistent,
  type HistoryFilters,
  type SortKey,
  searchFromFilters,
} from '@/lib/history/filters';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { EXPRESS_ENTRY_CATEGORY_KEYS, PROVINCE_CODES } from '@/lib/profile/catalog';
import type { Profile } from '@/lib/profile/profile';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { PROVINCE_LABEL_KEYS } from '@/lib/sources/province-records';
import { verdictOf } from '@/lib/standing/verdict';
import { isWorthSaying, verdictWords } from '@/lib/standing/verdict-text';

export const PAGE = 50;

interface Props {
  db: DrawAlertsDatabase;
  profiles: ProfileStore;
  /** The profile when it was read before the page was first drawn. */
  initialProfile: Profile | null;
  /** The newest page of draws, read when the page started: shown while the whole history is read. */
  firstNewest: Promise<StoredDraw[]>;
  /** The whole history, read when the page started. */
  firstHistory: Promise<HistoryRead>;
  /** The same, when it was read before the page was first drawn. */
  settledHistory: HistoryRead | null;
  /** Reads the whole history again (after draws were written). */
  readHistory: () => Promise<HistoryRead>;
  /** What changes when stored draws do (lib/history/digest.ts). */
  historyStamp: () => Promise<string>;
  initialFilters: HistoryFilters;
  /** Writes the filters into the page's address (bookmarkable, kept on reload). */
  saveFilters: (filters: HistoryFilters) => void;
  /** Hands a file to the browser's downloads. */
  download: (name: string, type: string, text: string) => void;
}

/** Every stored draw: filters, trends, the table, export. */
export function HistoryApp({
  db,
  profiles,
  initialProfile,
  firstNewest,
  firstHistory,
  settledHistory,
  readHistory,
  historyStamp,
  initialFilters,
  saveFilters,
  download,
}: Props) {
  const { t, format, language } = useUi();
  const profile = useProfile(profiles, initialProfile);
  const [filters, setFilters] = useState(initialFilters);
  const [limit, setLimit] = useState(PAGE);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const fail = (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error)));
  // The newest page first, through the date index; the whole history (its digest, or every record read
  // and checked) when it comes: filters, charts and export wait for it, the first rows do not.
  const [newest, setNewest] = useState<HistoryRow[] | null>(null);
  const [whole, setWhole] = useState<HistoryRead | null>(settledHistory);
  useEffect(() => {
    if (settledHistory !== null) return;
    firstNewest.then((draws) => setNewest(draws.map(historyRowOf)), fail);
    firstHistory.then(setWhole, fail);
  }, []);
  // Draws written while the page is open (a poll in the background) are read in again. Followed once
  // the history is in (its reads do not hold up the first ones), and without redrawing the page for a
  // stamp that has not changed.
  const wholeStamp = whole?.stamp ?? null;
  useEffect(() => {
    if (wholeStamp === null) return;
    let reading = false;
    let subscription: { unsubscribe: () => void } | null = null;
    // Once the page is idle: counting the stored draws is a scan the first chart need not share the
    // machine with.
    const cancel = whenIdle(() => {
      subscription = liveQuery(historyStamp).subscribe({
        next: (stamp) => {
          if (stamp === wholeStamp || reading) return;
          reading = true;
          // Read again (a history of the same stamp does not renew this watch: it keeps watching).
          readHistory().then((read) => {
            reading = false;
            setWhole(read);
          }, fail);
        },
        error: fail,
      });
    });
    return () => {
      cancel();
      subscription?.unsubscribe();
    };
  }, [wholeStamp]);
  // The database failing is for the page's error boundary: it says what went wrong and what to do.
  if (failure !== null) throw failure;
  const draws = whole?.rows ?? EMPTY;
  // Until the whole history is read, the unfiltered view shows the newest page as it is.
  const early = whole === null && searchFromFilters(filters) === '' ? newest : null;

  const wordsOf = (draw: HistoryRow) =>
    [
      officialDrawName(draw, language),
      draw.categoryName,
      draw.notes,
      draw.system === 'express-entry' ? t(CATEGORY_LABEL_KEYS[expressEntryGroup(draw)]) : '',
      draw.province ? t(PROVINCE_LABEL_KEYS[draw.province]) : '',
    ].join(' ');
  const filtered = useMemo(() => applyFilters(draws, filters, wordsOf), [draws, filters, language]);
  const shown = early ?? filtered;
  const choices = useMemo(() => filterChoices(draws, filters.province), [draws, filters.province]);

  const change = (next: HistoryFilters) => {
    const checked = consistent(next);
    setFilters(checked);
    setLimit(PAGE);
    setFocusId(null);
    saveFilters(checked);
  };
  const sortBy = (sort: SortKey) =>
    change({
      ...filters,
      sort,
      direction: filters.sort === sort ? (filters.direction === 'asc' ? 'desc' : 'asc') : 'desc',
    });
  const toggle = (id: string) => {
    const next = new Set(opened);
    if (!next.delete(id)) next.add(id);
    setOpened(next);
  };
  const openDraw = (id: string) => {
    const index = shown.findIndex((draw) => draw.id === id);
    if (index < 0) return;
    if (index >= limit) setLimit(Math.ceil((index + 1) / PAGE) * PAGE);
    setOpened(new Set(opened).add(id));
    setFocusId(id);
  };
  const pickMonth = (month: string) => {
    const [year, monthNumber] = month.split('-').map(Number);
    const last = new Date(Date.UTC(year ?? 2015, monthNumber ?? 1, 0)).toISOString().slice(0, 10);
    change({ ...filters, year: null, from: `${month}-01`, to: last });
  };
  // The charts redraw when what they show changes, not on every change of the page.
  const latest = useRef({ openDraw, pickMonth });
  latest.current = { openDraw, pickMonth };
  const chartActions = useMemo(
    () => ({
      openDraw: (id: string) => latest.current.openDraw(id),
      pickMonth: (month: string) => latest.current.pickMonth(month),
    }),
    [],
  );
  // The verdict of lib/standing, in the words the popup and notifications use.
  // Exports hold the stored records themselves, read and checked now.
  const [exportLeftOut, setExportLeftOut] = useState(0);
  const exportShown = async (kind: 'csv' | 'json') => {
    try {
      const records = await drawsByIds(db, ids(shown));
      setExportLeftOut(shown.length - records.length);
      if (records.length < shown.length) rowsOutOfDate();
      if (kind === 'csv')
        download(exportFileName(filters, 'csv'), 'text/csv', drawsToCsv(records, t, language));
      else
        download(
          exportFileName(filters, 'json'),
          'application/json',
          drawsToJson(records, filters, Date.now()),
        );
    } catch (error) {
      fail(error);
    }
  };
  // A row whose stored draw can no longer be read (damaged in place): the digest is thrown away, so the
  // page reopened reads every draw and says how many could not be read.
  const rowsOutOfDate = () => {
    forgetDigest(db).catch(() => undefined);
  };
  // Worked out once per row for a profile and language: a filter change or a redraw reuses them.
  const verdicts = useMemo(() => new WeakMap<HistoryRow, VerdictNote | null>(), [profile, language]);
  const verdict = (draw: HistoryRow): VerdictNote | null => {
    if (!profile) return null;
    let note = verdicts.get(draw);
    if (note === undefined) {
      const result = verdictOf(draw, profile);
      const words = isWorthSaying(result, profile.crsScore) ? verdictWords(result, t, format.locale) : null;
      note = words?.text ? words : null;
      verdicts.set(draw, note);
    }
    return note;
  };

  return (
    <main aria-labelledby="history-title">
      <h1 id="history-title">{t('historyTitle')}</h1>
      <p>{t('historyIntro')}</p>
      {whole !== null && whole.unreadable > 0 ? (
        <p class="source-status failing" role="status">
          {t('sourceUnreadableDraws', { count: whole.unreadable })}
        </p>
      ) : null}
      <FilterBar filters={filters} choices={choices} onChange={change} />
      {whole === null && early === null ? (
        <p role="status">{t('historyLoading')}</p>
      ) : whole !== null && draws.length === 0 ? (
        <p role="status">{t('historyNone')}</p>
      ) : (
        <>
          <div class="result-bar">
            <p role="status" class="count">
              {whole === null
                ? t('historyLoading')
                : shown.length === 0
                  ? t('historyNoMatch')
                  : t('historyCount', { count: shown.length })}
            </p>
            {whole !== null && shown.length > 0 ? (
              <fieldset class="export">
                <legend>{t('historyExport')}</legend>
                <button type="button" onClick={() => exportShown('csv')}>
                  {t('historyExportCsv')}
                </button>
                <button type="button" onClick={() => exportShown('json')}>
                  {t('historyExportJson')}
                </button>
              </fieldset>
            ) : null}
            {exportLeftOut > 0 ? (
              <p role="status" class="source-status failing">
                {t('historyExportLeftOut', { count: exportLeftOut })}
              </p>
            ) : null}
          </div>
          {shown.length > 0 ? (
            <>
              <TrendCharts
                draws={whole === null ? EMPTY : shown}
                crsScore={profile?.crsScore ?? null}
                province={filters.province}
                openDraw={chartActions.openDraw}
                pickMonth={chartActions.pickMonth}
              />
              <HistoryTable
                draws={shown}
                limit={limit}
                filters={filters}
                onSort={sortBy}
                opened={opened}
                onToggle={toggle}
                verdict={verdict}
                details={(draw) => (
                  <StoredRoundDetails db={db} id={draw.id} profile={profile} onUnreadable={rowsOutOfDate} />
                )}
                focusId={focusId}
              />
              {whole !== null && shown.length > limit ? (
                <p class="more-bar">
                  {t('historyShowing', { shown: limit, count: shown.length })}{' '}
                  <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
                    {t('showMore')}
                  </button>
                </p>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </main>
  );
}

const EMPTY: HistoryRow[] = [];
const ids = (rows: readonly HistoryRow[]) => rows.map((row) => row.id);

/** The choices a filter offers: what the stored draws hold. */
function filterChoices(draws: readonly HistoryRow[], province: ProvinceCode | null): FilterChoices {
  const categories = new Set<string>();
  const provinces = new Set<string>();
  const streams = new Map<string, string>();
  const years = new Set<number>();
  for (const draw of draws) {
    if (draw.system === 'express-entry') categories.add(expressEntryGroup(draw));
    else if (draw.province) provinces.add(draw.province);
    if (province !== null && draw.province === province && !streams.has(draw.category)) {
      streams.set(draw.category, draw.categoryName);
    }
    years.add(Number(draw.date.slice(0, 4)));
  }
  return {
    categories: EXPRESS_ENTRY_CATEGORY_KEYS.filter((key) => categories.has(key)),
    provinces: PROVINCE_CODES.filter((code) => provinces.has(code)),
    streams: [...streams].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
    years: [...years].sort((a, b) => b - a),
  };
}
