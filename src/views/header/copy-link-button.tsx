// "Copy link": the address of exactly this view, to paste into a briefing note or another browser.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { viewHref } from '../../url/use-url-sync';

export function CopyLinkButton({ className = 'btn' }: { className?: string }) {
  const { t } = useTranslation();
  const copy = () => {
    // The address bar is written after a short pause: build the link from the store, never from a stale URL.
    const href = viewHref();
    const { notify } = useAppStore.getState();
    (navigator.clipboard?.writeText(href) ?? Promise.reject(new Error('no clipboard'))).then(
      () => notify({ text: t('copyLink.done'), tone: 'success' }),
      () => notify({ text: t('copyLink.failed'), tone: 'error' }),
    );
  };
  return (
    <button type="button" className={className} title={t('copyLink.title')} onClick={copy}>
      {t('copyLink.button')}
    </button>
  );
}
