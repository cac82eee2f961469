import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/catalogs';
import { type FieldError, isProfileErrorKey, validateProfileForm } from '@/lib/profile/form';
import { defaultProfile, type Profile } from '@/lib/profile/profile-schema';

function profileOf(input: unknown, base?: Profile): Profile {
  const result = validateProfileForm(input, base);
  if (!result.ok) throw new Error(`expected a valid form, got ${JSON.stringify(result.errors)}`);
  return result.profile;
}

function errorsOf(input: unknown): FieldError[] {
  const result = validateProfileForm(input);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.profile)}`);
  return result.errors;
}

function onlyErrorOf(input: unknown): Pick<FieldError, 'field' | 'key' | 'params'> {
  const errors = errorsOf(input);
  expect(errors).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error('no error');
  return { field: error.field, key: error.key, params: error.params };
}

describe('validateProfileForm: a valid form', () => {
  it('gives the defaults for an empty form', () => {
    expect(profileOf({})).toEqual(defaultProfile());
  });

  it('reads every field, numbers typed as text included', () => {
    expect(
      profileOf({
        crsScore: ' 480 ',
        provincialScores: { MB: '612', BC: 95 },
        eligiblePrograms: ['fsw', 'cec'],
        provincialNomination: 'no',
        frenchNclc7: '',
        occupationCategories: ['healthcare', 'researchers'],
        followedCategories: ['transport', 'cec'],
        followedProvinces: ['MB', 'BC'],
        onlyWhenCutOffAtOrBelowMyScore: true,
        notificationsEnabled: false,
        checkIntervalMinutes: '60',
      }),
    ).toEqual({
      version: 2,
      crsScore: 480,
      provincialScores: { MB: 612, BC: 95 },
      eligiblePrograms: ['fsw', 'cec'],
      provincialNomination: false,
      frenchNclc7: null,
      occupationCategories: ['healthcare', 'researchers'],
      followedCategories: ['transport', 'cec'],
      followedProvinces: ['MB', 'BC'],
      onlyWhenCutOffAtOrBelowMyScore: true,
      notificationsEnabled: false,
      checkIntervalMinutes: 60,
    } satisfies Profile);
  });

  it('accepts the bounds of each scale', () => {
    expect(profileOf({ crsScore: 0 }).crsScore).toBe(0);
    expect(profileOf({ crsScore: '1200' }).crsScore).toBe(1200);
    expect(profileOf({ provincialScores: { ON: '0', AB: 2000 } }).provincialScores).toEqual({
      ON: 0,
      AB: 2000,
    });
  });

  it('reads an empty or blank score as "not set"', () => {
    const base: Profile = { ...defaultProfile(), crsScore: 480, provincialScores: { MB: 612, BC: 95 } };
    const profile = profileOf({ crsScore: '', provincialScores: { MB: '  ', BC: 100 } }, base);
    expect(profile.crsScore).toBeNull();
    expect(profile.provincialScores).toEqual({ BC: 100 });
    expect(profileOf({ crsScore: null }, base).crsScore).toBeNull();
  });

  it('keeps "all categories" as all, and drops repeated ticks', () => {
    expect(profileOf({ followedCategories: 'all' }).followedCategories).toBe('all');
    expect(profileOf({ followedCategories: ['stem', 'stem', 'french'] }).followedCategories).toEqual([
      'stem',
      'french',
    ]);
    expect(profileOf({ followedProvinces: ['MB', 'QC', 'MB'] }).followedProvinces).toEqual(['MB', 'QC']);
  });

  it('tells "not set" from "none of these" for programs and occupation categories', () => {
    const set: Profile = { ...defaultProfile(), eligiblePrograms: ['cec'], occupationCategories: ['stem'] };
    expect(profileOf({ eligiblePrograms: null, occupationCategories: null }, set)).toMatchObject({
      eligiblePrograms: null,
      occupationCategories: null,
    });
    expect(profileOf({ eligiblePrograms: [], occupationCategories: [] })).toMatchObject({
      eligiblePrograms: [],
      occupationCategories: [],
    });
    expect(profileOf({ eligiblePrograms: ['fst', 'fst'] }).eligiblePrograms).toEqual(['fst']);
  });

  it('reads an answer as yes, no or not set, as a radio group or a boolean submits it', () => {
    expect(profileOf({ provincialNomination: 'yes', frenchNclc7: 'no' })).toMatchObject({
      provincialNomination: true,
      frenchNclc7: false,
    });
    expect(profileOf({ provincialNomination: false, frenchNclc7: true })).toMatchObject({
      provincialNomination: false,
      frenchNclc7: true,
    });
    const answered: Profile = { ...defaultProfile(), provincialNomination: true };
    expect(profileOf({ provincialNomination: '' }, answered).provincialNomination).toBeNull();
    expect(profileOf({ provincialNomination: null }, answered).provincialNomination).toBeNull();
  });

  it('allows following no Express Entry category (provincial alerts only)', () => {
    expect(profileOf({ followedCategories: [] }).followedCategories).toEqual([]);
  });

  it('keeps the base value of every field the form leaves out, without sharing its lists', () => {
    const base: Profile = {
      ...defaultProfile(),
      crsScore: 455,
      provincialScores: { ON: 57 },
      followedCategories: ['healthcare'],
      followedProvinces: ['ON'],
      checkIntervalMinutes: 360,
    };
    const profile = profileOf({ notificationsEnabled: false }, base);
    expect(profile).toEqual({ ...base, notificationsEnabled: false });
    expect(profile.followedProvinces).not.toBe(base.followedProvinces);
    expect(profile.followedCategories).not.toBe(base.followedCategories);
  });

  it('ignores fields it does not know', () => {
    expect(profileOf({ crsScore: '470', theme: 'dark', version: 99 })).toEqual({
      ...defaultProfile(),
      crsScore: 470,
    });
  });
});

describe('validateProfileForm: errors, each next to its field', () => {
  it.each([
    ['text', 'abc', 'errorScoreNotNumber', 'abc'],
    ['a number in exponent form', '1e3', 'errorScoreNotNumber', '1e3'],
    ['a boolean', true, 'errorScoreNotNumber', 'true'],
    ['NaN', Number.NaN, 'errorScoreNotNumber', 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'errorScoreNotNumber', 'Infinity'],
    ['a list', [480], 'errorScoreNotNumber', 'list'],
    ['a fraction', '470.5', 'errorScoreFractional', '470.5'],
    ['a fraction above the range', 1300.5, 'errorScoreFractional', '1300.5'],
    ['above 1200', '1300', 'errorCrsRange', '1300'],
    ['below 0', -1, 'errorCrsRange', '-1'],
  ])('CRS score: %s', (_, crsScore, key, param) => {
    expect(onlyErrorOf({ crsScore })).toEqual({ field: 'crsScore', key, params: { value: param } });
  });

  it('words the CRS range error in either language', () => {
    const [error] = errorsOf({ crsScore: 1300 });
    expect(error && translatorFor('en').t(error.key, error.params)).toBe(
      'A CRS score is from 0 to 1,200; 1300 is outside that range.',
    );
    expect(error && translatorFor('fr').t(error.key, error.params)).toBe(
      'Une note du SCG va de 0 à 1\u00a0200; 1300 est hors de cette plage.',
    );
  });

  it.each([
    [{ MB: '2500' }, 'provincialScores.MB', 'errorProvincialScoreRange', '2500'],
    [{ ON: -3 }, 'provincialScores.ON', 'errorProvincialScoreRange', '-3'],
    [{ AB: '57.5' }, 'provincialScores.AB', 'errorScoreFractional', '57.5'],
    [{ BC: 'lots' }, 'provincialScores.BC', 'errorScoreNotNumber', 'lots'],
    [{ XX: '50' }, 'provincialScores.XX', 'errorUnknownProvince', 'XX'],
  ])('provincial score %j', (provincialScores, field, key, param) => {
    expect(onlyErrorOf({ provincialScores })).toEqual({ field, key, params: { value: param } });
  });

  it('rejects provincial scores that are not a table of scores', () => {
    expect(onlyErrorOf({ provincialScores: '612' })).toMatchObject({
      field: 'provincialScores',
      key: 'errorProvincialScoresInvalid',
    });
  });

  it('takes a provincial score above the CRS maximum, since each province has its own grid', () => {
    expect(profileOf({ provincialScores: { MB: 1500 } }).provincialScores).toEqual({ MB: 1500 });
  });

  it.each([
    [['cec', 'astronauts'], 'errorUnknownCategory', 'astronauts'],
    ['some', 'errorCategoriesInvalid', 'some'],
    [7, 'errorCategoriesInvalid', '7'],
  ])('followed categories %j', (followedCategories, key, value) => {
    expect(onlyErrorOf({ followedCategories })).toEqual({
      field: 'followedCategories',
      key,
      params: { value },
    });
  });

  it.each([
    ['eligiblePrograms', ['cec', 'pnp'], 'errorUnknownChoice', 'pnp'],
    ['eligiblePrograms', 'cec', 'errorChoicesInvalid', 'cec'],
    ['occupationCategories', ['healthcare', 'cec'], 'errorUnknownChoice', 'cec'],
    ['occupationCategories', 'all', 'errorChoicesInvalid', 'all'],
    ['provincialNomination', 'maybe', 'errorAnswer', 'maybe'],
    ['frenchNclc7', 7, 'errorAnswer', '7'],
  ])('%s %j', (field, value, key, param) => {
    expect(onlyErrorOf({ [field]: value })).toEqual({ field, key, params: { value: param } });
  });

  it.each([
    [['MB', 'XX'], 'errorUnknownProvince', 'XX'],
    ['MB', 'errorProvincesInvalid', 'MB'],
  ])('followed provinces %j', (followedProvinces, key, value) => {
    expect(onlyErrorOf({ followedProvinces })).toEqual({
      field: 'followedProvinces',
      key,
      params: { value },
    });
  });

  it.each(['onlyWhenCutOffAtOrBelowMyScore', 'notificationsEnabled'])('%s must be on or off', (field) => {
    expect(onlyErrorOf({ [field]: 'yes' })).toEqual({
      field,
      key: 'errorNotBoolean',
      params: { value: 'yes' },
    });
    expect(onlyErrorOf({ [field]: 1 })).toEqual({ field, key: 'errorNotBoolean', params: { value: '1' } });
  });

  it.each([
    [45, '45'],
    ['often', 'often'],
    ['', ''],
    [true, 'true'],
  ])('check interval %j', (checkIntervalMinutes, param) => {
    expect(onlyErrorOf({ checkIntervalMinutes })).toEqual({
      field: 'checkIntervalMinutes',
      key: 'errorCheckInterval',
      params: { value: param },
    });
  });

  it('accepts each offered check interval, as number or text', () => {
    for (const minutes of [15, 30, 60, 360]) {
      expect(profileOf({ checkIntervalMinutes: minutes }).checkIntervalMinutes).toBe(minutes);
      expect(profileOf({ checkIntervalMinutes: String(minutes) }).checkIntervalMinutes).toBe(minutes);
    }
  });

  it('reports every bad field at once, one error per field', () => {
    const errors = errorsOf({
      crsScore: '1300.5',
      provincialScores: { MB: 'x', ON: 3000 },
      followedProvinces: ['XX', 'YY'],
      notificationsEnabled: 'no',
      checkIntervalMinutes: 5,
      followedCategories: 'all',
    });
    expect(errors.map((error) => [error.field, error.key])).toEqual([
      ['crsScore', 'errorScoreFractional'],
      ['provincialScores.MB', 'errorScoreNotNumber'],
      ['provincialScores.ON', 'errorProvincialScoreRange'],
      ['followedProvinces', 'errorUnknownProvince'],
      ['notificationsEnabled', 'errorNotBoolean'],
      ['checkIntervalMinutes', 'errorCheckInterval'],
    ]);
    for (const error of errors) expect(isProfileErrorKey(error.key)).toBe(true);
  });

  it.each([null, undefined, 'profile', 42, [], [{ crsScore: 480 }]])('rejects a form that is %j', (input) => {
    expect(onlyErrorOf(input)).toEqual({ field: '', key: 'errorFormInvalid', params: { value: '' } });
  });
});
