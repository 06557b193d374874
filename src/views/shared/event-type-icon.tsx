import type { EventType } from '../../schema/dataset';
import { EVENT_ICON_PATHS } from './event-icon';

/** The React twin of createEventIcon. */
export function EventTypeIcon({ type, size = 16 }: { type: EventType; size?: number }) {
  return (
    <svg className="event-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <path d={EVENT_ICON_PATHS[type]} fill="currentColor" />
    </svg>
  );
}
