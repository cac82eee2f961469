import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/catalogs';
import {
  EXPRESS_ENTRY_CATEGORIES,
  EXPRESS_ENTRY_CATEGORY_KEYS,
  isExpressEntryCategoryKey,
  isProvinceCode,
  PROVINCES,
} from '@/lib/profile/catalog';
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
      'Researchers with Canadian Work Experience, 2026-Version 1',
      'A category no rule knows yet',
    ].map(categorise);
    expect(new Set(produced)).toEqual(new Set(EXPRESS_ENTRY_CATEGORY_KEYS));
  });

  it('gives every category and province its own label, in English and French', () => {
    const labelKeys = [
      ...EXPRESS_ENTRY_CATEGORIES.map((c) => c.labelKey),
      ...PROVINCES.map((p) => p.labelKey),
    ];
    expect(new Set(labelKeys).size).toBe(labelKeys.length);
    const en = translatorFor('en').t;
    const fr = translatorFor('fr').t;
    expect(en('categorySeniorManagers')).toBe('Senior managers with Canadian work experience');
    const manitoba = PROVINCES.find((p) => p.code === 'MB');
    expect(manitoba && en(manitoba.labelKey)).toBe('Manitoba (MPNP)');
    expect(manitoba && fr(manitoba.labelKey)).toBe('Manitoba (PCM)');
    expect(fr('categoryCec')).toBe('Catégorie de l’expérience canadienne');
  });

  it('tells known keys from others', () => {
    expect(isExpressEntryCategoryKey('senior-managers')).toBe(true);
    expect(isExpressEntryCategoryKey('Senior managers')).toBe(false);
    expect(isProvinceCode('QC')).toBe(true);
    expect(isProvinceCode('qc')).toBe(false);
  });
});
