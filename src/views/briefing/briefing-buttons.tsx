// The header's briefing buttons: the slides and comparison drawer, and presentation mode.
import { useTranslation } from 'react-i18next';
import { useBriefingStore, type BriefingDrawer } from '../../briefing/briefing-store';
import { useSlidesStore } from '../../briefing/slides-store';

export function BriefingButtons() {
  const { t } = useTranslation('briefing');
  const drawer = useBriefingStore((s) => s.drawer);
  const hasSlides = useSlidesStore((s) => s.slides.length > 0);
  const toggle = (tab: BriefingDrawer) => useBriefingStore.getState().setDrawer(drawer === tab ? null : tab);
  return (
    <div className="briefing-buttons" role="group" aria-label={t('header.tools')}>
      <button type="button" className="btn" aria-pressed={drawer === 'slides'} onClick={() => toggle('slides')}>
        {t('header.slides')}
      </button>
      <button type="button" className="btn" aria-pressed={drawer === 'compare'} onClick={() => toggle('compare')}>
        {t('header.compare')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!hasSlides}
        title={hasSlides ? undefined : t('presentation.noSlides')}
        onClick={() => useBriefingStore.getState().startPresenting(0)}
      >
        {t('header.present')}
      </button>
    </div>
  );
}
