import { frameKey, isExtensionPage, isTabContentScript } from '@/lib/messaging/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('who may send what', () => {
  const contentScript = {
    id: ID,
    url: 'https://www.cicnews.com/2023/01/draw.html',
    tab: { id: 7 },
    frameId: 0,
  };
  const popup = { id: ID, url: `${BASE}popup.html` };
  const optionsInTab = { id: ID, url: `${BASE}options.html`, tab: { id: 9 } };

  it('a content script in a tab may ask for annotations; an extension page or a tab-less sender may not', () => {
    expect(isTabContentScript(contentScript, ID, BASE)).toBe(true);
    expect(isTabContentScript(popup, ID, BASE)).toBe(false);
    expect(isTabContentScript(optionsInTab, ID, BASE)).toBe(false);
    expect(isTabContentScript({ ...contentScript, tab: undefined }, ID, BASE)).toBe(false);
    expect(isTabContentScript({ ...contentScript, url: 'file:///etc/passwd' }, ID, BASE)).toBe(false);
    expect(isTabContentScript({ ...contentScript, id: 'another-extension' }, ID, BASE)).toBe(false);
  });

  it('only an extension page may ask for a check of every source; a content script may not', () => {
    expect(isExtensionPage(popup, ID, BASE)).toBe(true);
    expect(isExtensionPage(optionsInTab, ID, BASE)).toBe(true);
    expect(isExtensionPage(contentScript, ID, BASE)).toBe(false);
    expect(isExtensionPage({ id: ID, url: 'https://evil.example/chrome-extension://x/' }, ID, BASE)).toBe(
      false,
    );
    expect(isExtensionPage({ id: ID }, ID, BASE)).toBe(false);
  });

  it('keeps a page’s quota per tab and frame', () => {
    expect(frameKey(contentScript)).toBe('7:0');
    expect(frameKey({ ...contentScript, frameId: 3 })).toBe('7:3');
  });
});
