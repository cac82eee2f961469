import type { ClaimKind, DrawClaim } from '@/lib/annotate/claim';
import { extractPublishedDate, type PublishedDate } from '@/lib/annotate/published-date';
import { indexDraws, type Resolution, resolveClaim } from '@/lib/annotate/resolve';
import { findClaimsInBlocks } from '@/lib/annotate/scan';
import { drawsSince, type SinceFacts, scopesOf } from '@/lib/annotate/since';
import { indexTextBlocks, type TextBlock } from '@/lib/annotate/text-index';
import type { Draw } from '@/lib/draws/draw';

/** The whole pipeline for one page: read, find, resolve, and compare with what came since. */

export interface AnnotatedClaim {
  block: TextBlock;
  claim: DrawClaim;
  resolution: Resolution;
}

export interface ArticleAnalysis {
  published: PublishedDate | null;
  claims: AnnotatedClaim[];
  since: SinceFacts[];
}

export interface AnalyseOptions {
  /** Overrides what the page's metadata says. */
  published?: PublishedDate | null;
  defaultKind?: ClaimKind;
}

export function analyseArticle(
  root: Element,
  document: Document,
  draws: readonly Draw[],
  options: AnalyseOptions = {},
): ArticleAnalysis {
  const published = options.published !== undefined ? options.published : extractPublishedDate(document);
  const blocks = indexTextBlocks(root, document);
  const found = findClaimsInBlocks(blocks, {
    ...(published === null ? {} : { published: published.date }),
    ...(options.defaultKind === undefined ? {} : { defaultKind: options.defaultKind }),
  });
  const index = indexDraws(draws);
  const claims = found.map(({ block, claim }) => ({ block, claim, resolution: resolveClaim(claim, index) }));
  const since =
    published === null ? [] : drawsSince(published, scopesOf(claims.map((item) => item.claim)), draws);
  return { published, claims, since };
}
