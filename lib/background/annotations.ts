import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { DrawClaim } from '@/lib/annotate/finding/claim';
import { MAX_INVITATIONS, MAX_SCORE } from '@/lib/annotate/finding/claim';
import {
  type BadgeFormat,
  type BadgeMessages,
  badgeText,
  bannerText,
  intlFormat,
  recordText,
} from '@/lib/annotate/resolving/badge-text';
import { indexDraws, type Resolution, resolveClaim } from '@/lib/annotate/resolving/resolve';
import { type ArticleScope, drawsSince, scopesOf } from '@/lib/annotate/resolving/since';
import { ANNOTATION_SETTINGS_KEY, readAnnotationSettings } from '@/lib/annotate/sites/settings';
import { ANNOTATE_SCRIPT_FILE, originPattern, USER_SITES_SCRIPT_ID } from '@/lib/annotate/sites/sites';
import {
  type AnnotateRequest,
  type AnnotateResponse,
  type BadgeInfo,
  type BannerInfo,
  MAX_CLAIMS_PER_REQUEST,
  safeOfficialUrl,
} from '@/lib/annotate/wire';
import { isBannerDismissed } from '@/lib/background/annotation-pages';
import { createRateLimiter } from '@/lib/background/rate-limit';
import type { DrawAlertsDatabase, StoredDraw } from '@/lib/db/database';
import { drawsDated, drawsFrom, drawsNumbered, firstDrawDateOfSource } from '@/lib/db/queries';
import type { DrawSystem } from '@/lib/draws/draw';
import type { Translate } from '@/lib/i18n/catalog';
import { translatorFor } from '@/lib/i18n/catalogs';
import { LANGUAGES, type Language, LOCALES } from '@/lib/i18n/languages';
import { onMessage } from '@/lib/messaging/protocol';
import { frameKey, isTabContentScript, SenderRefused } from '@/lib/messaging/senders';
import { officialDrawName } from '@/lib/sources/express-entry/french-names';

/**
 * The background half of article annotations: resolves what a page's content script found against
 * the stored draws (the page cannot read the extension's IndexedDB), and keeps the content script
 * registered on the sites the user allowed.
 */

// ---------------------------------------------------------------------------------------------
// Messages from content scripts: hostile until validated.

const OFFSET = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(10_000_000));
const ISO_DAY = v.pipe(v.string(), v.maxLength(10), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const ISO_INSTANT = v.pipe(
  v.string(),
  v.maxLength(30),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/),
);
const FIELD = v.picklist(['number', 'date', 'invitations', 'minScore', 'tieBreak']);
const PROVINCE = v.picklist(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK']);

/** Each claim on its own: one that does not fit is dropped, the others are still answered. */
const ClaimSchema = v.strictObject({
  kind: v.picklist(['express-entry', 'pnp']),
  province: v.optional(PROVINCE),
  number: v.optional(v.pipe(v.string(), v.maxLength(5), v.regex(/^\d{1,4}[ab]?$/i))),
  date: v.optional(ISO_DAY),
  categoryHint: v.optional(v.pipe(v.string(), v.maxLength(40), v.regex(/^[a-z][a-z-]*$/))),
  invitations: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_INVITATIONS))),
  invitationsQualifier: v.optional(v.picklist(['exact', 'more-than', 'fewer-than', 'about'])),
  minScore: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SCORE))),
  tieBreakAt: v.optional(v.union([ISO_DAY, ISO_INSTANT])),
  inSidebar: v.optional(v.literal(true)),
  figures: v.pipe(v.array(v.strictObject({ field: FIELD, start: OFFSET, end: OFFSET })), v.maxLength(10)),
  start: OFFSET,
  end: OFFSET,
});

const RequestSchema = v.strictObject({
  language: v.picklist(LANGUAGES),
  published: v.nullable(v.strictObject({ date: ISO_DAY, instant: v.nullable(ISO_INSTANT) })),
  claims: v.pipe(v.array(v.unknown()), v.maxLength(MAX_CLAIMS_PER_REQUEST)),
});

