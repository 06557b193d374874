// A pair of actors: how often they appear together, whether they were in direct contact, the events they share.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { edgeKey } from '../../store/dataset-index';
import { sharedEventIds } from '../../store/select-timeline';
import { actorName } from '../shared/format';
import { CardEvents } from './event-links';

export function EdgeCard({ source, target }: { source: string; target: string }) {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const a = index.actorById.get(source);
  const b = index.actorById.get(target);
  if (!a || !b) return null;
  const edge = index.edgeByKey.get(edgeKey(source, target));
  const events = sharedEventIds(index, source, target).map((id) => index.eventById.get(id)!);
  const { selectActor } = useAppStore.getState();
  return (
    <article className="card edge-card" aria-label={t('edgeCard.label', { a: actorName(a, lang), b: actorName(b, lang) })}>
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
        <span>{t('edgeCard.together', { passages: t('count.passages', { count: edge?.weight ?? 0 }) })}</span>
        {edge?.contact && <span className="badge contact">{t('edgeCard.directContact')}</span>}
      </p>
      <CardEvents owner={edgeKey(source, target)} label={t('edgeCard.events')} events={events} />
    </article>
  );
}
