import type { StoredDraw } from '@/lib/db/database';
import { formatInvitations } from '@/lib/i18n/format';
import { useUi } from './ui-context';

interface Props {
  caption: string;
  draws: StoredDraw[];
  now: number;
  /** Optional extra cell after the minimum score (e.g. a verdict against the user's score). */
  scoreNote?: (draw: StoredDraw) => string | null;
  isNew?: (draw: StoredDraw) => boolean;
}

/** Rounds of invitations, newest first. A table: screen readers announce each cell with its header. */
export function DrawTable({ caption, draws, now, scoreNote, isNew }: Props) {
  const { t, format } = useUi();
  return (
    <table class="draws">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnRound')}</th>
          <th scope="col">{t('columnDate')}</th>
          <th scope="col">{t('columnCategory')}</th>
          <th scope="col" class="number">
            {t('columnInvitations')}
          </th>
          <th scope="col" class="number">
            {t('columnMinimum')}
          </th>
        </tr>
      </thead>
      <tbody>
        {draws.map((draw) => {
          const note = scoreNote?.(draw);
          return (
            <tr key={draw.id} class={isNew?.(draw) ? 'new' : undefined} data-draw-id={draw.id}>
              <th scope="row">
                <a href={draw.url} target="_blank" rel="noreferrer" title={t('officialPage')}>
                  {draw.number ? `#${draw.number}` : t('officialPageShort')}
                </a>
                {isNew?.(draw) ? <span class="new-mark">{t('newMark')}</span> : null}
              </th>
              <td>
                <time dateTime={draw.date}>{format.day(draw.date)}</time>
                <span class="relative">{format.relativeDay(draw.date, now)}</span>
              </td>
              <td>{draw.categoryName}</td>
              <td class="number">
                {draw.invitations
                  ? formatInvitations(draw.invitations, format, (n) => t('fewerThan', [n]))
                  : '—'}
              </td>
              <td class="number">
                {draw.minScore === null ? '—' : format.number(draw.minScore)}
                {note ? <span class="score-note">{note}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
