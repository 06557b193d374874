// The source panel for the selection: the card of what is selected, then the passages behind it.
import { useAppStore } from '../../store/app-store';
import { selectPassageListing } from '../../store/select-passages';
import { ActorCard } from './actor-card';
import { EdgeCard } from './edge-card';
import { EventCard } from './event-card';
import { PassageList } from './passage-list';

function Hint() {
  return (
    <div className="hint">
      <h2>Sources</h2>
      <p>Select an actor (graph or list), a link between two actors, or an event on the timeline to read the passages behind it.</p>
      <p className="muted">
        Move or zoom the timeline to limit the graph and the passages to a period. <kbd>Esc</kbd> clears the selection.
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
      <PassageList listing={listing} />
    </div>
  );
}
