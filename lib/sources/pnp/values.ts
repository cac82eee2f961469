import type { InvitationCount } from '@/lib/draws/draw';
import { isPlausibleInvitationCount } from '@/lib/draws/plausible';
import { matchKey, normaliseText } from '@/lib/html/dom';

/** A row (or post) that cannot be read: it is skipped and counted, with this message as the reason. */
export class UnreadableRow extends Error {
  override name = 'UnreadableRow';
}

/** `-`, `N/A`, `TBD`, `Not applicable`, blank: the province published no value here. */
export function isAbsent(text: string): boolean {
  const key = matchKey(text);
  return key === '' || /^(n a|na|not applicable|tbd|to be determined|none)$/.test(key);
}

const NUMBER = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+`;
const toNumber = (digits: string): number => {
  const value = Number(digits.replace(/[^\d]/g, ''));
  // `999…9` (400 digits) is Infinity, 100000000000000000001 is 1e20: no province invited that many.
  if (!isPlausibleInvitationCount(value))
    throw new UnreadableRow(`invitation count ${digits.slice(0, 30)} is impossible`);
  return value;
};

/**
 * An invitation count as published: `1,015`, `26`, `<5`, `Less than 10`, `fewer than 10` (a bound
 * stays a bound). Null when absent (`-`, `N/A`); throws UnreadableRow for anything else.
 */
export function readInvitationCount(text: string): InvitationCount | null {
  const clean = normaliseText(text).replace(/\*+$/, '').trim();
  if (isAbsent(clean)) return null;
  const bound = new RegExp(String.raw`^(?:<|less than|fewer than|under)\s*(${NUMBER})$`, 'i').exec(clean);
  if (bound?.[1]) return { value: toNumber(bound[1]), qualifier: 'fewer-than' };
  const exact = new RegExp(`^(${NUMBER})$`).exec(clean);
  if (exact?.[1]) return { value: toNumber(exact[1]), qualifier: 'exact' };
  throw new UnreadableRow(`invitation count "${clean}" not understood`);
}

/**
 * A minimum score: `57`, `57 and above`, `137 to 162` (the lowest), `136 points`. Null when absent;
 * throws UnreadableRow otherwise.
 */
export function readMinScore(text: string): number | null {
  const clean = normaliseText(text).replace(/\*+$/, '').trim();
  if (isAbsent(clean)) return null;
  const match =
    /^(\d{1,4})(?:\s*(?:points?|pts)?)(?:\s*(?:and above|and higher|or (?:more|higher)|\+|(?:to|-|–)\s*\d{1,4}))?$/i.exec(
      clean,
    );
  if (match?.[1]) return Number(match[1]);
  throw new UnreadableRow(`minimum score "${clean}" not understood`);
}
