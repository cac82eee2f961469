import type { ProvinceCode } from '@/lib/draws/draw';
import type { LabelKey } from '@/lib/i18n/messages';
import { PROVINCE_LABEL_KEYS } from '@/lib/i18n/name-keys';

/**
 * What the UI needs to know of each source (name, page, province), apart from its parser, so the
 * popup does not carry the HTML parser and the feed validation in its bundle.
 */
export interface SourceInfo {
  id: string;
  /** English name, for logs and the maintainer's check; people read `labelKey` in their language. */
  label: string;
  labelKey: LabelKey;
  url: string;
  province: ProvinceCode | null;
}

export const EXPRESS_ENTRY_INFO: SourceInfo = {
  id: 'ircc-ee',
  label: 'Express Entry (IRCC)',
  labelKey: 'sourceExpressEntry',
  url: 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json',
  province: null,
};

/** IRCC's page of one round (`…/invitations.html?q=357`), built from its number as IRCC's own pages do. */
export function expressEntryRoundPage(number: string): string {
  return `https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${encodeURIComponent(number)}`;
}

const pnp = (
  province: ProvinceCode,
  label: string,
  url: string,
  labelKey: LabelKey = PROVINCE_LABEL_KEYS[province],
): SourceInfo => ({
  id: `pnp-${province.toLowerCase()}`,
  label,
  labelKey,
  url,
  province,
});

/** Provinces whose pages hold draws, in polling order. */
export const PNP_INFO = {
  AB: pnp('AB', 'Alberta (AAIP)', 'https://www.alberta.ca/aaip-processing-information'),
  BC: pnp(
    'BC',
    'British Columbia (BC PNP)',
    'https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-provincial-nominee-program/invitations-to-apply',
  ),
  MB: pnp('MB', 'Manitoba (MPNP)', 'https://immigratemanitoba.com/draws/'),
  NB: pnp(
    'NB',
    'New Brunswick (NBPNP / AIP)',
    'https://www2.gnb.ca/content/gnb/en/corporate/promo/immigration/immigrating-to-nb/invitations-to-apply.html',
    'sourceNB',
  ),
  NL: pnp(
    'NL',
    'Newfoundland and Labrador (NLPNP / AIP)',
    'https://www.gov.nl.ca/immigration/invitations-to-apply-updates/',
    'sourceNL',
  ),
  NS: pnp('NS', 'Nova Scotia (NSNP)', 'https://liveinnovascotia.com/eoi-selection'),
  ON: pnp(
    'ON',
    'Ontario (OINP)',
    'https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp-invitations-apply',
  ),
  PE: pnp(
    'PE',
    'Prince Edward Island (PEI PNP)',
    'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws',
  ),
} as const;

export const PNP_SOURCES_INFO: readonly SourceInfo[] = Object.values(PNP_INFO);

/** A province with no source to poll, or with a caveat, and why: the popup says so rather than show nothing. */
export interface ProvinceNote {
  province: ProvinceCode;
  noteKey: LabelKey;
  url: string;
}

export const provinceNotes: ProvinceNote[] = [
  {
    province: 'SK',
    noteKey: 'provinceNoteSK',
    url: 'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/sinp-processing-statistics',
  },
  {
    province: 'NS',
    noteKey: 'provinceNoteNS',
    url: 'https://liveinnovascotia.com/eoi-selection',
  },
];
