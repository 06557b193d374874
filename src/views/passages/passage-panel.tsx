// The source panel for the selection: the card of what is selected, then the passages behind it.
import { Trans, useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectPassageListing } from '../../store/select-passages';
import { selectionKey } from '../../store/folder-data';
import { ActorCard } from './actor-card';
import { EdgeCard } from './edge-card';
import { EventCard } from './event-card';
import { PassageList } from './passage-list';

function Hint() {
  const { t } = useTranslation('explorer');
  return (
    <div className="hint">
      <h2>{t('hint.title')}</h2>
      <p>{t('hint.select')}</p>
      <p className="muted">
        <Trans t={t} i18nKey="hint.window" components={[<kbd key="esc" />]} />
      </p>
    </div>
  );
}

export default function PassagePanel() {
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  const listing = useAppStore(selectPassageListing);
  if (!index || !selection || !listing) return <Hint />;
  const actor = selection.kind === 'actor' ? index.actorById.get(selection.id) : undefined;
  return (
    <div className="passage-panel">
      {actor && <ActorCard actor={actor} />}
      {selection.kind === 'edge' && <EdgeCard source={selection.source} target={selection.target} />}
      {selection.kind === 'event' && <EventCard id={selection.id} />}
      <PassageList key={selectionKey(selection, null)} listing={listing} />
    </div>
  );
}
