// The interface's strings, English and Arabic, one JSON file per namespace and language:
// locales/<lang>/<namespace>.json. A feature adds its own namespace file rather than editing another's.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Strings = Record<string, unknown>;
const files = import.meta.glob<Strings>('./locales/*/*.json', { eager: true, import: 'default' });

const resources: Record<string, Record<string, Strings>> = {};
for (const [path, strings] of Object.entries(files)) {
  const [, lang, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (resources[lang] ??= {})[ns] = strings;
}

export const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes; nothing is ever set as HTML
  returnNull: false,
  initAsync: false,
});

export default i18next;
