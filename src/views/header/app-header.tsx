// The header: title, the dataset at a glance, search, the names' language.
import { useAppStore } from '../../store/app-store';
import { DatasetGlance } from './dataset-glance';
import { SearchBox } from './search-box';

export default function AppHeader() {
  const lang = useAppStore((s) => s.nameLanguage);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Actors &amp; Events</h1>
        <p className="tagline" lang="ar" dir="rtl">
          الفاعلون والأحداث
        </p>
      </div>
      <DatasetGlance />
      <SearchBox />
      <div className="segmented" role="group" aria-label="Language of names">
        <button type="button" className="btn" aria-pressed={lang === 'en'} onClick={() => useAppStore.getState().setNameLanguage('en')}>
          EN
        </button>
        <button
          type="button"
          className="btn"
          lang="ar"
          aria-pressed={lang === 'ar'}
          onClick={() => useAppStore.getState().setNameLanguage('ar')}
        >
          عربي
        </button>
      </div>
    </header>
  );
}
