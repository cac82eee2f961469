import type { ComponentChildren } from 'preact';
import type { ProfileDraft } from '@/lib/profile/draft';
import { toggle } from '@/lib/profile/draft';
import type { AnswerDraft, ChoicesDraft, ProfileField, ProfileSection } from '@/lib/profile/fields';
import type { FieldError } from '@/lib/profile/form';
import { PROFILE_FIELDS, type ProfileFieldName } from '@/lib/profile/profile';
import { useUi } from '../ui-context';

const SECTION_LABEL_KEYS = {
  scores: 'optionsScores',
  eligibility: 'optionsEligibility',
  follow: 'optionsFollow',
  alerts: 'optionsAlerts',
} as const satisfies Record<ProfileSection, string>;

const SECTION_HINT_KEYS: Partial<Record<ProfileSection, 'optionsEligibilityHint'>> = {
  eligibility: 'optionsEligibilityHint',
};

interface Props {
  /** The fields to show, in order; each is drawn from its kind in lib/profile/profile-schema.ts. */
  names: readonly ProfileFieldName[];
  draft: Partial<ProfileDraft>;
  errors: Record<string, FieldError>;
  onChange: (name: ProfileFieldName, value: unknown) => void;
  /** Fieldsets per section with their legends (the settings page), or the fields alone (the popup). */
  sections?: boolean;
  /** Makes ids unique when two forms share a page. */
  idPrefix?: string;
}

/** The form controls of profile fields, each made from its kind: nothing here names a field. */
export function ProfileFields({
  names,
  draft,
  errors,
  onChange,
  sections = true,
  idPrefix = 'field',
}: Props) {
  const { t } = useUi();
  const fields = names.map((name) => ({ name, field: PROFILE_FIELDS[name] as ProfileField }));
  const render = (list: typeof fields) =>
    list.map(({ name, field }) => (
      <FieldControl
        key={name}
        name={name}
        field={field}
        draft={draft[name]}
        errors={errors}
        onChange={(value) => onChange(name, value)}
        idPrefix={idPrefix}
      />
    ));
  if (!sections) return <>{render(fields)}</>;
  const order = [...new Set(fields.map(({ field }) => field.section))];
  return (
    <>
      {order.map((section) => {
        const hint = SECTION_HINT_KEYS[section];
        return (
          <fieldset key={section} class={`section section-${section}`}>
            <legend>{t(SECTION_LABEL_KEYS[section])}</legend>
            {hint ? <p class="hint">{t(hint)}</p> : null}
            {render(fields.filter(({ field }) => field.section === section))}
          </fieldset>
        );
      })}
    </>
  );
}

export function fieldId(field: string, prefix = 'field'): string {
  return `${prefix}-${field.replace(/\./g, '-') || 'form'}`;
}

interface ControlProps {
  name: ProfileFieldName;
  field: ProfileField;
  draft: unknown;
  errors: Record<string, FieldError>;
  onChange: (value: unknown) => void;
  idPrefix: string;
}

