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
import { categorise } from '@/lib/sources/express-entry/categories';

describe('catalog', () => {
  it('offers every category the feed parser can produce, including "other"', () => {
    const produced = [
      'Canadian Experience Class',
      'Provincial Nominee Program',
      'Federal Skilled Worker',
      'Federal Skilled Trades',
      'No Program Specified',
      'French-Language proficiency 2026-Version 2',
      'Healthcare and social services occupations (Version 2)',
      'STEM occupations (Version 1)',
      'Trade occupations (Version 1)',
      'Transport Occupations, 2026-Version 2',
      'Agriculture and agri-food occupations (Version 1)',
      'Education occupations (Version 1)',
      'Physicians with Canadian Work Experience, 2026-Version 1',
      'Senior managers with Canadian Work Experience, 2026-Version 1',
      'Skilled Military Recruits, 2026-Version 1',
      'A category no rule knows yet',
    ].map(categorise);
    expect(new Set(produced)).toEqual(new Set(EXPRESS_ENTRY_CATEGORY_KEYS));
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
