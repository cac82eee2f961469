import type { ScoreScale } from '@/lib/draws/draw';
import type { ChromeMessage, ChromeMessages } from '../i18n/chrome-messages';
import { profileMessagesEn } from '../profile/messages';

type ProvincialScale = Exclude<ScoreScale, 'crs' | 'none'>;

/** Message key naming each provincial grid, shown beside a provincial cut-off. */
export const scaleLabelKeys: Record<ProvincialScale, string> = {
  'aaip-eoi': 'scaleAaipEoi',
  'bc-sirs': 'scaleBcSirs',
  'mpnp-eoi': 'scaleMpnpEoi',
  oinp: 'scaleOinp',
  'pei-eoi': 'scalePeiEoi',
  arrima: 'scaleArrima',
};

function placeholders(...names: string[]): ChromeMessage['placeholders'] {
  return Object.fromEntries(names.map((name, index) => [name, { content: `$${index + 1}` }]));
}

const alertOwnMessages: ChromeMessages = {
  alertTitleExpressEntryNumbered: {
    message: 'Express Entry #$NUMBER$ · $CATEGORY$',
    description: 'Notification title for one Express Entry round',
    placeholders: placeholders('number', 'category'),
  },
  alertTitleExpressEntry: {
    message: 'Express Entry · $CATEGORY$',
    description: 'Notification title for an Express Entry round without a published number',
    placeholders: placeholders('category'),
  },
  alertTitleProvincial: {
    message: '$PROVINCE$ · $STREAM$',
    description: 'Notification title for a provincial draw: program, then stream as published',
    placeholders: placeholders('province', 'stream'),
  },
  // Fragments below are joined with " · " into lines; the first letter of each line is capitalised in code.
  alertInvitationsOne: { message: '$COUNT$ invitation', placeholders: placeholders('count') },
  alertInvitationsOther: { message: '$COUNT$ invitations', placeholders: placeholders('count') },
  alertInvitationsFewerThan: {
    message: 'fewer than $COUNT$ invitations',
    description: 'The province published a bound, e.g. "Less than 10"',
    placeholders: placeholders('count'),
  },
  alertMinimumCrs: { message: 'minimum CRS $SCORE$', placeholders: placeholders('score') },
  alertMinimumScoreOnScale: {
    message: 'minimum score $SCORE$ ($SCALE$)',
    placeholders: placeholders('score', 'scale'),
  },
  alertMinimumScore: { message: 'minimum score $SCORE$', placeholders: placeholders('score') },
  alertVerdictClears: {
    message: 'your $SCORE$ clears the cut-off',
    placeholders: placeholders('score'),
  },
  alertVerdictShortOne: {
    message: '$POINTS$ point short of the cut-off',
    placeholders: placeholders('points'),
  },
  alertVerdictShortOther: {
    message: '$POINTS$ points short of the cut-off',
    placeholders: placeholders('points'),
  },
  alertSummaryTitle: {
    message: '$COUNT$ new draws',
    description: 'Title of the one notification that stands for several new draws (always more than 3)',
    placeholders: placeholders('count'),
  },
  alertSummaryMore: {
    message: '…and $COUNT$ more',
    description: 'Last line of the summary notification',
    placeholders: placeholders('count'),
  },
  scaleAaipEoi: { message: 'AAIP EOI points' },
  scaleBcSirs: { message: 'BC PNP SIRS points' },
  scaleMpnpEoi: { message: 'MPNP EOI points' },
  scaleOinp: { message: 'OINP EOI points' },
  scalePeiEoi: { message: 'PEI EOI points' },
  scaleArrima: { message: 'Arrima ranking points' },
};

/**
 * Every English message alert text uses, in `messages.json` shape, for the lead to merge into
 * `public/_locales/en/messages.json`. It repeats the category and province labels of
 * `profileMessagesEn` (same keys, same text), so merging both tables is safe.
 */
export const alertMessagesEn: ChromeMessages = {
  ...Object.fromEntries(
    Object.entries(profileMessagesEn).filter(
      ([key]) => key.startsWith('category') || key.startsWith('province'),
    ),
  ),
  ...alertOwnMessages,
};
