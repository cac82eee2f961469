// @vitest-environment happy-dom
import {
  extractPublishedDate,
  findDatePublished,
  parsePublishedValue,
} from '@/lib/annotate/page/published-date';

/** A page built with DOM calls only (the code under test must cope with what sites serve). */
function page(build: (document: Document) => void): Document {
  const doc = document.implementation.createHTMLDocument('article');
  build(doc);
  return doc;
}

function addMeta(doc: Document, attribute: 'property' | 'name', key: string, content: string): void {
  const meta = doc.createElement('meta');
  meta.setAttribute(attribute, key);
  meta.setAttribute('content', content);
  doc.head.append(meta);
}

function addJsonLd(doc: Document, text: string): void {
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = text;
  doc.head.append(script);
}

function addTime(doc: Document, datetime: string, attributes: Record<string, string> = {}): void {
  const time = doc.createElement('time');
  time.setAttribute('datetime', datetime);
  for (const [key, value] of Object.entries(attributes)) time.setAttribute(key, value);
  time.textContent = 'some day';
  doc.body.append(time);
}

describe('extractPublishedDate', () => {
  it('reads article:published_time, keeping the publisher’s calendar day', () => {
    const doc = page((d) => addMeta(d, 'property', 'article:published_time', '2023-02-22T08:00:00-05:00'));
    expect(extractPublishedDate(doc)).toEqual({
      date: '2023-02-22',
      instant: '2023-02-22T13:00:00.000Z',
      source: 'meta',
    });
  });

  it('prefers the meta tag to JSON-LD and <time>', () => {
    const doc = page((d) => {
      addTime(d, '2020-01-01');
      addJsonLd(d, '{"@type":"NewsArticle","datePublished":"2021-01-01"}');
      addMeta(d, 'property', 'article:published_time', '2023-01-18');
    });
    expect(extractPublishedDate(doc)?.date).toBe('2023-01-18');
  });

  it('reads datePublished from a JSON-LD @graph (Yoast style), the article node first', () => {
    const doc = page((d) =>
      addJsonLd(
        d,
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Organization', name: 'CIC News', datePublished: '2001-01-01' },
            {
              '@type': ['Article', 'NewsArticle'],
              headline: 'Express Entry draw',
              datePublished: '2023-01-18T17:41:22+00:00',
            },
          ],
        }),
      ),
    );
    expect(extractPublishedDate(doc)).toMatchObject({ date: '2023-01-18', source: 'json-ld' });
  });

  it('skips malformed and hostile JSON-LD and falls through to the next source', () => {
    const doc = page((d) => {
      addJsonLd(d, '{"@type": "NewsArticle", "datePublished": "2023-01-18",'); // cut off
      addJsonLd(d, '{"__proto__": {"datePublished": "2023-01-18"}, "datePublished": {"toString": "x"}}');
      addJsonLd(d, `${'['.repeat(5000)}${']'.repeat(5000)}`); // deep nesting
      addJsonLd(d, '{"@type":"NewsArticle","datePublished":"yesterday"}');
      addTime(d, '2023-01-19T10:00:00Z', { itemprop: 'datePublished' });
    });
    expect(Object.hasOwn(Object.prototype, 'datePublished')).toBe(false);
    expect(extractPublishedDate(doc)).toMatchObject({ date: '2023-01-19', source: 'time' });
  });

  it('bounds the walk over a huge or deep JSON-LD value', () => {
    let deep: unknown = { '@type': 'NewsArticle', datePublished: '2023-01-18' };
    for (let level = 0; level < 50; level++) deep = { child: deep };
    expect(findDatePublished(deep)).toBeNull();
    const wide = Array.from({ length: 10_000 }, () => ({ a: 1 }));
    expect(findDatePublished([...wide, { '@type': 'Article', datePublished: '2023-01-18' }])).toBeNull();
    expect(findDatePublished([{ '@type': 'Article', datePublished: ['2023-01-18', 5] }])).toBe('2023-01-18');
  });

  it('reads <time datetime>, a marked one before the first one', () => {
    const doc = page((d) => {
      addTime(d, '2023-01-01T00:00:00Z');
      addTime(d, '2023-01-26', { pubdate: '' });
    });
    expect(extractPublishedDate(doc)).toEqual({ date: '2023-01-26', instant: null, source: 'time' });
  });

  it('returns null when nothing plausible is there', () => {
    const doc = page((d) => {
      addMeta(d, 'property', 'article:published_time', '2023-02-30');
      addTime(d, 'soon');
    });
    expect(extractPublishedDate(doc)).toBeNull();
    expect(parsePublishedValue('1850-01-01', 'meta')).toBeNull();
  });
});
