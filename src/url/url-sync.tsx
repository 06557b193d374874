// Mounted once in the explorer: keeps the URL and the view in step, and says what a shared link asked for
// that this dataset does not have (the rest of the view opens as usual).
import { useTranslation } from 'react-i18next';
import { useUrlSync } from './use-url-sync';

export function UrlSync() {
  const { t } = useTranslation();
  const [ignored, dismiss] = useUrlSync();
  if (!ignored.length) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        {t('url.ignored')}{' '}
        {ignored.map((p, i) => (
          <span key={i}>
            {i > 0 && t('url.separator')}
            {t(`url.param.${p.param}`)} <bdi className="url-value">{p.value || '—'}</bdi>
          </span>
        ))}
      </p>
      <button type="button" className="btn" onClick={dismiss} aria-label={t('url.dismiss')}>
        ×
      </button>
    </div>
  );
}
