import type { FaultKind } from './source';

/** The one place a fault kind becomes words (an i18n message key; the detail follows it). */
const KEYS: Record<FaultKind, string> = {
  network: 'faultNetwork',
  timeout: 'faultTimeout',
  http: 'faultHttp',
  empty: 'faultEmpty',
  'not-json': 'faultNotJson',
  'error-page': 'faultErrorPage',
  shape: 'faultShape',
  truncated: 'faultTruncated',
  layout: 'faultLayout',
};

export function faultMessageKey(kind: FaultKind): string {
  return KEYS[kind] ?? 'faultUnknown';
}
