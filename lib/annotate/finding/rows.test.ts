import { findClaimsInTable, RowReader, type TableRow } from '@/lib/annotate/finding/rows';

/** A row of cells as a page's row reads: cell texts joined by tabs, each with its offset. */
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

describe('findClaimsInTable', () => {
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

describe('widgets of recent draws (issue 11 layouts)', () => {
  it('"Recent Express Entry Draws": rows keyed by round number, the type in brackets, no date column', () => {
    const rows = [
      row('Draw', 'Number Of Invitations', 'Minimum CRS Points'),
      row('353 (CEC)', '3000', '521'),
      row('352 (PNP)', '503', '742'),
      row('351 (French language proficiency)', '2,500', '379'),
    ];
    const claims = findClaimsInTable(rows, { reference: '2025-07-10', sidebar: true });
    expect([...claims.values()]).toMatchObject([
      {
        kind: 'express-entry',
        number: '353',
        categoryHint: 'cec',
        invitations: 3000,
        minScore: 521,
        inSidebar: true,
      },
      { kind: 'express-entry', number: '352', categoryHint: 'pnp', invitations: 503, minScore: 742 },
      { kind: 'express-entry', number: '351', categoryHint: 'french', invitations: 2500, minScore: 379 },
    ]);
    // "352 (PNP)" is an Express Entry round for provincial nominees, not a provincial draw.
    expect(claims.get(2)?.province).toBeUndefined();
    // The badge goes after the row's last figure, the score.
    const last = rows[1]?.cells[2];
    expect(claims.get(1)?.end).toBe((last?.start ?? 0) + 3);
  });

  it('"PNP Draws & Updates": a date without a year takes the one on or before the reference day', () => {
    const rows = [
      row('Date', 'Province', 'Invitations'),
      row('June 26', 'Manitoba', '492 invitations'),
      row('December 30', 'Ontario', 'Less than 10'),
      row('July 2', 'British Columbia', '1,089'),
    ];
    // A widget is as new as the page is today, not as old as the article it sits beside.
    const claims = findClaimsInTable(rows, {
      reference: '2025-07-01',
      published: '2023-01-05',
      sidebar: true,
    });
    expect([...claims.values()]).toMatchObject([
      { kind: 'pnp', province: 'MB', date: '2025-06-26', invitations: 492 },
      {
        kind: 'pnp',
        province: 'ON',
        date: '2024-12-30',
        invitations: 10,
        invitationsQualifier: 'fewer-than',
      },
      { kind: 'pnp', province: 'BC', date: '2024-07-02', invitations: 1089 },
    ]);
  });

  it('a year in a score column is not a CRS (issue 13)', () => {
    const rows = [
      row('Date', 'Draw type', 'ITAs', 'CRS cut-off'),
      row('March 6, 2025', 'French language proficiency', '4,500', '2016'),
      row('March 3, 2025', 'Canadian Experience Class', '500', 'March 2016'),
      row('March 1, 2025', 'Canadian Experience Class', '500', '12/03/2016'),
    ];
    for (const claim of findClaimsInTable(rows, { published: '2025-03-07' }).values()) {
      expect(claim.minScore).toBeUndefined();
      expect(claim.invitations).toBeDefined();
    }
  });

  it('an absurd count is no figure: the row keeps its other figures', () => {
    const rows = [row('Draw', 'ITAs', 'CRS'), row('353', '1,000,000,000,000', '521')];
    expect(findClaimsInTable(rows).get(1)).toMatchObject({ number: '353', minScore: 521 });
    expect(findClaimsInTable(rows).get(1)?.invitations).toBeUndefined();
  });

  it('a widget without a header reads with the columns a site rule gives it', () => {
    const reader = new RowReader({ reference: '2025-07-01', defaultKind: 'pnp' }, [
      'date',
      'province',
      'invitations',
    ]);
    expect(reader.read(row('June 26', 'Manitoba', '492 invitations'))).toMatchObject({
      province: 'MB',
      date: '2025-06-26',
      invitations: 492,
    });
    expect(reader.read(row('Rows of anything', 'else'))).toBeNull();
  });

  it('reads a French table: day-first dates, spaces in numbers, SCG', () => {
    const rows = [
      row('Date', 'Type de ronde', 'Invitations', 'Note SCG minimale'),
      row('06/03/2025', 'Compétence linguistique en français', '4 500', '410'),
      row('3 mars', 'Catégorie de l’expérience canadienne', '500', '526'),
    ];
    const claims = findClaimsInTable(rows, { language: 'fr', published: '2025-03-07' });
    expect([...claims.values()]).toMatchObject([
      { date: '2025-03-06', invitations: 4500, minScore: 410, categoryHint: 'french' },
      { date: '2025-03-03', invitations: 500, minScore: 526, categoryHint: 'cec' },
    ]);
  });
});
