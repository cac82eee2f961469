import type { Draw } from '@/lib/draws/draw';
import { exact, faultOf, parseWith, sortById, sourceOf } from '@/lib/sources/pnp/testing';
import * as mbFile from '@/lib/sources/provinces/mb';
import { MB_POSTS_READ } from '@/lib/sources/provinces/mb';
import { SourceFault } from '@/lib/sources/source';
import { ownFixture } from '@/tests/support/fixtures';

const mbSource = sourceOf(mbFile);

const index = ownFixture('pnp', 'mb-index.html');
const POST_270 = 'https://immigratemanitoba.com/2026/05/expression-of-interest-draw-270/';
const POST_273 = 'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/';
const posts = {
  [POST_270]: ownFixture('pnp', 'mb-draw-270.html'),
  [POST_273]: ownFixture('pnp', 'mb-draw-273.html'),
};

const SKILLED_WORKER_STREAM_NOTE =
  'Profiles submitted under the Skilled Worker in Manitoba pathway or the Skilled Worker Overseas pathway that declared being directly invited by the MPNP under a strategic recruitment initiative.';

type Facts = Pick<
  Draw,
  'id' | 'number' | 'date' | 'category' | 'categoryName' | 'invitations' | 'url' | 'notes'
>;
const draw = (facts: Facts): Draw => ({
  system: 'pnp',
  sourceId: 'pnp-mb',
  province: 'MB',
  sequence: expect.any(Number) as unknown as number,
  dateEnd: null,
  minScore: null,
  scoreScale: 'mpnp-eoi',
  expressEntry: null,
  facts: [],
  ...facts,
});

describe('Manitoba (MPNP)', () => {
  it('follows the index to each draw post and reads one draw per stream and selection', async () => {
    const result = await parseWith(mbSource, index, posts);
    expect(result.skipped).toBe(0);
    expect(sortById(result.draws)).toEqual(
      sortById([
        draw({
          id: 'mb:2026-05-21:270:skilled-worker-in-manitoba-occupation-specific-selection',
          number: '270',
          date: '2026-05-21',
          category: 'mb-skilled-worker-in-manitoba',
          categoryName: 'Skilled Worker in Manitoba – Occupation-specific selection',
          invitations: exact(431),
          url: POST_270,
          notes:
            'Profiles declaring current employment in Manitoba in the unit groups listed below were considered.',
        }),
        draw({
          id: 'mb:2026-05-21:270:skilled-worker-stream',
          number: '270',
          date: '2026-05-21',
          category: 'mb-skilled-worker-stream',
          categoryName: 'Skilled Worker Stream',
          invitations: exact(475),
          url: POST_270,
          notes: SKILLED_WORKER_STREAM_NOTE,
        }),
        draw({
          id: 'mb:2026-06-18:273:skilled-worker-stream',
          number: '273',
          date: '2026-06-18',
          category: 'mb-skilled-worker-stream',
          categoryName: 'Skilled Worker Stream',
          invitations: exact(124),
          url: POST_273,
          notes: SKILLED_WORKER_STREAM_NOTE,
        }),
      ]),
    );
  });

  it('reads the lowest-ranked candidate score when a post gives one', async () => {
    const withScore = posts[POST_273]?.replace(
      '<li>Number of Letters of Advice to Apply issued: <strong>124</strong></li>',
      '<li>Number of Letters of Advice to Apply issued: <strong>124</strong></li><li>Ranking score of lowest-ranked candidate invited: <strong>612</strong></li>',
    );
    const { draws } = await parseWith(mbSource, index, { ...posts, [POST_273]: withScore ?? '' });
    expect(draws.find((d) => d.number === '273')).toMatchObject({ minScore: 612, invitations: exact(124) });
    expect(draws.filter((d) => d.number === '270').map((d) => d.minScore)).toEqual([null, null]);
  });

  it(`reads at most the newest ${MB_POSTS_READ} posts`, async () => {
    const links = Array.from(
      { length: 14 },
      (_, i) =>
        `<a href="/2026/0${1 + (i % 6)}/expression-of-interest-draw-${300 + i}/">Draw #${300 + i}</a>`,
    ).join('');
    const asked: string[] = [];
    const result = await mbSource.parse(`<html lang="en"><body>${links}</body></html>`, {
      url: 'https://immigratemanitoba.com/draws/',
      fetchText: async (url) => {
        asked.push(url);
        return (posts[POST_273] ?? '').replace(/#273/g, `#${/draw-(\d+)/.exec(url)?.[1]}`);
      },
    });
    expect(asked).toHaveLength(MB_POSTS_READ);
    expect(asked.map((url) => Number(/draw-(\d+)/.exec(url)?.[1])).sort()).toEqual(
      Array.from({ length: MB_POSTS_READ }, (_, i) => 304 + i),
    );
    expect(new Set(result.draws.map((d) => d.number)).size).toBe(MB_POSTS_READ);
  });

  it('counts a post that cannot be fetched or read, and keeps the others', async () => {
    const missing270 = await parseWith(mbSource, index, { [POST_273]: posts[POST_273] ?? '' });
    expect(missing270.draws.map((d) => d.id)).toEqual(['mb:2026-06-18:273:skilled-worker-stream']);
    expect(missing270.skipped).toBe(1);
    expect(missing270.skippedReasons).toEqual(['draw #270: the post could not be fetched']);

    const unreadable270 = await parseWith(mbSource, index, {
      ...posts,
      [POST_270]:
        '<html lang="en"><body><h1>Expression of Interest Draw #270</h1><p>Coming soon</p></body></html>',
    });
    expect(unreadable270.draws.map((d) => d.number)).toEqual(['273']);
    expect(unreadable270.skippedReasons).toEqual(['draw #270: no draw date']);
  });

  it('reports a network failure of every post as that failure', async () => {
    const fault = await faultOf(parseWith(mbSource, index, {}));
    expect(fault).toBeInstanceOf(SourceFault);
    expect(fault.kind).toBe('http');
  });

  it('is a layout fault when the index links no draw posts, and an empty fault when it is empty', async () => {
    const fault = await faultOf(
      parseWith(
        mbSource,
        '<html lang="en"><head><title>Page not found | Manitoba Immigration</title></head><body></body></html>',
      ),
    );
    expect(fault.kind).toBe('layout');
    expect(fault.message).toBe(
      'no links to "Expression of Interest Draw #N" posts (it looks like a sign-in or error page ("Page not found | Manitoba Immigration")).',
    );
    expect((await faultOf(parseWith(mbSource, '  \n'))).kind).toBe('empty');
  });
});
