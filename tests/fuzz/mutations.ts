import fc from 'fast-check';
import {
  HOSTILE_LINKS,
  HTML_TOKENS,
  INTERESTING_DATES,
  INTERESTING_NUMBERS,
  INTERESTING_WORDS,
  JSON_TOKENS,
} from './vocabulary';

/**
 * Mutations of recorded bodies: a few edits at positions given as fractions of the body, so one
 * arbitrary serves a 2 KB page and a 0.7 MB feed alike. Values only: applying them is cheap and
 * the same seed always gives the same body.
 */
type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'number'; nth: number; text: string }
  | { kind: 'date'; nth: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'wrap'; at: number; length: number; tag: string; depth: number }
  | { kind: 'flip'; at: number; char: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HTML_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS, ...INTERESTING_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...INTERESTING_WORDS, ...HOSTILE_LINKS) },
  { weight: 1, arbitrary: fc.constantFrom(...JSON_TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);

/** Many copies of a slice (rows by the thousand: how quadratic paths show); fewer in the short run. */
const copies = (run: 'short' | 'long') =>
  fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: run === 'long' ? 3_000 : 300 }) },
  );

const edit = (run: 'short' | 'long'): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.nat(400) }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at: fraction,
      length: fc.nat(600),
      times: copies(run),
    }),
    fc.record({ kind: fc.constant('insert' as const), at: fraction, text: token }),
    fc.record({
      kind: fc.constant('number' as const),
      nth: fc.nat(500),
      text: fc.constantFrom(...INTERESTING_NUMBERS),
    }),
    fc.record({
      kind: fc.constant('date' as const),
      nth: fc.nat(200),
      text: fc.constantFrom(...INTERESTING_DATES),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
    fc.record({
      kind: fc.constant('wrap' as const),
      at: fraction,
      length: fc.nat(300),
      tag: fc.constantFrom('div', 'table', 'td', 'li', 'b', 'p', 'ul'),
      depth: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) },
        { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }) },
      ),
    }),
    fc.record({
      kind: fc.constant('flip' as const),
      at: fraction,
      char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    }),
  );

/** Bodies are not grown past this (a little over the parsers' stated limit, to reach it). */
const MAX_MUTATED_CHARS = 5_000_000;

function nthMatch(body: string, pattern: RegExp, nth: number): RegExpExecArray | null {
  const matches: RegExpExecArray[] = [];
  const global = new RegExp(pattern.source, 'g');
  for (let match = global.exec(body); match !== null && matches.length <= nth; match = global.exec(body)) {
    matches.push(match);
  }
  return matches.length === 0 ? null : (matches[nth % matches.length] ?? null);
}

function apply(body: string, change: Edit): string {
  const at = (fraction: number) => Math.floor(fraction * body.length);
  switch (change.kind) {
    case 'delete':
      return body.slice(0, at(change.at)) + body.slice(at(change.at) + change.length);
    case 'duplicate': {
      const start = at(change.at);
      const slice = body.slice(start, start + change.length);
      const times = Math.min(
        change.times,
        Math.floor((MAX_MUTATED_CHARS - body.length) / Math.max(1, slice.length)),
      );
      return body.slice(0, start) + slice.repeat(Math.max(1, times)) + body.slice(start);
    }
    case 'insert':
      return body.slice(0, at(change.at)) + change.text + body.slice(at(change.at));
    case 'number':
    case 'date': {
      const pattern =
        change.kind === 'number'
          ? /\d[\d,]*/
          : /\d{1,4}[-/]\d{1,2}[-/]\d{1,4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}/;
      const match = nthMatch(body, pattern, change.nth);
      if (!match) return body;
      return body.slice(0, match.index) + change.text + body.slice(match.index + match[0].length);
    }
    case 'truncate':
      return body.slice(0, at(change.at));
    case 'wrap': {
      const start = at(change.at);
      const open = `<${change.tag}>`.repeat(change.depth);
      const close = `</${change.tag}>`.repeat(change.depth);
      return (
        body.slice(0, start) +
        open +
        body.slice(start, start + change.length) +
        close +
        body.slice(start + change.length)
      );
    }
    case 'flip':
      return body.slice(0, at(change.at)) + change.char + body.slice(at(change.at) + 1);
  }
}

