// "Copy link": the address of exactly this view, to paste into a briefing note or another browser.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewHref } from '../../url/use-url-sync';

type CopyState = 'idle' | 'done' | 'failed';
const FEEDBACK_MS = 2500;

export function CopyLinkButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    // The address bar is written after a short pause: build the link from the store, never from a stale URL.
    const href = viewHref();
    (navigator.clipboard?.writeText(href) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setState('done'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy-link">
      <button type="button" className="btn" title={t('copyLink.title')} onClick={copy}>
        {t('copyLink.button')}
      </button>
      <span className="copy-feedback" role="status">
        {state === 'idle' ? '' : t(`copyLink.${state}`)}
      </span>
    </span>
  );
}
