import type { StoredDraw } from '@/lib/db/database';
import type { Draw } from '@/lib/draws/draw';
import { SourceFault } from './source';

/**
 * A round's identity is its number, date and category together. A read that gives a stored number
 * another date or category (every round shifted by one), or lists a stored round again under a
 * new number, is not a correction: the numbers no longer mean what they meant, and the whole read
 * is refused (nothing written, nothing notified) for a maintainer to look at.
 *
 * `currentCategory` gives a stored draw's category under today's rules (IRCC renames categories in
 * place, and a newer version of Draw Alerts may sort a name it did not know): a stored round is
 * compared as it would be read today.
 */
export function refuseRenumbering(
  parsed: readonly Draw[],
  stored: readonly StoredDraw[],
  currentCategory: (draw: Draw) => string = (draw) => draw.category,
): void {
  const storedByNumber = new Map<string, StoredDraw[]>();
  const storedByFacts = new Map<string, StoredDraw>();
  const storedById = new Map<string, StoredDraw>();
  for (const draw of stored) {
    storedById.set(draw.id, draw);
    if (draw.number === null) continue;
    const number = normaliseNumber(draw.number);
    const same = storedByNumber.get(number);
    if (same) same.push(draw);
    else storedByNumber.set(number, [draw]);
    storedByFacts.set(factsKey(draw, currentCategory(draw)), draw);
  }
  for (const draw of parsed) {
    if (draw.number === null) continue;
    const number = normaliseNumber(draw.number);
    const sameNumber = storedByNumber.get(number);
    if (sameNumber) {
      const [first] = sameNumber;
      if (first && !sameNumber.some((previous) => previous.date === draw.date)) {
        throw new SourceFault({ code: 'number-redated', number, storedDate: first.date, date: draw.date });
      }
      const previous = storedById.get(draw.id);
      if (previous && currentCategory(previous) !== draw.category) {
        throw new SourceFault({
          code: 'number-recategorised',
          number,
          storedCategory: currentCategory(previous),
          category: draw.category,
        });
      }
      continue;
    }
    const copied = storedByFacts.get(factsKey(draw, draw.category));
    if (copied?.number) {
      throw new SourceFault({
        code: 'round-under-new-number',
        number,
        storedNumber: normaliseNumber(copied.number),
        date: copied.date,
      });
    }
  }
}

/** `0357` → `357`, `91A` → `91a`: how numbers compare (older versions stored them as published). */
const normaliseNumber = (number: string): string =>
  number
    .trim()
    .toLowerCase()
    .replace(/^0+(?=\d)/, '');

/** Everything a round says but its number: two numbers with all of it alike are one round twice. */
const factsKey = (draw: Draw, category: string): string =>
  JSON.stringify([
    draw.date,
    category,
    draw.categoryName,
    draw.invitations?.value ?? null,
    draw.invitations?.qualifier ?? null,
    draw.minScore,
  ]);
