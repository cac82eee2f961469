// @vitest-environment happy-dom
import { analyseArticle } from '@/lib/annotate/analyse-article';
import { badgeText } from '@/lib/annotate/badge-text';
import type { DrawClaim } from '@/lib/annotate/claim';
import { findClaimsInBlocks } from '@/lib/annotate/scan';
import { indexTextBlocks, positionAt } from '@/lib/annotate/text-index';
import type { Draw } from '@/lib/draws/draw';
import { translatorFor } from '@/lib/i18n/catalogs';
import { sharedFixture } from '@/tests/support/fixtures';

/** An article body as a detached element (detached: embedded iframes are never loaded). */
function articleBody(file: string): Element {
  const template = document.createElement('template');
  template.innerHTML = sharedFixture('articles', file);
  const root = document.createElement('article');
  root.append(template.content);
  return root;
}

/** These bodies come from January 2023 RSS items; the item date stands in for the page's metadata. */
function claimsOf(file: string, published: string): DrawClaim[] {
  const root = articleBody(file);
  return findClaimsInBlocks(indexTextBlocks(root, document), { published }).map((found) => found.claim);
}

describe('claims in real article bodies', () => {
  it('cicnews report on Express Entry in 2021: nothing is claimed', () => {
    const file = 'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html';
    const root = articleBody(file);
    const blocks = indexTextBlocks(root, document);
    // The page is full of figures; none of them is a draw's.
    expect(blocks.some((block) => block.text.includes('114,431'))).toBe(true);
    expect(findClaimsInBlocks(blocks, { published: '2023-02-22' })).toEqual([]);
  });

  it('immigrationcoach draw 238: the split "5,500", the CRS and the number in the footer', () => {
    const root = articleBody('immigrationcoach-express-entry-draw-238.html');
    const found = findClaimsInBlocks(indexTextBlocks(root, document), { published: '2023-01-18' });
    expect(found.map((item) => item.claim)).toMatchObject([
      {
        kind: 'express-entry',
        date: '2023-01-18',
        invitations: 5500,
        minScore: 490,
        categoryHint: 'general',
      },
      { kind: 'express-entry', number: '238' },
    ]);
    // The badge for the count goes right after the "500" of the second <strong>.
    const first = found[0];
    const figure = first?.claim.figures.find((item) => item.field === 'invitations');
    if (first === undefined || figure === undefined) throw new Error('no invitations figure');
    expect(first.block.text.slice(figure.start, figure.end)).toBe('5,500');
    const end = positionAt(first.block, figure.end);
    expect(end?.node.parentElement?.tagName).toBe('STRONG');
    expect(end?.node.data.slice(0, end.offset)).toBe(',500');
  });

  it('immigrationcoach SINP: one provincial claim, and the NOC table yields nothing', () => {
    const claims = claimsOf('immigrationcoach-sinp-isw-eoi-express-entry-draw-dec-21-22.html', '2022-12-22');
    expect(claims).toEqual([
      expect.objectContaining({
        kind: 'pnp',
        province: 'SK',
        date: '2022-12-21',
        invitations: 153,
        minScore: 80,
      }),
    ]);
  });

  it('immigrationnewscanada Manitoba: the draw of the day, not the earlier one it is compared to', () => {
    const claims = claimsOf(
      'immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html',
      '2023-01-26',
    );
    expect(claims).toEqual([
      expect.objectContaining({ kind: 'pnp', province: 'MB', date: '2023-01-26', invitations: 336 }),
    ]);
  });

  it('immigrationnewscanada BC PNP: "more than 270" stays a bound', () => {
    const claims = claimsOf(
      'immigrationnewscanada-bc-pnp-sent-more-than-270-new-invitations-for-pr.html',
      '2023-01-24',
    );
    expect(claims).toEqual([
      expect.objectContaining({
        province: 'BC',
        date: '2023-01-24',
        invitations: 270,
        invitationsQualifier: 'more-than',
      }),
    ]);
  });

  it('immigrationnewscanada OINP: the year comes from the publication date; profile-creation dates are not draw dates', () => {
    const claims = claimsOf(
      'immigrationnewscanada-new-oinp-draw-invites-1252-express-entry-profiles-january-13.html',
      '2023-01-13',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim).toMatchObject({ kind: 'pnp', province: 'ON', date: '2023-01-13', invitations: 1252 });
    }
  });

  it('immigrationnewscanada OINP Masters: "Today" is the publication day', () => {
    const claims = claimsOf(
      'immigrationnewscanada-ontario-pnp-oinp-sent-692-new-invitations-for-pr.html',
      '2023-01-26',
    );
    expect(claims).toEqual([
      expect.objectContaining({ province: 'ON', date: '2023-01-26', invitations: 692 }),
    ]);
  });
});

