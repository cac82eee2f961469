import type { ProvinceCode, ProvinceRecord } from './province-record';

/**
 * Adding a province is one file: a record found beside the others appears everywhere provinces are
 * listed. The found records are swapped for the real ones plus a made-up province, and each list is
 * loaded afresh from them (the real derivations, not copies).
 */

const ZZ = 'ZZ' as ProvinceCode;

const zedland = {
  code: ZZ,
  system: 'pnp',
  // A made-up province borrows real message keys: the test looks it up by its code.
  names: { province: 'provinceAB', programShort: 'programShortAB' },
  press: { program: 'ZNP|Zedland Nominee Program', name: 'Zedland' },
  scales: { 'zz-eoi': { nameKey: 'scaleAaipEoi', max: 120 } },
  source: {
    status: 'read',
    page: 'https://www.zedland.example/nominee-draws',
    hostPermission: 'https://www.zedland.example/*',
  },
} as unknown as ProvinceRecord;

const zedlandWithoutDraws = {
  ...zedland,
  source: {
    status: 'none-published',
    page: 'https://www.zedland.example/nominee',
    noteKey: 'provinceNoteSK',
  },
} as unknown as ProvinceRecord;

async function withFound(extra: ProvinceRecord) {
  vi.resetModules();
  const real = await vi.importActual<typeof import('./province-files')>('./province-files');
  const realPress = await vi.importActual<typeof import('./province-press')>('./province-press');
  vi.doMock('./province-files', () => ({ FOUND_PROVINCES: [...real.FOUND_PROVINCES, extra] }));
  vi.doMock('./province-press', () => ({
    ...realPress,
    PROVINCE_PRESS: [...realPress.PROVINCE_PRESS, { code: extra.code, ...extra.press }],
  }));
  return {
    catalog: await import('./catalog'),
    permissions: await import('./host-permissions'),
    schema: await import('@/lib/profile/profile-schema'),
    annotations: await import('@/lib/background/annotations'),
    vocabulary: await import('@/lib/annotate/finding/vocabulary'),
    records: await import('./province-records'),
  };
}

afterEach(() => {
  vi.doUnmock('./province-files');
  vi.doUnmock('./province-press');
  vi.resetModules();
});

const claimOf = (province: string) => ({
  language: 'en',
  published: null,
  claims: [{ kind: 'pnp', province, date: '2026-03-02', figures: [], start: 0, end: 10 }],
});

describe('a new province record', () => {
  it('whose draws are read: in the catalog, the host permissions, the settings, the annotator and message validation', async () => {
    const { catalog, permissions, schema, annotations, vocabulary, records } = await withFound(zedland);
    expect(catalog.PNP_SOURCES_INFO).toContainEqual({
      id: 'pnp-zz',
      labelKey: 'provinceAB',
      url: 'https://www.zedland.example/nominee-draws',
      province: ZZ,
    });
    expect(permissions.SOURCE_HOST_PERMISSIONS).toContain('https://www.zedland.example/*');
    expect(permissions.isOfficialUrl('https://www.zedland.example/nominee-draws/2026')).toBe(true);
    const followed = schema.PROFILE_FIELDS.followedProvinces;
    expect(followed.choices.map((choice) => choice.value)).toContain(ZZ);
    expect(schema.PROFILE_FIELDS.provincialScores.rows.map((row) => row.value)).toContain(ZZ);
    expect(records.SCALE_LABEL_KEYS['zz-eoi' as keyof typeof records.SCALE_LABEL_KEYS]).toBe('scaleAaipEoi');
    expect(vocabulary.provinceOfProgram('Zedland Nominee Program invites 40')).toBe(ZZ);
    expect(vocabulary.provinceOfName('Zedland')).toBe(ZZ);
    expect(annotations.parseAnnotateRequest(claimOf('ZZ')).claims[0]).not.toBeNull();
    expect(annotations.parseAnnotateRequest(claimOf('YY')).claims[0]).toBeNull();
  });

  it('whose draws are not read: named with why in the settings and the Provinces view, never polled', async () => {
    const { catalog, permissions, schema } = await withFound(zedlandWithoutDraws);
    expect(catalog.PNP_SOURCES_INFO.map((source) => source.province)).not.toContain(ZZ);
    expect(catalog.provinceNotes).toContainEqual({
      province: ZZ,
      noteKey: 'provinceNoteSK',
      url: 'https://www.zedland.example/nominee',
    });
    expect(permissions.SOURCE_HOST_PERMISSIONS).not.toContain('https://www.zedland.example/*');
    const followed = schema.PROFILE_FIELDS.followedProvinces;
    expect(followed.choices.map((choice) => choice.value)).not.toContain(ZZ);
    expect(followed.unavailable?.choices).toContainEqual({
      labelKey: 'provinceAB',
      whyKey: 'provinceNoteSK',
    });
  });
});
