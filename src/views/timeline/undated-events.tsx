// Undated events, listed apart: never placed on the axis at an invented date.
import { memo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetEvent } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { baseIndexOf, type DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { UNDATED_PAGE } from '../../store/folder-data';
import { selectHighlightedEventIds, selectUndatedEvents, selectUndatedReading, selectUndatedTotal } from '../../store/select-timeline';
import { EventTypeIcon } from '../shared/event-type-icon';
import { EVENT_TYPES } from '../shared/palette';
import { eventTitle, isArabic } from '../shared/format';
import { eventTooltip } from './to-timeline-items';

/** How many undated events the strip lists before a "show all": hundreds of them in one scrolling strip cost
 *  every frame of the page (the browser composites the whole strip), and read poorly. */
export const UNDATED_SHOWN = 40;

export function UndatedEvents() {
  const { t } = useTranslation(['explorer', 'folder']);
  // The base: a folder's index is rebuilt as passages are read, and every row would be drawn again with it.
  const index = useAppStore((s) => s.index && baseIndexOf(s.index));
  const undated = useAppStore(selectUndatedEvents);
  const highlighted = useAppStore(selectHighlightedEventIds);
  const lang = useAppStore((s) => s.nameLanguage);
  // A folder holds a part of its undated events: the label gives the corpus's figure beside those listed, and the
  // rest are read from it on demand.
  const total = useAppStore(selectUndatedTotal);
  const reading = useAppStore(selectUndatedReading);
  const [all, setAll] = useState(false);
  if (!index || (!undated.length && !total)) return null;
  const plannedBadge = t('timeline.planned');
  const shown = all ? undated : undated.slice(0, UNDATED_SHOWN);
  const hiddenHighlighted = !all && !!highlighted && undated.slice(UNDATED_SHOWN).some((e) => highlighted.has(e.id));
  const unread = total !== null && total > undated.length ? total - undated.length : 0;
  // The rest are dimmed by the list's class, so a selection re-renders only the rows it highlights, and changes
  // colours only (no layout): a large dataset lists hundreds.
  return (
    <div className={`undated${highlighted ? ' has-highlight' : ''}`} role="group" aria-label={t('timeline.undatedGroup')}>
      <span className="undated-title">
        {unread ? t('timeline.undatedPart', { count: total, listed: undated.length }) : t('timeline.undated', { count: undated.length })}
      </span>
      {undated.length > UNDATED_SHOWN && (
        <button
          type="button"
          className={`link undated-more${hiddenHighlighted ? ' is-hl' : ''}`}
          title={hiddenHighlighted ? t('timeline.undatedHiddenHl') : undefined}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? t('timeline.undatedFewer') : t('timeline.undatedAll')}
        </button>
      )}
      {/* Offered once every row listed is shown: the rows read come at the end. */}
      {!!unread && shown.length === undated.length && (
        <button
          type="button"
          className="link undated-more"
          disabled={reading}
          onClick={() => {
            setAll(true);
            useAppStore.getState().requestMoreUndated();
          }}
        >
          {reading ? t('timeline.undatedReading') : t('folder:showMore', { count: Math.min(unread, UNDATED_PAGE) })}
        </button>
      )}
      <ul className="undated-list">
        {shown.map((e) => (
          <UndatedEvent
            key={e.id}
            index={index}
            event={e}
            lang={lang}
            plannedBadge={plannedBadge}
            highlight={!!highlighted?.has(e.id)}
          />
        ))}
      </ul>
    </div>
  );
}

interface RowProps {
  index: DatasetIndex;
  event: DatasetEvent;
  lang: NameLanguage;
  plannedBadge: string;
  /** Whether the selection concerns this event. */
  highlight: boolean;
}

// A large dataset has hundreds of undated events: rows are memoized (a selection only changes their highlight)
// and each writes its tooltip when it is first pointed at or focused, not all of them up front.
const UndatedEvent = memo(function UndatedEvent({ index, event: e, lang, plannedBadge, highlight }: RowProps) {
  const label = eventTitle(index, e, lang);
  const describe = (ev: SyntheticEvent<HTMLButtonElement>) => {
    ev.currentTarget.title = eventTooltip(index, e, lang);
  };
  return (
    <li>
      <button
        type="button"
        className={`undated-event${highlight ? ' is-hl' : ''}${e.planned ? ' is-planned' : ''}`}
        style={{ ['--ev' as string]: EVENT_TYPES[e.type].color }}
        onPointerEnter={describe}
        onFocus={describe}
        aria-pressed={highlight}
        onClick={() => useAppStore.getState().selectEvent(e.id)}
      >
        <EventTypeIcon type={e.type} size={14} />
        <span dir="auto" lang={isArabic(label) ? 'ar' : undefined}>
          {label}
        </span>
        {e.planned && <span className="badge">{plannedBadge}</span>}
      </button>
    </li>
  );
});
