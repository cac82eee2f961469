import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { findDates, parseDateCell } from '@/lib/annotate/finding/dates';
import { findClaimsInText, sentenceRanges } from '@/lib/annotate/finding/mentions';
import { findClaimsInTable, type TableRow } from '@/lib/annotate/finding/rows';

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

  it('finds a claim in linear time on a long block', () => {
    const filler = 'minimum cut-off CRS score draw round '.repeat(30_000);
    const text = `${filler} On January 11, 2023, the Express Entry draw issued 5,500 ITAs.`;
    const started = performance.now();
    const claims = findClaimsInText(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(claims.map((claim) => claim.invitations)).toEqual([5500]);
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

describe('findClaimsInTable', () => {
  const row = (...texts: string[]): TableRow => {
    let start = 0;
    return {
      cells: texts.map((text) => {
        const cell = { text, start, header: false };
        start += text.length + 1;
        return cell;
      }),
    };
  };

  it('reads a table of recent draws, one claim per row', () => {
    const rows = [
      row('Date', 'Draw type', 'ITAs', 'CRS cut-off'),
      row('March 6, 2025', 'French language proficiency', '4,500', '410'),
      row('March 3', 'Canadian Experience Class', '500', '526'),
      row('February 19, 2025', 'Provincial Nominee Program', '646', '750'),
    ];
    const claims = findClaimsInTable(rows, { published: '2025-03-07' });
    expect([...claims.keys()]).toEqual([1, 2, 3]);
    expect(claims.get(1)).toMatchObject({
      kind: 'express-entry',
      date: '2025-03-06',
      invitations: 4500,
      minScore: 410,
      categoryHint: 'french',
    });
    expect(claims.get(2)).toMatchObject({ date: '2025-03-03', categoryHint: 'cec', minScore: 526 });
    expect(claims.get(3)?.categoryHint).toBe('pnp');
    const third = rows[3];
    const invitations = claims.get(3)?.figures.find((figure) => figure.field === 'invitations');
    const cell = third?.cells[2];
    expect(invitations?.start).toBe(cell?.start);
  });

  it('reads a provincial row with a bound', () => {
    const rows = [
      row('Draw date', 'Stream', 'Invitations', 'Minimum score'),
      row('6/18/2026', 'AAIP Alberta Opportunity Stream', 'Less than 10', '60'),
    ];
    expect(findClaimsInTable(rows).get(1)).toMatchObject({
      kind: 'pnp',
      province: 'AB',
      date: '2026-06-18',
      invitations: 10,
      invitationsQualifier: 'fewer-than',
      minScore: 60,
    });
  });

  it('ignores tables that are not tables of draws', () => {
    const rows = [
      row('Occupation Titles', 'NOC'),
      row('Financial managers', '10010'),
      row('Architects', '21200'),
    ];
    expect(findClaimsInTable(rows).size).toBe(0);
  });
});
