// Why the analyst made a correction: optional, kept with it and shown wherever the corrected record is.
import { useTranslation } from 'react-i18next';

export function ReasonField({ value, onChange }: { value: string; onChange: (reason: string) => void }) {
  const { t } = useTranslation('edit');
  return (
    <label className="edit-field edit-reason">
      <span className="edit-label">{t('reason.label')}</span>
      <input className="input" dir="auto" value={value} placeholder={t('reason.placeholder')} onChange={(e) => onChange(e.currentTarget.value)} />
    </label>
  );
}
