/** Where the profile is kept in `browser.storage.local` (its own module: the history page's first script reads it). */
export const PROFILE_STORAGE_KEY = 'profile';
