import fc from 'fast-check';
import { HOSTILE_LINKS, INTERESTING_DATES, INTERESTING_NUMBERS, INTERESTING_WORDS } from './vocabulary';

/**
 * Pages and feeds made from a grammar of the real layouts: tables with the headers a province uses,
 * Manitoba's posts and index, IRCC's rounds, and nested HTML of every kind. They reach deeper into
 * a parser than random bytes do, with the values that have broken parsers before.
 */

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const cellText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...INTERESTING_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(escape) },
);

const spanAttribute = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('rowspan', 'colspan'),
        fc.constantFrom('2', '6', '200', '0', '-3', 'x', '99999999999'),
      )
      .map(([name, value]) => ` ${name}="${value}"`),
  },
);

const cell = fc
  .tuple(fc.constantFrom('td', 'td', 'td', 'th'), spanAttribute, cellText, fc.boolean())
  .map(
    ([tag, attribute, text, bold]) =>
      `<${tag}${attribute}>${bold ? `<strong>${text}</strong>` : text}</${tag}>`,
  );

/** A table whose header row draws from `headers` (a province's own), then rows of hostile values. */
function table(headers: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.shuffledSubarray([...headers], { minLength: 1 }),
      fc.boolean(),
      fc.array(fc.array(cell, { minLength: 1, maxLength: headers.length + 1 }), { maxLength: 12 }),
      fc.option(fc.constantFrom(...INTERESTING_WORDS), { nil: undefined }),
    )
    .map(([chosen, inHead, rows, heading]) => {
      const headerRow = `<tr>${chosen.map((header) => `<th>${escapeHtml(header).replace(' ', '<br>')}</th>`).join('')}</tr>`;
      const body = rows.map((row) => `<tr>${row.join('')}</tr>`).join('');
      return `${heading ? `<h3>${escapeHtml(heading)}</h3>` : ''}<table>${inHead ? `<thead>${headerRow}</thead><tbody>${body}</tbody>` : headerRow + body}</table>`;
    });
}

/** `label | value` tables under a bold stream name (New Brunswick's layout). */
function keyValueTable(keys: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...INTERESTING_WORDS),
      fc.array(fc.tuple(fc.constantFrom(...keys), cellText), { maxLength: 6 }),
    )
    .map(
      ([stream, entries]) =>
        `<p><strong>${escapeHtml(stream)}</strong></p><table>${entries
          .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${value}</td></tr>`)
          .join('')}</table>`,
    );
}

/** Month rows (Nova Scotia's layout). */
const monthTable = fc
  .array(fc.tuple(fc.constantFrom(...INTERESTING_DATES, 'May 2026', 'June 2027'), cellText), {
    maxLength: 14,
  })
  .map(
    (rows) =>
      `<table>${rows.map(([month, count]) => `<tr><td>${month}</td><td>${count}</td></tr>`).join('')}</table>`,
  );

const prose = fc.constantFrom(...INTERESTING_WORDS).map((text) => `<p>${escapeHtml(text)}</p>`);

/** A whole page: a title and language, blocks in the province's layout, sometimes deeply wrapped. */
export function provincePage(headers: readonly string[], keys: readonly string[] = []): fc.Arbitrary<string> {
  const block = fc.oneof(
    { weight: 4, arbitrary: table(headers) },
    { weight: keys.length > 0 ? 3 : 0, arbitrary: keyValueTable(keys.length > 0 ? keys : ['x']) },
    { weight: 1, arbitrary: monthTable },
    { weight: 1, arbitrary: prose },
  );
  return fc
    .tuple(
      fc.constantFrom('en', 'en-US', 'fr', ''),
      fc.constantFrom('Draws', 'Page not found', 'Log in', ''),
      fc.array(block, { minLength: 1, maxLength: 5 }),
      fc.oneof(
        { weight: 5, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000 }) },
      ),
    )
    .map(
      ([lang, title, blocks, depth]) =>
        `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body>${'<div>'.repeat(depth)}${blocks.join('')}${'</div>'.repeat(depth)}</body></html>`,
    );
}

/** One of Manitoba's draw posts: streams (h3), selections (h4), counts and scores as prose. */
export const manitobaPost = fc
  .tuple(
    fc.constantFrom('2026-06-18T15:40:03-05:00', '9999-12-31T00:00:00-05:00', '0099-01-01', 'garbage', ''),
    fc.array(
      fc.tuple(
        fc.constantFrom('h2', 'h3', 'h4', 'h5'),
        fc.constantFrom(...INTERESTING_WORDS),
        fc.constantFrom(...INTERESTING_NUMBERS),
        fc.option(fc.constantFrom(...INTERESTING_NUMBERS), { nil: undefined }),
      ),
      { maxLength: 8 },
    ),
  )
  .map(
    ([stamp, streams]) =>
      `<html lang="en"><head><title>Expression of Interest Draw</title></head><body><article>${
        stamp ? `<time datetime="${stamp}">x</time>` : '<p>Date: June 18, 2026</p>'
      }${streams
        .map(
          ([level, name, issued, score]) =>
            `<${level}>${escapeHtml(name)}</${level}><p>Profiles considered.</p><ul><li>Number of Letters of Advice to Apply issued: <strong>${issued}</strong></li>${
              score
                ? `<li>Ranking score of lowest-ranked candidate invited: <strong>${score}</strong></li>`
                : ''
            }</ul>`,
        )
        .join(
          '',
        )}<h3>Notes</h3><p>Number of Letters of Advice to Apply issued: 9</p></article></body></html>`,
  );

/** Manitoba's index: links to posts, official and not. */
export const manitobaIndex = fc
  .array(
    fc.oneof(
      fc.nat(400).map((n) => `https://immigratemanitoba.com/2026/06/expression-of-interest-draw-${n}/`),
      fc.nat(400).map((n) => `/2026/05/eoi-draw-${String(n).padStart(4, '0')}/`),
      fc.constantFrom(...HOSTILE_LINKS),
    ),
    { maxLength: 14 },
  )
  .map(
    (links) =>
      `<html lang="en-US"><head><title>EOI Draws | Manitoba Immigration</title></head><body>${links
        .map((href) => `<h2><a href="${escapeHtml(href)}">Expression of Interest Draw</a></h2>`)
        .join('')}</body></html>`,
  );

