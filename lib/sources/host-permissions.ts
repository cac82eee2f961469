/**
 * Origins the background polls. wxt.config.ts puts them in the manifest (relative imports only:
 * the config is loaded where `@/` does not resolve); a test checks every source's URL is covered.
 */
export const SOURCE_HOST_PERMISSIONS = [
  'https://www.canada.ca/*',
  'https://www.alberta.ca/*',
  'https://www.welcomebc.ca/*',
  'https://immigratemanitoba.com/*',
  'https://www.ontario.ca/*',
  'https://www.princeedwardisland.ca/*',
  'https://www2.gnb.ca/*',
  'https://www.gov.nl.ca/*',
  'https://liveinnovascotia.com/*',
] as const;
