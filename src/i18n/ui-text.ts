// Interface text for code outside React components (timeline items, tooltips, canvas labels, formatters):
// it follows i18next's current language, which sync-document.ts keeps equal to the store's uiLanguage.
import type { TOptions } from 'i18next';
import type { UiLanguage } from '../store/view-state';
import i18next from './i18n';

export function uiLanguage(): UiLanguage {
  return i18next.language === 'ar' ? 'ar' : 'en';
}

/** A string of the explorer namespace in the current interface language. */
export function uiText(key: string, options?: TOptions): string {
  return i18next.t(key, { ns: 'explorer', ...options });
}
