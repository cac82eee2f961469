import { describe, expect, it } from 'vitest';
import { formatChromeMessage, translatorFor } from '@/lib/i18n/chrome-messages';
import {
  EXPRESS_ENTRY_CATEGORIES,
  EXPRESS_ENTRY_CATEGORY_KEYS,
  isExpressEntryCategoryKey,
  isProvinceCode,
  PROVINCES,
} from '@/lib/profile/catalog';
import { profileMessagesEn } from '@/lib/profile/messages';

describe('catalog', () => {
  it('lists the Express Entry categories the extension knows', () => {
    expect(EXPRESS_ENTRY_CATEGORY_KEYS).toEqual([
      'cec',
      'pnp',
      'fsw',
      'fst',
      'general',
      'french',
      'healthcare',
      'stem',
      'trades',
      'transport',
      'agriculture',
      'education',
      'physicians',
      'senior-managers',
      'military',
      'other',
    ]);
  });

  it('gives every category and province a label with English text', () => {
    const t = translatorFor(profileMessagesEn);
    const labelKeys = [
      ...EXPRESS_ENTRY_CATEGORIES.map((c) => c.labelKey),
      ...PROVINCES.map((p) => p.labelKey),
    ];
    expect(new Set(labelKeys).size).toBe(labelKeys.length);
    for (const key of labelKeys) expect(Object.hasOwn(profileMessagesEn, key)).toBe(true);
    expect(t('categorySeniorManagers')).toBe('Senior managers with Canadian work experience');
    expect(t(PROVINCES.find((p) => p.code === 'MB')?.labelKey ?? '')).toBe('Manitoba (MPNP)');
  });

  it('uses message keys Chrome accepts', () => {
    for (const key of Object.keys(profileMessagesEn)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('tells known keys from others', () => {
    expect(isExpressEntryCategoryKey('senior-managers')).toBe(true);
    expect(isExpressEntryCategoryKey('Senior managers')).toBe(false);
    expect(isProvinceCode('QC')).toBe(true);
    expect(isProvinceCode('qc')).toBe(false);
  });
});

describe('formatChromeMessage', () => {
  const table = {
    two: {
      message: '$SCORE$ on $Scale$ costs $$5',
      placeholders: { score: { content: '$1' }, scale: { content: '$2' } },
    },
    direct: { message: 'got $1' },
  };

  it('fills named placeholders from the substitutions, as chrome.i18n does', () => {
    expect(formatChromeMessage(table, 'two', ['612', 'MPNP'])).toBe('612 on MPNP costs $5');
    expect(formatChromeMessage(table, 'direct', ['x'])).toBe('got x');
  });

  it('does not substitute inside a substitution', () => {
    expect(formatChromeMessage(table, 'two', ['$2', 'B'])).toBe('$2 on B costs $5');
  });

  it('shows the key of a message it does not have', () => {
    expect(formatChromeMessage(table, 'missing')).toBe('missing');
    expect(formatChromeMessage(table, 'toString')).toBe('toString');
  });
});