function FieldControl({ name, field, draft, errors, onChange, idPrefix }: ControlProps) {
  const { t } = useUi();
  const id = (key: string) => fieldId(key, idPrefix);
  const invalidProps = (key: string) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${id(key)}-error` } : {};
  const errorText = (key: string) => {
    const error = errors[key];
    return error ? (
      <p class="field-error" id={`${id(key)}-error`}>
        {t(error.key, error.params)}
      </p>
    ) : null;
  };
  const hint = field.hintKey ? <p class="hint">{t(field.hintKey)}</p> : null;

  switch (field.kind) {
    case 'score':
      return (
        <div class="field">
          <label for={id(name)}>{t(field.labelKey)}</label>
          <input
            id={id(name)}
            inputMode="numeric"
            autoComplete="off"
            value={draft as string}
            onInput={(event) => onChange(event.currentTarget.value)}
            {...invalidProps(name)}
          />
          {hint}
          {errorText(name)}
        </div>
      );
    case 'score-table': {
      const table = (draft ?? {}) as Record<string, string>;
      return (
        <details open={Object.keys(table).length > 0}>
          <summary>{t(field.labelKey)}</summary>
          {field.rows.map(({ value, labelKey }) => {
            const key = `${name}.${value}`;
            return (
              <div key={value} class="row">
                <label for={id(key)}>{t(labelKey)}</label>
                <input
                  id={id(key)}
                  inputMode="numeric"
                  autoComplete="off"
                  value={table[value] ?? ''}
                  onInput={(event) => onChange({ ...table, [value]: event.currentTarget.value })}
                  {...invalidProps(key)}
                />
                {errorText(key)}
              </div>
            );
          })}
        </details>
      );
    }
    case 'choices': {
      const { whole, picked } = draft as ChoicesDraft;
      // "All" ticks and locks every choice; "not set" is left by ticking one.
      const locksChoices = field.whole?.value === 'all';
      return (
        <Group id={id(name)} label={t(field.labelKey)} invalid={invalidProps(name)}>
          {hint}
          {field.whole ? (
            <label class="check">
              <input
                type="checkbox"
                checked={whole}
                onChange={(event) =>
                  onChange({
                    whole: event.currentTarget.checked,
                    picked: locksChoices || !event.currentTarget.checked ? picked : [],
                  })
                }
              />
              {t(field.whole.labelKey)}
            </label>
          ) : null}
          <div class="checks">
            {field.choices.map(({ value, labelKey }) => (
              <label key={value} class="check">
                <input
                  type="checkbox"
                  disabled={locksChoices && whole}
                  checked={(locksChoices && whole) || (!whole && picked.includes(value))}
                  onChange={(event) =>
                    onChange({
                      whole: locksChoices ? whole : false,
                      picked: toggle(
                        whole && !locksChoices ? [] : picked,
                        value,
                        event.currentTarget.checked,
                      ),
                    })
                  }
                />
                {t(labelKey)}
              </label>
            ))}
          </div>
          {errorText(name)}
        </Group>
      );
    }
    case 'toggle':
      return (
        <div class="field">
          <label class="check">
            <input
              id={id(name)}
              type="checkbox"
              checked={draft as boolean}
              onChange={(event) => onChange(event.currentTarget.checked)}
            />
            {t(field.labelKey)}
          </label>
          {hint}
          {errorText(name)}
        </div>
      );
    case 'select':
      return (
        <div class="field">
          <label for={id(name)}>{t(field.labelKey)}</label>
          <select
            id={id(name)}
            value={draft as string}
            onChange={(event) => onChange(event.currentTarget.value)}
            {...invalidProps(name)}
          >
            {field.choices.map(({ value, labelKey }) => (
              <option key={value} value={String(value)}>
                {t(labelKey)}
              </option>
            ))}
          </select>
          {hint}
          {errorText(name)}
        </div>
      );
    case 'answer': {
      const answers: [AnswerDraft, string][] = [
        ['yes', t(field.yesKey)],
        ['no', t(field.noKey)],
        ['', t(field.unsetKey)],
      ];
      return (
        <Group id={id(name)} label={t(field.labelKey)} invalid={invalidProps(name)} inline>
          {answers.map(([value, label]) => (
            <label key={value} class="check">
              <input
                type="radio"
                name={id(name)}
                value={value}
                checked={draft === value}
                onChange={() => onChange(value)}
              />
              {label}
            </label>
          ))}
          {hint}
          {errorText(name)}
        </Group>
      );
    }
  }
}

function Group(props: {
  id: string;
  label: string;
  invalid: object;
  inline?: boolean;
  children: ComponentChildren;
}) {
  return (
    <fieldset id={props.id} tabIndex={-1} class={props.inline ? 'group inline' : 'group'} {...props.invalid}>
      <legend>{props.label}</legend>
      {props.children}
    </fieldset>
  );
}
