// The header: one line at every width. Title, the dataset at a glance (where there is room), search, the work
// (add articles, briefing, export), the interface's language, and a menu for what is set once (names, theme, link).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectEditable } from '../../store/select-source';
import { BriefingButtons } from '../briefing/briefing-buttons';
import ExportMenu from '../export/export-menu';
import { IngestControls } from '../ingest/ingest-controls';
import { DatasetGlance } from './dataset-glance';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';
import { ViewMenu } from './view-menu';

export default function AppHeader() {
  const { t, i18n } = useTranslation();
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  const editable = useAppStore(selectEditable);
  const other = uiLanguage === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="tagline" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {i18n.getFixedT(other)('appTitle')}
        </p>
      </div>
      <DatasetGlance variant="inline" />
      <SearchBox />
      {editable && <IngestControls />}
      <BriefingButtons />
      <ExportMenu />
      <LanguageSwitch
        label={t('language.label')}
        current={uiLanguage}
        text={(lang) => t(`language.short.${lang}`)}
        title={(lang) => t(`language.${lang}`)}
        onPick={(lang) => useAppStore.getState().setUiLanguage(lang)}
      />
      <ViewMenu />
    </header>
  );
}
