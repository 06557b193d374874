// Every namespace says the same things in English and Arabic: the same keys, where a plural key is one key whose
// forms are those its language's plural rules ask for (English one/other; Arabic zero/one/two/few/many/other).
import { describe, expect, it } from 'vitest';

type Strings = { [key: string]: string | Strings };
const files = import.meta.glob<Strings>('../locales/*/*.json', { eager: true, import: 'default' });

const PLURAL_FORMS: Record<string, readonly string[]> = {
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

/** The language's keys with each plural collapsed to its base, its plural bases, and those whose forms are not all there. */
function keysOf(lang: string, strings: Strings): { keys: string[]; plurals: string[]; incompletePlurals: string[] } {
  const forms = new Map<string, Set<string>>();
  const keys = new Set<string>();
  for (const key of flatten(strings)) {
    const plural = PLURAL_SUFFIX.exec(key);
    const base = plural ? key.slice(0, plural.index) : key;
    keys.add(base);
    if (plural) forms.set(base, (forms.get(base) ?? new Set()).add(plural[1]));
  }
  const incompletePlurals = [...forms].filter(([, got]) => PLURAL_FORMS[lang].some((f) => !got.has(f))).map(([base]) => base);
  return { keys: [...keys].sort(), plurals: [...forms.keys()].sort(), incompletePlurals };
}

const byNamespace = new Map<string, Map<string, Strings>>();
for (const [path, strings] of Object.entries(files)) {
  const [, lang, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  if (!byNamespace.has(ns)) byNamespace.set(ns, new Map());
  byNamespace.get(ns)!.set(lang, strings);
}

describe('the locale files', () => {
  it('are English and Arabic for the same namespaces', () => {
    for (const [ns, langs] of byNamespace) expect([ns, [...langs.keys()].sort()]).toEqual([ns, ['ar', 'en']]);
  });

  describe.each([...byNamespace.keys()])('namespace %s', (ns) => {
    const en = keysOf('en', byNamespace.get(ns)!.get('en')!);
    const ar = keysOf('ar', byNamespace.get(ns)!.get('ar')!);
    it('has the same keys in both languages', () => {
      expect(ar.keys.filter((k) => !en.keys.includes(k)), 'only in Arabic').toEqual([]);
      expect(en.keys.filter((k) => !ar.keys.includes(k)), 'only in English').toEqual([]);
    });
    it('gives every plural all the forms of each language', () => {
      expect(ar.plurals, 'plural in one language only').toEqual(en.plurals);
      expect(en.incompletePlurals, 'English plurals lacking a form').toEqual([]);
      expect(ar.incompletePlurals, 'Arabic plurals lacking a form').toEqual([]);
    });
  });
});
