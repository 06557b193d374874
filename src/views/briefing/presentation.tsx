// Presentation mode: the saved views one after another, full screen, in large type, with their sources.
// The slide's text scrolls when it is long; the controls around it stay on screen (use-presentation-keys.ts for the keys).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from '../../briefing/briefing-store';
import { citationsForView, viewCorrections } from '../../briefing/citations';
import { showSlideView } from '../../briefing/show-slide';
import { useSlidesStore } from '../../briefing/slides-store';
import { useAppStore } from '../../store/app-store';
import { CitationList } from './citation-list';
import { PresentationControls, SlideBar } from './presentation-controls';
import { usePresentationKeys } from './use-presentation-keys';
import { WindowDays } from './window-days';

/** Full screen where the browser allows it; presentation mode works the same without it. */
function enterFullscreen(): void {
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
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
  // What the analyst changed of the slide's subject, said under its sources as on an exported slide.
  const corrected = useMemo(() => (index && slide ? viewCorrections(index, { ...slide.view, uiLanguage: lang }) : []), [index, slide, lang]);

  return (
    <aside className="presentation-panel" aria-label={t('presentation.label')}>
      <SlideBar slideIndex={slideIndex} total={slides.length} />
      <div className="slide-text" aria-live="polite">
        {slide ? (
          <>
            <h2 className="slide-title" dir="auto">
              {slide.title}
            </h2>
            {slide.view.timeWindow && (
              <p className="slide-window">
                <WindowDays window={slide.view.timeWindow} lang={lang} />
              </p>
            )}
            {slide.caption && (
              <p className="slide-caption" dir="auto">
                {slide.caption}
              </p>
            )}
            <h3 className="citations-heading">{t('presentation.sources')}</h3>
            <CitationList citations={citations} lang={lang} />
            {corrected.map((line) => (
              <p key={line} className="slide-correction" dir="auto">
                {line}
              </p>
            ))}
          </>
        ) : (
          <p className="slide-caption">{t('presentation.noSlides')}</p>
        )}
      </div>
      <PresentationControls slideIndex={slideIndex} total={slides.length} />
    </aside>
  );
}
