// Loading and failure states: never a blank page.
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { DatasetProblem } from '../schema/dataset';
import type { LoadError } from '../store/initial-state';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="status-screen" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{t('status.loading')}</p>
    </div>
  );
}

/** A dataset's problem in the interface's language. Right to left, the names and details it quotes are kept apart
 *  from the words around them (bidi isolates), so that a path or an English detail reads whole inside Arabic. */
export function problemText(t: TFunction, { code, values }: DatasetProblem, rtl: boolean): string {
  const quoted = rtl ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, `\u2068${v}\u2069`])) : values;
  return t(`status.problem.${code}`, quoted);
}

export function ErrorScreen({ error }: { error: LoadError }) {
  const { t, i18n } = useTranslation();
  const message = error.problem ? problemText(t, error.problem, i18n.dir() === 'rtl') : error.message;
  return (
    <div className="status-screen error" role="alert">
      <h1>{t('status.errorTitle')}</h1>
      {/* Worded for the interface, the message takes its direction; a raw one (English words) finds its own. A message
          that opens with a quoted path would otherwise read left to right inside Arabic. */}
      <p className="error-message" dir={error.problem ? undefined : 'auto'}>
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
