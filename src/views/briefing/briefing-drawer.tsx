// The briefing drawer at the side of the explorer, under the header: saved views ("slides") and the comparison of
// two periods.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefingStore, type BriefingDrawer as DrawerTab } from '../../briefing/briefing-store';
import { ComparePanel } from './compare-panel';
import { SlidesPanel } from './slides-panel';
import { useDrawerDismiss } from './use-drawer-dismiss';

const TABS: { tab: DrawerTab; label: string }[] = [
  { tab: 'slides', label: 'header.slides' },
  { tab: 'compare', label: 'header.compare' },
];

export function BriefingDrawer({ tab }: { tab: DrawerTab }) {
  const { t } = useTranslation('briefing');
  const setDrawer = useBriefingStore.getState().setDrawer;
  const drawer = useRef<HTMLElement>(null);
  useDrawerDismiss(drawer);
  return (
    <aside ref={drawer} className="briefing-drawer" aria-label={t('drawer.label')} tabIndex={-1}>
      <div className="drawer-head">
        <div className="segmented" role="tablist">
          {TABS.map((x) => (
            <button
              key={x.tab}
              type="button"
              role="tab"
              className="btn"
              aria-selected={tab === x.tab}
              onClick={() => setDrawer(x.tab)}
            >
              {t(x.label)}
            </button>
          ))}
        </div>
        <button type="button" className="btn icon-btn" aria-label={t('drawer.close')} onClick={() => setDrawer(null)}>
          ×
        </button>
      </div>
      <div className="drawer-body" role="tabpanel">
        {tab === 'slides' ? <SlidesPanel /> : <ComparePanel />}
      </div>
    </aside>
  );
}