/** A recorded body with one to eight edits. */
export function mutationsOf(seeds: readonly string[], run: 'short' | 'long' = 'long'): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(edit(run), { minLength: 1, maxLength: 8 }))
    .map(([seed, edits]) => edits.reduce(apply, seed));
}

/** Values a feed's round fields take in mutated feeds: hostile strings and wrong types. */
const roundValue = fc.oneof(
  fc.constantFrom(...INTERESTING_NUMBERS, ...INTERESTING_DATES, ...INTERESTING_WORDS),
  fc.constantFrom(...HOSTILE_LINKS.map((href) => `<a href='${href}'>x</a>`)),
  fc.constantFrom<unknown>(null, 42, -1, true, [], {}, '9'.repeat(400)),
  fc.string({ maxLength: 40 }),
);

const ROUND_FIELDS = [
  'drawNumber',
  'drawDate',
  'drawName',
  'drawSize',
  'drawCRS',
  'drawNumberURL',
  'mitext',
  'drawText2',
  'drawDateTime',
  'drawCutOff',
  'drawDistributionAsOn',
  'dd1',
  'dd18',
];

type FeedEdit =
  | { kind: 'set'; round: number; field: string; value: unknown }
  | { kind: 'drop'; round: number; field: string }
  | { kind: 'repeat'; round: number; times: number }
  | { kind: 'renumber'; by: number }
  | { kind: 'replace'; round: number; value: unknown };

const feedEdit = (run: 'short' | 'long'): fc.Arbitrary<FeedEdit> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('set' as const),
        round: fc.nat(),
        field: fc.constantFrom(...ROUND_FIELDS),
        value: roundValue,
      }),
    },
    fc.record({
      kind: fc.constant('drop' as const),
      round: fc.nat(),
      field: fc.constantFrom(...ROUND_FIELDS),
    }),
    fc.record({
      kind: fc.constant('repeat' as const),
      round: fc.nat(),
      times: copies(run),
    }),
    fc.record({ kind: fc.constant('renumber' as const), by: fc.integer({ min: -2, max: 2 }) }),
    fc.record({
      kind: fc.constant('replace' as const),
      round: fc.nat(),
      value: fc.constantFrom<unknown>(null, 'round', 7, [], {}),
    }),
  );

/** A recorded feed with edits to its rounds' values (the JSON stays valid, the facts do not). */
export function feedMutationsOf(
  seeds: readonly string[],
  run: 'short' | 'long' = 'long',
): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(feedEdit(run), { minLength: 1, maxLength: 6 }))
    .map(([seed, edits]) => {
      const feed = JSON.parse(seed) as { rounds: unknown[] };
      const rounds = feed.rounds;
      for (const change of edits) {
        if (rounds.length === 0) break;
        const index = 'round' in change ? change.round % rounds.length : 0;
        const round = rounds[index] as Record<string, unknown>;
        if (change.kind === 'set' && round && typeof round === 'object') round[change.field] = change.value;
        if (change.kind === 'drop' && round && typeof round === 'object') delete round[change.field];
        if (change.kind === 'repeat')
          rounds.splice(index, 0, ...Array.from({ length: change.times }, () => structuredClone(round)));
        if (change.kind === 'replace') rounds[index] = change.value;
        if (change.kind === 'renumber') {
          for (const each of rounds) {
            const entry = each as Record<string, unknown>;
            const match = typeof entry?.drawNumber === 'string' ? /^(\d+)(.*)$/.exec(entry.drawNumber) : null;
            if (match) entry.drawNumber = `${Number(match[1]) + change.by}${match[2]}`;
          }
        }
      }
      return JSON.stringify(feed);
    });
}
