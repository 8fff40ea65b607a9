import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../../src/import';
import { IMPORT_MESSAGES_DE, MESSAGES_DE } from '../../src/locales/de';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe('the importer’s catalogues', () => {
  it('has a German text for every English one, and no other', () => {
    expect(Object.keys(IMPORT_MESSAGES_DE).sort()).toEqual(Object.keys(IMPORT_MESSAGES).sort());
  });

  it.each(Object.entries(IMPORT_MESSAGES))(
    'fills the same placeholders in German: %s',
    (id, english) => {
      const german = IMPORT_MESSAGES_DE[id as keyof typeof IMPORT_MESSAGES];
      expect(placeholders(german)).toEqual(placeholders(english));
      expect(german).not.toBe(english);
    },
  );

  it('keeps the importer’s texts out of the widgets’ German catalogue', () => {
    expect(Object.keys(MESSAGES_DE).filter((id) => id.startsWith('import.'))).toEqual([]);
  });
});
