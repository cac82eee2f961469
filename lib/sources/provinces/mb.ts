import { readBlocks, type TextBlock } from '@/lib/html/blocks';
import {
  findElements,
  type HtmlDocument,
  matchKey,
  PageTooComplex,
  parseHtml,
  resolveUrl,
} from '@/lib/html/dom';
import { hostsOf, isUrlOnHosts } from '@/lib/sources/official-url';
import { readDate } from '@/lib/sources/pnp/dates';
import { type OwnDraft, slug } from '@/lib/sources/pnp/draws';
import { defineParser, type PageReading } from '@/lib/sources/pnp/engine';
import { pageClues } from '@/lib/sources/pnp/page';
import { readInvitationCount, UnreadableRow } from '@/lib/sources/pnp/values';
import { defineProvince } from '@/lib/sources/province-record';
import { type LinkedPageReader, MAX_BODY_CHARS, SourceFault } from '@/lib/sources/source';

declare module '@/lib/sources/province-record' {
  interface ProvinceRegistry {
    MB: 'mpnp-eoi';
  }
}

/** How news articles name it, for the annotator (its own export: the content script carries only this). */
export const press = {
  program:
    'MPNP|Manitoba (?:Provincial Nominee Program|PNP)|Immigrate Manitoba|PCM|Programme des candidats du Manitoba',
  name: 'Manitoba',
};

export const province = defineProvince({
  code: 'MB',
  system: 'pnp',
  names: { province: 'provinceMB', programShort: 'programShortMB' },
  press,
  // The MPNP EOI grid gives at most 1,000 points.
  scales: { 'mpnp-eoi': { nameKey: 'scaleMpnpEoi', max: 1000 } },
  source: {
    status: 'read',
    page: 'https://immigratemanitoba.com/draws/',
    hostPermission: 'https://immigratemanitoba.com/*',
  },
});

type DrawDraft = OwnDraft<'mpnp-eoi'>;

const INDEX_URL = province.source.page;

/** Posts are read from Manitoba's own site only: a link elsewhere on the index is not followed. */
const postHosts = () => hostsOf(INDEX_URL);
/** Posts read per poll: the index cannot tell which are already stored, so only the newest few. */
export const MB_POSTS_READ = 10;

/** `/2026/06/expression-of-interest-draw-273/`, and the older `/2023/01/eoi-draw-166/`. */
const POST_PATH = /\/(?:expression-of-interest|eoi)-draw-(\d+)\/?$/i;
const ISSUED = /number of letters of advice to apply issued:?\s*(\d[\d,]*)/i;
const LOWEST_SCORE = /(?:ranking )?score of (?:the )?lowest[- ]ranked candidate(?: invited)?:?\s*(\d+)/i;

interface PostLink {
  number: string;
  url: string;
}

/**
 * Links to draw posts on the index, newest (highest number) first, each once. Only links to
 * Manitoba's own site count (as https): the index is a web page, and what it links to is not
 * trusted to be official.
 */
function postLinks(doc: HtmlDocument, base: string): PostLink[] {
  const hosts = postHosts();
  const byNumber = new Map<string, string>();
  for (const anchor of findElements(doc, (el) => el.name === 'a' && Boolean(el.attribs.href))) {
    const url = resolveUrl(anchor.attribs.href ?? '', base)?.replace(/^http:/, 'https:');
    if (!url || !isUrlOnHosts(url, hosts)) continue;
    // `draw-0273` and `draw-273` are one draw.
    const digits = POST_PATH.exec(new URL(url).pathname)?.[1]?.replace(/^0+(?=\d)/, '');
    if (digits && digits !== '0' && !byNumber.has(digits)) byNumber.set(digits, url);
  }
  return [...byNumber]
    .map(([number, url]) => ({ number, url }))
    .sort((a, b) => Number(b.number) - Number(a.number));
}

/** The post's date: its `<time datetime>`, its `article:published_time`, or a "Date: …" line. */
function postDate(doc: HtmlDocument, blocks: TextBlock[]): string {
  const time = findElements(doc, (el) => el.name === 'time' && Boolean(el.attribs.datetime))[0];
  const published = findElements(
    doc,
    (el) => el.name === 'meta' && el.attribs.property === 'article:published_time',
  )[0];
  // The local date as written (`2026-06-18T15:40:03-05:00` → 2026-06-18), not the UTC one.
  const stamp = (time?.attribs.datetime ?? published?.attribs.content ?? '').slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return readDate(stamp).date;
  const line = blocks.find((block) => /^(draw )?date( of draw)?:/i.test(block.text));
  if (line) return readDate(line.text.replace(/^[^:]*:/, '')).date;
  throw new UnreadableRow('no draw date');
}

/**
 * One draw per stream (and selection) of a post: an `h3` names the stream, an `h4` a selection
 * within it; "Number of Letters of Advice to Apply issued: N" closes it. Reading stops at "Notes".
 */
