import { sharedFixture } from '../../support/fixtures';

export interface FeedRound {
  drawNumber: string;
  drawDate: string;
  drawSize: string;
  drawCRS: string;
}

/** A feed date as ISO: the live feed once carried DD-MM-YYYY for a round. */
export const isoOf = (date: string) => {
  const ddmmyyyy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(date);
  return ddmmyyyy === null ? date : `${ddmmyyyy[3]}-${ddmmyyyy[2]}-${ddmmyyyy[1]}`;
};

/** "Jan 18, 2023", as the badges write a date in English. */
export const shortDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${iso}T00:00:00Z`));

/** A recorded copy of IRCC's feed, read here independently of the extension: expected values come from it. */
export class RecordedFeed {
  readonly body: string;
  readonly rounds: FeedRound[];

  constructor(readonly copy: string) {
    this.body = sharedFixture('express-entry', `${copy}.json`);
    this.rounds = (JSON.parse(this.body) as { rounds: FeedRound[] }).rounds;
  }

  round(number: string): FeedRound {
    const found = this.rounds.find((item) => item.drawNumber === number);
    if (found === undefined) throw new Error(`round ${number} is not in the ${this.copy} copy`);
    return found;
  }

  /** "✓ IRCC round #238 · 5,500 ITAs · CRS 490 · Jan 18, 2023": a badge confirming round `number`. */
  recordOf(number: string): string {
    const item = this.round(number);
    return `✓ IRCC round #${item.drawNumber} · ${item.drawSize} ITAs · CRS ${item.drawCRS} · ${shortDate(isoOf(item.drawDate))}`;
  }

  /** What the banner says of the rounds held after `isoDate` (an article's publication day). */
  bannerSince(isoDate: string): string {
    const newer = this.rounds.filter((item) => isoOf(item.drawDate) > isoDate);
    const latest = newer.reduce((a, b) => (isoOf(a.drawDate) >= isoOf(b.drawDate) ? a : b));
    return `${newer.length} Express Entry rounds since this article · latest #${latest.drawNumber}, ${shortDate(isoOf(latest.drawDate))} · CRS ${latest.drawCRS}`;
  }
}

export const article = (file: string) => sharedFixture('articles', file);

/** A page of our own around a recorded article body: headline, publication date, site chrome, a form. */
export function articlePage(options: {
  title: string;
  published: string;
  body: string;
  extra?: string;
}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title}</title>
<meta property="article:published_time" content="${options.published}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/express-entry/">Express Entry</a></nav></header>
<main><article><h1>${options.title}</h1>
${options.body}
${options.extra ?? ''}
</article></main>
<aside>
<form><label>Search <input name="q" value="Express Entry draw #238 issued 5,500 ITAs, minimum CRS 490"></label>
<textarea name="note">On January 18, 2023 IRCC issued 5,500 ITAs in Express Entry draw #238 with a minimum CRS of 490.</textarea></form>
<pre><code>// Express Entry round #238: 5,500 ITAs, minimum CRS 490, January 18, 2023</code></pre>
<div contenteditable="true">Express Entry draw #238 on January 18, 2023: 5,500 ITAs, minimum CRS 490.</div>
</aside>
<footer><a href="https://www.canada.ca/en/immigration-refugees-citizenship.html">IRCC</a></footer>
</body></html>`;
}

/**
 * Runs in the article's page: the page as the site served it (parsed from the same HTML) and the page
 * now, minus the extension's hosts. Equal means the annotations changed nothing of the site's own.
 */
export function pageIntegrity(served: string) {
  const snapshotOf = (root: ParentNode) => ({
    text: (root.querySelector('body')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    links: Array.from(root.querySelectorAll('a')).map((link) => [
      link.getAttribute('href'),
      link.textContent,
    ]),
    fields: Array.from(root.querySelectorAll('input, textarea')).map(
      (field) => (field as HTMLInputElement).value,
    ),
  });
  const original = new DOMParser().parseFromString(served, 'text/html');
  const current = document.documentElement.cloneNode(true) as HTMLElement;
  for (const own of Array.from(current.querySelectorAll('[data-draw-alerts]'))) own.remove();
  const now = snapshotOf(current);
  now.fields = Array.from(document.querySelectorAll('input, textarea')).map(
    (field) => (field as HTMLInputElement).value,
  );
  return { original: snapshotOf(original), now };
}
