import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../../lib/i18n/languages';

const ROOT = resolve(import.meta.dirname, '../..');

/** assets/store/description.<lang>.md: a title, the summary paragraph, then the long description. */
function description(language: string) {
  const text = readFileSync(join(ROOT, 'assets/store', `description.${language}.md`), 'utf8');
  const [title, summary] = text.split(/\n\s*\n/).map((part) => part.trim());
  return { text, title, summary };
}

for (const language of LANGUAGES) {
  test(`the store description in ${language}: the build's own name and summary, within the stores' limits`, () => {
    const { text, title, summary } = description(language);
    const messages = JSON.parse(
      readFileSync(join(ROOT, '.output/chrome-mv3/_locales', language, 'messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    expect(title).toBe(`# ${messages.extName?.message}`);
    // The listing's summary is the manifest's description, word for word.
    expect(summary).toBe(messages.extDescription?.message);
    // AMO's summary field holds 250 characters; the Chrome Web Store's description 16,000.
    expect(summary?.length ?? 0).toBeLessThanOrEqual(250);
    expect(text.length).toBeLessThanOrEqual(16_000);
    // What the extension does not do is not promised: Quebec's Arrima is not read yet.
    expect(text).not.toMatch(/Quebec|Québec|Arrima/);
  });
}

test('the French description speaks IRCC’s French', () => {
  const { text } = description('fr');
  for (const term of [
    'Entrée express',
    'rondes d’invitations',
    'Programme des candidats des provinces',
    'SCG',
  ]) {
    expect(text).toContain(term);
  }
  expect(text).not.toMatch(/Express Entry|tirage au sort|\bCRS\b/);
});
