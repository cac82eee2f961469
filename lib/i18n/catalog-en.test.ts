import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogEn, mergeCatalog } from './catalog-en';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the English catalog', () => {
  it('has every key the UI asks for with t("...")', () => {
    const missing: string[] = [];
    for (const file of ['components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir)))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (key && !(key in catalogEn)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every message a valid Chrome key and text', () => {
    for (const [key, entry] of Object.entries(catalogEn)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
    expect(catalogEn.extName?.message).toBe('Draw Alerts');
  });

  it('refuses two tables that give one key different texts', () => {
    expect(() =>
      mergeCatalog({ a: { checkNow: { message: 'Check now' } }, b: { checkNow: { message: 'Refresh' } } }),
    ).toThrow('Message "checkNow" is defined differently by a and b.');
  });
});
