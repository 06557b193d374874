// Play / pause / stop and the speed of playback through time (timeline toolbar and presentation).
import { useTranslation } from 'react-i18next';
import { PLAYBACK_SPEEDS, useBriefingStore } from '../../briefing/briefing-store';

export function PlaybackControl() {
  const { t } = useTranslation('briefing');
  const playback = useBriefingStore((s) => s.playback);
  const speed = useBriefingStore((s) => s.speed);
  const { play, pause, stop, setSpeed } = useBriefingStore.getState();
  return (
    <div className="playback-control" role="group" aria-label={t('playback.label')}>
      <button
        type="button"
        className="btn"
        aria-pressed={playback === 'playing'}
        data-testid="playback-toggle"
        onClick={playback === 'playing' ? pause : play}
      >
        {playback === 'playing' ? `❚❚ ${t('playback.pause')}` : `▶ ${t('playback.play')}`}
      </button>
      <button type="button" className="btn icon-btn" aria-label={t('playback.stop')} disabled={playback === 'idle'} onClick={stop}>
        ■
      </button>
      <div className="segmented" role="group" aria-label={t('playback.speed')}>
        {PLAYBACK_SPEEDS.map((s) => (
          <button key={s} type="button" className="btn" aria-pressed={speed === s} onClick={() => setSpeed(s)}>
            {/* Latin digits in both languages, as every number in the app (and no Intl: its first number format
                loads ICU's data in the middle of a first render). */}
            {s}×
          </button>
        ))}
      </div>
    </div>
  );
}
