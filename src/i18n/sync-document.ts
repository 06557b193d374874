// Keeps i18next and the page's <html lang dir data-theme> in step with the store's language and theme.
import { useAppStore } from '../store/app-store';
import i18next from './i18n';

function apply(lang: 'en' | 'ar', theme: 'light' | 'dark') {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  const html = document.documentElement;
  html.lang = lang;
  html.dir = lang === 'ar' ? 'rtl' : 'ltr';
  html.dataset.theme = theme;
}

/** Call once at start-up; returns the unsubscribe function. */
export function syncDocumentWithStore(): () => void {
  const s = useAppStore.getState();
  apply(s.uiLanguage, s.theme);
  return useAppStore.subscribe(
    (st) => [st.uiLanguage, st.theme] as const,
    ([lang, theme]) => apply(lang, theme),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
