import { findClaimsInText } from '@/lib/annotate/find-mentions';
import { type AnnotationSettings, defaultAnnotationSettings } from '@/lib/annotate/settings';
import { USER_SITES_SCRIPT_ID } from '@/lib/annotate/sites';
import { MAX_CLAIMS_PER_REQUEST } from '@/lib/annotate/wire';
import {
  AnnotationRequestError,
  annotationTextIn,
  parseAnnotateRequest,
  resolveAnnotations,
  type SiteScriptApis,
  syncUserSiteScripts,
} from '@/lib/background/annotations';
import { type DrawAlertsDatabase, openDrawAlertsDatabase } from '@/lib/db/database';
import { parseExpressEntryFeed } from '@/lib/sources/express-entry/parse-feed';
import { sharedFixture } from '@/tests/support/fixtures';

const claimOf = (text: string, published: string) => {
  const [claim] = findClaimsInText(text, { published });
  if (claim === undefined) throw new Error(`no claim in: ${text}`);
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
      'unknown claim key',
      {
        language: 'en',
        published: null,
        claims: [{ ...valid.claims[0], html: '<img src=x onerror=alert(1)>' }],
      },
    ],
    [
      'a number that is not a draw number',
      { language: 'en', published: null, claims: [{ ...valid.claims[0], number: '238; DROP' }] },
    ],
    [
      'a date that is not ISO',
      { language: 'en', published: { date: '19/01/2023', instant: null }, claims: [] },
    ],
    [
      'a negative count',
      { language: 'en', published: null, claims: [{ ...valid.claims[0], invitations: -5 }] },
    ],
    [
      'a fractional score',
      { language: 'en', published: null, claims: [{ ...valid.claims[0], minScore: 490.5 }] },
    ],
    [
      'an unknown province',
      { language: 'en', published: null, claims: [{ ...valid.claims[0], kind: 'pnp', province: 'XX' }] },
    ],
    [
      'too many figures',
      {
        language: 'en',
        published: null,
        claims: [{ ...valid.claims[0], figures: Array(11).fill({ field: 'number', start: 0, end: 1 }) }],
      },
    ],
  ])('rejects %s with a clear error', (_, data) => {
    expect(() => parseAnnotateRequest(data)).toThrow(AnnotationRequestError);
    expect(() => parseAnnotateRequest(data)).toThrow(/^annotate: /);
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
    await db.draws.bulkPut(draws.map((draw) => ({ ...draw, firstSeenAt: 0 })));
  });

  afterEach(() => db.close());

  const text = annotationTextIn('en');

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
    const answer = await resolveAnnotations(db, request, text);
    expect(answer.badges).toEqual([
      {
        tone: 'ok',
        text: '✓ IRCC round #238 · 5,500 ITAs · CRS 490 · Jan 18, 2023',
        details: ['IRCC round #238 · 5,500 ITAs · CRS 490 · Jan 18, 2023', 'No Program Specified'],
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=238',
      },
      expect.objectContaining({ tone: 'mismatch', text: 'IRCC: CRS 507 (article: 517)' }),
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
