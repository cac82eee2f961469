import type { ComponentChildren } from 'preact';
import type { Draw } from '@/lib/draws/draw';
import { formatInvitations } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { PROGRAM_SHORT_KEYS, SCALE_LABEL_KEYS } from '@/lib/sources/province-records';
import { useUi } from './ui-context';

/** A draw's link text in a table: its round number (`#432`), else its program, else "official page". */
export function roundLabel(draw: Pick<Draw, 'system' | 'number' | 'province'>, t: Translate): string {
  if (draw.system === 'express-entry') return draw.number ? `#${draw.number}` : t('officialPageShort');
  return draw.province ? t(PROGRAM_SHORT_KEYS[draw.province]) : t('officialPageShort');
}

/** A draw's invitations in a table: the count, "fewer than 10" for a bound, a dash when unpublished. */
export function InvitationsCell({ invitations }: Pick<Draw, 'invitations'>) {
  const { t, format } = useUi();
  return (
    <td class="number">
      {invitations ? formatInvitations(invitations, format, (count) => t('fewerThan', { count })) : '—'}
    </td>
  );
}

interface ScoreProps extends Pick<Draw, 'minScore' | 'scoreScale'> {
  /** Names the CRS too (a table of Express Entry and provincial draws); else only provincial scales. */
  nameCrs: boolean;
  children?: ComponentChildren;
}

/** A draw's minimum score in a table, with its scale named under it; `children` follow (a verdict). */
export function ScoreCell({ minScore, scoreScale, nameCrs, children }: ScoreProps) {
  const { t, format } = useUi();
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
