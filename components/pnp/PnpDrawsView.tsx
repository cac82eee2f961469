import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { latestDraws, latestDrawsOfSource } from '@/lib/db/queries';
import type { ProvinceCode } from '@/lib/draws/draw';
import { provinceLabelKey } from '@/lib/profile/catalog';
import { PNP_SOURCES_INFO, provinceNotes } from '@/lib/sources/catalog';
import { isFailing } from '@/lib/sources/health';
import type { ScoreNote } from '../DrawTable';
import { LiveDrawList } from '../LiveDrawList';
import { SourceStatus } from '../SourceStatus';
import { useUi } from '../ui-context';
import { useLiveQuery } from '../use-live-query';

interface Props {
  db: DrawAlertsDatabase;
  now: number;
  scoreNote?: (draw: StoredDraw) => ScoreNote | null;
  isNew?: (draw: StoredDraw) => boolean;
  details?: (draw: StoredDraw) => ComponentChildren;
}

/** Latest provincial draws across provinces, filterable by province, with each province's health. */
export function PnpDrawsView({ db, now, scoreNote, isNew, details }: Props) {
  const { t } = useUi();
  const [province, setProvince] = useState<ProvinceCode | ''>('');
  const states = useLiveQuery(() => db.sources.where('id').startsWith('pnp-').toArray(), []);
  const stateOf = (id: string) =>
    states.status === 'ready' ? states.value.find((s) => s.id === id) : undefined;
  const provinces = PNP_SOURCES_INFO.flatMap((source) =>
    source.province ? [{ source, code: source.province }] : [],
  );
  const shown = province ? provinces.filter((entry) => entry.code === province) : provinces;
  const notes = provinceNotes.filter((note) => !province || note.province === province);
  const failing = shown.filter(({ source }) => isFailing(stateOf(source.id)));

  return (
    <div class="pnp">
      <label class="filter">
        {t('provinceFilter')}{' '}
        <select
          value={province}
          onChange={(event) => {
            setProvince((event.currentTarget as HTMLSelectElement).value as ProvinceCode | '');
          }}
        >
          <option value="">{t('allProvinces')}</option>
          {provinces.map(({ code }) => (
            <option key={code} value={code}>
              {t(provinceLabelKey(code))}
            </option>
          ))}
        </select>
      </label>
      {failing.length > 0 ? (
        // One calm line for however many provinces fail; the details are listed under the draws.
        <p class="source-status failing" role="status">
          <a href="#province-health">
            {t('provincesFailing', { sources: failing.map(({ source }) => t(source.labelKey)).join(', ') })}
          </a>
        </p>
      ) : null}
      <LiveDrawList
        key={province}
        query={(limit) =>
          province
            ? latestDrawsOfSource(db, `pnp-${province.toLowerCase()}`, limit)
            : latestDraws(db, 'pnp', limit)
        }
        deps={[province]}
        caption={t('pnpHeading')}
        kind="pnp"
        now={now}
        scoreNote={scoreNote}
        isNew={isNew}
        details={details}
        empty={<p class="first-run">{t('noProvincialDraws')}</p>}
      />
      <h2 id="province-health">{t('provinceHealthHeading')}</h2>
      <ul class="health" aria-live="polite">
        {shown.map(({ source }) => (
          <li key={source.id} data-source-id={source.id}>
            <SourceStatus label={t(source.labelKey)} state={stateOf(source.id)} now={now} quiet />
          </li>
        ))}
        {notes.map((note) => (
          <li key={note.province} data-province-note={note.province}>
            <p class="source-status">
              {t(provinceLabelKey(note.province))}: {t(note.noteKey)}{' '}
              <a href={note.url} target="_blank" rel="noreferrer">
                {t('officialPageShort')}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
