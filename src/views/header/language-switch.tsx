// English | Arabic as two pressed/unpressed buttons, each labelled in its own language.
import type { UiLanguage } from '../../store/view-state';

const LANGUAGES: UiLanguage[] = ['en', 'ar'];

interface LanguageSwitchProps {
  label: string;
  current: UiLanguage;
  text: (lang: UiLanguage) => string;
  title: (lang: UiLanguage) => string;
  onPick: (lang: UiLanguage) => void;
}

export function LanguageSwitch({ label, current, text, title, onPick }: LanguageSwitchProps) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {LANGUAGES.map((lang) => (
        <button key={lang} type="button" className="btn" lang={lang} aria-pressed={current === lang} title={title(lang)} onClick={() => onPick(lang)}>
          {text(lang)}
        </button>
      ))}
    </div>
  );
}
