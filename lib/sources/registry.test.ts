import { translatorFor } from '@/lib/i18n/catalogs';
import { EXPRESS_ENTRY_INFO, PNP_SOURCES_INFO } from './catalog';
import { SOURCE_HOST_PERMISSIONS } from './host-permissions';
import { allSources } from './registry';

describe('the source registry', () => {
  it('has unique ids and https URLs covered by the manifest host permissions', () => {
    expect(new Set(allSources.map((source) => source.id)).size).toBe(allSources.length);
    for (const source of allSources) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(SOURCE_HOST_PERMISSIONS).toContain(`https://${url.host}/*`);
    }
  });

  it('polls Express Entry first, then every province that publishes draws', () => {
    expect(allSources.map((source) => source.id)).toEqual([
      'ircc-ee',
      'pnp-ab',
      'pnp-bc',
      'pnp-mb',
      'pnp-nb',
      'pnp-nl',
      'pnp-ns',
      'pnp-on',
      'pnp-pe',
    ]);
  });
});

describe('the source catalog the UI reads', () => {
  it('names every polled source with the same label and URL as its parser module', () => {
    const info = [EXPRESS_ENTRY_INFO, ...PNP_SOURCES_INFO];
    const english = translatorFor('en');
    expect(info.map(({ id, labelKey, url }) => ({ id, label: english.t(labelKey), url }))).toEqual(
      allSources.map(({ id, label, url }) => ({ id, label, url })),
    );
  });
});