export function readPost(html: string, link: PostLink): DrawDraft[] {
  const doc = parsePost(html);
  const blocks = readBlocks(doc);
  const date = postDate(doc, blocks);
  const drafts: DrawDraft[] = [];
  let stream = '';
  let selection = '';
  let description = '';
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level >= 2) {
      if (matchKey(block.text) === 'notes') break;
      if (block.level <= 3) [stream, selection, description] = [block.text, '', ''];
      else [selection, description] = [block.text, ''];
      continue;
    }
    if (block.kind === 'paragraph' && !description && stream) description = block.text;
    const issued = ISSUED.exec(block.text);
    if (issued?.[1] && stream) {
      const name = selection ? `${stream} – ${selection}` : stream;
      drafts.push({
        number: link.number,
        date,
        dateEnd: null,
        category: `mb-${slug(stream)}`,
        categoryName: name,
        invitations: readInvitationCount(issued[1]),
        minScore: null,
        scoreScale: 'mpnp-eoi',
        url: link.url,
        notes: description,
        identity: name,
        distinguishing: description,
      });
    }
    const lowest = LOWEST_SCORE.exec(block.text);
    const last = drafts.at(-1);
    if (lowest?.[1] && last?.categoryName.startsWith(stream)) last.minScore = Number(lowest[1]);
  }
  if (drafts.length === 0) throw new UnreadableRow('no "Number of Letters of Advice to Apply issued"');
  return drafts;
}

/** A post too large or too complex to read is one unreadable post, not a failing source. */
function parsePost(html: string): HtmlDocument {
  if (html.length > MAX_BODY_CHARS) throw new UnreadableRow('the post is too large to be one');
  try {
    return parseHtml(html);
  } catch (error) {
    if (error instanceof PageTooComplex)
      throw new UnreadableRow(`the post is too complex (${error.message})`);
    throw error;
  }
}

/** A post as kept between polls: its drafts, or why it could not be read. */
type PostReading = { drafts: DrawDraft[]; unreadable: null } | { drafts: []; unreadable: string };

/** Reads a post for `readLinked`; bump `version` when readPost reads posts differently. */
function postReader(link: PostLink): LinkedPageReader<PostReading> {
  return {
    // 2: posts read within parse limits, with numbers normalised (`0273` is `273`).
    version: 2,
    read(html) {
      if (html.trim() === '') throw new SourceFault({ code: 'empty-body' });
      try {
        const drafts = readPost(html, link);
        return { value: { drafts, unreadable: null }, datedOn: drafts[0]?.date ?? null };
      } catch (error) {
        if (!(error instanceof UnreadableRow)) throw error;
        return { value: { drafts: [], unreadable: error.message }, datedOn: null };
      }
    },
  };
}

async function readIndex(doc: HtmlDocument, page: PageReading): Promise<DrawDraft[]> {
  // Relative links resolve against where the index was read, if that is Manitoba's own site.
  const base = isUrlOnHosts(page.url, postHosts()) ? page.url : INDEX_URL;
  const links = postLinks(doc, base).slice(0, MB_POSTS_READ);
  if (links.length === 0) throw new SourceFault({ code: 'missing-post-links', page: pageClues(doc) });

  const { readLinked, skips } = page;
  const drafts: DrawDraft[] = [];
  const fetchErrors: unknown[] = [];
  // One post at a time: Manitoba's server sees a person reading, not a burst of requests. A post
  // read at an earlier poll is not fetched again (unless recent).
  const posts: { link: PostLink; post: PostReading | null }[] = [];
  for (const link of links) {
    try {
      posts.push({ link, post: await readLinked(link.url, postReader(link)) });
    } catch (error) {
      fetchErrors.push(error);
      const empty = error instanceof SourceFault && error.kind === 'empty';
      posts.push({ link, post: empty ? { drafts: [], unreadable: 'the post was empty' } : null });
    }
  }
  // Every post failing to load is the network's fault, not the page's: report that fault as is.
  if (fetchErrors.length === links.length) {
    const [first] = fetchErrors;
    throw first instanceof SourceFault
      ? first
      : new SourceFault({ code: 'parser-error', message: String(first) });
  }
  for (const { link, post } of posts) {
    if (post === null) {
      skips.add(`draw #${link.number}: the post could not be fetched`);
      continue;
    }
    drafts.push(
      ...skips.attempt(`draw #${link.number}`, () => {
        if (post.unreadable !== null) throw new UnreadableRow(post.unreadable);
        return post.drafts;
      }),
    );
  }
  // A post that failed for a passing reason is read again next poll; a gone post (404) is just skipped.
  if (fetchErrors.some((error) => !(error instanceof SourceFault) || error.passing)) page.markIncomplete();
  return drafts;
}

export const parser = defineParser(province, {
  // Prose, not tables: one post per draw, linked from the index.
  layout: { columns: [] },
  read: readIndex,
});
