import { defaultAnnotationSettings } from '@/lib/annotate/sites/settings';
import {
  annotationStart,
  articleAddress,
  DISMISSED_BANNERS_KEY,
  dismissBanner,
  isBannerDismissed,
  MAX_DISMISSED,
  startOf,
} from '@/lib/background/annotation-pages';
import { SenderRefused } from '@/lib/messaging/senders';

function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  return {
    items,
    get: async (key: string) => (Object.hasOwn(items, key) ? { [key]: items[key] } : {}),
    set: async (values: Record<string, unknown>) => {
      Object.assign(items, values);
    },
  };
}

describe('annotationStart: the background decides for the page', () => {
  const settings = defaultAnnotationSettings();

  it('runs on a curated site, with its layout, in the page’s language when we speak it', () => {
    const start = annotationStart(
      settings,
      'auto',
      'en-US',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/nouvelles/2025/03/x.html',
      'fr-CA',
    );
    expect(start).toMatchObject({
      active: true,
      language: 'fr',
      site: { language: 'fr', article: ['main'] },
    });
    expect(start.site).not.toHaveProperty('matches');
    const cicnews = annotationStart(settings, 'auto', 'fr', 'https://www.cicnews.com/2023/01/x.html', null);
    expect(cicnews).toMatchObject({
      language: 'fr',
      site: { published: [{ selector: '.post_date_box .date' }] },
    });
  });

  it('does not run where the user turned it off; a site the user added reads the generic way', () => {
    const off = { ...settings, disabledSites: ['https://www.cicnews.com'] };
    expect(annotationStart(off, 'auto', 'en', 'https://www.cicnews.com/x', 'en').active).toBe(false);
    expect(
      annotationStart({ ...settings, enabled: false }, 'auto', 'en', 'https://www.cicnews.com/x', 'en')
        .active,
    ).toBe(false);
    expect(annotationStart(settings, 'en', 'fr', 'https://example-news.test/a', 'de').site.generic).toBe(
      true,
    );
    // A page language we do not speak: the user's setting.
    expect(annotationStart(settings, 'en', 'fr', 'https://example-news.test/a', 'de').language).toBe('en');
  });

  it('answers only a content script in a tab', async () => {
    const deps = {
      area: memoryArea(),
      extensionId: 'id',
      extensionBase: 'chrome-extension://id/',
      browserLanguage: () => 'en',
      readSettings: async () => settings,
    };
    await expect(
      startOf({ pageLanguage: 'en' }, { id: 'id', url: 'chrome-extension://id/popup.html' }, deps),
    ).rejects.toThrow(SenderRefused);
    await expect(
      startOf({ pageLanguage: 'en' }, { id: 'id', url: 'https://www.cicnews.com/x', tab: { id: 1 } }, deps),
    ).resolves.toMatchObject({ active: true, language: 'en' });
  });
});

describe('a dismissed banner stays dismissed for that article', () => {
  it('remembers the article, whatever the link it was reached by, as a digest', async () => {
    const area = memoryArea();
    const url = 'https://www.cicnews.com/2023/01/express-entry-draw-238.html';
    expect(await isBannerDismissed(area, url)).toBe(false);
    await dismissBanner(area, `${url}?utm_source=newsletter#comments`);
    expect(await isBannerDismissed(area, url)).toBe(true);
    expect(await isBannerDismissed(area, 'https://www.cicnews.com/2023/01/another-article.html')).toBe(false);
    // No reading history in clear.
    expect(JSON.stringify(area.items)).not.toContain('cicnews');
    expect(articleAddress(`${url}?p=5&fbclid=x`)).toBe(`${url}?p=5`);
  });

  it('keeps a bounded list, and reads whatever storage holds without failing', async () => {
    const area = memoryArea({ [DISMISSED_BANNERS_KEY]: ['junk', 42, { a: 1 }] });
    expect(await isBannerDismissed(area, 'https://a.test/x')).toBe(false);
    for (let index = 0; index < MAX_DISMISSED + 5; index++)
      await dismissBanner(area, `https://a.test/${index}`);
    expect((area.items[DISMISSED_BANNERS_KEY] as string[]).length).toBe(MAX_DISMISSED);
    expect(await isBannerDismissed(area, 'https://a.test/0')).toBe(false);
    expect(await isBannerDismissed(area, `https://a.test/${MAX_DISMISSED + 4}`)).toBe(true);
    expect(await isBannerDismissed(area, 'javascript:alert(1)')).toBe(false);
  });
});
