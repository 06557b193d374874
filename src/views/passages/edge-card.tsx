// A pair of actors: how often they appear together, whether they were in direct contact, the events they share.
import { useAppStore } from '../../store/app-store';
import { edgeKey } from '../../store/dataset-index';
import { sharedEventIds } from '../../store/select-timeline';
import { EVENT_TYPES } from '../shared/palette';
import { EventTypeIcon } from '../shared/event-type-icon';
import { actorName, formatDay } from '../shared/format';

export function EdgeCard({ source, target }: { source: string; target: string }) {
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const a = index.actorById.get(source);
  const b = index.actorById.get(target);
  if (!a || !b) return null;
  const edge = index.edgeByKey.get(edgeKey(source, target));
  const events = sharedEventIds(index, source, target).map((id) => index.eventById.get(id)!);
  const { selectActor, selectEvent } = useAppStore.getState();
  return (
    <article className="card edge-card" aria-label={`${a.name.en} and ${b.name.en}`}>
      <h2 className="card-title">
        <button type="button" className="link" onClick={() => selectActor(a.id)} dir="auto">
          {actorName(a, lang)}
        </button>
        <span aria-hidden="true"> — </span>
        <button type="button" className="link" onClick={() => selectActor(b.id)} dir="auto">
          {actorName(b, lang)}
        </button>
      </h2>
      <p className="meta">
        <span>
          Together in {edge?.weight ?? 0} passage{edge?.weight === 1 ? '' : 's'}
        </span>
        {edge?.contact && <span className="badge contact">direct contact</span>}
      </p>
      {events.length > 0 && (
        <ul className="event-links">
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" className="link" onClick={() => selectEvent(e.id)} style={{ color: EVENT_TYPES[e.type].color }}>
                <EventTypeIcon type={e.type} size={14} />
                <span dir="auto">{lang === 'ar' ? e.title.ar : e.title.en}</span>
              </button>
              <span className="muted small">{e.date ? formatDay(e.date.start, e.date.precision) : 'undated'}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
