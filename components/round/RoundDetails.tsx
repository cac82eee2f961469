import type { ComponentChildren } from 'preact';
import type { Draw } from '@/lib/draws/draw';
import { formatInvitations } from '@/lib/i18n/format';
import { SCALE_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { provinceLabelKey } from '@/lib/profile/catalog';
import type { Profile } from '@/lib/profile/profile';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { isOfficialUrl } from '@/lib/sources/host-permissions';
import { programsNamedIn } from '@/lib/standing/programs';
import { eligibilityOf } from '@/lib/standing/rules';
import { scoreOf, verdictOf } from '@/lib/standing/verdict';
import {
  capitalize,
  eligibilityWords,
  programList,
  scoreWords,
  verdictWords,
} from '@/lib/standing/verdict-text';
import { distributionDate, PoolChart, PoolTable } from '../pool/PoolChart';
import { useUi } from '../ui-context';

interface Props {
  draw: Draw;
  /** The user's profile, for the verdict and the score marked on the distribution; null while loading. */
  profile: Profile | null;
  /** The heading's level where the details sit (a table row in the popup, a page of its own elsewhere). */
  headingLevel?: 2 | 3 | 4;
  id?: string;
}

/**
 * Everything the official record says about one round, and what it means for the user. Shared by
 * the popup (a row opened by click or keyboard, or a notification's round) and any other page.
 */
export function RoundDetails({ draw, profile, headingLevel = 3, id }: Props) {
  return draw.system === 'express-entry' ? (
    <ExpressEntryDetails draw={draw} profile={profile} headingLevel={headingLevel} id={id} />
  ) : (
    <ProvincialDetails draw={draw} profile={profile} headingLevel={headingLevel} id={id} />
  );
}

function ExpressEntryDetails({ draw, profile, headingLevel = 3, id }: Props) {
  const { t, format, language } = useUi();
  const details = draw.expressEntry;
  const Heading = `h${headingLevel}` as 'h3';
  const SubHeading = `h${headingLevel + 1}` as 'h4';
  const who = eligibilityOf(draw);
  const named = programsNamedIn(details?.programsEligible ?? '');
  const distribution = details?.distribution ?? null;
  const moment = (iso: string | null, text: string) =>
    iso ? format.moment(iso) : text || t('detailsNotPublished');
  return (
    <section class="round-details" id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <Heading id={id ? `${id}-title` : undefined}>
        {draw.number
          ? t('detailsExpressEntryTitle', { number: draw.number })
          : t('detailsExpressEntryTitleUnnumbered', { date: format.day(draw.date) })}
        {' · '}
        {officialDrawName(draw, language)}
      </Heading>
      <dl>
        <dt>{t('detailsRanAt')}</dt>
        <dd>{details ? moment(details.ranAt, details.ranAtText) : format.day(draw.date)}</dd>
        <CountAndCutOff draw={draw} cutOffLabel={t('detailsMinimumCrs')} />
        <dt>{t('detailsTieBreaking')}</dt>
        <dd>
          {details ? moment(details.cutOffAt, details.cutOffText) : t('detailsNotPublished')}
          {details?.cutOffAt || details?.cutOffText ? (
            <span class="explained">{t('detailsTieBreakingExplained')}</span>
          ) : null}
        </dd>
        <dt>{t('detailsProgramsEligible')}</dt>
        <dd>
          {named && !named.somethingElse && named.programs.length > 0 ? (
            programList(named.programs, t, format.locale, 'conjunction')
          ) : details?.programsEligible ? (
            // As the English feed published it.
            <span lang="en">{details.programsEligible}</span>
          ) : (
            t('detailsNotPublished')
          )}
        </dd>
        {who ? (
          <>
            <dt>{t('detailsWhoCouldEnter')}</dt>
            <dd>
              {eligibilityWords(who, t, format.locale)}
              {who.somethingElse && details ? (
                <span class="explained" lang={language === 'en' ? undefined : 'en'}>
                  {t('whoAlsoOther', { text: details.programsEligible })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {profile ? <VerdictEntry draw={draw} profile={profile} /> : null}
      </dl>
      <SubHeading class="distribution-heading">
        {distribution
          ? t('detailsDistribution', { date: distributionDate(distribution, format.day) })
          : t('detailsDistributionNone')}
      </SubHeading>
      {distribution ? (
        <>
          <PoolChart distribution={distribution} score={profile?.crsScore ?? null} />
          <details class="pool-table-toggle">
            <summary>{t('chartShowTable')}</summary>
            <PoolTable distribution={distribution} />
          </details>
        </>
      ) : null}
      <OfficialLink url={draw.url}>{t('detailsOfficialPage')}</OfficialLink>
    </section>
  );
}

function ProvincialDetails({ draw, profile, headingLevel = 3, id }: Props) {
  const { t, format } = useUi();
  const Heading = `h${headingLevel}` as 'h3';
  const province = draw.province ? t(provinceLabelKey(draw.province)) : '';
  const scale =
    draw.scoreScale === 'crs' || draw.scoreScale === 'none' ? null : t(SCALE_LABEL_KEYS[draw.scoreScale]);
  return (
    <section class="round-details" id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <Heading id={id ? `${id}-title` : undefined}>
        {province ? `${province} · ` : ''}
        {draw.categoryName}
      </Heading>
      <dl>
        <dt>{t('detailsDate')}</dt>
        <dd>
          {format.day(draw.date)}
          {draw.dateEnd && draw.dateEnd !== draw.date ? ` – ${format.day(draw.dateEnd)}` : ''}
        </dd>
        <dt>{t('detailsStream')}</dt>
        <dd>{draw.categoryName}</dd>
        <CountAndCutOff draw={draw} cutOffLabel={t('detailsMinimumScore')} />
        {scale ? (
          <>
            <dt>{t('detailsScale')}</dt>
            <dd>{scale}</dd>
          </>
        ) : null}
        {draw.notes ? (
          <>
            <dt>{t('detailsNotes')}</dt>
            <dd class="notes">{draw.notes}</dd>
          </>
        ) : null}
        {profile ? <VerdictEntry draw={draw} profile={profile} /> : null}
      </dl>
      <OfficialLink url={draw.url}>
        {t('detailsOfficialPageProvince', { province: province || draw.categoryName })}
      </OfficialLink>
    </section>
  );
}

/** The stored link, shown only when it is on an official host (a stored record may be hostile). */
function OfficialLink({ url, children }: { url: string; children: ComponentChildren }) {
  if (!isOfficialUrl(url)) return null;
  return (
    <p class="official">
      <a href={url} target="_blank" rel="noreferrer">
        {children}
      </a>
    </p>
  );
}

/** Invitations and the cut-off, or "not published". */
function CountAndCutOff({ draw, cutOffLabel }: { draw: Draw; cutOffLabel: string }) {
  const { t, format } = useUi();
  return (
    <>
      <dt>{t('detailsInvitations')}</dt>
      <dd>
        {draw.invitations
          ? formatInvitations(draw.invitations, format, (count) => t('fewerThan', { count }))
          : t('detailsNotPublished')}
      </dd>
      <dt>{cutOffLabel}</dt>
      <dd>{draw.minScore === null ? t('detailsNotPublished') : format.number(draw.minScore)}</dd>
    </>
  );
}

/** The verdict with its reason: who could enter is listed above it; the score is said beside it. */
function VerdictEntry({ draw, profile }: { draw: Draw; profile: Profile }) {
  const { t, format } = useUi();
  const verdict = verdictOf(draw, profile);
  const words = verdictWords(verdict, t, format.locale);
  const score = scoreOf(verdict);
  // "Open" verdicts carry their score already; others show it beside, when there is one.
  const beside =
    score && verdict.kind !== 'open' && verdict.kind !== 'provincial' ? scoreWords(score, t) : null;
  if (!words.text && !beside) return null;
  return (
    <>
      <dt>{t('detailsYourVerdict')}</dt>
      <dd class={`verdict ${words.tone}`}>
        {capitalize(words.text, format.locale)}
        {beside ? <span class="explained">{capitalize(beside, format.locale)}</span> : null}
      </dd>
    </>
  );
}
