// @vitest-environment happy-dom
import { render, within } from '@testing-library/preact';
import { uiServicesIn } from '@/components/testing';
import type { Draw } from '@/lib/draws/draw';
import { defaultProfile, type Profile } from '@/lib/profile/profile';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { abSource } from '@/lib/sources/pnp/provinces/ab';
import { peSource } from '@/lib/sources/pnp/provinces/pe';
import { ownFixture, sharedFixture } from '@/tests/support/fixtures';
import type { UiServices } from '../ui-context';
import { UiContext } from '../ui-context';
import { RoundDetails } from './RoundDetails';

const rounds = parseExpressEntryFeed(sharedFixture('express-entry', '2026-08-05.json')).draws;
const round = (number: string): Draw => {
  const draw = rounds.find((candidate) => candidate.number === number);
  if (!draw) throw new Error(`no round ${number}`);
  return draw;
};

function show(draw: Draw, profile: Profile | null, ui: UiServices = uiServicesIn('en')) {
  const { container } = render(
    <UiContext.Provider value={ui}>
      <RoundDetails draw={draw} profile={profile} headingLevel={2} id="round" />
    </UiContext.Provider>,
  );
  const section = container.querySelector('section');
  if (!section) throw new Error('nothing rendered');
  return section;
}

/** The definition list as [term, description] pairs. */
const facts = (section: HTMLElement) =>
  [...section.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]);

const frenchSpeaker: Profile = {
  ...defaultProfile(),
  crsScore: 410,
  eligiblePrograms: ['fsw'],
  provincialNomination: false,
  frenchNclc7: true,
  occupationCategories: [],
};

describe('RoundDetails: an Express Entry round', () => {
  it('gives the record and the verdict with its reason', () => {
    const ui = uiServicesIn('en');
    const section = show(round('429'), frenchSpeaker, ui);
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      'Express Entry round #429 · French-Language proficiency 2026-Version 2',
    );
    expect(facts(section)).toEqual([
      ['Date and time of the round', ui.format.moment('2026-07-22T11:12:26.000Z')],
      ['Invitations', '5,000'],
      ['CRS score of the lowest-ranked candidate invited', '399'],
      [
        'Tie-breaking rule',
        `${ui.format.moment('2025-11-19T21:21:56.000Z')}Of the candidates with the cut-off score, those who submitted their profile before this moment were invited.`,
      ],
      ['Programs eligible', 'Canadian Experience Class, Federal Skilled Worker and Federal Skilled Trades'],
      [
        'Who could enter',
        'Candidates with French at NCLC 7 or higher in all four abilities, under Canadian Experience Class, Federal Skilled Worker or Federal Skilled Trades',
      ],
      ['For you', 'Open to you: would have been invited (410 ≥ 399)'],
    ]);
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe(
      'CRS distribution of the pool on Jul 19, 2026',
    );
    expect(within(section).getByRole('img').getAttribute('aria-label')).toBe(
      'CRS distribution of the 231,533 profiles in the pool on Jul 19, 2026, your 410',
    );
    // 15 bands: 10-point sub-bands in 401–500.
    expect(section.querySelectorAll('.pool-table tbody tr')).toHaveLength(15);
  });

  it('gives the reason a round was closed, and no score against it', () => {
    const section = show(round('429'), { ...frenchSpeaker, frenchNclc7: false, crsScore: 900 });
    const verdict = section.querySelector('dd.verdict');
    expect(verdict?.textContent).toBe('Not open to you (French at NCLC 7 or higher only)');
    expect(verdict?.className).toBe('verdict closed');
    expect(section.textContent).not.toMatch(/points short|≥/);
  });

  it('says what the profile lacks, with the score beside it', () => {
    const section = show(round('431'), { ...defaultProfile(), crsScore: 480 });
    expect(section.querySelector('dd.verdict')?.textContent).toBe(
      'Set your provincial nomination to see whether this round was open to youYour 480: 288 points short',
    );
  });

  it('speaks French, with IRCC’s names', () => {
    const section = show(round('429'), frenchSpeaker, uiServicesIn('fr'));
    const terms = facts(section).map(([term]) => term);
    expect(terms).toContain('Règle de départage');
    expect(terms).toContain('Programmes visés');
    expect(section.querySelector('dd.verdict')?.textContent).toBe(
      'Vous y étiez admissible : votre note aurait suffi (410 ≥ 399)',
    );
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      'Ronde d’invitations nº 429 d’Entrée express · Compétence linguistique en français 2026-Version 2',
    );
  });

  it('links the official page, and no link a stored record carries off the official hosts', () => {
    const official = show(round('429'), frenchSpeaker);
    expect(within(official).getByRole('link').getAttribute('href')).toBe(round('429').url);
    official.remove();
    const planted = show({ ...round('429'), url: 'https://ircc-draws.example/round-429' }, frenchSpeaker);
    expect(within(planted).queryByRole('link')).toBeNull();
    expect(planted.textContent).not.toContain('example');
  });

  it('says when IRCC published no distribution or tie-breaking rule (the first rounds)', () => {
    const early = parseExpressEntryFeed(sharedFixture('express-entry', '2023-04-13.json')).draws.find(
      (draw) => draw.number === '1',
    );
    if (!early) throw new Error('no round 1');
    const section = show(early, null);
    expect(facts(section)).toContainEqual(['Tie-breaking rule', 'not published']);
    expect(section.textContent).toContain('IRCC published no pool distribution with this round.');
    expect(section.querySelector('svg')).toBeNull();
  });
});

describe('RoundDetails: a provincial draw', () => {
  it('gives its stream, notes, scale and official link, and compares only its own score', async () => {
    const noLinks = () => Promise.reject(new Error('no links'));
    const alberta = await abSource.parse(ownFixture('pnp', 'ab.html'), {
      url: abSource.url,
      fetchText: noLinks,
    });
    const pei = await peSource.parse(
      sharedFixture('pnp', 'pe-expression-of-interest-draws.2026-06-20.html'),
      {
        url: peSource.url,
        fetchText: noLinks,
      },
    );
    const scored = alberta.draws.find((candidate) => candidate.minScore !== null);
    const noted = pei.draws.find((candidate) => candidate.notes !== '');
    if (!scored?.minScore || !noted) throw new Error('the fixtures changed');
    const profile = {
      ...defaultProfile(),
      crsScore: 900,
      provincialScores: { AB: scored.minScore, PE: 200 },
    };
    const section = show(scored, profile);
    const described = Object.fromEntries(facts(section));
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      `Alberta (AAIP) · ${scored.categoryName}`,
    );
    expect(described.Stream).toBe(scored.categoryName);
    expect(described['Minimum score']).toBe(String(scored.minScore));
    expect(described.Scale).toBe('AAIP EOI points');
    expect(described['For you']).toBe('Would have been invited');
    // No eligibility claim the page does not support; no CRS held against its grid.
    expect(described['Who could enter']).toBeUndefined();
    expect(within(section).getByRole('link').getAttribute('href')).toBe(scored.url);
    expect(within(section).getByRole('link').textContent).toBe('Official page: Alberta (AAIP)');

    const notes = Object.fromEntries(facts(show(noted, profile)));
    expect(notes.Notes).toBe(noted.notes);
    expect(notes['Minimum score']).toBe('not published');
    expect(notes['For you']).toBeUndefined();
  });
});
