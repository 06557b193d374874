// The header: title, the dataset at a glance, search, then the view's settings: interface language (names
// follow it, and can be switched apart), theme, and a link to this exact view.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { UiLanguage } from '../../store/view-state';
import { BriefingButtons } from '../briefing/briefing-buttons';
import ExportMenu from '../export/export-menu';
import { IngestControls } from '../ingest/ingest-controls';
import { CopyLinkButton } from './copy-link-button';
import { DatasetGlance } from './dataset-glance';
import { SearchBox } from './search-box';

const LANGUAGES: UiLanguage[] = ['en', 'ar'];

interface LanguageSwitchProps {
  label: string;
  /** Shown under the buttons, so that the two switches tell themselves apart at a glance. */
  caption: string;
  current: UiLanguage;
  text: (lang: UiLanguage) => string;
  title: (lang: UiLanguage) => string;
  onPick: (lang: UiLanguage) => void;
}

/** English | Arabic as two pressed/unpressed buttons, each labelled in its own language. */
function LanguageSwitch({ label, caption, current, text, title, onPick }: LanguageSwitchProps) {
  return (
    <div className="setting">
      <div className="segmented" role="group" aria-label={label}>
        {LANGUAGES.map((lang) => (
          <button key={lang} type="button" className="btn" lang={lang} aria-pressed={current === lang} title={title(lang)} onClick={() => onPick(lang)}>
            {text(lang)}
          </button>
        ))}
      </div>
      <span className="setting-caption" aria-hidden="true">
        {caption}
      </span>
    </div>
  );
}

export default function AppHeader() {
  const { t, i18n } = useTranslation();
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  const nameLanguage = useAppStore((s) => s.nameLanguage);
  const theme = useAppStore((s) => s.theme);
  const other = uiLanguage === 'ar' ? 'en' : 'ar';
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="tagline" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {i18n.getFixedT(other)('appTitle')}
        </p>
      </div>
      <DatasetGlance />
      <SearchBox />
      <IngestControls />
      <BriefingButtons />
      <ExportMenu />
      <div className="header-settings">
        <LanguageSwitch
          label={t('language.label')}
          caption={t('language.caption')}
          current={uiLanguage}
          text={(lang) => t(`language.short.${lang}`)}
          title={(lang) => t(`language.${lang}`)}
          onPick={(lang) => useAppStore.getState().setUiLanguage(lang)}
        />
        <LanguageSwitch
          label={t('language.names')}
          caption={t('language.namesCaption')}
          current={nameLanguage}
          text={(lang) => t(`language.namesShort.${lang}`)}
          title={(lang) => t(`language.namesTitle.${lang}`)}
          onPick={(lang) => useAppStore.getState().setNameLanguage(lang)}
        />
        <button
          type="button"
          className="btn icon-btn theme-toggle"
          aria-label={t(`theme.switchTo.${nextTheme}`)}
          title={t(`theme.switchTo.${nextTheme}`)}
          onClick={() => useAppStore.getState().setTheme(nextTheme)}
        >
          <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
        </button>
        <CopyLinkButton />
      </div>
    </header>
  );
}
