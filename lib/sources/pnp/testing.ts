/** Helpers for the PNP parser tests (imported by *.test.ts only). */
import type { Draw, InvitationCount } from '@/lib/draws/draw';
import type { ProvinceRecord } from '@/lib/sources/province-record';
import { type ParseResult, type SourceDefinition, SourceFault } from '@/lib/sources/source';
import { type ProvinceParser, provinceSource } from './engine';
import { englishSourceLabel } from './index';

/** The source the background polls for a province file (imported whole: `import * as file from '…'`). */
export function sourceOf(file: { province: ProvinceRecord; parser: ProvinceParser }): SourceDefinition {
  return provinceSource(file.province, file.parser, englishSourceLabel(file.province));
}

export async function parseWith(
  source: SourceDefinition,
  body: string,
  pages: Record<string, string> = {},
): Promise<ParseResult> {
  const fetchText = async (url: string) => {
    const page = pages[url];
    if (page === undefined)
      throw new SourceFault({ code: 'http-status', host: new URL(url).host, status: 404 });
    return page;
  };
  return source.parse(body, { url: source.url, fetchText });
}

/** The fault a parse ends with (fails the test when it ends without one). */
export async function faultOf(result: Promise<unknown>): Promise<SourceFault> {
  try {
    await result;
  } catch (error) {
    if (error instanceof SourceFault) return error;
    throw error;
  }
  throw new Error('expected a SourceFault, but the page parsed');
}

export const exact = (value: number): InvitationCount => ({ value, qualifier: 'exact' });
export const fewerThan = (value: number): InvitationCount => ({ value, qualifier: 'fewer-than' });

/** The fields a test states for a draw; the rest (system, url, ...) are the source's constants. */
export type DrawFacts = Pick<Draw, 'id' | 'date' | 'category' | 'categoryName' | 'invitations' | 'minScore'> &
  Partial<Draw>;

export const sortById = (draws: Draw[]): Draw[] => [...draws].sort((a, b) => a.id.localeCompare(b.id));
