/**
 * Profiles as the options page stores them (`storage.local.profile`), for tests that start from a user
 * who has said where they stand.
 */

/** A French speaker (NCLC 7) eligible under FSW, CRS 410: open to French-language rounds. */
export const FRENCH_SPEAKER_FSW_410 = {
  version: 2,
  crsScore: 410,
  eligiblePrograms: ['fsw'],
  provincialNomination: false,
  frenchNclc7: true,
  occupationCategories: [],
};
