import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { findDates, parseDateCell } from '@/lib/annotate/finding/dates';
import { findClaimsInText, sentenceRanges } from '@/lib/annotate/finding/mentions';

/** The text of each figure of a claim, by field: what a badge would be placed after. */
function figureTexts(text: string, claim: DrawClaim | undefined): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const figure of claim?.figures ?? []) texts[figure.field] = text.slice(figure.start, figure.end);
  return texts;
}

describe('dates', () => {
  it('reads the forms articles and feeds use, and resolves a missing year from the publication date', () => {
    const text =
      'On January 18, 2023 and Jan. 11th, on 11 February 2025, March 02. 2024, 2023-04-12 and March 6.';
    const found = findDates(text, '2025-03-10');
    expect(found.map((date) => date.iso)).toEqual([
      '2023-01-18',
      '2025-01-11',
      '2025-02-11',
      '2024-03-02',
      '2023-04-12',
      '2025-03-06',
    ]);
    expect(found.map((date) => text.slice(date.start, date.end))).toContain('Jan. 11th');
  });

  it('takes the most recent such day not after publication', () => {
    // Published in January: "December 21" is last year's.
    expect(findDates('December 21', '2023-01-05')[0]?.iso).toBe('2022-12-21');
    expect(findDates('January 5', '2023-01-05')[0]?.iso).toBe('2023-01-05');
    expect(findDates('January 5', undefined)[0]?.iso).toBeNull();
  });

  it('rejects impossible days and month-year phrases', () => {
    expect(findDates('February 30, 2023', undefined)[0]?.iso).toBeNull();
    expect(findDates('in May 2023 and January 2022', '2023-06-01')).toEqual([]);
    expect(parseDateCell('6/18/2026', undefined)).toBe('2026-06-18');
  });
});

describe('sentenceRanges', () => {
  it('does not end sentences at abbreviations', () => {
    const text = 'Draw No. 238 ran on Jan. 18 in B.C. PNP terms. The minimum CRS was 490.';
    expect(sentenceRanges(text).map((range) => text.slice(range.start, range.end).trim())).toEqual([
      'Draw No. 238 ran on Jan. 18 in B.C. PNP terms.',
      'The minimum CRS was 490.',
    ]);
  });
});

