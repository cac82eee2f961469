import type { DrawClaim } from '@/lib/annotate/finding/claim';
import type { SiteLayout } from '@/lib/annotate/sites/layout';
import type { Language } from '@/lib/i18n/languages';

/**
 * What the content script and the background say to each other about a page. Small on purpose:
 * claims and a date go out, ready-to-show texts and official links come back; draws never travel
 * to the page.
 */

/** Claims per request; a page with more sends several requests. */
export const MAX_CLAIMS_PER_REQUEST = 100;
/** Claims per page and per pass of later content: bounded work on any page. */
export const MAX_CLAIMS_PER_PAGE = 1000;

export interface WirePublished {
  /** YYYY-MM-DD */
  date: string;
  /** ISO instant or null. */
  instant: string | null;
}

export interface AnnotateRequest {
  /** The language the badges and banner are worded in: the article's, or the user's. */
  language: Language;
  published: WirePublished | null;
  claims: DrawClaim[];
}

export type BadgeTone = 'ok' | 'mismatch' | 'ambiguous';

export interface BadgeInfo {
  tone: BadgeTone;
  /** "✓ IRCC round #339 · 4,500 ITAs · CRS 410 · Mar 6, 2025" or "IRCC: CRS 529 (article: 521)". */
  text: string;
  /** Lines of the details popover (official record, category, what differs). */
  details: string[];
  /** The official page of the draw (https only), or null. */
  url: string | null;
}

export interface BannerInfo {
  /** "3 Express Entry rounds since this article · latest #434, Aug 7, 2026 · CRS 470" */
  text: string;
  url: string | null;
}

export interface AnnotateResponse {
  /** One per claim of the request, in order; null when no stored draw fits. */
  badges: Array<BadgeInfo | null>;
  /** One per program the claims speak of that had draws after publication. */
  banners: BannerInfo[];
}

/** What a content script says when it starts: the page's own language (`<html lang>`), if any. */
export interface AnnotateStartRequest {
  pageLanguage: string | null;
}

/** Whether to annotate this page (the user's settings, read by the background), and in which language. */
export interface AnnotateStart {
  active: boolean;
  language: Language;
  /** How the page's site lays out its article (its curated record's layout, or the generic one). */
  site: SiteLayout;
}

/** Only an absolute https URL is ever put in a link's href. */
export function safeOfficialUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
      ? parsed.href
      : null;
  } catch {
    return null;
  }
}
