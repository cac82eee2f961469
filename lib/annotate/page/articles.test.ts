// @vitest-environment happy-dom

import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { extractPublishedDate } from '@/lib/annotate/page/published-date';
import { type FoundClaim, readRoots } from '@/lib/annotate/page/reader';
import { createSlicer } from '@/lib/annotate/page/slicer';
import { indexTextBlocks, positionAt } from '@/lib/annotate/page/text-index';
import { sharedFixture } from '@/tests/support/fixtures';

/**
 * A page around a recorded article body, in a document of its own (no browsing context: embedded
 * iframes are never loaded). These bodies come from January 2023 RSS items; the item date stands in
 * for the page's metadata.
 */
function pageOf(bodyHtml: string, published: string): Document {
  const page = document.implementation.createHTMLDocument('');
  page.head.innerHTML = `<meta property="article:published_time" content="${published}T12:00:00Z">`;
  // happy-dom would try to load the embedded iframes (the annotator never reads them): left out.
  page.body.innerHTML = `<main><article>${bodyHtml.replace(/<iframe[\s\S]*?<\/iframe>/g, '')}</article></main>`;
  return page;
}

/** The annotator's page reader on the whole page (a site the user added), claims in document order. */
async function foundOn(page: Document): Promise<FoundClaim[]> {
  const published = extractPublishedDate(page)?.date;
  const { found } = await readRoots(
    [{ element: page.body }],
    { language: 'en', today: '2023-03-01', ...(published === undefined ? {} : { published }) },
    {
      slicer: createSlicer({ now: () => 0, sliceMs: 8, yieldToPage: () => Promise.resolve() }),
      maxClaims: 1000,
      skip: () => false,
    },
  );
  const FOLLOWING = 4;
  return found.sort((a, b) => {
    const first = positionAt(a.block, a.claim.start, 'before')?.node;
    const second = positionAt(b.block, b.claim.start, 'before')?.node;
    if (first === undefined || second === undefined || first === second) return a.claim.start - b.claim.start;
    return first.compareDocumentPosition(second) & FOLLOWING ? -1 : 1;
  });
}

function articleBody(file: string): Element {
  return pageOf(sharedFixture('articles', file), '2023-01-01').body;
}

async function claimsOf(file: string, published: string): Promise<DrawClaim[]> {
  return (await foundOn(pageOf(sharedFixture('articles', file), published))).map((found) => found.claim);
}

describe('claims in real article bodies', () => {
  it('cicnews report on Express Entry in 2021: nothing is claimed', async () => {
    const file = 'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html';
    // The page is full of figures; none of them is a draw's.
    expect(indexTextBlocks(articleBody(file)).some((block) => block.text.includes('114,431'))).toBe(true);
    expect(await claimsOf(file, '2023-02-22')).toEqual([]);
  });

  it('immigrationcoach draw 238: the split "5,500", the CRS and the number in the footer', async () => {
    const found = await foundOn(
      pageOf(sharedFixture('articles', 'immigrationcoach-express-entry-draw-238.html'), '2023-01-18'),
    );
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

  it('immigrationcoach SINP: one provincial claim, and the NOC table yields nothing', async () => {
    const claims = await claimsOf(
      'immigrationcoach-sinp-isw-eoi-express-entry-draw-dec-21-22.html',
      '2022-12-22',
    );
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

  it('immigrationnewscanada Manitoba: the draw of the day, not the earlier one it is compared to', async () => {
    const claims = await claimsOf(
      'immigrationnewscanada-latest-manitoba-pnp-draw-sent-336-new-invites-for-pr.html',
      '2023-01-26',
    );
    expect(claims).toEqual([
      expect.objectContaining({ kind: 'pnp', province: 'MB', date: '2023-01-26', invitations: 336 }),
    ]);
  });

  it('immigrationnewscanada BC PNP: "more than 270" stays a bound', async () => {
    const claims = await claimsOf(
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

  it('immigrationnewscanada OINP: the year comes from the publication date; profile-creation dates are not draw dates', async () => {
    const claims = await claimsOf(
      'immigrationnewscanada-new-oinp-draw-invites-1252-express-entry-profiles-january-13.html',
      '2023-01-13',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim).toMatchObject({ kind: 'pnp', province: 'ON', date: '2023-01-13', invitations: 1252 });
    }
  });

  it('immigrationnewscanada OINP Masters: "Today" is the publication day', async () => {
    const claims = await claimsOf(
      'immigrationnewscanada-ontario-pnp-oinp-sent-692-new-invitations-for-pr.html',
      '2023-01-26',
    );
    expect(claims).toEqual([
      expect.objectContaining({ province: 'ON', date: '2023-01-26', invitations: 692 }),
    ]);
  });
});

describe('a table of recent draws on a page', () => {
  it('gives one claim per row, with figures in their cells', async () => {
    const page = pageOf(
      '<table><tr><th>Date</th><th>Round type</th><th>ITAs</th><th>CRS cut-off</th></tr>' +
        '<tr><td>January 18, 2023</td><td>No Program Specified</td><td>5,500</td><td>490</td></tr>' +
        '<tr><td>January 11, 2023</td><td>No Program Specified</td><td><b>5</b>,500</td><td>507</td></tr></table>',
      '2023-01-20',
    );
    const found = await foundOn(page);
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

describe('a long page', () => {
  it('gives the same claims as each article alone, ten times over', async () => {
    const report = sharedFixture(
      'articles',
      'cicnews-canada-releases-annual-report-on-express-entry-for-2021-0233078.html',
    );
    const draw238 = sharedFixture('articles', 'immigrationcoach-express-entry-draw-238.html');
    const found = await foundOn(pageOf(`${report}${draw238}`.repeat(10), '2023-02-22'));
    expect(found).toHaveLength(2 * 10);
    expect(new Set(found.map((item) => item.claim.invitations ?? item.claim.number))).toEqual(
      new Set([5500, '238']),
    );
  });
});