describe('findClaimsInText: Express Entry', () => {
  it('reads a draw number', () => {
    for (const text of [
      'IRCC held draw #353 yesterday.',
      'Express Entry draw 238 is out.',
      'In round 91b, IRCC...',
    ]) {
      const claims = findClaimsInText(text);
      expect(claims).toHaveLength(1);
      expect(claims[0]?.kind).toBe('express-entry');
    }
    expect(findClaimsInText('IRCC held draw #353 yesterday.')[0]?.number).toBe('353');
    expect(findClaimsInText('In round 91b, IRCC...')[0]?.number).toBe('91b');
  });

  it('does not take years, counts or small ordinals for draw numbers', () => {
    expect(findClaimsInText('The Express Entry draw 2023 outlook is out.')).toEqual([]);
    expect(findClaimsInText('The Express Entry draw 150 candidates received ITAs.')).toEqual([]);
    expect(findClaimsInText('Express Entry round 2 of the year.')).toEqual([]);
  });

  it('never reads a round number after "#", "No.", "draw" or "round" as a figure', () => {
    // The false flag: "238 invites" read as 238 invitations, then flagged against round 238's 5,500.
    for (const text of [
      'Express Entry draw #238 invites 5,500',
      'Express Entry Draw No. 238 Invites 5,500',
      'Express Entry draw 238 invites 5,500',
      'Express Entry round #238 invites 5,500 candidates',
      'Express Entry: #238 invites 5,500 candidates on January 18, 2023.',
      'Express Entry No. 238 invites 5,500 candidates on January 18, 2023.',
      'Express Entry draw number 238 invites 5,500 candidates.',
    ]) {
      const claims = findClaimsInText(text, { published: '2023-01-19' });
      expect(claims, text).toHaveLength(1);
      expect(claims[0]?.invitations, text).toBe(5500);
      expect(claims[0]?.minScore, text).toBeUndefined();
      expect(figureTexts(text, claims[0]).invitations, text).toBe('5,500');
    }
    expect(findClaimsInText('Express Entry draw #238 invites 5,500')[0]).toMatchObject({
      number: '238',
      invitations: 5500,
    });
    // After "#" or "No." a number is never a count or a score, even with a count noun after it.
    const marked = 'Express Entry: #238 invitations went out on January 18, 2023 with a CRS of No. 490.';
    expect(findClaimsInText(marked, { published: '2023-01-19' })).toEqual([]);
  });

  it('groups date, ITAs and CRS of one round (the phrases of data-sources.md)', () => {
    const text =
      'On March 6, IRCC held a French-language proficiency draw and issued 4,500 ITAs. ' +
      'Candidates needed a minimum Comprehensive Ranking System (CRS) score of 410.';
    const claims = findClaimsInText(text, { published: '2025-03-07' });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      kind: 'express-entry',
      date: '2025-03-06',
      invitations: 4500,
      minScore: 410,
      categoryHint: 'french',
    });
    expect(figureTexts(text, claims[0])).toEqual({ date: 'March 6', invitations: '4,500', minScore: '410' });
  });

  it('reads the IRCC round page layout and its tie-breaking rule', () => {
    const text =
      'Date and time of round: January 11, 2023 at 16:14:19 UTC\n' +
      'Number of invitations issued: 5,500\n' +
      'CRS score of lowest-ranked candidate invited: 507\n' +
      'Date and time used in the tie-breaking rule: December 06, 2022 at 11:00:07 UTC';
    const [claim, ...rest] = findClaimsInText(text);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      kind: 'express-entry',
      date: '2023-01-11',
      invitations: 5500,
      minScore: 507,
      tieBreakAt: '2022-12-06T11:00:07Z',
    });
    expect(figureTexts(text, claim).tieBreak).toBe('December 06, 2022 at 11:00:07');
  });

  it('reads "profiles created before ... on ..." as the tie-breaking rule, not as the draw date', () => {
    const text =
      'The February 11, 2025 Express Entry draw invited candidates with a CRS cut-off 490 who ' +
      'created an Express Entry candidate profile before 7:47 am UTC on 11 February 2025.';
    const [claim] = findClaimsInText(text);
    expect(claim?.date).toBe('2025-02-11');
    expect(claim?.minScore).toBe(490);
    expect(claim?.tieBreakAt).toBe('2025-02-11T07:47Z');
  });

  it('reads "issued 5,500 invitations" and "the minimum CRS score was 490" from two sentences', () => {
    const text =
      'On January 18, 2023, Immigration, Refugees, and Citizenship Canada (IRCC) issued 5,500 invitations ' +
      'in the Express Entry draw. The minimum CRS score was 490. This draw was not program specific.';
    expect(findClaimsInText(text)).toMatchObject([
      {
        kind: 'express-entry',
        date: '2023-01-18',
        invitations: 5500,
        minScore: 490,
        categoryHint: 'general',
      },
    ]);
  });

  it('reads the category of a program-specific round', () => {
    const cases: Array<[string, string]> = [
      ['a Canadian Experience Class (CEC) draw on April 9, 2020 issued 3,294 ITAs', 'cec'],
      ['a Provincial Nominee Program (PNP) draw on April 9, 2020 issued 606 ITAs', 'pnp'],
      ['the healthcare occupations draw on July 4, 2023 invited 500 candidates', 'healthcare'],
      ['an all-program draw on July 6, 2022 issued 1,500 ITAs', 'general'],
    ];
    for (const [text, category] of cases) {
      expect(findClaimsInText(`IRCC says ${text}.`)[0]?.categoryHint).toBe(category);
    }
  });

  it('keeps two rounds of one sentence apart, each with its own figures', () => {
    const text =
      'The Express Entry draw on July 4 issued 500 ITAs with a CRS cut-off of 476, and the draw on July 5 issued 2,300 ITAs with a CRS cut-off of 486.';
    const claims = findClaimsInText(text, { published: '2023-07-10' });
    expect(claims.map((claim) => [claim.date, claim.invitations, claim.minScore])).toEqual([
      ['2023-07-04', 500, 476],
      ['2023-07-05', 2300, 486],
    ]);
  });

  it('claims nothing from statistics, ranges, changes or a date and type alone', () => {
    const sentences = [
      // cicnews' report on 2021: counts and ranges, no round.
      'In 42 program-specific Express Entry draws, 114,431 total ITAs were issued in 2021.',
      'CRS cut-off scores ranged from 682 points to 813 points for PNP-specific draws.',
      '31% of all eligible candidates had a CRS score between 351 and 400 points.',
      'The immigration department held a PNP-only draw on February 1 and an FSWP-only draw on February 2.',
      'Express Entry profiles created between January 13, 2022 – January 13, 2023 had CRS scores between 336-506.',
      'Published on February 22nd, 2023 at 08:00am EST',
      'The cut-off dropped by 8 points since the January 11 Express Entry draw.',
    ];
    for (const text of sentences) expect(findClaimsInText(text, { published: '2023-02-22' })).toEqual([]);
  });

  it('finds the one claim after a megabyte of keywords', () => {
    const filler = 'minimum cut-off CRS score draw round '.repeat(30_000);
    const text = `${filler} On January 11, 2023, the Express Entry draw issued 5,500 ITAs.`;
    expect(findClaimsInText(text).map((claim) => claim.invitations)).toEqual([5500]);
  });
});

