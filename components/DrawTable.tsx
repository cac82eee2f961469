import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StoredDraw } from '@/lib/db/database';
import { notesText } from '@/lib/draws/notes-text';
import { CATEGORY_SHORT_KEYS } from '@/lib/i18n/name-keys';
import { isExpressEntryCategoryKey, provinceLabelKey } from '@/lib/profile/catalog';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { isOfficialUrl } from '@/lib/sources/host-permissions';

import { invitationsCell, roundLabel, scoreCell } from './DrawCells';
import { useUi } from './ui-context';

interface Props {
  caption: string;
  draws: StoredDraw[];
  now: number;
  /** Express Entry rounds lead with their number; provincial draws with their province. */
  kind: 'express-entry' | 'pnp';
  /** Optional line under the minimum score (e.g. a verdict against the user's score). */
  scoreNote?: (draw: StoredDraw) => ScoreNote | null;
  isNew?: (draw: StoredDraw) => boolean;
  /** A round's details, shown under its row when the row is opened (click or keyboard). */
  details?: (draw: StoredDraw) => ComponentChildren;
}

export interface ScoreNote {
  text: string;
  tone: 'ok' | 'short' | 'closed' | 'unknown';
}

/** Draws, newest first. A table: screen readers announce each cell with its header. */
export function DrawTable({ caption, draws, now, kind, scoreNote, isNew, details }: Props) {
  const ui = useUi();
  const { t, format, language } = ui;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const flip = (id: string) => {
    const next = new Set(opened);
    if (!next.delete(id)) next.add(id);
    setOpened(next);
  };
  return (
    <table class="draws">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{kind === 'express-entry' ? t('columnRound') : t('columnProvince')}</th>
          <th scope="col">{t('columnDate')}</th>
          <th scope="col">{kind === 'express-entry' ? t('columnCategory') : t('columnStream')}</th>
          <th scope="col" class="number">
            {t('columnInvitations')}
          </th>
          <th scope="col" class="number">
            {t('columnMinimum')}
          </th>
        </tr>
      </thead>
      <tbody>
        {draws.flatMap((draw) => {
          const note = scoreNote?.(draw);
          const fresh = isNew?.(draw) ?? false;
          const open = details !== undefined && opened.has(draw.id);
          const detailsId = `round-${draw.id.replace(/[^\w-]/g, '-')}`;
          const name = <CategoryName draw={draw} official={officialDrawName(draw, language)} />;
          const row = (
            <tr key={draw.id} class={fresh ? 'new' : undefined} data-draw-id={draw.id}>
              <th scope="row">
                <a
                  href={isOfficialUrl(draw.url) ? draw.url : undefined}
                  target="_blank"
                  rel="noreferrer"
                  title={
                    draw.province
                      ? `${t(provinceLabelKey(draw.province))} · ${t('officialPage')}`
                      : t('officialPage')
                  }
                >
                  {roundLabel(draw, t)}
                </a>
                {fresh ? <span class="new-mark">{t('newMark')}</span> : null}
              </th>
              <td>
                <time dateTime={draw.date}>
                  {format.day(draw.date)}
                  {draw.dateEnd ? ` – ${format.day(draw.dateEnd)}` : ''}
                </time>
                <span class="relative">{format.relativeDay(draw.dateEnd ?? draw.date, now)}</span>
              </td>
              <td>
                {details ? (
                  <button
                    type="button"
                    class="row-toggle"
                    aria-expanded={open}
                    aria-controls={open ? detailsId : undefined}
                    onClick={() => flip(draw.id)}
                  >
                    {name}
                  </button>
                ) : (
                  name
                )}
                {draw.notes || draw.facts.length > 0 ? <span class="notes">{notesText(draw, t)}</span> : null}
              </td>
              {invitationsCell(draw.invitations, ui)}
              {scoreCell(
                { minScore: draw.minScore, scoreScale: draw.scoreScale, nameCrs: false },
                ui,
                note ? <span class={`score-note ${note.tone}`}>{note.text}</span> : null,
              )}
            </tr>
          );
          if (!open || !details) return [row];
          return [
            row,
            <tr key={`${draw.id}-details`} id={detailsId} class="details-row" data-details-for={draw.id}>
              <td colSpan={5}>{details(draw)}</td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}

/**
 * An Express Entry round reads as its short category label, the same across IRCC's renames; its
 * official name (IRCC's French one in French) is the title, and is read out by screen readers. A
 * category no rule knows, and a provincial stream, read as published.
 */
function CategoryName({ draw, official }: { draw: StoredDraw; official: string }) {
  const { t } = useUi();
  if (
    draw.system !== 'express-entry' ||
    !isExpressEntryCategoryKey(draw.category) ||
    draw.category === 'other'
  ) {
    return <>{official}</>;
  }
  return (
    <span class="category" title={official}>
      <span aria-hidden="true">{t(CATEGORY_SHORT_KEYS[draw.category])}</span>
      <span class="visually-hidden">{official}</span>
    </span>
  );
}