/** A request whose envelope is valid; each claim is one, or null where it was not (dropped). */
export interface CheckedRequest extends Omit<AnnotateRequest, 'claims'> {
  claims: Array<DrawClaim | null>;
}

/** Thrown back to the sender (the messaging library rejects its promise with it). */
export class AnnotationRequestError extends Error {
  override name = 'AnnotationRequestError';
}

/**
 * A request with a valid envelope (language, publication date, at most MAX_CLAIMS_PER_REQUEST claims),
 * or an AnnotationRequestError saying what is wrong. A claim that does not fit (an absurd number, a
 * field of its own) is dropped alone: the page's other claims are still answered. Cheap checks first.
 */
export function parseAnnotateRequest(data: unknown): CheckedRequest {
  if (typeof data !== 'object' || data === null) throw new AnnotationRequestError('annotate: not an object');
  const claims = (data as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) throw new AnnotationRequestError('annotate: claims must be an array');
  if (claims.length > MAX_CLAIMS_PER_REQUEST) {
    throw new AnnotationRequestError(
      `annotate: ${claims.length} claims in one request (at most ${MAX_CLAIMS_PER_REQUEST})`,
    );
  }
  const result = v.safeParse(RequestSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new AnnotationRequestError(
      `annotate: invalid ${path || 'request'}: ${issue?.message ?? 'rejected'}`,
    );
  }
  const { language, published } = result.output;
  return {
    language,
    published,
    claims: result.output.claims.map((claim) => {
      const checked = v.safeParse(ClaimSchema, claim);
      return checked.success ? (checked.output as DrawClaim) : null;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Resolution.

/** The systems whose draws a claim can be about. */
function systemsOfClaim(claim: DrawClaim): DrawSystem[] {
  if (claim.kind === 'express-entry') return ['express-entry'];
  return claim.province === undefined || claim.province === 'QC' ? ['pnp', 'quebec'] : ['pnp'];
}

/** A draw over several days is indexed under each of them, up to this many after its first. */
const LONGEST_RANGE_DAYS = 31;

function daysBefore(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The stored draws a request's claims can resolve to, by indexed lookups only: by number, and by
 * date (with the days before it, for draws over a range of days). The cost follows the claims,
 * not the history stored.
 */
export async function candidatesFor(
  db: DrawAlertsDatabase,
  claims: readonly DrawClaim[],
): Promise<StoredDraw[]> {
  const lookups = new Map<string, () => Promise<StoredDraw[]>>();
  for (const claim of claims) {
    for (const system of systemsOfClaim(claim)) {
      const { number, date } = claim;
      if (number !== undefined) {
        const key = number.toLowerCase();
        lookups.set(`n|${system}|${key}`, () => drawsNumbered(db, system, key));
      }
      if (date !== undefined) {
        lookups.set(`d|${system}|${date}`, () =>
          drawsDated(db, system, daysBefore(date, LONGEST_RANGE_DAYS), date),
        );
      }
    }
  }
  const found = await db.transaction('r', db.draws, () =>
    Promise.all([...lookups.values()].map((lookup) => lookup())),
  );
  // In the store's order (date, then sequence), as a scan of it would list them.
  return [...new Map(found.flat().map((draw) => [draw.id, draw])).values()].sort(byDateAndSequence);
}

function byDateAndSequence(a: StoredDraw, b: StoredDraw): number {
  return a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.sequence - b.sequence;
}

/** Draws after an article's publication, for its banners: read from its day on, never before. */
async function drawsSincePublication(
  db: DrawAlertsDatabase,
  scopes: readonly ArticleScope[],
  date: string,
): Promise<StoredDraw[]> {
  const systems = new Set<DrawSystem>();
  for (const scope of scopes) {
    if (scope.system === 'express-entry') systems.add('express-entry');
    else {
      systems.add('pnp');
      if (scope.province === 'QC') systems.add('quebec');
    }
  }
  return (await Promise.all([...systems].map((system) => drawsFrom(db, system, date)))).flat();
}

/** The source a banner's scope counts draws of (Quebec is not read yet: none). */
function sourceOfScope(scope: ArticleScope): string | null {
  if (scope.system === 'express-entry') return 'ircc-ee';
  return scope.province === 'QC' ? null : `pnp-${scope.province.toLowerCase()}`;
}

/** When each scope's stored history starts: one indexed read per scope. */
async function firstStoredDates(
  db: DrawAlertsDatabase,
  scopes: readonly ArticleScope[],
): Promise<Map<ArticleScope, string>> {
  const dates = new Map<ArticleScope, string>();
  await Promise.all(
    scopes.map(async (scope) => {
      const source = sourceOfScope(scope);
      const date = source === null ? undefined : await firstDrawDateOfSource(db, source);
      if (date !== undefined) dates.set(scope, date);
    }),
  );
  return dates;
}

const MAX_CANDIDATES_SHOWN = 5;

/** How badge and banner texts are worded: the extension's messages and the user's locale. */
export interface AnnotationText {
  /** Names official records in it (IRCC's French round names). */
  language: Language;
  t: Translate<BadgeMessages>;
  format: BadgeFormat;
}

function badgeOf(resolution: Resolution, { language, t, format }: AnnotationText): BadgeInfo | null {
  const text = badgeText(resolution, t, format);
  if (text === null || resolution.status === 'unmatched') return null;
  if (resolution.status === 'ambiguous') {
    return {
      tone: 'ambiguous',
      text,
      details: resolution.candidates
        .slice(0, MAX_CANDIDATES_SHOWN)
        .map((draw) => recordText(draw, t, format)),
      url: null,
    };
  }
  const { draw, verdicts } = resolution;
  const mismatch = verdicts.some((verdict) => verdict.status === 'mismatch');
  const details = [recordText(draw, t, format)];
  if (draw.categoryName !== '') details.push(officialDrawName(draw, language));
  return { tone: mismatch ? 'mismatch' : 'ok', text, details, url: safeOfficialUrl(draw.url) };
}

/** Resolve a validated request: one badge (or null) per claim, a banner per program with later draws. */
export async function resolveAnnotations(
  db: DrawAlertsDatabase,
  request: AnnotateRequest,
  text: AnnotationText,
): Promise<AnnotateResponse> {
  if (request.claims.length === 0) return { badges: [], banners: [] };
  const index = indexDraws(await candidatesFor(db, request.claims));
  // A widget's rows say nothing about what came after the article: only its text makes banners.
  const articleClaims = request.claims.filter((claim) => claim.inSidebar !== true);
  const badges = request.claims.map((claim) => badgeOf(resolveClaim(claim, index), text));
  const banners: BannerInfo[] = [];
  if (request.published !== null) {
    const published = { ...request.published, source: 'meta' as const };
    const scopes = scopesOf(articleClaims);
    const [later, firstStored] = await Promise.all([
      drawsSincePublication(db, scopes, published.date),
      firstStoredDates(db, scopes),
    ]);
    for (const facts of drawsSince(published, scopes, later, (scope) => firstStored.get(scope))) {
      if (facts.count === 0 || facts.latest === null) continue;
      banners.push({ text: bannerText(facts, text.t, text.format), url: safeOfficialUrl(facts.latest.url) });
    }
  }
  return { badges, banners };
}

/**
 * Answer a checked request: a badge (or null) per claim in the request's order, null where a claim
 * was dropped; no banner when the reader dismissed it for this article.
 */
export async function answerRequest(
  db: DrawAlertsDatabase,
  checked: CheckedRequest,
  text: AnnotationText,
  options: { bannerDismissed?: boolean } = {},
): Promise<AnnotateResponse> {
  const claims = checked.claims.filter((claim): claim is DrawClaim => claim !== null);
  const answer = await resolveAnnotations(db, { ...checked, claims }, text);
  let next = 0;
  return {
    badges: checked.claims.map((claim) => (claim === null ? null : (answer.badges[next++] ?? null))),
    banners: options.bannerDismissed === true ? [] : answer.banners,
  };
}

/**
 * How much one page (a tab's frame) can make the background do: a request costs its claims and a
 * fixed part, the bucket holds two full pages' worth and refills at a page's worth a minute.
 */
export const PAGE_BUDGET = {
  capacity: 2 * (MAX_CLAIMS_PER_REQUEST + 5) * 10,
  refillPerSecond: ((MAX_CLAIMS_PER_REQUEST + 5) * 10) / 60,
  costOf: (claims: number) => claims + 5,
};

// ---------------------------------------------------------------------------------------------
// The content script on the sites the user allowed.

/** The slice of the extension APIs the registration uses (the real ones, or fakes in tests). */
export interface SiteScriptApis {
  contains(origin: string): Promise<boolean>;
  getRegistered(): Promise<Array<{ id: string; matches?: string[] }>>;
  register(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

function browserSiteScriptApis(): SiteScriptApis | null {
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts === undefined) return null;
  return {
    contains: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    getRegistered: () => scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] }),
    register: (matches) =>
      scripting.registerContentScripts([
        {
          id: USER_SITES_SCRIPT_ID,
          matches,
          js: [ANNOTATE_SCRIPT_FILE],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]),
    unregister: () => scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] }),
  };
}

/**
 * Make the registered content script match exactly the allowed sites that still have their host
 * permission (and none when annotations are off). Returns the match patterns now registered.
 */
export async function syncUserSiteScripts(
  apis: SiteScriptApis,
  readSettings = () => readAnnotationSettings(),
): Promise<string[]> {
  const settings = await readSettings();
  const candidates = settings.enabled
    ? settings.allowedSites.filter((origin) => !settings.disabledSites.includes(origin))
    : [];
  const granted = await Promise.all(candidates.map((origin) => apis.contains(origin).catch(() => false)));
  const matches = candidates
    .filter((_, index) => granted[index])
    .map(originPattern)
    .sort();
  const existing = (await apis.getRegistered()).find((script) => script.id === USER_SITES_SCRIPT_ID);
  const current = [...(existing?.matches ?? [])].sort();
  if (existing !== undefined && current.join('\n') === matches.join('\n')) return matches;
  if (existing !== undefined) await apis.unregister();
  if (matches.length > 0) await apis.register(matches);
  return matches;
}

/** Badge and banner wording in one language: its messages, its numbers and dates. */
export function annotationTextIn(language: Language): AnnotationText {
  return { language, t: translatorFor(language).t, format: intlFormat(LOCALES[language]) };
}

/**
 * `text` words badges and banners in the language a request asks for (the article's or the user's).
 * Only a content script in a tab may ask (lib/messaging/senders.ts), within its page's budget.
 */
export function setupAnnotations(deps: {
  db: DrawAlertsDatabase;
  text: (language: Language) => AnnotationText;
  now?: () => number;
}): void {
  const extensionBase = browser.runtime.getURL('/');
  const limiter = createRateLimiter({
    capacity: PAGE_BUDGET.capacity,
    refillPerSecond: PAGE_BUDGET.refillPerSecond,
    now: deps.now ?? Date.now,
  });
  onMessage('annotateResolve', async ({ sender, data }) => {
    if (!isTabContentScript(sender, browser.runtime.id, extensionBase)) {
      throw new SenderRefused('annotateResolve: only a content script in a tab may ask');
    }
    const checked = parseAnnotateRequest(data);
    if (!limiter.take(frameKey(sender), PAGE_BUDGET.costOf(checked.claims.length))) {
      throw new AnnotationRequestError('annotate: this page asked too much; wait a minute');
    }
    const bannerDismissed = await isBannerDismissed(browser.storage.local, sender.url);
    return answerRequest(deps.db, checked, deps.text(checked.language), { bannerDismissed });
  });

  const apis = browserSiteScriptApis();
  if (apis === null) return;
  // One sync at a time, in order: permission and settings events can arrive together.
  let queue: Promise<unknown> = Promise.resolve();
  const resync = () => {
    queue = queue
      .then(() => syncUserSiteScripts(apis))
      .catch((error: unknown) => console.warn('Draw Alerts: site scripts not synced', error));
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.hasOwn(changes, ANNOTATION_SETTINGS_KEY)) resync();
  });
  resync();
}
