import type { AlertFormatter } from '@/lib/alerts/format';
import type { Draw, InvitationCount } from '@/lib/draws/draw';
import { type Language, languageOfTag } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/messages';
import { SCALE_LABEL_KEYS } from '@/lib/i18n/name-keys';
import { categoryLabelKey, isExpressEntryCategoryKey, provinceLabelKey } from '@/lib/profile/catalog';
import type { Profile } from '@/lib/profile/profile';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';
import { type Verdict, verdictOf } from '@/lib/standing/verdict';
import { capitalize, isWorthSaying, verdictWords } from '@/lib/standing/verdict-text';

/** What a click on the notification opens: one round's details, or the popup. */
export type NotificationTarget = { kind: 'details'; drawId: string } | { kind: 'popup' };

export interface DrawNotification {
  /** `draw:<draw id>`, or `summary:<id>|<id>|...`; see `drawIdsOfNotification`. */
  id: string;
  title: string;
  message: string;
  drawIds: string[];
  open: NotificationTarget;
}

export interface NotificationText {
  /** Messages in the user's language (lib/i18n/catalogs.ts). */
  t: Translate;
  format: AlertFormatter;
}

/** Up to this many new draws get one notification each; more get one summary. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

/** Lines of a summary before "and N more". */
const SUMMARY_LINES = 4;

const SEPARATOR = ' · ';
const DRAW_PREFIX = 'draw:';
const SUMMARY_PREFIX = 'summary:';

/**
 * The notifications to show for draws that are new and matching (see `decideNewDraws`), newest
 * first: one per draw, or a single summary when there are more than three, so a source coming
 * back after days offline does not bury the screen.
 */
export function composeNotifications(
  draws: readonly Draw[],
  profile: Profile,
  text: NotificationText,
): DrawNotification[] {
  const newestFirst = [...draws].sort(newerFirst);
  if (newestFirst.length <= MAX_SEPARATE_NOTIFICATIONS) {
    return newestFirst.map((draw) => drawNotification(draw, profile, text));
  }
  return [summaryNotification(newestFirst, text)];
}

export function drawNotification(draw: Draw, profile: Profile, text: NotificationText): DrawNotification {
  const facts = [invitationsText(draw.invitations, text), cutOffText(draw, text), dateText(draw, text)];
  const lines = [
    facts.filter((fact) => fact !== null).join(SEPARATOR),
    verdictText(verdictOf(draw, profile), profile, text),
  ];
  return {
    id: DRAW_PREFIX + draw.id,
    title: drawTitle(draw, text.t, languageOfTag(text.format.locale) ?? 'en'),
    message: lines
      .filter((line) => line !== null)
      .map((line) => capitalize(line, text.format.locale))
      .join('\n'),
    drawIds: [draw.id],
    open: { kind: 'details', drawId: draw.id },
  };
}

function summaryNotification(
  newestFirst: readonly Draw[],
  { t, format }: NotificationText,
): DrawNotification {
  const count = newestFirst.length;
  const language = languageOfTag(format.locale) ?? 'en';
  const listed = count <= SUMMARY_LINES ? newestFirst : newestFirst.slice(0, SUMMARY_LINES - 1);
  const lines = listed.map((draw) => drawTitle(draw, t, language));
  if (listed.length < count) lines.push(t('alertSummaryMore', { count: count - listed.length }));
  const drawIds = newestFirst.map((draw) => draw.id);
  return {
    id: SUMMARY_PREFIX + drawIds.join('|'),
    title: t('alertSummaryTitle', { count }),
    message: lines.join('\n'),
    drawIds,
    open: { kind: 'popup' },
  };
}

/** The draw ids a notification stands for, from its id alone (for the click handler). */
export function drawIdsOfNotification(notificationId: string): string[] {
  if (notificationId.startsWith(DRAW_PREFIX)) return [notificationId.slice(DRAW_PREFIX.length)];
  if (notificationId.startsWith(SUMMARY_PREFIX))
    return notificationId.slice(SUMMARY_PREFIX.length).split('|');
  return [];
}

export function drawTitle(draw: Draw, t: Translate, language: Language = 'en'): string {
  if (draw.system === 'express-entry') {
    const category = expressEntryCategoryText(draw, t, language);
    return draw.number
      ? t('alertTitleExpressEntryNumbered', { number: draw.number, category })
      : t('alertTitleExpressEntry', { category });
  }
  if (draw.province === null) return draw.categoryName;
  return t('alertTitleProvincial', {
    province: t(provinceLabelKey(draw.province)),
    stream: draw.categoryName,
  });
}

/**
 * A known category reads as its translated label ("Transport occupations", whatever this year's
 * official name); a category no rule knows reads as published, since "Other" would say nothing.
 */
function expressEntryCategoryText(draw: Draw, t: Translate, language: Language): string {
  if (isExpressEntryCategoryKey(draw.category) && draw.category !== 'other') {
    return t(categoryLabelKey(draw.category));
  }
  return officialDrawName(draw, language) || t(categoryLabelKey('other'));
}

function invitationsText(invitations: InvitationCount | null, { t }: NotificationText): string | null {
  if (invitations === null) return null;
  const count = invitations.value;
  if (invitations.qualifier === 'fewer-than') return t('alertInvitationsFewerThan', { count });
  return t('alertInvitations', { count });
}

function cutOffText(draw: Draw, { t }: NotificationText): string | null {
  if (draw.minScore === null) return null;
  const score = draw.minScore;
  if (draw.scoreScale === 'crs') return t('alertMinimumCrs', { score });
  if (draw.scoreScale === 'none') return t('alertMinimumScore', { score });
  return t('alertMinimumScoreOnScale', { score, scale: t(SCALE_LABEL_KEYS[draw.scoreScale]) });
}

function dateText(draw: Draw, { format }: NotificationText): string {
  return draw.dateEnd && draw.dateEnd !== draw.date
    ? format.dateRange(draw.date, draw.dateEnd)
    : format.date(draw.date);
}

/**
 * The verdict line, worded as everywhere else (lib/standing/verdict-text.ts). A round closed to
 * the user says so and why: it never carries "N points short" (the fact has no score to say it).
 */
function verdictText(verdict: Verdict, profile: Profile, { t, format }: NotificationText): string | null {
  if (!isWorthSaying(verdict, profile.crsScore)) return null;
  if (verdict.kind === 'provincial') {
    const { score } = verdict;
    if (score === null) return null;
    return score.kind === 'clears'
      ? t('alertVerdictClears', { score: score.score })
      : t('alertVerdictShort', { count: score.points });
  }
  return verdictWords(verdict, t, format.locale).text;
}

/** Newest date first; within a day, the higher sequence (91b before 91a). */
function newerFirst(a: Draw, b: Draw): number {
  return b.date.localeCompare(a.date) || b.sequence - a.sequence;
}
