// The background's resolution of one article's claims with 1,500, 5,000 and 20,000 draws stored.
import type { Page } from '@playwright/test';
import { findClaimsInText } from '@/lib/annotate/finding/mentions';
import type { AnnotateRequest } from '@/lib/annotate/wire';
import { olderCopies, recordedProvinceDraws, recordedRounds } from '../support/recorded-draws';
import type { ResolutionBench } from './resolution-page';
import { type BenchArea, blankOrigin, bundleForPage, coldPage, median, ms, ratio } from './support';

const STORED = [1_500, 5_000, 20_000];
const PUBLISHED = '2026-08-06';

/** Sentences as news sites write them about recent draws (found by the extension's own finder). */
const ARTICLE = [
  'Express Entry draw #432 invited 3,000 candidates from the Canadian Experience Class.',
  'In the July 23, 2026 Express Entry draw, the minimum CRS score was 507.',
  'Round #430 of Express Entry, held July 23, 2026, invited 1,000 candidates.',
  'On May 28, 2026, IRCC issued 2,500 ITAs in a Canadian Experience Class draw with a CRS cut-off of 515.',
  'The Alberta Opportunity Stream draw on June 15, 2026 had a minimum EOI score of 60.',
  'BC PNP held a draw on June 2, 2026 and sent 41 invitations.',
  'PEI PNP sent 96 invitations on June 18, 2026.',
  'The Ontario Immigrant Nominee Program (OINP) draw on April 30, 2026 issued 1,252 invitations.',
];

const call = <K extends keyof ResolutionBench>(
  page: Page,
  method: K,
  ...args: Parameters<ResolutionBench[K]>
) =>
  page.evaluate(
    ([name, input]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's bench object, called by name.
      (window as any).resolutionBench[name](...input),
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<ResolutionBench[K]>>>;

export const resolutionArea: BenchArea = async ({ browser, runs }) => {
  const claims = ARTICLE.flatMap((sentence) => findClaimsInText(sentence, { published: PUBLISHED }));
  const request: AnnotateRequest = JSON.parse(
    JSON.stringify({ language: 'en', published: { date: '2026-07-01', instant: null }, claims }),
  );
  const base = [...recordedRounds(), ...[...(await recordedProvinceDraws()).values()].flat()].map((draw) => ({
    ...draw,
    firstSeenAt: 0,
    revisions: [],
  }));
  const origin = await blankOrigin();
  const script = await bundleForPage('tests/bench/resolution-page.ts');
  const results: {
    stored: number;
    cold: number;
    warm: number;
    scan: number;
    read: number;
    badges: number;
  }[] = [];
  try {
    for (const size of STORED) {
      const { page, close } = await coldPage(browser, origin.url, script);
      const stored = await call(page, 'seed', 'resolution', [
        ...base,
        ...olderCopies(base, size - base.length),
      ]);
      // A new page of the same origin: the store as kept, nothing of it in memory.
      const fresh = await page.context().newPage();
      await fresh.goto(origin.url);
      await fresh.addScriptTag({ content: script });
      const figures = await call(fresh, 'resolve', 'resolution', request, runs);
      results.push({
        stored,
        cold: figures.coldMs,
        warm: median(figures.warmMs),
        scan: median(figures.scanMs),
        read: figures.read,
        badges: figures.badges,
      });
      await close();
    }
  } finally {
    origin.close();
  }
  const [first] = results;
  const lines = [
    `Annotation resolution in the worker's code (${claims.length} claims of one article, banners included; cold: first request, opening the store; warm: median of ${runs} after 3):`,
    `  ${'draws stored'.padEnd(14)} ${'cold'.padStart(9)} ${'warm'.padStart(9)} ${'vs first'.padStart(9)}  ${'draws read'.padStart(10)}  ${'scan (before)'.padStart(13)} ${'vs first'.padStart(9)}`,
  ];
  for (const result of results) {
    lines.push(
      `  ${String(result.stored).padEnd(14)} ${ms(result.cold).padStart(9)} ${ms(result.warm).padStart(9)} ${(first ? ratio(result.warm, first.warm) : '').padStart(9)}  ${String(result.read).padStart(10)}  ${ms(result.scan).padStart(13)} ${(first ? ratio(result.scan, first.scan) : '').padStart(9)}`,
    );
  }
  lines.push(
    `  ${first?.badges} of ${claims.length} claims matched a stored draw. Scan (before) = every draw of the claimed systems read and indexed per request, without banners. Target: flat in the draws stored.`,
  );
  return lines;
};