/** The post bodies an index links to are made by the same grammar. */
export const manitobaIndexWithPosts = fc.tuple(
  manitobaIndex,
  fc.array(manitobaPost, { minLength: 1, maxLength: 3 }),
);

const roundField = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...INTERESTING_NUMBERS, ...INTERESTING_DATES, ...INTERESTING_WORDS),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_LINKS.map((href) => `<a href='${href}'>x</a>`)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, true, [], {}) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** IRCC's feed: rounds whose every field is drawn from what has broken parsers before. */
export const expressEntryFeed = fc
  .array(
    fc.record(
      {
        drawNumber: fc.oneof(fc.nat(500).map(String), fc.constantFrom('0357', '91a', '91B', '0', '')),
        drawDate: fc.constantFrom(...INTERESTING_DATES),
        drawName: fc.constantFrom(...INTERESTING_WORDS, 'Canadian Experience Class', 'General'),
        drawSize: fc.constantFrom(...INTERESTING_NUMBERS),
        drawCRS: fc.constantFrom(...INTERESTING_NUMBERS),
        drawNumberURL: roundField,
        drawText2: roundField,
        drawDateTime: fc.constantFrom(...INTERESTING_DATES),
        drawCutOff: fc.constantFrom(...INTERESTING_DATES),
        drawDistributionAsOn: fc.constantFrom(...INTERESTING_DATES),
        dd1: fc.constantFrom(...INTERESTING_NUMBERS),
        dd18: fc.constantFrom(...INTERESTING_NUMBERS),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 40 },
  )
  .map((rounds) => JSON.stringify({ classes: 'wb-tables', rounds }));

/** Arbitrary nested HTML: tables inside cells, spans, lists, headings, unclosed tags. */
export const nestedHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    cellText,
    fc
      .tuple(
        fc.constantFrom(
          'table',
          'thead',
          'tbody',
          'tr',
          'td',
          'th',
          'div',
          'p',
          'b',
          'h3',
          'ul',
          'li',
          'caption',
          'br',
          'a',
        ),
        spanAttribute,
        fc.array(tie('node'), { maxLength: 5 }),
        fc.boolean(),
      )
      .map(
        ([tag, attribute, children, closed]) =>
          `<${tag}${attribute}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
  ),
})).node;