describe('findClaimsInText: provincial programs', () => {
  const cases: Array<[string, Partial<DrawClaim>]> = [
    [
      'January 26, 2023: Today, Manitoba PNP draw (MPNP) invited 336 Letters of Advice to Apply (LAA).',
      { kind: 'pnp', province: 'MB', date: '2023-01-26', invitations: 336 },
    ],
    [
      'On January 17, the Alberta Opportunity Stream draw invited 100 candidates with a minimum Expression of Interest score of 57.',
      { kind: 'pnp', province: 'AB', date: '2023-01-17', invitations: 100, minScore: 57 },
    ],
    [
      'The BC PNP draw on January 24 issued 221 invitations with a minimum SIRS score of 85.',
      { kind: 'pnp', province: 'BC', date: '2023-01-24', invitations: 221, minScore: 85 },
    ],
    [
      'January 13 – Ontario Immigrant Nominee Program (OINP) sent 1,252 Notifications of Interest (NOIs).',
      { kind: 'pnp', province: 'ON', date: '2023-01-13', invitations: 1252 },
    ],
    [
      'On January 19, 2023 the PEI PNP issued 142 ITAs, with a minimum score of 80 for business candidates.',
      { kind: 'pnp', province: 'PE', date: '2023-01-19', invitations: 142, minScore: 80 },
    ],
    [
      'The NSNP draw on January 12, 2023 sent 500 invitations.',
      { kind: 'pnp', province: 'NS', date: '2023-01-12', invitations: 500 },
    ],
    [
      'The NL PNP issued 445 ITAs on January 25, 2023.',
      { kind: 'pnp', province: 'NL', date: '2023-01-25', invitations: 445 },
    ],
    [
      'The New Brunswick PNP held a draw on January 20, 2023 and issued 177 invitations.',
      { kind: 'pnp', province: 'NB', date: '2023-01-20', invitations: 177 },
    ],
    [
      'On December 21, 2022, the SINP issued 153 invitations. The minimum score was 80.',
      { kind: 'pnp', province: 'SK', date: '2022-12-21', invitations: 153, minScore: 80 },
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    const claims = findClaimsInText(text, { published: '2023-01-27' });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject(expected);
  });

  it('reads "more than 270 applicants" as a bound, and "today" as the publication day', () => {
    const [bc] = findClaimsInText('January 24, 2023 – BC PNP Draw invited more than 270 applicants.');
    expect(bc).toMatchObject({ invitations: 270, invitationsQualifier: 'more-than' });
    const [on] = findClaimsInText('Today, Ontario PNP sent 692 invites under the Masters Graduate Stream.', {
      published: '2023-01-26',
    });
    expect(on).toMatchObject({ province: 'ON', date: '2023-01-26', invitations: 692 });
    expect(findClaimsInText('Today, Ontario PNP sent 692 invites.')).toEqual([]);
  });

  it('does not take a day of the month for a score', () => {
    const text =
      'Furthermore, 23 LAAs went to Skilled Worker Overseas applicants having a score of 713 or above. This cut off remained as compared to January 12 MPNP Draw.';
    expect(findClaimsInText(text, { published: '2023-01-26' })).toEqual([]);
  });
});

