/**
 * The user's profile and preferences: what it holds, its defaults, how a settings form is checked
 * and how a stored copy of any version is read back. The pieces live in small modules beside this
 * one; this is the entry point the rest of the extension imports.
 */
export {
  CHECK_INTERVAL_LABEL_KEYS,
  CHECK_INTERVALS_MINUTES,
  type CheckIntervalMinutes,
  CRS_SCORE_MAX,
  categoryLabelKey,
  EXPRESS_ENTRY_CATEGORIES,
  EXPRESS_ENTRY_CATEGORY_KEYS,
  type ExpressEntryCategoryKey,
  isExpressEntryCategoryKey,
  isProvinceCode,
  PROVINCE_CODES,
  PROVINCES,
  PROVINCIAL_SCORE_MAX,
  provinceLabelKey,
} from '@/lib/profile/catalog';
export {
  type FieldError,
  type ProfileFormInput,
  type ProfileFormResult,
  validateProfileForm,
} from '@/lib/profile/form';
export {
  CURRENT_PROFILE_VERSION,
  defaultProfile,
  PROFILE_FIELD_NAMES,
  PROFILE_FIELDS,
  type Profile,
  type ProfileFieldName,
} from '@/lib/profile/profile-schema';
export { migrateStoredProfile } from '@/lib/profile/stored';
