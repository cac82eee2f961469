import type { ProvinceCode } from '@/lib/draws/draw';
import { type ChromeMessages, withOneParam } from '../i18n/chrome-messages';

/** Category labels keyed by the message keys of `EXPRESS_ENTRY_CATEGORIES`. */
const categoryLabels = {
  categoryCec: 'Canadian Experience Class',
  categoryPnp: 'Provincial Nominee Program',
  categoryFsw: 'Federal Skilled Worker',
  categoryFst: 'Federal Skilled Trades',
  categoryGeneral: 'General (all programs)',
  categoryFrench: 'French-language proficiency',
  categoryHealthcare: 'Healthcare and social services occupations',
  categoryStem: 'STEM occupations',
  categoryTrades: 'Trade occupations',
  categoryTransport: 'Transport occupations',
  categoryAgriculture: 'Agriculture and agri-food occupations',
  categoryEducation: 'Education occupations',
  categoryPhysicians: 'Physicians with Canadian work experience',
  categorySeniorManagers: 'Senior managers with Canadian work experience',
  categoryMilitary: 'Skilled military recruits',
  categoryOther: 'Other rounds',
} satisfies Record<`category${string}`, string>;

/** Province labels name the program, as people search for it ("MPNP draw"). */
const provinceLabels = {
  provinceAB: 'Alberta (AAIP)',
  provinceBC: 'British Columbia (BC PNP)',
  provinceMB: 'Manitoba (MPNP)',
  provinceNB: 'New Brunswick (NBPNP)',
  provinceNL: 'Newfoundland and Labrador (NLPNP)',
  provinceNS: 'Nova Scotia (NSNP)',
  provinceON: 'Ontario (OINP)',
  provincePE: 'Prince Edward Island (PEI PNP)',
  provinceQC: 'Quebec (Arrima)',
  provinceSK: 'Saskatchewan (SINP)',
} satisfies Record<`province${ProvinceCode}`, string>;

/** English messages for the profile: labels and form errors, in `messages.json` shape. */
export const profileMessagesEn: ChromeMessages = {
  ...Object.fromEntries(
    Object.entries({ ...categoryLabels, ...provinceLabels }).map(([key, message]) => [key, { message }]),
  ),
  errorScoreNotNumber: withOneParam('“$VALUE$” is not a number.', 'abc', 'Score field holds text'),
  errorScoreFractional: withOneParam(
    'Enter a whole number ($VALUE$ has decimals).',
    '470.5',
    'Scores are whole numbers',
  ),
  errorCrsRange: withOneParam('A CRS score is from 0 to 1,200; $VALUE$ is outside that range.', '1300'),
  errorProvincialScoreRange: withOneParam(
    'A provincial score is from 0 to 2,000; $VALUE$ is outside that range.',
    '2500',
  ),
  errorProvincialScoresInvalid: { message: 'Provincial scores could not be read.' },
  errorUnknownProvince: withOneParam('“$VALUE$” is not a province this extension knows.', 'XX'),
  errorProvincesInvalid: { message: 'Choose provinces from the list.' },
  errorUnknownCategory: withOneParam('“$VALUE$” is not an Express Entry category.', 'astronauts'),
  errorCategoriesInvalid: { message: 'Choose “All categories” or categories from the list.' },
  errorNotBoolean: { message: 'This setting is either on or off.' },
  errorCheckInterval: withOneParam(
    'Check every 15, 30, 60 or 360 minutes ($VALUE$ is not one of them).',
    '45',
  ),
  errorFormInvalid: { message: 'The settings could not be read.' },
  errorInvalidValue: { message: 'This value is not valid.' },
};
