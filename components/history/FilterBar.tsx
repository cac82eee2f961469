import { useMemo } from 'preact/hooks';
import type { DrawSystem, ProvinceCode } from '@/lib/draws/draw';
import type { HistoryFilters } from '@/lib/history/filters';
import { NO_FILTERS } from '@/lib/history/filters';
import { CATEGORY_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { isExpressEntryCategoryKey, isProvinceCode } from '@/lib/profile/catalog';
import type { ExpressEntryCategory } from '@/lib/sources/express-entry/categories';
import { PROVINCE_LABEL_KEYS } from '@/lib/sources/province-records';
import { useUi } from '../ui-context';

/** What the stored draws offer to filter by: only choices that can show something. */
export interface FilterChoices {
  categories: ExpressEntryCategory[];
  provinces: ProvinceCode[];
  /** The selected province's streams: key and name as published. */
  streams: { key: string; name: string }[];
  years: number[];
}

interface Props {
  filters: HistoryFilters;
  choices: FilterChoices;
  onChange: (next: HistoryFilters) => void;
}

const SYSTEM_KEYS = {
  'express-entry': 'expressEntryTab',
  pnp: 'historySystemPnp',
  quebec: 'historySystemQuebec',
} as const satisfies Record<DrawSystem, string>;

export function FilterBar({ filters, choices, onChange }: Props) {
  const { t } = useUi();
  const set = (change: Partial<HistoryFilters>) => onChange({ ...filters, ...change });
  // The same elements while the choices stay: a filter change does not go through every option again.
  const options = useMemo(
    () => ({
      systems: (Object.keys(SYSTEM_KEYS) as DrawSystem[]).map((system) => (
        <option key={system} value={system}>
          {t(SYSTEM_KEYS[system])}
        </option>
      )),
      categories: choices.categories.map((category) => (
        <option key={category} value={category}>
          {t(CATEGORY_LABEL_KEYS[category])}
        </option>
      )),
      provinces: choices.provinces.map((province) => (
        <option key={province} value={province}>
          {t(PROVINCE_LABEL_KEYS[province])}
        </option>
      )),
      streams: choices.streams.map((stream) => (
        <option key={stream.key} value={stream.key}>
          {stream.name}
        </option>
      )),
      years: choices.years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      )),
    }),
    [choices, t],
  );
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('historyFilters')}</legend>
        <div class="filter-grid">
          <div class="field">
            <label for="filter-system">{t('historySystem')}</label>
            <select
              id="filter-system"
              name="system"
              value={filters.system ?? ''}
              onChange={(event) => {
                const system = orNull(event.currentTarget.value) as DrawSystem | null;
                set({ system, category: null, province: null, stream: null });
              }}
            >
              <option value="">{t('historyAllSystems')}</option>
              {options.systems}
            </select>
          </div>
          {filters.system === null || filters.system === 'express-entry' ? (
            <div class="field">
              <label for="filter-category">{t('columnCategory')}</label>
              <select
                id="filter-category"
                name="category"
                value={filters.category ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  set({ category: isExpressEntryCategoryKey(value) ? value : null });
                }}
              >
                <option value="">{t('historyAllCategories')}</option>
                {options.categories}
              </select>
            </div>
          ) : null}
          {filters.system !== 'express-entry' ? (
            <div class="field">
              <label for="filter-province">{t('provinceFilter')}</label>
              <select
                id="filter-province"
                name="province"
                value={filters.province ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  set({ province: isProvinceCode(value) ? value : null, stream: null });
                }}
              >
                <option value="">{t('allProvinces')}</option>
                {options.provinces}
              </select>
            </div>
          ) : null}
          {filters.province !== null && choices.streams.length > 0 ? (
            <div class="field">
              <label for="filter-stream">{t('columnStream')}</label>
              <select
                id="filter-stream"
                name="stream"
                value={filters.stream ?? ''}
                onChange={(event) => set({ stream: orNull(event.currentTarget.value) })}
              >
                <option value="">{t('historyAllStreams')}</option>
                {options.streams}
              </select>
            </div>
          ) : null}
          <div class="field">
            <label for="filter-year">{t('historyYear')}</label>
            <select
              id="filter-year"
              name="year"
              value={filters.year === null ? '' : String(filters.year)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set({ year: value === '' ? null : Number(value) });
              }}
            >
              <option value="">{t('historyAllYears')}</option>
              {options.years}
            </select>
          </div>
          <DateField
            name="from"
            label={t('historyFrom')}
            value={filters.from}
            onPick={(from) => set({ from })}
          />
          <DateField name="to" label={t('historyTo')} value={filters.to} onPick={(to) => set({ to })} />
          <div class="field search">
            <label for="filter-q">{t('historySearch')}</label>
            <input
              type="search"
              id="filter-q"
              name="q"
              value={filters.search}
              maxLength={100}
              onInput={(event) => set({ search: event.currentTarget.value })}
            />
          </div>
        </div>
        <button
          type="button"
          onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort, direction: filters.direction })}
        >
          {t('historyClear')}
        </button>
      </fieldset>
    </form>
  );
}

/** One end of the date range: a day, or none. */
function DateField(props: {
  name: 'from' | 'to';
  label: string;
  value: string | null;
  onPick: (day: string | null) => void;
}) {
  return (
    <div class="field">
      <label for={`filter-${props.name}`}>{props.label}</label>
      <input
        type="date"
        id={`filter-${props.name}`}
        name={props.name}
        value={props.value ?? ''}
        min="2015-01-01"
        onChange={(event) => props.onPick(orNull(event.currentTarget.value))}
      />
    </div>
  );
}

const orNull = (value: string) => (value === '' ? null : value);
