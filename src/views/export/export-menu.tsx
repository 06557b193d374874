// The Export menu in the header: pictures, the slide deck, the printed handout and the offline briefing file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePopover } from '../shared/use-popover';
import { PrintHandout } from './print-handout';

// The exporters (html-to-image, pptxgenjs) load on first use, not with the app.
const exporters = () => import('../../export/export-actions');

type Exporter = (report: (message: string) => void) => Promise<string>;

export default function ExportMenu() {
  const { t } = useTranslation('export');
  const { open, setOpen, root, toggle, toggleProps, panelId, onKeyDown } = usePopover();
  const [busy, setBusy] = useState(false);

  const run = (exporter: Exporter) => async () => {
    setOpen(false);
    toggle.current?.focus(); // the item clicked is gone with the list
    setBusy(true);
    // Progress and result share one toast, which stays while the export works.
    const { notify } = useAppStore.getState();
    const progress = (text: string) => notify({ text, key: 'export', ttl: 60_000 });
    progress(t('working'));
    try {
      const done = await exporter(progress);
      if (done) notify({ text: done, key: 'export', tone: 'success' });
      else useAppStore.getState().dismissNotice('export');
    } catch (e) {
      notify({ text: t('failed', { message: (e as Error).message }), key: 'export', tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const items: { key: string; label: string; hint?: string; exporter: Exporter }[] = [
    { key: 'graph-png', label: t('graphPng'), exporter: async () => (await exporters()).exportGraphPng() },
    { key: 'graph-svg', label: t('graphSvg'), exporter: async () => (await exporters()).exportGraphSvg() },
    { key: 'view-png', label: t('viewPng'), exporter: async () => (await exporters()).exportViewPng() },
    {
      key: 'deck',
      label: t('deck'),
      exporter: async (report) => (await exporters()).exportDeck((n, total) => report(t('slideProgress', { n, total }))),
    },
    {
      key: 'print',
      label: t('print'),
      exporter: async () => {
        window.print();
        return '';
      },
    },
    { key: 'briefing', label: t('briefing'), hint: t('briefingHint'), exporter: async (report) => (await exporters()).exportBriefingFile(report) },
  ];

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="btn" aria-label={t('menuLabel')} aria-busy={busy} {...toggleProps}>
        {t('menu')}
      </button>
      {open && (
        <ul className="export-menu-list" id={panelId}>
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" data-export={item.key} title={item.hint} disabled={busy} onClick={run(item.exporter)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PrintHandout />
    </div>
  );
}
