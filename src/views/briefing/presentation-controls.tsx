// Presentation mode's controls, kept on screen around the slide's text: the counter and Leave above it; previous /
// next, playback and the keys under it.
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from '../../briefing/briefing-store';
import { PlaybackControl } from './playback-control';
import { keyShortcuts, NEXT_KEYS, PREVIOUS_KEYS } from './use-presentation-keys';

/** Previous on the left, next on the right, in both languages: → advances in Arabic too (clickers send it), so the
 *  buttons are laid out like the keys, and their arrows (which bidi never mirrors) point the keys' way. */
function SlideSteps({ slideIndex, total }: { slideIndex: number; total: number }) {
  const { t } = useTranslation('briefing');
  const setSlideIndex = useBriefingStore.getState().setSlideIndex;
  return (
    <div className="slide-steps" dir="ltr">
      <button
        type="button"
        className="btn"
        aria-label={t('presentation.previous')}
        aria-keyshortcuts={keyShortcuts(PREVIOUS_KEYS)}
        disabled={slideIndex <= 0}
        onClick={() => setSlideIndex(slideIndex - 1)}
      >
        <span aria-hidden="true">←</span> <bdi>{t('presentation.previousButton')}</bdi>
      </button>
      <button
        type="button"
        className="btn"
        aria-label={t('presentation.next')}
        aria-keyshortcuts={keyShortcuts(NEXT_KEYS)}
        disabled={slideIndex >= total - 1}
        onClick={() => setSlideIndex(slideIndex + 1)}
      >
        <bdi>{t('presentation.nextButton')}</bdi> <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}

/** Which keys do what; each hint is isolated so key caps and words keep their order in Arabic. */
function KeyHints() {
  const { t } = useTranslation('briefing');
  const hints: [string[], string][] = [
    [['→', t('presentation.keys.space'), 'PgDn'], 'next'],
    [['←', 'PgUp'], 'previous'],
    [['Home', 'End'], 'ends'],
    [['P'], 'play'],
    [['Esc'], 'leave'],
  ];
  return (
    <ul className="presentation-keys muted" aria-label={t('presentation.keys.label')}>
      {hints.map(([keys, action]) => (
        <li key={action}>
          {keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}{' '}
          {t(`presentation.keys.${action}`)}
        </li>
      ))}
    </ul>
  );
}

export function SlideBar({ slideIndex, total }: { slideIndex: number; total: number }) {
  const { t } = useTranslation('briefing');
  return (
    <div className="slide-bar">
      <p className="slide-counter" data-testid="slide-counter">
        {t('presentation.counter', { n: slideIndex + 1, total })}
      </p>
      <button type="button" className="btn" aria-keyshortcuts="Escape" onClick={useBriefingStore.getState().stopPresenting}>
        {t('presentation.exit')}
      </button>
    </div>
  );
}

export function PresentationControls({ slideIndex, total }: { slideIndex: number; total: number }) {
  return (
    <div className="presentation-controls">
      <SlideSteps slideIndex={slideIndex} total={total} />
      <PlaybackControl />
      <KeyHints />
    </div>
  );
}
