// @vitest-environment happy-dom
import { createAnnotator } from '@/lib/annotate/page/annotator';
import { createBadge, createBanner } from '@/lib/annotate/page/badge-dom';
import type { AnnotateRequest, AnnotateResponse, BadgeInfo } from '@/lib/annotate/wire';
import type { PageMessages } from '@/lib/i18n/messages';
import { PAGE_CATALOGS } from '@/lib/i18n/page-catalogs';
import { createTranslator } from '@/lib/i18n/translator';

const { t } = createTranslator<PageMessages>('en', PAGE_CATALOGS.en);
const HOSTILE = '<img src=x onerror="window.hacked=1">';

describe('badge DOM', () => {
  it('puts every text in as text, in a shadow root on a marked host, with a named button', () => {
    const info: BadgeInfo = {
      tone: 'mismatch',
      text: `IRCC: CRS 507 (article: 517) ${HOSTILE}`,
      details: [HOSTILE],
      url: 'https://www.canada.ca/x?q=237',
    };
    const host = createBadge(document, info, t);
    expect(host.getAttribute('data-draw-alerts')).toBe('badge');
    expect(host.childNodes).toHaveLength(0);
    const root = host.shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    const button = root?.querySelector('button');
    expect(button?.textContent).toBe(info.text);
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe(
      `Draw Alerts: the article differs from the official record. ${info.text}`,
    );
    const details = root?.getElementById(button?.getAttribute('aria-describedby') ?? '');
    expect(details?.textContent).toContain(HOSTILE);
    const link = root?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.canada.ca/x?q=237');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('links only to https URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'http://www.canada.ca/',
      'data:text/html,x',
      'https://user:pw@evil.example/',
    ]) {
      const host = createBadge(document, { tone: 'ok', text: '✓', details: [], url }, t);
      expect(host.shadowRoot?.querySelector('a')).toBeNull();
    }
    const banner = createBanner(
      document,
      [{ text: '2 MPNP draws since this article', url: 'javascript:void 0' }],
      t,
    );
    expect(banner.shadowRoot?.querySelector('a')).toBeNull();
    expect(banner.shadowRoot?.textContent).toContain('2 MPNP draws since this article');
  });

  it('opens its details with the button, for touch and keyboard', () => {
    const host = createBadge(
      document,
      { tone: 'ok', text: '✓ IRCC round #238', details: ['x'], url: null },
      t,
    );
    const button = host.shadowRoot?.querySelector('button');
    button?.click();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    button?.click();
    expect(button?.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('annotator on a page', () => {
  const resolveAll = vi.fn(
    async (request: AnnotateRequest): Promise<AnnotateResponse> => ({
      badges: request.claims.map((claim) => ({
        tone: claim.minScore === 517 ? 'mismatch' : 'ok',
        text:
          claim.minScore === 517
            ? 'IRCC round #237: CRS 507 (article: 517)'
            : `✓ IRCC round #${claim.number ?? '238'}`,
        details: [],
        url: null,
      })),
      banners:
        request.published === null ? [] : [{ text: '8 Express Entry rounds since this article', url: null }],
    }),
  );
  const dismissBanner = vi.fn();
  const annotator = () =>
    createAnnotator({
      document,
      resolve: resolveAll,
      language: 'en',
      t,
      yieldToPage: () => Promise.resolve(),
      debounceMs: 10,
      dismissBanner,
    });
  const texts = (selector: string) =>
    [...document.querySelectorAll(selector)].map(
      (host) => host.shadowRoot?.querySelector('button, [role="img"]')?.textContent,
    );

  beforeEach(() => {
    resolveAll.mockClear();
    dismissBanner.mockClear();
    document.head.innerHTML = '<meta property="article:published_time" content="2023-01-19T15:00:00Z">';
    document.body.innerHTML = `<article><h2>News</h2>
      <p>On January 18, 2023, IRCC issued <strong>5</strong><strong>,500</strong> invitations in the Express Entry draw. The minimum CRS score was <em>490</em>. Read <a href="/x">Express Entry draw #238</a> online.</p>
      <p>On January 11, 2023, IRCC invited 5,500 candidates in an Express Entry draw with a minimum CRS score of 517.</p>
      <form><textarea>Express Entry draw #238 on January 18, 2023</textarea><input value="Express Entry draw #238"></form>
      <pre><code>Express Entry draw #238</code></pre><div contenteditable="true">Express Entry draw #239</div></article>`;
  });

  it('badges a round once in full, marks its repeats, never inside links, fields, code or editable text', async () => {
    const text = document.body.textContent;
    const first = annotator();
    await first.run();
    expect(texts('[data-draw-alerts="badge"]')).toEqual([
      '✓ IRCC round #238',
      'IRCC round #237: CRS 507 (article: 517)',
      '✓ IRCC round #239',
    ]);
    // The link's round is the paragraph's: a compact mark, no tab stop of its own, the record as its name.
    const marks = [...document.querySelectorAll('[data-draw-alerts="mark"]')];
    expect(marks).toHaveLength(1);
    expect(marks[0]?.previousElementSibling?.tagName).toBe('A');
    const mark = marks[0]?.shadowRoot?.querySelector('[role="img"]');
    expect(mark?.getAttribute('aria-label')).toBe('Draw Alerts, as above: ✓ IRCC round #238');
    expect(marks[0]?.shadowRoot?.querySelector('button, a, [tabindex]')).toBeNull();
    expect(first.stats).toMatchObject({ badges: 3, marks: 1, claims: 4 });

    const hosts = [...document.querySelectorAll('[data-draw-alerts="badge"]')];
    expect(hosts[0]?.previousSibling?.textContent).toBe('490');
    expect(document.querySelector('a')?.textContent).toBe('Express Entry draw #238');
    // An editable region is read (a page cannot hide claims in one) but its badge goes after it.
    expect(hosts[2]?.previousElementSibling?.getAttribute('contenteditable')).toBe('true');
    expect(
      document.querySelectorAll(
        'form [data-draw-alerts], pre [data-draw-alerts], [contenteditable] [data-draw-alerts]',
      ),
    ).toHaveLength(0);
    expect(document.querySelector('article')?.firstElementChild?.getAttribute('data-draw-alerts')).toBe(
      'banner',
    );
    // The page's text is unchanged (badges and banner keep theirs in shadow roots).
    expect(document.body.textContent).toBe(text);
    // Claims went out once, each distinct claim once, with the publication date.
    expect(resolveAll).toHaveBeenCalledTimes(1);
    expect(resolveAll.mock.calls[0]?.[0].claims).toHaveLength(4);
    expect(resolveAll.mock.calls[0]?.[0].published).toEqual({
      date: '2023-01-19',
      instant: '2023-01-19T15:00:00.000Z',
    });

    // A second annotator (a second injection) adds nothing.
    await annotator().run();
    expect(document.querySelectorAll('[data-draw-alerts]')).toHaveLength(5);

    first.removeAll();
    expect(document.querySelectorAll('[data-draw-alerts="badge"], [data-draw-alerts="mark"]').length).toBe(0);
  });

  it('asks once for the same claim mentioned twice', async () => {
    document.body.innerHTML =
      '<article><p>Express Entry draw #238 was big.</p><p>Again: Express Entry draw #238.</p></article>';
    await annotator().run();
    expect(resolveAll.mock.calls[0]?.[0].claims).toHaveLength(1);
    expect(document.querySelectorAll('[data-draw-alerts="badge"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-draw-alerts="mark"]')).toHaveLength(1);
  });

  it('is not suppressed or fooled by look-alikes a page plants (issue 13)', async () => {
    // A planted "badge" right after the figure and a planted "banner" at the top of the article.
    document.body.innerHTML = `<article><div data-draw-alerts="banner">Nothing new since this article</div>
      <p>The Express Entry draw on January 11, 2023 had a minimum CRS score of 517<span data-draw-alerts="badge">✓ all good</span>.</p>
      <p data-draw-alerts="badge">Express Entry draw #238 happened.</p></article>`;
    await annotator().run();
    // Ours: the mismatch inside the paragraph and the claim the page tried to hide, plus our banner.
    expect(texts('[data-draw-alerts="badge"]').filter((item) => item !== undefined)).toEqual([
      'IRCC round #237: CRS 507 (article: 517)',
      '✓ IRCC round #238',
    ]);
    const banners = [...document.querySelectorAll('[data-draw-alerts="banner"]')];
    expect(banners).toHaveLength(2);
    expect(banners[0]?.shadowRoot?.textContent).toContain('8 Express Entry rounds since this article');
  });

  it('remembers a dismissed banner: the choice is passed on, later content does not bring it back', async () => {
    const instance = annotator();
    await instance.run();
    instance.observe();
    const banner = document.querySelector('[data-draw-alerts="banner"]');
    const dismiss = banner?.shadowRoot?.querySelector('button') as HTMLButtonElement | null;
    dismiss?.click();
    expect(document.querySelector('[data-draw-alerts="banner"]')).toBeNull();
    expect(dismissBanner).toHaveBeenCalledTimes(1);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Update: Express Entry draw #240 followed on February 2, 2023.';
    document.querySelector('article')?.append(paragraph);
    await vi.waitFor(() => expect(paragraph.querySelector('[data-draw-alerts="badge"]')).not.toBeNull());
    expect(document.querySelector('[data-draw-alerts="banner"]')).toBeNull();
    instance.stop();
  });

  it('leaves a page without a draw mention exactly as it was, and asks nothing', async () => {
    document.body.innerHTML =
      '<article><p>Canada welcomed 437,000 newcomers in 2022, a record.</p><p>The report lists 114,431 invitations for the year.</p></article>';
    const before = document.body.innerHTML;
    await annotator().run();
    expect(document.body.innerHTML).toBe(before);
    expect(resolveAll).not.toHaveBeenCalled();
  });

  it('handles content the page adds later', async () => {
    const instance = annotator();
    await instance.run();
    instance.observe();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Update: Express Entry draw #240 followed on February 2, 2023.';
    document.querySelector('article')?.append(paragraph);
    await vi.waitFor(() => expect(paragraph.querySelector('[data-draw-alerts="badge"]')).not.toBeNull());
    expect(paragraph.querySelector('[data-draw-alerts]')?.shadowRoot?.textContent).toContain('#240');
    instance.stop();
  });

  it('says in the banner what its limits left unread and unmarked', async () => {
    const rounds = Array.from({ length: 1100 }, (_, index) => `<li>Express Entry draw #${1000 + index}</li>`);
    document.body.innerHTML = `<article><ul>${rounds.join('')}</ul></article>`;
    const instance = annotator();
    await instance.run();
    expect(instance.stats).toMatchObject({ claims: 1000, stoppedAtLimit: true, badges: 500, unmarked: 500 });
    expect(instance.stats.requests).toBe(10);
    const banner = document.querySelector('[data-draw-alerts="banner"]')?.shadowRoot?.textContent ?? '';
    expect(banner).toContain('Draw Alerts stopped after the first 1,000 draw mentions of this page.');
    expect(banner).toContain('500 more mentions were checked, not marked (too many).');
  });

  it('slices its work by time, not by element: one huge block is split too', async () => {
    let clock = 0;
    const sentences = Array.from(
      { length: 3000 },
      (_, index) => `Express Entry draw #${100 + (index % 800)}`,
    );
    document.body.innerHTML = `<article><p>${sentences.join(', and ')}.</p></article>`;
    let pauses = 0;
    const instance = createAnnotator({
      document,
      resolve: resolveAll,
      language: 'en',
      t,
      // Every reading of the clock advances it: each unit of work "takes" 1 ms.
      now: () => clock++,
      sliceMs: 2,
      yieldToPage: async () => {
        pauses += 1;
      },
    });
    await instance.run();
    // One paragraph, many slices, none longer than the budget and the unit that crossed it.
    expect(pauses).toBeGreaterThan(10);
    expect(instance.stats.longestSliceMs).toBeLessThanOrEqual(4);
  });
});
