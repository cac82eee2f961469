import * as v from 'valibot';
import type { optionsEn } from '@/lib/i18n/en/options';
import type { LabelKey } from '@/lib/i18n/messages';

/**
 * The kinds of profile field. Each builder takes what is particular to one field (its label, its
 * choices, its default) and gives everything the rest of the extension needs of it:
 * - `stored`: a valibot schema that reads whatever storage holds into a valid value, never failing
 *   (the invalid parts dropped, else `v.fallback` to the default);
 * - `input`: a valibot schema that reads what a form submits, with an error key per problem;
 * - `toDraft` / `fromDraft`: what the form holds while the user types, and what it submits;
 * - the labels the form shows.
 * lib/profile/profile-schema.ts lists the fields; type, defaults, repair and form derive from it.
 */

/** The messages of lib/i18n/en/options.ts that name a form error. */
export type ProfileErrorKey = Extract<keyof typeof optionsEn, `error${string}`>;

/** Where on the settings page a field sits (a fieldset each). */
export type ProfileSection = 'scores' | 'eligibility' | 'follow' | 'alerts';

export interface Choice<Value extends string | number> {
  value: Value;
  labelKey: LabelKey;
}

interface FieldBase<Value, Draft> {
  section: ProfileSection;
  labelKey: LabelKey;
  hintKey?: LabelKey;
  stored: v.GenericSchema<unknown, Value>;
  input: v.GenericSchema<unknown, Value>;
  // Methods, not function properties: a field of a narrower value still counts as a field.
  toDraft(value: Value): Draft;
  fromDraft(draft: Draft): unknown;
  /** A copy that shares nothing with `value` (lists and tables are fresh). */
  copy(value: Value): Value;
}

/** A whole-number score, or "not set" (an empty field). */
export interface ScoreField extends FieldBase<number | null, string> {
  kind: 'score';
}

/** A score per province, each on the province's own grid; a province left empty has none. */
export interface ScoreTableField<Key extends string = string>
  extends FieldBase<Partial<Record<Key, number>>, Record<string, string>> {
  kind: 'score-table';
  rows: readonly Choice<Key>[];
}

/**
 * A list of ticks. `whole`, when there is one, is a value that stands for more than a list:
 * `'all'` ("all categories, including new ones": the ticks are shown ticked and locked) or `null`
 * ("not set": the user has not said, which is not the same as "none of these").
 */
export interface ChoicesField<Key extends string = string, Whole extends 'all' | null | never = 'all' | null>
  extends FieldBase<Whole | Key[], ChoicesDraft> {
  kind: 'choices';
  choices: readonly Choice<Key>[];
  whole: { value: Whole; labelKey: LabelKey } | null;
}

export interface ChoicesDraft {
  whole: boolean;
  picked: string[];
}

/** On or off. */
export interface ToggleField extends FieldBase<boolean, boolean> {
  kind: 'toggle';
}

/** One of a few values, picked from a list. */
export interface SelectField<Value extends number = number> extends FieldBase<Value, string> {
  kind: 'select';
  choices: readonly Choice<Value>[];
}

/** Yes, no, or not set. */
export interface AnswerField extends FieldBase<boolean | null, AnswerDraft> {
  kind: 'answer';
  yesKey: LabelKey;
  noKey: LabelKey;
  unsetKey: LabelKey;
}

export type AnswerDraft = 'yes' | 'no' | '';

export type ProfileField =
  | ScoreField
  | ScoreTableField
  | ChoicesField<string, 'all' | null>
  | ChoicesField<string, never>
  | ToggleField
  | SelectField
  | AnswerField;

interface Placement {
  section: ProfileSection;
  labelKey: LabelKey;
  hintKey?: LabelKey;
}

