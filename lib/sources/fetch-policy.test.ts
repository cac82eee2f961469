import { fetchWithPolicy } from './fetch-policy';
import { hostsOf, isOfficialUrl } from './host-permissions';
import { SourceFault } from './source';

const NO_VALIDATORS = { etag: null, lastModified: null };
const FEED = 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';

async function faultOf(promise: Promise<unknown>): Promise<SourceFault> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceFault) return error;
    throw error;
  }
  throw new Error('expected a SourceFault');
}

describe('isOfficialUrl: the one check of links fetched, stored and opened', () => {
  it.each([
    'https://www.canada.ca/en/immigration-refugees-citizenship.html',
    'https://immigratemanitoba.com/2026/06/expression-of-interest-draw-273/',
    'https://www.princeedwardisland.ca/en/information/office-of-immigration/expression-of-interest-draws',
  ])('accepts %s', (url) => {
    expect(isOfficialUrl(url)).toBe(true);
  });

  it.each([
    'http://www.canada.ca/en/',
    'https://canada.ca.evil.example/en/',
    'https://evil.example/?https://www.canada.ca/',
    'https://www.canada.ca@evil.example/',
    'https://user:pass@www.canada.ca/',
    'https://www.canada.ca:8443/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//www.canada.ca/en/',
    '',
    42,
    null,
    `https://www.canada.ca/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(isOfficialUrl(url)).toBe(false);
  });

  it("narrows to one source's own host", () => {
    const manitoba = hostsOf('https://immigratemanitoba.com/draws/');
    expect(isOfficialUrl('https://immigratemanitoba.com/2026/06/x/', manitoba)).toBe(true);
    expect(isOfficialUrl('https://www.canada.ca/en/', manitoba)).toBe(false);
  });
});

describe('fetchWithPolicy on hostile links and answers', () => {
  it('fetches nothing off the official hosts', async () => {
    const fetch = vi.fn();
    const fault = await faultOf(
      fetchWithPolicy('https://evil.example/feed.json', NO_VALIDATORS, {
        fetch: fetch as unknown as typeof globalThis.fetch,
        timeoutMs: 1_000,
      }),
    );
    expect(fault.reason).toEqual({ code: 'off-official-host', url: 'https://evil.example/feed.json' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses what a redirect off the official hosts answered', async () => {
    const redirected = new Response('{"rounds": []}');
    Object.defineProperty(redirected, 'url', { value: 'https://evil.example/feed.json' });
    const fault = await faultOf(
      fetchWithPolicy(FEED, NO_VALIDATORS, {
        fetch: (async () => redirected) as unknown as typeof globalThis.fetch,
        timeoutMs: 1_000,
      }),
    );
    expect(fault.reason.code).toBe('off-official-host');
  });

  it('stops reading a body over the limit, declared or not', async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
      },
    });
    const fault = await faultOf(
      fetchWithPolicy(FEED, NO_VALIDATORS, {
        fetch: (async () => new Response(endless)) as unknown as typeof globalThis.fetch,
        timeoutMs: 5_000,
        maxBodyChars: 1_000_000,
      }),
    );
    expect(fault).toMatchObject({ kind: 'too-large', reason: { code: 'body-too-large', limit: 1_000_000 } });

    const declared = await faultOf(
      fetchWithPolicy(FEED, NO_VALIDATORS, {
        fetch: (async () =>
          new Response('small', {
            headers: { 'Content-Length': String(10_000_000) },
          })) as unknown as typeof globalThis.fetch,
        timeoutMs: 1_000,
        maxBodyChars: 1_000_000,
      }),
    );
    expect(declared.reason.code).toBe('body-too-large');
  });

  it('reads a body within the limit whole, multi-byte characters included', async () => {
    const text = `${'é'.repeat(100_000)}20 784`;
    const answer = await fetchWithPolicy(FEED, NO_VALIDATORS, {
      fetch: (async () => new Response(text)) as unknown as typeof globalThis.fetch,
      timeoutMs: 1_000,
      maxBodyChars: 200_000,
    });
    expect(answer).toMatchObject({ kind: 'body', body: text, finalUrl: FEED });
  });
});
