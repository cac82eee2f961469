// @vitest-environment happy-dom
import { createAnnotator } from '@/lib/annotate/annotator';
import { createBadge, createBanner } from '@/lib/annotate/badge-dom';
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
          claim.minScore === 517 ? 'IRCC: CRS 507 (article: 517)' : `✓ IRCC round #${claim.number ?? '238'}`,
        details: [],
        url: null,
      })),
      banners:
        request.published === null ? [] : [{ text: '8 Express Entry rounds since this article', url: null }],
    }),
  );
  const annotator = () =>
    createAnnotator({
      document,
      resolve: resolveAll,
      language: 'en',
      t,
      yieldToPage: () => Promise.resolve(),
      debounceMs: 10,
    });

  beforeEach(() => {
    resolveAll.mockClear();
    document.head.innerHTML = '<meta property="article:published_time" content="2023-01-19T15:00:00Z">';
    document.body.innerHTML = `<article><h2>News</h2>
      <p>On January 18, 2023, IRCC issued <strong>5</strong><strong>,500</strong> invitations in the Express Entry draw. The minimum CRS score was <em>490</em>. Read <a href="/x">Express Entry draw #238</a> online.</p>
      <p>On January 11, 2023, IRCC invited 5,500 candidates in an Express Entry draw with a minimum CRS score of 517.</p>
      <form><textarea>Express Entry draw #238 on January 18, 2023</textarea><input value="Express Entry draw #238"></form>
      <pre><code>Express Entry draw #238</code></pre><div contenteditable="true">Express Entry draw #239</div></article>`;
  });

  it('badges each claim once, right after it, never inside links, fields, code or editable text', async () => {
    const text = document.body.textContent;
    const first = annotator();
    await first.run();
    const hosts = [...document.querySelectorAll('[data-draw-alerts="badge"]')];
    expect(hosts.map((host) => host.shadowRoot?.querySelector('button')?.textContent)).toEqual([
      '✓ IRCC round #238',
      '✓ IRCC round #238',
      'IRCC: CRS 507 (article: 517)',
    ]);
    expect(hosts[0]?.previousSibling?.textContent).toBe('490');
    expect(hosts[1]?.previousElementSibling?.tagName).toBe('A');
    expect(document.querySelector('a')?.textContent).toBe('Express Entry draw #238');
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
    // Claims went out once, with the publication date.
    expect(resolveAll).toHaveBeenCalledTimes(1);
    expect(resolveAll.mock.calls[0]?.[0].published).toEqual({
      date: '2023-01-19',
      instant: '2023-01-19T15:00:00.000Z',
    });

    // A second annotator (a second injection) adds nothing.
    await annotator().run();
    expect(document.querySelectorAll('[data-draw-alerts]')).toHaveLength(4);

    first.removeAll();
    expect(document.querySelectorAll('[data-draw-alerts="badge"]').length).toBe(0);
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
});