/** Typed text → number when it is one; '' means "not set"; other text is kept, to fail as text. */
export function readTypedNumber(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const typedNumber = v.pipe(
  v.union([v.number(), v.string(), v.null()], 'errorScoreNotNumber'),
  v.transform(readTypedNumber),
);

function wholeNumberIn(max: number, rangeError: ProfileErrorKey) {
  return v.pipe(
    v.number('errorScoreNotNumber'),
    v.finite('errorScoreNotNumber'),
    v.integer('errorScoreFractional'),
    v.minValue(0, rangeError),
    v.maxValue(max, rangeError),
  );
}

/** Keeps the first occurrence of each entry: the same tick twice is one choice. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A plain object (not null, not an array): the only thing a stored or submitted profile can be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function scoreField(options: Placement & { max: number; rangeError: ProfileErrorKey }): ScoreField {
  const score = v.nullable(wholeNumberIn(options.max, options.rangeError));
  return {
    kind: 'score',
    ...options,
    stored: v.fallback(score, null),
    input: v.pipe(typedNumber, score),
    toDraft: (value) => (value === null ? '' : String(value)),
    fromDraft: (draft) => draft,
    copy: (value) => value,
  };
}

export function scoreTableField<Key extends string>(
  options: Placement & {
    rows: readonly Choice<Key>[];
    max: number;
    rangeError: ProfileErrorKey;
    unknownKeyError: ProfileErrorKey;
    invalidError: ProfileErrorKey;
  },
): ScoreTableField<Key> {
  const keys = options.rows.map((row) => row.value);
  const score = wholeNumberIn(options.max, options.rangeError);
  const key = v.picklist(keys, options.unknownKeyError);
  return {
    kind: 'score-table',
    ...options,
    // Each valid score is kept; a bad entry loses only that row's score.
    stored: v.fallback(
      v.pipe(
        v.unknown(),
        v.transform((value) => {
          const table: Partial<Record<Key, number>> = {};
          if (!isRecord(value)) return table;
          for (const row of keys) {
            if (!Object.hasOwn(value, row)) continue;
            const result = v.safeParse(score, value[row]);
            if (result.success) table[row] = result.output;
          }
          return table;
        }),
      ),
      () => ({}),
    ),
    input: v.pipe(
      v.record(key, v.pipe(typedNumber, v.nullable(score)), options.invalidError),
      // An emptied field removes that row's score.
      v.transform(
        (table) =>
          Object.fromEntries(
            Object.entries(table).filter(([, value]) => value !== null && value !== undefined),
          ) as Partial<Record<Key, number>>,
      ),
    ),
    toDraft: (table) => Object.fromEntries(Object.entries(table).map(([row, value]) => [row, String(value)])),
    fromDraft: (draft) => draft,
    copy: (table) => ({ ...table }),
  };
}

export function choicesField<Key extends string, Whole extends 'all' | null>(
  options: Placement & {
    choices: readonly Choice<Key>[];
    whole: { value: Whole; labelKey: LabelKey };
    fallback: Whole | (() => Key[]);
    unknownError: ProfileErrorKey;
    invalidError: ProfileErrorKey;
  },
): ChoicesField<Key, Whole>;
export function choicesField<Key extends string>(
  options: Placement & {
    choices: readonly Choice<Key>[];
    fallback: () => Key[];
    unknownError: ProfileErrorKey;
    invalidError: ProfileErrorKey;
  },
): ChoicesField<Key, never>;
export function choicesField<Key extends string, Whole extends 'all' | null>(
  options: Placement & {
    choices: readonly Choice<Key>[];
    whole?: { value: Whole; labelKey: LabelKey };
    fallback: Whole | (() => Key[]);
    unknownError: ProfileErrorKey;
    invalidError: ProfileErrorKey;
  },
): ChoicesField<Key, Whole> {
  const keys = options.choices.map((choice) => choice.value);
  const item = v.picklist(keys, options.unknownError);
  const whole = options.whole ?? null;
  const isWhole = (value: unknown): value is Whole => whole !== null && value === whole.value;
  const fallback = (): Whole | Key[] =>
    typeof options.fallback === 'function' ? options.fallback() : options.fallback;
  // A broken list must not pass as a choice: a sentinel that every schema below refuses.
  const broken = Symbol('broken');
  return {
    kind: 'choices',
    section: options.section,
    labelKey: options.labelKey,
    hintKey: options.hintKey,
    choices: options.choices,
    whole,
    // Keeps the valid ticks. Something that is not a list, or a non-empty list with nothing valid
    // in it (corrupt, or keys from a newer version), gets the default rather than "none".
    stored: v.fallback(
      v.pipe(
        v.unknown(),
        v.transform((value): unknown => {
          if (isWhole(value) || !Array.isArray(value)) return value;
          const valid = unique(value.filter((entry): entry is Key => v.is(item, entry)));
          return valid.length === 0 && value.length > 0 ? broken : valid;
        }),
        v.custom<Whole | Key[]>(
          (value) => isWhole(value) || (Array.isArray(value) && value.every((entry) => v.is(item, entry))),
        ),
      ),
      fallback,
    ),
    // The shape is checked first, so a list with one unknown key is reported as that key.
    input: v.pipe(
      v.custom<Whole | unknown[]>((value) => isWhole(value) || Array.isArray(value), options.invalidError),
      v.lazy((value) =>
        isWhole(value)
          ? v.custom<Whole>(isWhole)
          : v.pipe(v.array(item, options.invalidError), v.transform(unique)),
      ),
    ) as v.GenericSchema<unknown, Whole | Key[]>,
    toDraft: (value) => ({ whole: isWhole(value), picked: isWhole(value) ? [] : [...(value as Key[])] }),
    fromDraft: (draft) => (whole !== null && draft.whole ? whole.value : draft.picked),
    copy: (value) => (isWhole(value) ? value : [...(value as Key[])]),
  };
}

export function toggleField(options: Placement & { fallback: boolean }): ToggleField {
  const schema = v.boolean('errorNotBoolean');
  return {
    kind: 'toggle',
    section: options.section,
    labelKey: options.labelKey,
    hintKey: options.hintKey,
    stored: v.fallback(schema, options.fallback),
    input: schema,
    toDraft: (value) => value,
    fromDraft: (draft) => draft,
    copy: (value) => value,
  };
}

export function selectField<const Value extends number>(
  options: Placement & { choices: readonly Choice<Value>[]; fallback: Value; error: ProfileErrorKey },
): SelectField<Value> {
  const schema = v.picklist(
    options.choices.map((choice) => choice.value),
    options.error,
  );
  return {
    kind: 'select',
    section: options.section,
    labelKey: options.labelKey,
    hintKey: options.hintKey,
    choices: options.choices,
    stored: v.fallback(schema, options.fallback),
    input: v.pipe(
      v.union([v.number(), v.string()], options.error),
      v.transform((value) => readTypedNumber(value) ?? value),
      schema,
    ),
    toDraft: (value) => String(value),
    fromDraft: (draft) => draft,
    copy: (value) => value,
  };
}

export function answerField(
  options: Placement & { yesKey: LabelKey; noKey: LabelKey; unsetKey: LabelKey },
): AnswerField {
  const answer = v.nullable(v.boolean('errorAnswer'));
  const fromText: Record<AnswerDraft, boolean | null> = { yes: true, no: false, '': null };
  return {
    kind: 'answer',
    ...options,
    stored: v.fallback(answer, null),
    input: v.pipe(
      v.union([v.boolean(), v.null(), v.picklist(['yes', 'no', ''])], 'errorAnswer'),
      v.transform((value) => (typeof value === 'string' ? fromText[value] : value)),
      answer,
    ),
    toDraft: (value) => (value === null ? '' : value ? 'yes' : 'no'),
    fromDraft: (draft) => draft,
    copy: (value) => value,
  };
}