describe('findClaimsInText: the tie-breaking rule', () => {
  it('reads the rule as cicnews and IRCC write it, to the second, and never as the draw date', () => {
    const text =
      'On March 6, 2025, IRCC held a French-language proficiency draw and issued 4,500 ITAs. ' +
      'Tie-breaking rule: February 11, 2025 at 07:47:29 UTC';
    const [claim, ...rest] = findClaimsInText(text, { published: '2025-03-07' });
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      date: '2025-03-06',
      invitations: 4500,
      tieBreakAt: '2025-02-11T07:47:29Z',
    });
    expect(figureTexts(text, claim).tieBreak).toBe('February 11, 2025 at 07:47:29');
  });

  it('does not read a time in another zone as IRCC’s (UTC) time', () => {
    const text =
      'The March 6, 2025 Express Entry draw issued 4,500 ITAs. Tie-breaking rule: February 11, 2025 at 2:47 am ET';
    expect(findClaimsInText(text)[0]?.tieBreakAt).toBeUndefined();
  });
});

describe('findClaimsInText: French (IRCC’s wording)', () => {
  const fr = (text: string, published = '2025-03-07') =>
    findClaimsInText(text, { language: 'fr', published });

  it('reads a news sentence: date, invitations à présenter une demande, note du SCG, category', () => {
    const text =
      'Le 6 mars 2025, IRCC a envoyé 4 500 invitations à présenter une demande (IPD) dans le cadre d’une ' +
      'ronde d’invitations axée sur la compétence linguistique en français. La note minimale du Système de ' +
      'classement global (SCG) était de 410.';
    const claims = fr(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      kind: 'express-entry',
      date: '2025-03-06',
      invitations: 4500,
      minScore: 410,
      categoryHint: 'french',
    });
    expect(figureTexts(text, claims[0])).toEqual({
      date: '6 mars 2025',
      invitations: '4 500',
      minScore: '410',
    });
  });

  it('never reads « ronde no 238 » as a figure', () => {
    for (const text of [
      'Entrée express : la ronde no 238 invite 5 500 candidats',
      'Entrée express : ronde nº 238, 5 500 invitations',
      'La ronde d’invitations no 238 de l’Entrée express a invité 5 500 candidats.',
      'Entrée express : tirage n° 238 : 5 500 IPD',
    ]) {
      const claims = fr(text);
      expect(claims, text).toHaveLength(1);
      expect(claims[0], text).toMatchObject({ number: '238', invitations: 5500 });
      expect(claims[0]?.minScore, text).toBeUndefined();
      expect(figureTexts(text, claims[0]).invitations, text).toBe('5 500');
    }
    const dated = 'Entrée express : no 238 invite 5 500 candidats le 18 janvier 2023.';
    expect(fr(dated, '2023-01-19')[0]).toMatchObject({ date: '2023-01-18', invitations: 5500 });
  });

  it('reads IRCC’s round page in French: number heading, lines, no-break spaces, the rule', () => {
    const text =
      'Ronde d’invitations nº 339\n' +
      'Date et heure de la ronde : 6 mars 2025 à 13:46:01 UTC\n' +
      'Nombre d’invitations envoyées : 4\u00a0500\n' +
      'Note du SCG du dernier candidat invité : 410\n' +
      'Règle de départage : 11 février 2025 à 07:47:29 UTC';
    const claims = fr(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      number: '339',
      date: '2025-03-06',
      invitations: 4500,
      minScore: 410,
      tieBreakAt: '2025-02-11T07:47:29Z',
    });
  });

  it('reads provincial draws and "aujourd’hui", with narrow no-break spaces', () => {
    expect(
      fr('Le 26 juin, le Programme des candidats du Manitoba (PCM) a envoyé 492 invitations.', '2025-06-27'),
    ).toMatchObject([{ kind: 'pnp', province: 'MB', date: '2025-06-26', invitations: 492 }]);
    expect(
      fr(
        'Aujourd’hui, IRCC a invité 3\u202f000 candidats de la Catégorie de l’expérience canadienne, avec un seuil de 521 points.',
        '2025-06-27',
      ),
    ).toMatchObject([
      { kind: 'express-entry', date: '2025-06-27', invitations: 3000, minScore: 521, categoryHint: 'cec' },
    ]);
    expect(fr('Le POCI a envoyé plus de 1 200 invitations le 13 janvier.', '2025-01-20')).toMatchObject([
      { province: 'ON', date: '2025-01-13', invitations: 1200, invitationsQualifier: 'more-than' },
    ]);
  });

  it('claims nothing from statistics, ranges or profile-creation dates', () => {
    for (const text of [
      'Entre le 1er janvier et le 31 mars 2025, IRCC a envoyé 25 000 invitations au total dans 12 rondes.',
      'Les notes du SCG allaient de 400 à 500 points pour les profils créés avant le 6 mars 2025.',
      'La note minimale a baissé de 12 points depuis la dernière ronde.',
      'Il faut au minimum 2 ans d’expérience pour la ronde.',
    ]) {
      expect(fr(text)).toEqual([]);
    }
  });
});

