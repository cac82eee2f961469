import { describe, expect, it } from 'vitest';
import { coversEveryCandidate, programsNamedIn } from './programs';

describe('programsNamedIn: drawText2 as IRCC writes it', () => {
  it.each([
    [
      'Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and Provincial Nominee Program',
      ['cec', 'fsw', 'fst', 'pnp'],
    ],
    [
      'Federal Skilled Worker Program, Canadian Experience Class, Federal Skilled Trades Program and Provincial Nominee Program',
      ['cec', 'fsw', 'fst', 'pnp'],
    ],
    [
      'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
      ['cec', 'fsw', 'fst'],
    ],
    ['Provincial Nominee Program', ['pnp']],
    ['Canadian Experience Class', ['cec']],
    ['Federal Skilled Worker', ['fsw']],
    ['Federal Skilled Trades', ['fst']],
    // The French feed's names.
    [
      'Programme des travailleurs qualifiés (fédéral), Catégorie de l’expérience canadienne et Programme des travailleurs de métiers spécialisés (fédéral)',
      ['cec', 'fsw', 'fst'],
    ],
    ['Programme des candidats des provinces', ['pnp']],
  ])('%s', (text, programs) => {
    expect(programsNamedIn(text)).toEqual({ programs, somethingElse: false });
  });

  it('says when it names nothing', () => {
    expect(programsNamedIn('')).toBeNull();
    expect(programsNamedIn('  ,  ')).toBeNull();
  });

  it('reports a program it does not know instead of dropping it', () => {
    expect(programsNamedIn('Canadian Experience Class and Atlantic Immigration Program')).toEqual({
      programs: ['cec'],
      somethingElse: true,
    });
    expect(programsNamedIn('Rural Community Immigration Pilot')).toEqual({
      programs: [],
      somethingElse: true,
    });
  });

  it('knows which lists let in every candidate', () => {
    expect(coversEveryCandidate(['cec', 'fsw', 'fst'])).toBe(true);
    expect(coversEveryCandidate(['cec', 'fsw', 'fst', 'pnp'])).toBe(true);
    expect(coversEveryCandidate(['cec', 'fsw'])).toBe(false);
    expect(coversEveryCandidate(['pnp'])).toBe(false);
  });
});
