import type { ComponentChildren } from 'preact';
import type { Draw } from '@/lib/draws/draw';
import { formatInvitations } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { PROGRAM_SHORT_KEYS, SCALE_LABEL_KEYS } from '@/lib/sources/province-records';
import type { UiServices } from './ui-context';

/** A draw's link text in a table: its round number (`#432`), else its program, else "official page". */
export function roundLabel(draw: Pick<Draw, 'system' | 'number' | 'province'>, t: Translate): string {
  if (draw.system === 'express-entry') return draw.number ? `#${draw.number}` : t('officialPageShort');
  return draw.province ? t(PROGRAM_SHORT_KEYS[draw.province]) : t('officialPageShort');
}

/** What a table's cells are made with: the page's language services. */
type CellServices = Pick<UiServices, 't' | 'format'>;

// The cells are functions, not components: a table renders two per row, with nothing of their own to
// keep, and a component each (an instance, its hooks, a render of its own) is work a filter change of
// the history table repeats a hundred times.

/** A draw's invitations in a table: the count, "fewer than 10" for a bound, a dash when unpublished. */
export function invitationsCell(invitations: Draw['invitations'], { t, format }: CellServices) {
  return (
    <td class="number">
      {invitations ? formatInvitations(invitations, format, (count) => t('fewerThan', { count })) : '—'}
    </td>
  );
}

interface ScoreOptions extends Pick<Draw, 'minScore' | 'scoreScale'> {
  /** Names the CRS too (a table of Express Entry and provincial draws); else only provincial scales. */
  nameCrs: boolean;
}

/** A draw's minimum score in a table, with its scale named under it; `children` follow (a verdict). */
export function scoreCell(
  { minScore, scoreScale, nameCrs }: ScoreOptions,
  { t, format }: CellServices,
  children?: ComponentChildren,
) {
  const named = minScore !== null && scoreScale !== 'none' && (nameCrs || scoreScale !== 'crs');
  return (
    <td class="number">
      {minScore === null ? '—' : format.number(minScore)}
      {named ? (
        <span class="scale">{scoreScale === 'crs' ? t('scaleCrs') : t(SCALE_LABEL_KEYS[scoreScale])}</span>
      ) : null}
      {children}
    </td>
  );
}
