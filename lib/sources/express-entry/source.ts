import { en } from '@/lib/i18n/en';
import { EXPRESS_ENTRY_INFO } from '@/lib/sources/catalog';
import type { SourceDefinition } from '@/lib/sources/source';
import { categorise } from './categories';
import { parseExpressEntryFeed } from './parse-feed';

export const expressEntrySource: SourceDefinition = {
  id: EXPRESS_ENTRY_INFO.id,
  label: en[EXPRESS_ENTRY_INFO.labelKey],
  url: EXPRESS_ENTRY_INFO.url,
  kind: 'json',
  appendOnly: true,
  timing: 'draw-window',
  currentCategory: (draw) => categorise(draw.categoryName),
  parse: (body, context) => parseExpressEntryFeed(body, { now: context.now }),
};
