// A day field that reads and writes dates as the app does, in the interface's language ('2 Apr 2026', «2 أبريل
// 2026»), where <input type="date"> would follow the browser's locale («04/02/2026» in an Arabic interface).
// Its value is an ISO day ('2026-04-02') or '' as the date input's was, so callers keep their state as it was.
// A typed text that is not a day clears the value, says so once the field is left, and holds back form submission.
import { useId, useLayoutEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../store/view-state';
import { DAY_MS, dayStart, toIsoDay } from '../../store/time';
import { formatDay } from './format';
import { parseDay } from './parse-day';

/** The day the format examples show. */
const EXAMPLE_DAY = '2026-04-02';

export interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'type'> {
  /** An ISO day, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

const shown = (value: string, lang: UiLanguage) => (value ? formatDay(value, 'day', lang) : '');

export function DateField({ value, onChange, className = 'input', onBlur, onKeyDown, ...inputProps }: DateFieldProps) {
  const { t, i18n } = useTranslation('common');
  const lang: UiLanguage = i18n.language === 'ar' ? 'ar' : 'en';
  const [draft, setDraft] = useState(() => shown(value, lang));
  const [synced, setSynced] = useState({ value, lang });
  const [left, setLeft] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // A value or language from outside ("Use the current window", the language switch) replaces the text, unless
  // the text already says that day (it is being typed).
  if (synced.value !== value || synced.lang !== lang) {
    setSynced({ value, lang });
    if (synced.lang !== lang || (parseDay(draft) ?? '') !== value) setDraft(shown(value, lang));
  }

  const invalid = draft.trim() !== '' && parseDay(draft) === null;
  const example = formatDay(EXAMPLE_DAY, 'day', lang);
  const message = t('dateField.invalid', { example });
  useLayoutEffect(() => input.current?.setCustomValidity(invalid ? message : ''), [invalid, message]);

  const type = (text: string) => {
    setDraft(text);
    const day = parseDay(text) ?? '';
    if (day !== value) onChange(day);
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    const days = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!days || !value || invalid) return;
    e.preventDefault();
    const day = toIsoDay(dayStart(value) + days * DAY_MS);
    setDraft(shown(day, lang));
    onChange(day);
  };
  const showError = left && invalid;
  const describedBy = [inputProps['aria-describedby'], showError ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <span className="date-field">
      <input
        {...inputProps}
        ref={input}
        className={className}
        type="text"
        inputMode="text"
        autoComplete="off"
        // An empty field takes the page's direction, so that its placeholder reads in order.
        dir={draft ? 'auto' : undefined}
        placeholder={example}
        title={t('dateField.hint', { example })}
        value={draft}
        aria-invalid={showError || undefined}
        aria-describedby={describedBy}
        onChange={(e) => type(e.currentTarget.value)}
        onKeyDown={step}
        onBlur={(e) => {
          setLeft(true);
          if (!invalid) setDraft(shown(value, lang));
          onBlur?.(e);
        }}
      />
      {/* Out of the label's text (the field's name); read as the field's description. */}
      {showError && (
        <span id={errorId} className="date-field-error" aria-hidden="true">
          {message}
        </span>
      )}
    </span>
  );
}
