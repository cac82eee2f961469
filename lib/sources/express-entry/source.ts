import type { SourceDefinition } from '@/lib/sources/source';
import { EXPRESS_ENTRY_SOURCE_ID, parseExpressEntryFeed } from './parse-feed';

export const EXPRESS_ENTRY_FEED_URL =
  'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';

export const expressEntrySource: SourceDefinition = {
  id: EXPRESS_ENTRY_SOURCE_ID,
  label: 'Express Entry (IRCC)',
  url: EXPRESS_ENTRY_FEED_URL,
  kind: 'json',
  appendOnly: true,
  parse: (body) => parseExpressEntryFeed(body),
};
