// Loading and failure states: never a blank page.
import { Trans, useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="status-screen" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{t('status.loading')}</p>
    </div>
  );
}

export function ErrorScreen({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="status-screen error" role="alert">
      <h1>{t('status.errorTitle')}</h1>
      <p className="error-message" dir="auto">
        {message}
      </p>
      <p className="muted">
        <Trans i18nKey="status.errorHelp" components={[<code key="file" />, <code key="command" />]} />
      </p>
      <button type="button" className="btn" onClick={() => location.reload()}>
        {t('status.tryAgain')}
      </button>
    </div>
  );
}
