// The tooltip of the timeline item under the pointer, drawn over the whole page (a short timeline does not cut it)
// and kept inside the window: beside the pointer, on whichever side has the room. Never shown while presenting.
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useBriefingStore } from '../../briefing/briefing-store';
import type { TimelineHover } from './use-vis-timeline';

/** Distance from the pointer, and from the window's edges. */
const OFFSET = 14;

export function TimelineTooltip({ hover }: { hover: TimelineHover | null }) {
  const presenting = useBriefingStore((s) => s.presenting);
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!hover || !el) return setPlace(null);
    const { width, height } = el.getBoundingClientRect();
    const right = hover.x + OFFSET + width <= innerWidth - OFFSET;
    const below = hover.y + OFFSET + height <= innerHeight - OFFSET;
    setPlace({
      left: Math.max(OFFSET, right ? hover.x + OFFSET : hover.x - OFFSET - width),
      top: Math.max(OFFSET, below ? hover.y + OFFSET : hover.y - OFFSET - height),
    });
  }, [hover]);
  if (!hover || presenting) return null;
  return createPortal(
    <div
      ref={box}
      className="timeline-tooltip"
      role="tooltip"
      dir="auto"
      data-testid="timeline-tooltip"
      style={place ? { left: place.left, top: place.top } : { left: 0, top: 0, visibility: 'hidden' }}
    >
      {hover.text}
    </div>,
    document.body,
  );
}
