// The toasts: over the page at its bottom end, announced to screen readers, gone after a while or on ×.
import { useEffect } from 'react';
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

export function NoticeToasts() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  return (
    <ol className="toasts" aria-live="polite" aria-label={t('notice.region')}>
      {notices.map((n) => (
        <Toast key={n.id} notice={n} />
      ))}
    </ol>
  );
}
