import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { findClaimsInText } from '@/lib/annotate/finding/mentions';
import { indexDraws, resolveClaim } from '@/lib/annotate/resolving/resolve';
import { type AnnotationSettings, defaultAnnotationSettings } from '@/lib/annotate/sites/settings';
import { USER_SITES_SCRIPT_ID } from '@/lib/annotate/sites/sites';
import { MAX_CLAIMS_PER_REQUEST } from '@/lib/annotate/wire';
import {
  AnnotationRequestError,
  annotationTextIn,
  answerRequest,
  candidatesFor,
  parseAnnotateRequest,
  resolveAnnotations,
  type SiteScriptApis,
  syncUserSiteScripts,
} from '@/lib/background/annotations';
import { type DrawAlertsDatabase, openDrawAlertsDatabase, type StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { expressEntrySource } from '@/lib/sources/express-entry/source';
import { pollSource } from '@/lib/sources/poll';
import { sharedFixture } from '@/tests/support/fixtures';
import { recordedProvinceDraws, recordedRounds } from '@/tests/support/recorded-draws';

const text = annotationTextIn('en');

/** Each claim resolved against `draws`, as the background does against its candidates. */
const resolveClaims = (claims: readonly DrawClaim[], draws: readonly Draw[]) => {
  const index = indexDraws(draws);
  return claims.map((claim) => resolveClaim(claim, index));
};

const claimOf = (sentence: string, published: string) => {
  const [claim] = findClaimsInText(sentence, { published });
  if (claim === undefined) throw new Error(`no claim in: ${sentence}`);
  return claim;
};

describe('parseAnnotateRequest: what a content script sends is hostile', () => {
  const valid = {
    language: 'en',
    published: { date: '2023-01-19', instant: null },
    claims: [claimOf('Express Entry draw #238', '2023-01-19')],
  };

  it('accepts a real claim and a publication date', () => {
    expect(parseAnnotateRequest(JSON.parse(JSON.stringify(valid)))).toEqual(
      JSON.parse(JSON.stringify(valid)),
    );
  });

  it.each([
    ['not an object', 'claims please'],
    ['no claims', { language: 'en', published: null }],
    ['no language', { published: null, claims: [] }],
    ['a language we do not speak', { ...valid, language: 'de' }],
    ['a language that is not a tag', { ...valid, language: { toString: 'fr' } }],
    ['unknown top-level key', { ...valid, draws: [] }],
    [
      'a date that is not ISO',
      { language: 'en', published: { date: '19/01/2023', instant: null }, claims: [] },
    ],
  ])('rejects %s with a clear error', (_, data) => {
    expect(() => parseAnnotateRequest(data)).toThrow(AnnotationRequestError);
    expect(() => parseAnnotateRequest(data)).toThrow(/^annotate: /);
  });

  it.each([
    ['an unknown claim key', { html: '<img src=x onerror=alert(1)>' }],
    ['a number that is not a draw number', { number: '238; DROP' }],
    ['a negative count', { invitations: -5 }],
    ['an absurd count (issue 13: "1,000,000,000,000 ITAs")', { invitations: 1_000_000_000_000 }],
    ['a fractional score', { minScore: 490.5 }],
    ['a year for a score', { minScore: 2016 }],
    ['an unknown province', { kind: 'pnp', province: 'XX' }],
    ['too many figures', { figures: Array(11).fill({ field: 'number', start: 0, end: 1 }) }],
  ])('drops a claim with %s alone, and keeps the valid ones', (_, change) => {
    const good = valid.claims[0];
    const checked = parseAnnotateRequest({
      language: 'en',
      published: null,
      claims: [good, { ...good, ...change }, good],
    });
    expect(checked.claims).toEqual([good, null, good]);
  });

  it('refuses an oversized batch before reading its items', () => {
    const claims = Array.from({ length: MAX_CLAIMS_PER_REQUEST + 1 }, () => valid.claims[0]);
    expect(() => parseAnnotateRequest({ published: null, claims })).toThrow(
      `annotate: ${MAX_CLAIMS_PER_REQUEST + 1} claims in one request (at most ${MAX_CLAIMS_PER_REQUEST})`,
    );
  });
});

describe('resolveAnnotations against the stored draws', () => {
  let db: DrawAlertsDatabase;

  beforeEach(async () => {
    db = openDrawAlertsDatabase('annotations-test');
    await db.delete();
    await db.open();
    const { draws } = parseExpressEntryFeed(sharedFixture('express-entry', '2023-04-13.json'));
    await db.draws.bulkPut(draws.map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] })));
  });

  afterEach(() => db.close());

  it('gives the official record, flags a wrong figure, leaves the unknown alone, and counts newer rounds', async () => {
    const published = '2023-01-19';
    const request = parseAnnotateRequest(
      JSON.parse(
        JSON.stringify({
          language: 'en',
          published: { date: published, instant: '2023-01-19T15:00:00Z' },
          claims: [
            claimOf(
              'On January 18, 2023, IRCC issued 5,500 invitations in the Express Entry draw. The minimum CRS score was 490.',
              published,
            ),
            claimOf(
              'On January 11, 2023, IRCC invited 5,500 candidates in an Express Entry draw with a minimum CRS score of 517.',
              published,
            ),
            claimOf('Express Entry draw #999 was the largest ever.', published),
          ],
        }),
      ),
    );
    const answer = await answerRequest(db, request, text);
    expect(answer.badges).toEqual([
      {
        tone: 'ok',
        text: '✓ IRCC round #238 · 5,500 ITAs · CRS 490 · Jan 18, 2023',
        details: ['IRCC round #238 · 5,500 ITAs · CRS 490 · Jan 18, 2023', 'No Program Specified'],
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=238',
      },
      expect.objectContaining({ tone: 'mismatch', text: 'IRCC round #237: CRS 507 (article: 517)' }),
      null,
    ]);
    // Rounds 239 to 246 came after; 246 is the feed's "12-04-2023" (DD-MM-YYYY) row.
    expect(answer.banners).toEqual([
      {
        text: '8 Express Entry rounds since this article · latest #246, Apr 12, 2023 · CRS 486',
        url: expect.stringMatching(/^https:\/\/www\.canada\.ca\/.*\?q=246$/),
      },
    ]);
  });

  it('no banner for a dismissed article, none from a widget’s rows alone', async () => {
    const published = { date: '2023-01-19', instant: null };
    const claim = claimOf('Express Entry draw #238 is out.', published.date);
    const request = { language: 'en' as const, published, claims: [claim] };
    expect((await answerRequest(db, request, text)).banners).toHaveLength(1);
    const dismissed = await answerRequest(db, request, text, { bannerDismissed: true });
    expect(dismissed.banners).toEqual([]);
    expect(dismissed.badges[0]).toMatchObject({ tone: 'ok' });
    // A sidebar's rows are as new as the page: they say nothing about what came after the article.
    const widget = await answerRequest(db, { ...request, claims: [{ ...claim, inSidebar: true }] }, text);
    expect(widget.banners).toEqual([]);
    expect(widget.badges[0]).toMatchObject({ tone: 'ok' });
  });

  it('words badges and banners in the language the page asks for, with IRCC’s French names', async () => {
    const claim = claimOf('Express Entry draw #240 took place.', '2023-03-01');
    const answer = await resolveAnnotations(
      db,
      { language: 'fr', published: { date: '2023-02-01', instant: null }, claims: [claim] },
      annotationTextIn('fr'),
    );
    const spaces = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaces(answer.badges[0]?.text)).toBe(
      '✓ Ronde IRCC nº 240 · 3 300 invitations · SCG 489 · 2 févr. 2023',
    );
    expect(answer.badges[0]?.details[1]).toBe('Programme des travailleurs qualifiés (fédéral)');
    expect(spaces(answer.banners[0]?.text)).toBe(
      '7 rondes d’Entrée express depuis cet article · le plus récent : nº 246, 12 avr. 2023 · SCG 486',
    );
  });

  it('gives no banner without a publication date, and nothing for no claims', async () => {
    const claim = claimOf('Express Entry draw #240 took place.', '2023-03-01');
    const answer = await resolveAnnotations(db, { language: 'en', published: null, claims: [claim] }, text);
    expect(answer.banners).toEqual([]);
    expect(answer.badges[0]?.text).toBe('✓ IRCC round #240 · 3,300 ITAs · CRS 489 · Feb 2, 2023');
    expect(await resolveAnnotations(db, { language: 'en', published: null, claims: [] }, text)).toEqual({
      badges: [],
      banners: [],
    });
  });
});

