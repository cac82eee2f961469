import type { MigrationStep } from './index';

/**
 * Version 2 asks what the user can enter: programs, a provincial nomination, French at NCLC 7,
 * occupation categories. A version 1 profile never said, so each starts "not set" (null): following
 * a category is not being eligible for it, and nothing else in version 1 tells.
 */
export const v1ToV2: MigrationStep = {
  from: 1,
  migrate: (stored) => ({
    ...stored,
    eligiblePrograms: null,
    provincialNomination: null,
    frenchNclc7: null,
    occupationCategories: null,
  }),
};
