import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/catalogs';
import { eligibilityWords, verdictWords } from './verdict-text';

const en = translatorFor('en').t;
const fr = translatorFor('fr').t;
const words = (verdict: Parameters<typeof verdictWords>[0]) => verdictWords(verdict, en, 'en-CA');

describe('verdictWords', () => {
  it('words each verdict as the issue asks', () => {
    expect(words({ kind: 'closed', because: { kind: 'programs', programs: ['pnp'] } })).toEqual({
      text: 'not open to you (provincial nominees only)',
      tone: 'closed',
    });
    expect(words({ kind: 'open', score: { kind: 'clears', score: 480, cutOff: 475 } })).toEqual({
      text: 'open to you: would have been invited (480 ≥ 475)',
      tone: 'ok',
    });
    expect(words({ kind: 'open', score: { kind: 'short', points: 43, score: 475, cutOff: 518 } })).toEqual({
      text: 'open to you: 43 points short',
      tone: 'short',
    });
    expect(words({ kind: 'open', score: { kind: 'short', points: 1, score: 517, cutOff: 518 } }).text).toBe(
      'open to you: 1 point short',
    );
    expect(words({ kind: 'needs-profile', missing: ['programs'], score: null })).toEqual({
      text: 'set your programs to see whether this round was open to you',
      tone: 'unknown',
    });
    expect(words({ kind: 'eligibility-unknown', score: null }).text).toBe('eligibility unknown');
  });

  it('names why a round was closed', () => {
    expect(words({ kind: 'closed', because: { kind: 'programs', programs: ['cec'] } }).text).toBe(
      'not open to you (Canadian Experience Class only)',
    );
    expect(words({ kind: 'closed', because: { kind: 'programs', programs: ['fsw', 'fst'] } }).text).toBe(
      'not open to you (Federal Skilled Worker or Federal Skilled Trades only)',
    );
    expect(words({ kind: 'closed', because: { kind: 'french' } }).text).toBe(
      'not open to you (French at NCLC 7 or higher only)',
    );
    expect(words({ kind: 'closed', because: { kind: 'occupation', category: 'healthcare' } }).text).toBe(
      'not open to you (Healthcare and social services occupations only)',
    );
  });

  it('uses short labels where space is short', () => {
    const short = (verdict: Parameters<typeof verdictWords>[0]) =>
      verdictWords(verdict, en, 'en-CA', true).text;
    expect(short({ kind: 'closed', because: { kind: 'occupation', category: 'senior-managers' } })).toBe(
      'not open to you (Senior managers only)',
    );
    expect(short({ kind: 'closed', because: { kind: 'programs', programs: ['cec'] } })).toBe(
      'not open to you (CEC only)',
    );
    expect(short({ kind: 'closed', because: { kind: 'programs', programs: ['pnp'] } })).toBe(
      'not open to you (provincial nominees only)',
    );
  });

  it('speaks IRCC’s French', () => {
    expect(
      verdictWords({ kind: 'closed', because: { kind: 'programs', programs: ['pnp'] } }, fr, 'fr-CA').text,
    ).toBe('vous n’y étiez pas admissible (candidats des provinces seulement)');
    expect(
      verdictWords(
        { kind: 'open', score: { kind: 'short', points: 1043, score: 475, cutOff: 1518 } },
        fr,
        'fr-CA',
      ).text,
    ).toBe('vous y étiez admissible : 1\u00a0043 points de moins');
    expect(
      verdictWords({ kind: 'closed', because: { kind: 'programs', programs: ['cec'] } }, fr, 'fr-CA').text,
    ).toBe('vous n’y étiez pas admissible (Catégorie de l’expérience canadienne seulement)');
  });

  it('keeps provincial draws to their own score', () => {
    expect(
      words({ kind: 'provincial', score: { kind: 'short', points: 12, score: 600, cutOff: 612 } }),
    ).toEqual({
      text: '12 points short',
      tone: 'short',
    });
  });
});

describe('eligibilityWords', () => {
  const federal = ['cec', 'fsw', 'fst'] as const;
  it('says who could enter each kind of round', () => {
    const say = (who: Parameters<typeof eligibilityWords>[0]) => eligibilityWords(who, en, 'en-CA');
    expect(say({ requirement: { kind: 'none' }, programs: ['pnp'], somethingElse: false })).toBe(
      'Provincial nominees only (their CRS includes the 600 points of a nomination)',
    );
    expect(say({ requirement: { kind: 'none' }, programs: ['cec'], somethingElse: false })).toBe(
      'Canadian Experience Class candidates only',
    );
    expect(say({ requirement: { kind: 'none' }, programs: [...federal, 'pnp'], somethingElse: false })).toBe(
      'Every candidate in the pool (Canadian Experience Class, Federal Skilled Worker, Federal Skilled Trades and Provincial Nominee Program)',
    );
    expect(say({ requirement: { kind: 'french' }, programs: [...federal], somethingElse: false })).toBe(
      'Candidates with French at NCLC 7 or higher in all four abilities, under Canadian Experience Class, Federal Skilled Worker or Federal Skilled Trades',
    );
    expect(
      say({
        requirement: { kind: 'occupation', category: 'physicians' },
        programs: [...federal],
        somethingElse: false,
      }),
    ).toBe(
      'Candidates who qualify for “Physicians with Canadian work experience”, under Canadian Experience Class, Federal Skilled Worker or Federal Skilled Trades',
    );
    expect(say({ requirement: { kind: 'unknown' }, programs: null, somethingElse: false })).toBe(
      'No rule of Draw Alerts knows this category yet: see the official page.',
    );
  });
});
