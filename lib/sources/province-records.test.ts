import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { PROVINCIAL_SCORE_MAX } from '@/lib/profile/catalog';
import { PROVINCE_MODULES } from './pnp/index';
import { codeOfProvinceFile, PROVINCE_PRESS } from './province-press';
import type { ProvinceRecord, ScaleRecord } from './province-record';
import { PROVINCES, PROVINCIAL_SCALES } from './province-records';

/** Every province file, as the glob finds it, with its path: the file's name must be its code. */
const files = import.meta.glob<{ province: ProvinceRecord; press: unknown; parser?: unknown }>(
  ['./provinces/*.ts', '!./provinces/*.test.ts'],
  { eager: true },
);

const inBothLanguages = (key: string) => {
  expect(en[key as keyof typeof en], `${key} in English`).toMatch(/\S/);
  expect(fr[key as keyof typeof fr], `${key} in French`).toMatch(/\S/);
};

describe('the province records: every record complete and consistent', () => {
  it('finds a record in every province file, named by its code, with its press names exported beside it', () => {
    const entries = Object.entries(files);
    expect(entries.length).toBe(PROVINCES.length);
    for (const [path, file] of entries) {
      expect(file.province.code).toMatch(/^[A-Z]{2}$/);
      expect(codeOfProvinceFile(path)).toBe(file.province.code);
      expect(file.press).toBe(file.province.press);
    }
    expect(new Set(PROVINCES.map((record) => record.code)).size).toBe(PROVINCES.length);
  });

  it.each(PROVINCES.map((record) => [record.code, record] as const))(
    '%s: names, scales and notes in both languages, distinct from every other province',
    (_, record) => {
      inBothLanguages(record.names.province);
      inBothLanguages(record.names.programShort);
      if (record.names.source) inBothLanguages(record.names.source);
      if (record.source.noteKey) inBothLanguages(record.source.noteKey);
      for (const [id, scale] of Object.entries<ScaleRecord>(record.scales)) {
        expect(id).toMatch(/^[a-z][a-z-]*$/);
        inBothLanguages(scale.nameKey);
        expect(Number.isInteger(scale.max) && scale.max > 0).toBe(true);
      }
      const others = PROVINCES.filter((other) => other !== record);
      expect(others.map((other) => other.names.province)).not.toContain(record.names.province);
      expect(others.map((other) => other.names.programShort)).not.toContain(record.names.programShort);
    },
  );

  it('gives every scale one province, and never the name of another scale', () => {
    expect(new Set(PROVINCIAL_SCALES.map((scale) => scale.id)).size).toBe(PROVINCIAL_SCALES.length);
    expect(new Set(PROVINCIAL_SCALES.map((scale) => scale.nameKey)).size).toBe(PROVINCIAL_SCALES.length);
    expect(PROVINCIAL_SCALES.map((scale) => scale.id)).not.toContain('crs');
    // The settings take a score up to PROVINCIAL_SCORE_MAX on any grid: every grid fits.
    for (const scale of PROVINCIAL_SCALES) expect(scale.max).toBeLessThanOrEqual(PROVINCIAL_SCORE_MAX);
  });

  it.each(PROVINCES.map((record) => [record.code, record] as const))(
    '%s: an official https page, under its host permission where its draws are read',
    (_, record) => {
      const page = new URL(record.source.page);
      expect(page.protocol).toBe('https:');
      expect(page.username + page.password + page.port).toBe('');
      if (record.source.status === 'read') {
        expect(record.source.hostPermission).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
        expect(record.source.hostPermission).toBe(`https://${page.host}/*`);
      } else {
        // No draws to read: the Provinces view and the settings say why.
        expect(record.source.noteKey).toBeDefined();
      }
    },
  );

  it('has a parser exactly where draws are read', () => {
    for (const { province, parser } of PROVINCE_MODULES) {
      expect(
        { code: province.code, parser: parser !== undefined && typeof parser.read === 'function' },
        province.code,
      ).toEqual({ code: province.code, parser: province.source.status === 'read' });
    }
  });

  it.each(PROVINCE_PRESS.map((press) => [press.code, press] as const))(
    '%s: how articles name it compiles, captures nothing of its own, and matches nothing empty',
    (_, press) => {
      for (const source of [press.program, press.name]) {
        // The annotator tells provinces apart by group number: a group of a province's own would shift the others.
        const groups = new RegExp(`${source}|`).exec('');
        expect(groups?.length, source).toBe(1);
        expect(new RegExp(`^(?:${source})$`).test('')).toBe(false);
      }
    },
  );
});