describe('syncUserSiteScripts', () => {
  function fakeApis(granted: string[], registered: Array<{ id: string; matches?: string[] }> = []) {
    const calls: string[] = [];
    let current = [...registered];
    const apis: SiteScriptApis = {
      contains: async (origin) => granted.includes(origin),
      getRegistered: async () => current,
      register: async (matches) => {
        calls.push(`register ${matches.join(' ')}`);
        current = [{ id: USER_SITES_SCRIPT_ID, matches }];
      },
      unregister: async () => {
        calls.push('unregister');
        current = [];
      },
    };
    return { apis, calls };
  }
  const settings = (overrides: Partial<AnnotationSettings>) => async () => ({
    ...defaultAnnotationSettings(),
    ...overrides,
  });

  it('registers the allowed sites that still have their permission', async () => {
    const { apis, calls } = fakeApis(['https://a.example', 'https://c.example']);
    const matches = await syncUserSiteScripts(
      apis,
      settings({ allowedSites: ['https://c.example', 'https://a.example', 'https://b.example'] }),
    );
    expect(matches).toEqual(['https://a.example/*', 'https://c.example/*']);
    expect(calls).toEqual(['register https://a.example/* https://c.example/*']);
  });

  it('changes nothing when the registration already matches', async () => {
    const { apis, calls } = fakeApis(
      ['https://a.example'],
      [{ id: USER_SITES_SCRIPT_ID, matches: ['https://a.example/*'] }],
    );
    await syncUserSiteScripts(apis, settings({ allowedSites: ['https://a.example'] }));
    expect(calls).toEqual([]);
  });

  it('unregisters when the permission is gone, the site turned off, or annotations are off', async () => {
    const existing = [{ id: USER_SITES_SCRIPT_ID, matches: ['https://a.example/*'] }];
    const site = 'https://a.example';
    const cases: Array<[string[], Partial<AnnotationSettings>]> = [
      [[], { allowedSites: [site] }],
      [[site], { allowedSites: [site], disabledSites: [site] }],
      [[site], { allowedSites: [site], enabled: false }],
    ];
    for (const [granted, overrides] of cases) {
      const { apis, calls } = fakeApis(granted, existing);
      expect(await syncUserSiteScripts(apis, settings(overrides))).toEqual([]);
      expect(calls).toEqual(['unregister']);
    }
  });
});

