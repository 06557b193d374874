// Presentation mode: the saved views one after another, full screen, in large type, with their sources.
// Keys (what presentation clickers send): → Space PageDown next, ← PageUp previous, Home/End, P play, Esc leave.
// ‹ and › are mirrored characters: in Arabic they point the other way, as the buttons’ order does.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from '../../briefing/briefing-store';
import { citationsForView } from '../../briefing/citations';
import { showSlideView } from '../../briefing/show-slide';
import { useSlidesStore } from '../../briefing/slides-store';
import { useAppStore } from '../../store/app-store';
import { formatWindow } from './describe-view';
import { CitationList } from './citation-list';
import { PlaybackControl } from './playback-control';

const NEXT_KEYS = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** Full screen where the browser allows it; presentation mode works the same without it. */
function enterFullscreen(): void {
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

function usePresentationKeys(total: number): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const briefing = useBriefingStore.getState();
      const go = (i: number) => briefing.setSlideIndex(Math.max(0, Math.min(total - 1, i)));
      if (NEXT_KEYS.has(e.key)) go(briefing.slideIndex + 1);
      else if (PREVIOUS_KEYS.has(e.key)) go(briefing.slideIndex - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(total - 1);
      else if (e.key === 'Escape') briefing.stopPresenting();
      else if (e.key === 'p' || e.key === 'P') (briefing.playback === 'playing' ? briefing.pause : briefing.play)();
      else return;
      // Before the explorer's own keys (Escape clears the selection) and the browser's (Space scrolls).
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [total]);
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
    <ul className="presentation-keys small muted" aria-label={t('presentation.keys.label')}>
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

export function Presentation() {
  const { t } = useTranslation('briefing');
  const slides = useSlidesStore((s) => s.slides);
  const slideIndex = useBriefingStore((s) => s.slideIndex);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.uiLanguage);
  const slide = slides[Math.min(slideIndex, slides.length - 1)];
  usePresentationKeys(slides.length);

  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('presenting');
    enterFullscreen();
    // Leaving full screen with the browser's own key (it swallows Escape) leaves the presentation too.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) useBriefingStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      html.classList.remove('presenting');
      exitFullscreen();
    };
  }, []);

  useEffect(() => {
    if (slide) showSlideView(slide.view);
  }, [slide]);

  const citations = useMemo(() => (index && slide ? citationsForView(index, slide.view) : []), [index, slide]);
  const { setSlideIndex, stopPresenting } = useBriefingStore.getState();

  return (
    <aside className="presentation-panel" aria-label={t('presentation.label')} aria-live="polite">
      {slide ? (
        <>
          <p className="slide-counter" data-testid="slide-counter">
            {t('presentation.counter', { n: slideIndex + 1, total: slides.length })}
          </p>
          <h2 className="slide-title" dir="auto">
            {slide.title}
          </h2>
          {slide.view.timeWindow && <p className="slide-window">{formatWindow(slide.view.timeWindow, lang)}</p>}
          {slide.caption && (
            <p className="slide-caption" dir="auto">
              {slide.caption}
            </p>
          )}
          <h3 className="citations-heading">{t('presentation.sources')}</h3>
          <CitationList citations={citations} lang={lang} />
        </>
      ) : (
        <p className="slide-caption">{t('presentation.noSlides')}</p>
      )}
      <div className="presentation-controls">
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('presentation.previous')}
          disabled={slideIndex <= 0}
          onClick={() => setSlideIndex(slideIndex - 1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('presentation.next')}
          disabled={slideIndex >= slides.length - 1}
          onClick={() => setSlideIndex(slideIndex + 1)}
        >
          <span aria-hidden="true">›</span>
        </button>
        <PlaybackControl />
        <button type="button" className="btn" onClick={stopPresenting}>
          {t('presentation.exit')}
        </button>
      </div>
      <KeyHints />
    </aside>
  );
}