describe('a table of recent draws on a page', () => {
  it('gives one claim per row, with figures in their cells', () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<table><tr><th>Date</th><th>Round type</th><th>ITAs</th><th>CRS cut-off</th></tr>' +
      '<tr><td>January 18, 2023</td><td>No Program Specified</td><td>5,500</td><td>490</td></tr>' +
      '<tr><td>January 11, 2023</td><td>No Program Specified</td><td><b>5</b>,500</td><td>507</td></tr></table>';
    const root = document.createElement('div');
    root.append(template.content);
    const found = findClaimsInBlocks(indexTextBlocks(root, document), { published: '2023-01-20' });
    expect(
      found.map((item) => [item.claim.kind, item.claim.date, item.claim.invitations, item.claim.minScore]),
    ).toEqual([
      ['express-entry', '2023-01-18', 5500, 490],
      ['express-entry', '2023-01-11', 5500, 507],
    ]);
    const last = found[1];
    const score = last?.claim.figures.find((figure) => figure.field === 'minScore');
    if (last === undefined || score === undefined) throw new Error('no score figure');
    expect(positionAt(last.block, score.end)?.node.parentElement?.textContent).toBe('507');
    expect(last.claim.categoryHint).toBe('general');
  });
});

describe('a page of about 1 MB', () => {
  it('is indexed and searched quickly, with the same claims as each article alone', () => {
    const report = sharedFixture(
      'articles',
      'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html',
    );
    const draw238 = sharedFixture('articles', 'immigrationcoach-express-entry-draw-238.html');
    const template = document.createElement('template');
    template.innerHTML = `${report}${draw238}`.repeat(40);
    const root = document.createElement('div');
    root.append(template.content);
    const started = performance.now();
    const found = findClaimsInBlocks(indexTextBlocks(root, document), { published: '2023-02-22' });
    // Generous bound (about 150 ms here): it catches a quadratic walk or a backtracking pattern.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(found).toHaveLength(2 * 40);
    expect(new Set(found.map((item) => item.claim.invitations ?? item.claim.number))).toEqual(
      new Set([5500, '238']),
    );
  });
});

describe('analyseArticle', () => {
  const mbDraws: Draw[] = [
    ...sharedFixture('pnp', 'mb-feed.2023-01-27.rss.xml').matchAll(
      /<title>Expression of Interest Draw #(\d+)<\/title>\s*<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g,
    ),
  ].map(([, number = '', url = '', pubDate = '']) => ({
    id: `mb:${number}`,
    system: 'pnp',
    sourceId: 'pnp-mb',
    province: 'MB',
    number,
    sequence: Number(number),
    date: new Date(pubDate).toISOString().slice(0, 10),
    dateEnd: null,
    category: 'mb-eoi',
    categoryName: 'Expression of Interest draw',
    // The feed gives no counts: a record without one cannot confirm or refute the article's.
    invitations: null,
    minScore: null,
    scoreScale: 'mpnp-eoi',
    url,
    expressEntry: null,
    facts: [],
    notes: '',
  }));

  it('runs the page pipeline: publication date, claims, resolution, draws since', () => {
    const root = articleBody(
      'immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html',
    );
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2023-01-12T20:00:00+00:00');
    const page = document.implementation.createHTMLDocument('');
    page.head.append(meta);

    // Pretend the page was published on January 12 (draw #165): the claim of January 26 then
    // resolves to #166, which also counts as a draw since publication.
    const analysis = analyseArticle(root, page, mbDraws);
    expect(analysis.published).toEqual({
      date: '2023-01-12',
      instant: '2023-01-12T20:00:00.000Z',
      source: 'meta',
    });
    expect(mbDraws.map((draw) => draw.number)).toContain('166');
    const [item] = analysis.claims;
    expect(item?.resolution.status).toBe('matched');
    if (item?.resolution.status !== 'matched') return;
    expect(item.resolution.draw.number).toBe('166');
    expect(item.resolution.verdicts).toContainEqual({
      field: 'invitations',
      status: 'unknown',
      article: 336,
    });
    expect(badgeText(item.resolution, translatorFor('en').t, { number: String, date: (iso) => iso })).toBe(
      '✓ MPNP draw #166 · 2023-01-26',
    );
    expect(analysis.since).toEqual([
      {
        scope: { system: 'pnp', province: 'MB' },
        count: 1,
        latest: expect.objectContaining({ number: '166' }),
      },
    ]);
  });
});
