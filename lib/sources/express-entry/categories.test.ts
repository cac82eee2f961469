import { categorise } from './categories';

describe('categorise', () => {
  it.each([
    ['Canadian Experience Class', 'cec'],
    ['Provincial Nominee Program', 'pnp'],
    ['Federal Skilled Worker', 'fsw'],
    ['Federal Skilled Trades', 'fst'],
    ['No Program Specified', 'general'],
    ['General', 'general'],
    ['French language proficiency (2023-1)', 'french'],
    ['French-Language proficiency 2026-Version 2', 'french'],
    ['Healthcare occupations (2023-1)', 'healthcare'],
    ['Healthcare and social services occupations (Version 2)', 'healthcare'],
    ['STEM occupations (Version 1)', 'stem'],
    ['Trade occupations (Version 1)', 'trades'],
    ['Trades occupations, 2026-Version 1', 'trades'],
    ['Transport Occupations, 2026-Version 2', 'transport'],
    ['Agriculture and agri-food occupations (Version 1)', 'agriculture'],
    ['Education occupations (Version 1)', 'education'],
    ['Physicians with Canadian Work Experience, 2026-Version 1', 'physicians'],
    ['Senior managers with Canadian Work Experience, 2026-Version 1', 'senior-managers'],
    ['Skilled Military Recruits, 2026-Version 1', 'military'],
    ['Researchers with Canadian Work Experience, 2026-Version 1', 'researchers'],
    ['Arctic occupations (Version 1)', 'other'],
  ])('%s → %s', (name, key) => {
    expect(categorise(name)).toBe(key);
  });
});
