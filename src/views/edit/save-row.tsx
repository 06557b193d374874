// A form's save button, and the word that nothing was changed when the analyst saves an untouched form.
import { useTranslation } from 'react-i18next';

export function SaveRow({ label, unchanged }: { label: string; unchanged: boolean }) {
  const { t } = useTranslation('edit');
  return (
    <div className="edit-actions">
      <button type="submit" className="btn primary">
        {label}
      </button>
      {unchanged && (
        <p className="small muted" role="status">
          {t('unchanged')}
        </p>
      )}
    </div>
  );
}
