import type { sourcesEn } from '@/lib/i18n/en/sources';
import type { FaultKind } from './source';

/** The one place a fault kind becomes words: the message of its sentence (the detail follows it). */
const KEYS = {
  network: 'faultNetwork',
  timeout: 'faultTimeout',
  http: 'faultHttp',
  empty: 'faultEmpty',
  'not-json': 'faultNotJson',
  'error-page': 'faultErrorPage',
  shape: 'faultShape',
  truncated: 'faultTruncated',
  layout: 'faultLayout',
} as const satisfies Record<FaultKind, keyof typeof sourcesEn>;

export type FaultMessageKey = (typeof KEYS)[FaultKind] | 'faultUnknown';

/** A kind stored by another version (unknown here) still gets a sentence. */
export function faultMessageKey(kind: FaultKind): FaultMessageKey {
  return Object.hasOwn(KEYS, kind) ? KEYS[kind] : 'faultUnknown';
}
