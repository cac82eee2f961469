import { describeFault } from '@/lib/sources/fault-text';
import { MAX_BODY_CHARS, SourceFault } from '@/lib/sources/source';
import { sharedFixture } from '@/tests/support/fixtures';
import { parseLooseUtcMoment } from './feed-dates';
import { parseExpressEntryFeed, roundSequence } from './parse-feed';

const copies = {
  '2023-04-13': { rounds: 247, newest: '246' },
  '2024-04-06': { rounds: 292, newest: '291' },
  '2025-07-09': { rounds: 356, newest: '355' },
  '2025-07-24': { rounds: 358, newest: '357' },
} as const;

function parseCopy(name: keyof typeof copies) {
  return parseExpressEntryFeed(sharedFixture('express-entry', `${name}.json`));
}

function round(name: keyof typeof copies, number: string) {
  const draw = parseCopy(name).draws.find((d) => d.number === number);
  if (!draw) throw new Error(`round ${number} missing from ${name}`);
  return draw;
}

describe('parseExpressEntryFeed on every recorded copy', () => {
  for (const [name, expected] of Object.entries(copies) as [
    keyof typeof copies,
    (typeof copies)[keyof typeof copies],
  ][]) {
    it(`${name}: reads all ${expected.rounds} rounds, newest #${expected.newest}, none skipped`, () => {
      const result = parseCopy(name);
      expect(result.draws).toHaveLength(expected.rounds);
      expect(result.skipped).toBe(0);
      expect(result.draws[0]?.number).toBe(expected.newest);
      expect(new Set(result.draws.map((d) => d.id)).size).toBe(expected.rounds);
      for (const draw of result.draws) {
        expect(draw.url).toMatch(/^https:\/\/www\.canada\.ca\/(en|fr)\//);
        expect(draw.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }

  it('reads round 357 of 2025-07-24 exactly', () => {
    const draw = round('2025-07-24', '357');
    expect(draw).toMatchObject({
      id: 'ee:357',
      system: 'express-entry',
      date: '2025-07-22',
      category: 'healthcare',
      categoryName: 'Healthcare and social services occupations (Version 2)',
      invitations: { value: 4000, qualifier: 'exact' },
      minScore: 475,
      scoreScale: 'crs',
      url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=357',
    });
    expect(draw.expressEntry).toMatchObject({
      ranAt: '2025-07-12T16:27:45.000Z',
      ranAtText: 'July 12, 2025 at 16:27:45 UTC',
      cutOffAt: '2025-03-13T13:08:29.000Z',
      programsEligible:
        'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
    });
    expect(draw.expressEntry?.distribution).toEqual({
      asOn: '2025-07-20',
      asOnText: 'July 20, 2025',
      counts: [
        200, 21348, 78339, 13567, 13941, 17741, 17397, 15693, 73409, 15124, 16007, 14463, 14500, 13315, 54165,
        21122, 8331, 256914,
      ],
    });
  });

  it('reads round 355 with a one-digit hour in its cut-off', () => {
    const draw = round('2025-07-09', '355');
    expect(draw.category).toBe('cec');
    expect(draw.invitations?.value).toBe(3000);
    expect(draw.minScore).toBe(518);
    expect(draw.expressEntry?.cutOffAt).toBe('2024-10-02T01:48:36.000Z');
  });

  it('keeps 91a and 91b as two rounds of the same day, in order', () => {
    const a = round('2024-04-06', '91a');
    const b = round('2024-04-06', '91b');
    expect([a.id, b.id]).toEqual(['ee:91a', 'ee:91b']);
    expect(a.date).toBe('2018-05-30');
    expect(b.date).toBe('2018-05-30');
    expect(a).toMatchObject({ category: 'fst', minScore: 288, invitations: { value: 500 } });
    expect(b).toMatchObject({ category: 'pnp', minScore: 902, invitations: { value: 200 } });
    expect(roundSequence('90')).toBeLessThan(a.sequence);
    expect(a.sequence).toBeLessThan(b.sequence);
    expect(b.sequence).toBeLessThan(roundSequence('92'));
  });

  it('accepts the DD-MM-YYYY date the 2023-04-13 copy carried for round 246', () => {
    const draw = round('2023-04-13', '246');
    expect(draw.date).toBe('2023-04-12');
    expect(draw).toMatchObject({ category: 'general', minScore: 486, invitations: { value: 3500 } });
    expect(draw.expressEntry?.ranAt).toBe('2023-04-12T14:12:15.000Z');
    expect(draw.expressEntry?.cutOffAt).toBe('2022-07-19T11:05:24.000Z');
  });

  it('reads the oldest round: no cut-off text, no distribution, an /en/ link', () => {
    const draw = round('2025-07-24', '1');
    expect(draw).toMatchObject({ date: '2015-01-31', minScore: 886, category: 'general' });
    expect(draw.expressEntry).toMatchObject({ cutOffText: '', cutOffAt: null, distribution: null });
    expect(draw.url).toBe(
      'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations-1.html',
    );
  });

  it('keeps a round the same when IRCC renames its category (2024-1 became Version 1)', () => {
    const before = round('2024-04-06', '291');
    const after = round('2025-07-09', '291');
    expect(before.categoryName).toBe('French language proficiency (2024-1)');
    expect(after.categoryName).toBe('French language proficiency (Version 1)');
    expect(after.id).toBe(before.id);
    expect(after.category).toBe(before.category);
    expect(after.category).toBe('french');
  });

  it('gives the pool distribution only where it is not all zeros (from round 214)', () => {
    expect(round('2025-07-24', '213').expressEntry?.distribution).toBeNull();
    expect(round('2025-07-24', '214').expressEntry?.distribution?.counts[17]).toBe(196685);
  });
});

describe('parseExpressEntryFeed on bad bodies', () => {
  it('rejects the recorded empty body as an empty feed', () => {
    const body = sharedFixture('express-entry', '2025-07-09-empty-body.json');
    expect(() => parseExpressEntryFeed(body)).toThrow(SourceFault);
    try {
      parseExpressEntryFeed(body);
    } catch (error) {
      expect((error as SourceFault).kind).toBe('empty');
    }
  });

  it.each([
    ['<!DOCTYPE html><html><body>Service unavailable</body></html>', 'error-page'],
    ['{"classes": "wb-tables", "rounds": [{"drawNumber": "1"', 'truncated'],
    ['Access denied', 'not-json'],
    ['{"classes": "wb-tables"}', 'shape'],
    ['{"rounds": {"drawNumber": "1"}}', 'shape'],
    ['{"rounds": [{"drawNumber": "x"}]}', 'shape'],
    ['{"classes": "wb-tables", "rounds": []}', 'truncated'],
  ])('classifies %j as %s', (body, kind) => {
    let fault: unknown;
    try {
      parseExpressEntryFeed(body);
    } catch (error) {
      fault = error;
    }
    expect(fault).toBeInstanceOf(SourceFault);
    expect((fault as SourceFault).kind).toBe(kind);
    expect((fault as SourceFault).message).toBe(describeFault((fault as SourceFault).reason));
  });

  it('skips and counts one malformed round, keeping the rest', () => {
    const feed = JSON.parse(sharedFixture('express-entry', '2025-07-24.json'));
    feed.rounds[3].drawCRS = 'N/A';
    feed.rounds[5] = 'not a round';
    const result = parseExpressEntryFeed(JSON.stringify(feed));
    expect(result.draws).toHaveLength(356);
    expect(result.skipped).toBe(2);
    expect(result.skippedReasons[0]).toContain('unreadable CRS "N/A"');
  });

  it('reads the French feed number format and an unknown category as other', () => {
    const body = JSON.stringify({
      rounds: [
        {
          drawNumber: '440',
          drawDate: '2026-09-01',
          drawName: 'Arctic occupations, 2026-Version 1',
          drawSize: '20 784',
          drawCRS: '455',
          drawNumberURL: "<a href='javascript:alert(1)'>440</a>",
          drawDateTime: 'September 1st 2026 at 15:00:01 UTC',
          drawCutOff: 'August 30 at 09:00:00 UTC',
        },
      ],
    });
    const [draw] = parseExpressEntryFeed(body).draws;
    expect(draw).toMatchObject({
      category: 'other',
      categoryName: 'Arctic occupations, 2026-Version 1',
      invitations: { value: 20784 },
      url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=440',
    });
    expect(draw?.expressEntry?.ranAt).toBe('2026-09-01T15:00:01.000Z');
    expect(draw?.expressEntry?.cutOffAt).toBe('2026-08-30T09:00:00.000Z');
  });
});

describe('parseExpressEntryFeed on hostile feeds', () => {
  const recorded = () => JSON.parse(sharedFixture('express-entry', '2025-07-24.json'));
  const roundOf = (feed: { rounds: { drawNumber: string }[] }, number: string) => {
    const found = feed.rounds.find((round) => round.drawNumber === number);
    if (!found) throw new Error(`no round ${number}`);
    return found as Record<string, string>;
  };

  it('reads zero-padded numbers as the same rounds, and 357 with 0357 as one round listed twice', () => {
    const padded = recorded();
    for (const round of padded.rounds) round.drawNumber = round.drawNumber.padStart(4, '0');
    const plain = parseExpressEntryFeed(sharedFixture('express-entry', '2025-07-24.json'));
    const read = parseExpressEntryFeed(JSON.stringify(padded));
    expect(read.draws.map((draw) => draw.id)).toEqual(plain.draws.map((draw) => draw.id));
    expect(read.draws[0]).toMatchObject({ id: 'ee:357', number: '357' });

    const twice = recorded();
    twice.rounds.unshift({ ...roundOf(twice, '357'), drawNumber: '0357' });
    const result = parseExpressEntryFeed(JSON.stringify(twice));
    expect(result.draws.filter((draw) => draw.number === '357')).toHaveLength(1);
    expect(result.skipped).toBe(1);
    expect(result.skippedReasons[0]).toContain('round 357 is listed twice');
  });

  it.each([
    ['drawDate', '9999-12-31', /date "9999-12-31" is impossible/],
    ['drawDate', '2014-12-31', /unreadable date/],
    ['drawSize', '9'.repeat(400), /unreadable size/],
    ['drawSize', '999,999,999', /999999999 invitations is impossible/],
    ['drawCRS', '1201', /score 1201 is impossible on the crs scale/],
    ['drawCRS', '2016', /score 2016 is impossible/],
    ['drawNumber', '0', /not a round number/],
  ])('skips a round whose %s cannot be real or read (case %#)', (field, value, reason) => {
    const feed = recorded();
    roundOf(feed, '357')[field] = value;
    const result = parseExpressEntryFeed(JSON.stringify(feed));
    expect(result.draws.some((draw) => draw.id === 'ee:357')).toBe(false);
    expect(result.skipped).toBe(1);
    expect(result.skippedReasons[0]).toMatch(reason);
  });

  it('keeps the text of a moment that cannot be (year 0099), not a 1999 date', () => {
    const feed = recorded();
    roundOf(feed, '357').drawDateTime = 'July 22, 0099 at 16:27:45 UTC';
    roundOf(feed, '357').drawCutOff = 'March 13, 9999 at 13:08:29 UTC';
    const draw = parseExpressEntryFeed(JSON.stringify(feed)).draws.find((d) => d.id === 'ee:357');
    expect(draw?.expressEntry).toMatchObject({
      ranAt: null,
      ranAtText: 'July 22, 0099 at 16:27:45 UTC',
      cutOffAt: null,
    });
    expect(parseLooseUtcMoment('July 22, 0099 at 16:27:45 UTC', '2025-07-22')).toBe(
      '0099-07-22T16:27:45.000Z',
    );
  });

  it('dates a pool distribution written without its year around its round, never in year 9999', () => {
    const feed = recorded();
    roundOf(feed, '357').drawDistributionAsOn = 'July 20';
    // IRCC once dated a distribution after its round (#226: July 6 and July 11, 2022).
    roundOf(feed, '356').drawDistributionAsOn = 'July 25';
    const draws = parseExpressEntryFeed(JSON.stringify(feed)).draws;
    expect(draws.find((d) => d.id === 'ee:357')?.expressEntry?.distribution?.asOn).toBe('2025-07-20');
    expect(draws.find((d) => d.id === 'ee:356')?.date).toBe('2025-07-21');
    expect(draws.find((d) => d.id === 'ee:356')?.expressEntry?.distribution?.asOn).toBe('2025-07-25');
  });

  it('reads a million unreadable rounds as one fault, without an error object per round', () => {
    const body = `{"rounds":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`;
    const fault = (() => {
      try {
        parseExpressEntryFeed(body);
      } catch (error) {
        return error as SourceFault;
      }
      return null;
    })();
    expect(fault?.reason).toEqual({
      code: 'no-readable-round',
      rounds: 1_000_000,
      firstProblem: 'entry 1: drawNumber is missing or not text',
    });
  });

  it('refuses a body over the stated size before parsing it (1.7 million rounds)', () => {
    const body = `{"rounds":[${Array.from({ length: 1_700_000 }, () => '{}').join(',')}]}`;
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS);
    expect(() => parseExpressEntryFeed(body)).toThrow(
      expect.objectContaining({
        kind: 'too-large',
        reason: { code: 'body-too-large', limit: MAX_BODY_CHARS },
      }),
    );
  });
});
