// The toasts: over the page at its bottom end, announced to screen readers, gone after a while or on ×. While a modal
// dialog is open (Add articles) they are drawn inside it: outside it they would be under it, and inert.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { Notice } from '../../store/notices';

function Toast({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(() => useAppStore.getState().dismissNotice(notice.id), notice.ttl);
    return () => clearTimeout(timer);
  }, [notice.id, notice.ttl]);
  return (
    <li className={`toast ${notice.tone}`} data-testid="toast" role={notice.tone === 'error' ? 'alert' : undefined}>
      {/* dir="auto": a file name or an English detail inside an Arabic message keeps its own order. */}
      <p dir="auto">{notice.text}</p>
      <button type="button" className="btn icon-btn" aria-label={t('notice.dismiss')} onClick={() => useAppStore.getState().dismissNotice(notice.id)}>
        ×
      </button>
    </li>
  );
}

/** The open modal dialog, if any (a DOM without `:modal`, as in unit tests, has none). */
function openModal(): Element | null {
  try {
    return document.querySelector('dialog:modal');
  } catch {
    return null;
  }
}

/** Where the toasts go: the open modal dialog, else the page. Dialogs say they opened or closed by `toggle`. */
function useToastHost(): Element {
  const [host, setHost] = useState<Element>(() => openModal() ?? document.body);
  useEffect(() => {
    const update = () => setHost(openModal() ?? document.body);
    document.addEventListener('toggle', update, true);
    document.addEventListener('close', update, true);
    return () => {
      document.removeEventListener('toggle', update, true);
      document.removeEventListener('close', update, true);
    };
  }, []);
  return host;
}

export function NoticeToasts() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const host = useToastHost();
  return createPortal(
    <ol className="toasts" aria-live="polite" aria-label={t('notice.region')}>
      {notices.map((n) => (
        <Toast key={n.id} notice={n} />
      ))}
    </ol>,
    host,
  );
}