describe('findClaimsInText: hostile text (issue 13 reproducers)', () => {
  it('"draw 1" + ",000" × n: one absurd number, no claim', () => {
    expect(findClaimsInText(`draw 1${',000'.repeat(100_000)} ITAs on January 11, 2023`)).toEqual([]);
    // An absurd count is no figure: the date alone makes no checkable claim.
    expect(
      findClaimsInText('On January 11, 2023 the Express Entry draw issued 1,000,000,000,000 ITAs.'),
    ).toEqual([]);
  });

  it('"draw 1 " + "." × n + " " × n', () => {
    const n = 100_000;
    expect(findClaimsInText(`Express Entry draw 1 ${'.'.repeat(n)}${' '.repeat(n)}`)).toEqual([]);
  });

  it('draw sentences joined into one sentence of a megabyte: every claim, in order', () => {
    const one = 'the Express Entry draw #238 issued 5,500 ITAs with a minimum CRS score of 490, and ';
    const count = Math.ceil(1_000_000 / one.length);
    const claims = findClaimsInText(one.repeat(count));
    // A run-on sentence is cut into pieces: a claim split by a cut may lose a figure, never gain one.
    expect(claims.length).toBeGreaterThanOrEqual(count - count / 20);
    expect(claims.every((claim) => claim.number === '238')).toBe(true);
    expect(
      claims.filter((claim) => claim.invitations === 5500 && claim.minScore === 490).length,
    ).toBeGreaterThan(count * 0.9);
    expect(claims.some((claim) => claim.invitations !== undefined && claim.invitations !== 5500)).toBe(false);
  });

  it('four thousand mentions in one sentence', () => {
    const text = Array.from({ length: 4000 }, (_, index) => `draw #${100 + (index % 900)}`).join(', ');
    const claims = findClaimsInText(`In Express Entry, ${text}.`);
    expect(claims).toHaveLength(4000);
  });
});