describe('resolution by indexed lookups: the cost follows the claims, not the history stored', () => {
  let db: DrawAlertsDatabase;
  let stored: StoredDraw[];

  beforeEach(async () => {
    db = openDrawAlertsDatabase('annotations-index-test');
    await db.delete();
    await db.open();
    stored = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()]
      .map((draw) => ({ ...draw, firstSeenAt: 0, revisions: [] }))
      .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.sequence - b.sequence));
    await db.draws.bulkPut(stored);
  });
  afterEach(() => db.close());

  /** A claim of every kind about each draw: its number, its day (each day of a range), its stream. */
  function claimsAbout(draws: readonly Draw[]): DrawClaim[] {
    const base = { figures: [], start: 0, end: 1 };
    return draws.flatMap((draw): DrawClaim[] => {
      const kind = draw.system === 'express-entry' ? ('express-entry' as const) : ('pnp' as const);
      const province = draw.province ?? undefined;
      const days = [draw.date, ...(draw.dateEnd !== null ? [draw.dateEnd] : [])];
      return [
        ...(draw.number !== null ? [{ ...base, kind, province, number: draw.number.toUpperCase() }] : []),
        ...days.map((date) => ({ ...base, kind, province, date })),
        ...days.map((date) => ({ ...base, kind, date, invitations: draw.invitations?.value })),
        { ...base, kind, province, date: draw.date, minScore: draw.minScore ?? undefined },
      ];
    });
  }

  it('resolves every claim as a scan of the whole store would', async () => {
    const claims = [
      ...claimsAbout(stored),
      { kind: 'express-entry' as const, number: '999', figures: [], start: 0, end: 1 },
      { kind: 'pnp' as const, province: 'QC' as const, date: '2026-06-18', figures: [], start: 0, end: 1 },
    ];
    expect(claims.length).toBeGreaterThan(1500);
    for (let first = 0; first < claims.length; first += MAX_CLAIMS_PER_REQUEST) {
      const batch = claims.slice(first, first + MAX_CLAIMS_PER_REQUEST);
      expect(resolveClaims(batch, await candidatesFor(db, batch))).toEqual(resolveClaims(batch, stored));
    }
    // A day inside a draw over several days, alone in its request (no other claim brings the draw).
    const ranges = stored.filter((draw) => draw.dateEnd !== null && draw.dateEnd > draw.date);
    expect(ranges.length).toBeGreaterThan(0);
    for (const draw of ranges) {
      const claim: DrawClaim = { kind: 'pnp', date: draw.dateEnd ?? '', figures: [], start: 0, end: 1 };
      expect(resolveClaims([claim], await candidatesFor(db, [claim]))).toEqual(
        resolveClaims([claim], stored),
      );
    }
  });

  it('reads only the draws the claims can be about, however long the history', async () => {
    const claims = claimsAbout(stored.filter((draw) => draw.id === 'ee:432' || draw.number === '273'));
    const before = (await candidatesFor(db, claims)).map((draw) => draw.id).sort();
    // Ten more years of history, every draw again under other numbers and dates.
    await db.draws.bulkPut(
      Array.from({ length: 10 }, (_, years) =>
        stored.map((draw) => ({
          ...draw,
          id: `${draw.id}~${years}`,
          number: draw.number === null ? null : `${draw.number}-${years}`,
          date: `${Number(draw.date.slice(0, 4)) - 20 - years}${draw.date.slice(4)}`,
          dateEnd: null,
          firstSeenAt: 0,
        })),
      ).flat(),
    );
    expect(await db.draws.count()).toBe(stored.length * 11);
    expect((await candidatesFor(db, claims)).map((draw) => draw.id).sort()).toEqual(before);
    // The draws with those numbers, and those of the month before each claimed day (a draw over
    // a range of days is found from any of them).
    expect(before.length).toBeLessThan(50);
  });

  it('resolves a draw a poll has just written, at once', async () => {
    await db.draws.clear();
    await db.sources.clear();
    const policy = (copy: string) => ({
      fetch: (async () =>
        new Response(sharedFixture('express-entry', `${copy}.json`))) as unknown as typeof fetch,
      timeoutMs: 1000,
    });
    const poll = (copy: string) =>
      pollSource(expressEntrySource, {
        db,
        policy: policy(copy),
        now: Date.now,
        random: () => 0.5,
        intervalMs: 1_800_000,
      });
    const request = parseAnnotateRequest({
      language: 'en',
      published: null,
      claims: [claimOf('Express Entry draw #356 invited 202 candidates.', '2025-07-22')],
    });
    await poll('2025-07-09');
    expect((await answerRequest(db, request, text)).badges).toEqual([null]);
    await poll('2025-07-24');
    expect((await answerRequest(db, request, text)).badges[0]).toMatchObject({
      tone: 'ok',
      text: expect.stringContaining('round #356 · 202 ITAs'),
    });
  });
});
