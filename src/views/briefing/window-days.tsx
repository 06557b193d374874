// A window's first and last day, each its own bidi isolate kept on one line: a wrapped window never splits a date
// or shows its two days in the wrong order, in either language.
import type { Interval } from '../../store/time';
import type { UiLanguage } from '../../store/view-state';
import { windowDays } from './describe-view';

export function WindowDays({ window, lang }: { window: Interval; lang: UiLanguage }) {
  const [first, last] = windowDays(window, lang);
  return (
    <>
      <bdi className="window-day">{first}</bdi> – <bdi className="window-day">{last}</bdi>
    </>
  );
}
